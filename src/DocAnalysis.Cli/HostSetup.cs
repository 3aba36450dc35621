using System.CommandLine;
using DocAnalysis.Host;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace DocAnalysis.Cli;

/// <summary>The options every analysing command shares, and how they combine with <c>docanalysis.json</c>.</summary>
internal sealed class HostSetup
{
    public const string DefaultConfigFile = "docanalysis.json";

    public Option<string[]> Plugins { get; } = new("--plugins")
    {
        Description = "A plugin folder (one subfolder per plugin); repeat for several. Default: plugins/ beside the executable.",
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<string?> Config { get; } = new("--config")
    {
        Description = $"The configuration file. Default: {DefaultConfigFile} in the current folder, if there is one.",
    };

    public Option<string[]> Disable { get; } = new("--disable")
    {
        Description = "The id of an analyser not to run; repeat for several.",
    };

    public Option<double?> Timeout { get; } = new("--timeout")
    {
        Description = "How long one analyser may take on one document, in seconds (default 30).",
    };

    public Option<string?> ReferenceDate { get; } = new("--reference-date")
    {
        Description = "An ISO 8601 date to anchor relative dates on when a document has no publication date, such as 2017-04-26.",
    };

    public Option<int> Parallel { get; } = new("--parallel", "-p")
    {
        Description = "How many documents to analyse at once. Default: one per core.",
    };

    public static string DefaultPluginFolder => Path.Combine(AppContext.BaseDirectory, "plugins");

    /// <summary>Adds the options of commands that analyse documents: the plugin options and --reference-date, --parallel.</summary>
    public void AddAnalysisOptions(Command command)
    {
        command.Options.Add(ReferenceDate);
        command.Options.Add(Parallel);
        AddTo(command);
    }

    public void AddTo(Command command)
    {
        command.Options.Add(Plugins);
        command.Options.Add(Config);
        command.Options.Add(Disable);
        command.Options.Add(Timeout);
    }

    /// <summary>Reads the configuration file and applies the command line over it.</summary>
    public (HostSettings Settings, IConfiguration Configuration) Resolve(ParseResult parseResult)
    {
        var configPath = parseResult.GetValue(Config);
        if (configPath is not null && !File.Exists(configPath))
        {
            throw new UsageException($"the configuration file '{configPath}' does not exist");
        }

        configPath ??= File.Exists(DefaultConfigFile) ? DefaultConfigFile : null;
        var builder = new ConfigurationBuilder();
        if (configPath is not null)
        {
            builder.AddJsonFile(Path.GetFullPath(configPath), optional: false, reloadOnChange: false);
        }

        IConfiguration configuration;
        HostSettings settings;
        try
        {
            configuration = builder.Build();
            settings = configuration.Get<HostSettings>() ?? new HostSettings();
        }
        catch (Exception e) when (e is InvalidDataException or FormatException or InvalidOperationException)
        {
            throw new UsageException($"the configuration file '{configPath}' cannot be read: {e.Message}");
        }

        var configFolder = configPath is null ? Directory.GetCurrentDirectory() : Path.GetDirectoryName(Path.GetFullPath(configPath))!;
        settings.Plugins = settings.Plugins.Select(p => Path.GetFullPath(p, configFolder)).ToList();
        if (parseResult.GetValue(Plugins) is { Length: > 0 } folders)
        {
            settings.Plugins = [.. folders.Select(Path.GetFullPath)];
        }

        if (settings.Plugins.Count == 0)
        {
            settings.Plugins = [DefaultPluginFolder];
        }

        settings.Disabled.AddRange(parseResult.GetValue(Disable) ?? []);
        if (parseResult.GetValue(Timeout) is { } timeout)
        {
            settings.TimeoutSeconds = timeout;
        }

        return (settings, configuration);
    }

    /// <summary>--reference-date, or null when absent.</summary>
    public PublicationDate? GetReferenceDate(ParseResult parseResult) =>
        parseResult.GetValue(ReferenceDate) is not { } text ? null
        : PublicationDate.TryParse(text, out var date) ? date
        : throw new UsageException($"--reference-date '{text}' is not an ISO 8601 date such as 2017-04-26");

    /// <summary>The parallelism to use: the option, else the configuration, else one per core.</summary>
    public int GetParallelism(ParseResult parseResult, HostSettings settings) =>
        parseResult.GetValue(Parallel) is var option && (option < 0 || settings.Parallel < 0) ? throw new UsageException("--parallel must be at least 1")
        : option > 0 ? option
        : settings.Parallel > 0 ? settings.Parallel
        : Environment.ProcessorCount;

    /// <summary>Composes the engine; a bad plugin set is a usage error listing every problem.</summary>
    public static AnalysisEngine CreateEngine(HostSettings settings, IConfiguration configuration, ILoggerFactory loggerFactory)
    {
        var engine = AnalysisEngine.Create(settings, configuration, loggerFactory);
        if (engine.Problems.Count == 0)
        {
            return engine;
        }

        var problems = string.Join(Environment.NewLine, engine.Problems.Select(p => "  - " + p));
        engine.Dispose();
        throw new UsageException($"the plugin set cannot run:{Environment.NewLine}{problems}{Environment.NewLine}(run 'docanalysis plugins' to see what was loaded)");
    }

    public static ILoggerFactory CreateLoggerFactory() => LoggerFactory.Create(logging =>
    {
        logging.SetMinimumLevel(LogLevel.Warning);
        logging.AddSimpleConsole(console => console.SingleLine = true);
        logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
    });
}
