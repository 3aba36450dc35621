using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using DocAnalysis.Host;
using DocAnalysis.Host.Inputs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace DocAnalysis.Cli;

/// <summary>The options every analysing command shares, and how they combine with <c>docanalysis.json</c>.</summary>
internal sealed class HostSetup
{
    public const string DefaultConfigFile = "docanalysis.json";

    public Option<string[]> Plugins { get; } = new("--plugins")
    {
        Description = "Plugins to load besides the shipped ones: a plugin .dll, one plugin's folder (its build output) or a folder of plugin folders; repeat for several.",
        HelpName = "path",
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<bool> NoDefaultPlugins { get; } = new("--no-default-plugins")
    {
        Description = "Do not load the shipped plugins (plugins/ beside the executable); only those of --plugins and the configuration.",
    };

    public Option<string?> Config { get; } = new("--config")
    {
        Description = $"The configuration file. Default: {DefaultConfigFile} in the current folder or the nearest one above it, up to the repository's root (the folder with .git).",
        HelpName = "file",
    };

    public Option<string[]> Disable { get; } = new("--disable")
    {
        Description = "The id of an analyser not to run; repeat for several.",
        HelpName = "id",
    };

    public Option<string?> Timeout { get; } = new("--timeout")
    {
        Description = "How long one analyser may take on one document, in seconds (default 30).",
        HelpName = "seconds",
    };

    public Option<string?> ReferenceDate { get; } = new("--reference-date")
    {
        Description = "An ISO 8601 date to anchor relative dates on when a document has no publication date, such as 2017-04-26.",
        HelpName = "date",
    };

    public Option<string?> Parallel { get; } = new("--parallel", "-p")
    {
        Description = $"How many documents to analyse at once, 1 to {EngineOptions.MaxParallel}; 0 or the default: one per core.",
        HelpName = "n",
    };

    public Option<string?> MaxFailures { get; } = new("--max-failures")
    {
        Description = "Disable an analyser for the rest of the run after this many failures or timeouts in a row (default 10; 0: never).",
        HelpName = "n",
    };

    public Option<string?> Isolation { get; } = new("--isolation")
    {
        Description = "Where the analysers run: in-process (default, fastest) or process (worker processes: a plugin that crashes, exits or hangs costs its document a DA0002, not the run).",
        HelpName = "in-process|process",
    };

    public Option<string?> MaxWorkerMemory { get; } = new("--max-worker-memory")
    {
        Description = "With --isolation process: the most memory one worker may use, in megabytes (or with G, such as 4G); a worker above it is ended and its document gets a DA0002. Default (or 0): half of the machine's memory, shared among the workers.",
        HelpName = "MB",
    };

    public Option<bool> FollowLinks { get; } = new("--follow-links")
    {
        Description = "Follow links whose target lies outside the input folder (links inside it are always followed; every folder is read once).",
    };

    /// <summary>Adds the options of commands that analyse documents: the plugin options and how documents are read and analysed.</summary>
    public void AddAnalysisOptions(Command command)
    {
        AddEngineOptions(command);
        command.Options.Add(FollowLinks);
    }

    /// <summary>Adds the plugin options and how documents are analysed (not how files are found: <c>serve</c> reads none).</summary>
    public void AddEngineOptions(Command command)
    {
        command.Options.Add(ReferenceDate);
        command.Options.Add(Parallel);
        command.Options.Add(Timeout);
        command.Options.Add(MaxFailures);
        command.Options.Add(Isolation);
        command.Options.Add(MaxWorkerMemory);
        AddTo(command);
    }

    /// <summary>Adds the options that choose the plugins and the configuration.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(Plugins);
        command.Options.Add(NoDefaultPlugins);
        command.Options.Add(Config);
        command.Options.Add(Disable);
    }

    /// <summary>
    /// Reads the configuration file and maps the command line over it; then the settings' own check
    /// (<see cref="EngineOptions.Check"/>), each problem named by the flag that set it, or by the file.
    /// </summary>
    public EngineOptions Resolve(ParseResult parseResult, ILoggerFactory loggerFactory)
    {
        var configPath = parseResult.GetValue(Config);
        if (configPath is not null && !File.Exists(configPath))
        {
            throw new UsageException($"the configuration file '{configPath}' does not exist");
        }

        var found = configPath is null ? FindConfiguration(Directory.GetCurrentDirectory()) : null;
        configPath ??= found;
        EngineOptions options;
        try
        {
            options = configPath is null ? new EngineOptions() : EngineOptions.FromJsonFile(configPath);
        }
        catch (ConfigurationFileException e)
        {
            throw new UsageException(e.Message);
        }

        if (found is not null && (options.Plugins.Count > 0 || options.PluginPackages.Count > 0))
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(found));
            var where = folder == Directory.GetCurrentDirectory() ? "the current folder" : folder;
            Terminal.Note($"{DefaultConfigFile} in {where} loads plugins from {string.Join(", ", options.Plugins.Concat(options.PluginPackages.Select(p => $"the package {p}")))}; " +
                "plugins run code, so use a configuration you trust (--config chooses one)");
        }

        if (parseResult.GetValue(Plugins) is { Length: > 0 } paths)
        {
            options.Plugins = [.. paths.Select(Path.GetFullPath)];
        }

        if (parseResult.GetValue(NoDefaultPlugins))
        {
            options.DefaultPlugins = false;
        }

        options.Disabled.AddRange(parseResult.GetValue(Disable) ?? []);
        var given = new Dictionary<string, Option>(StringComparer.Ordinal);
        if (Number(parseResult, Timeout) is { } timeout)
        {
            options.TimeoutSeconds = timeout;
            given["timeoutSeconds"] = Timeout;
        }

        if (WholeNumber(parseResult, Parallel) is { } parallel)
        {
            options.Parallel = parallel;
            given["parallel"] = Parallel;
        }

        if (WholeNumber(parseResult, MaxFailures) is { } maxFailures)
        {
            options.MaxConsecutiveFailures = maxFailures;
            given["maxConsecutiveFailures"] = MaxFailures;
        }

        switch (parseResult.GetValue(Isolation))
        {
            case null:
                break;
            case "in-process":
                options.Isolation = AnalyserIsolation.InProcess;
                break;
            case "process":
                options.Isolation = AnalyserIsolation.Process;
                break;
            case var other:
                throw new UsageException($"--isolation takes in-process or process, not '{other}'");
        }

        if (parseResult.GetValue(MaxWorkerMemory) is { } memory)
        {
            options.MaxWorkerMemoryMegabytes = Megabytes(memory) ?? throw new UsageException($"--max-worker-memory takes megabytes (such as 2048) or gigabytes (such as 4G), not '{memory}'");
            given["maxWorkerMemoryMegabytes"] = MaxWorkerMemory;
        }

        if (options.Check() is [var problem, ..])
        {
            throw new UsageException(given.TryGetValue(problem.Setting, out var flag) ? $"{flag.Name} {problem.Problem}"
                : configPath is not null ? $"the configuration file '{configPath}': {problem}"
                : problem.ToString());
        }

        options.LoggerFactory = loggerFactory;
        return options;
    }

    /// <summary>How documents are read: --reference-date and --follow-links.</summary>
    public DocumentSourceOptions GetSourceOptions(ParseResult parseResult) => new()
    {
        ReferenceDate = parseResult.GetValue(ReferenceDate) is not { } text ? null
            : PublicationDate.TryParse(text, out var date) ? date
            : throw new UsageException($"--reference-date '{text}' is not an ISO 8601 date such as 2017-04-26"),
        FollowLinks = parseResult.GetValue(FollowLinks),
    };

    /// <summary>Loads the engine; a bad plugin set is a usage error listing every problem.</summary>
    public static async Task<DocAnalysisEngine> LoadEngineAsync(EngineOptions options, CancellationToken cancellationToken)
    {
        try
        {
            return await DocAnalysisEngine.LoadAsync(options, cancellationToken).ConfigureAwait(false);
        }
        catch (EngineSetupException e)
        {
            throw new UsageException($"{e.Message}{Environment.NewLine}(run 'docanalysis plugins' to see what was loaded)");
        }
    }

    /// <summary>Warnings and errors of the host and the plugins, a line each on standard error.</summary>
    public static ILoggerFactory CreateLoggerFactory() =>
        new LoggerFactory([new ErrorStreamLogger.Provider(Console.Error)], new LoggerFilterOptions { MinLevel = LogLevel.Warning });

    private static double? Number(ParseResult parseResult, Option<string?> option) =>
        parseResult.GetValue(option) is not { } text ? null
        : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) ? value
        : throw new UsageException($"{option.Name} takes a number, not '{text}'");

    /// <summary>
    /// The whole number an option was given, or null when it was not; with <paramref name="least"/>, one of at least that,
    /// written without a sign. A usage error names the option otherwise.
    /// </summary>
    internal static int? WholeNumber(ParseResult parseResult, Option<string?> option, int? least = null) =>
        parseResult.GetValue(option) is not { } text ? null
        : least is not { } floor ? (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value
            : throw new UsageException($"{option.Name} takes a whole number, not '{text}'"))
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count >= floor ? count
        : throw new UsageException($"{option.Name} takes a whole number, {floor} or more, not '{text}'");

    /// <summary>
    /// The <c>docanalysis.json</c> in <paramref name="folder"/> or the nearest folder above it, looking no higher than
    /// the repository's root (the first folder holding <c>.git</c>), as <c>.editorconfig</c> or <c>global.json</c> are
    /// found; null when there is none.
    /// </summary>
    internal static string? FindConfiguration(string folder)
    {
        for (var current = new DirectoryInfo(folder); current is not null; current = current.Parent)
        {
            var candidate = Path.Combine(current.FullName, DefaultConfigFile);
            if (File.Exists(candidate))
            {
                return candidate;
            }

            if (Directory.Exists(Path.Combine(current.FullName, ".git")) || File.Exists(Path.Combine(current.FullName, ".git")))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>"2048", "2048M" or "4G" as megabytes; null for anything else (its limits are <see cref="EngineOptions.Check"/>'s).</summary>
    private static long? Megabytes(string text)
    {
        var (digits, scale) = text.Trim().ToUpperInvariant() switch
        {
            var t when t.EndsWith("GB", StringComparison.Ordinal) => (t[..^2], 1024L),
            var t when t.EndsWith('G') => (t[..^1], 1024L),
            var t when t.EndsWith("MB", StringComparison.Ordinal) => (t[..^2], 1L),
            var t when t.EndsWith('M') => (t[..^1], 1L),
            var t => (t, 1L),
        };
        return long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value <= long.MaxValue / (1L << 30) ? value * scale : null;
    }
}
