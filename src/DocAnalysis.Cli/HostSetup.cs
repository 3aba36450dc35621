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
        Description = "Plugins to load besides the shipped ones: a plugin .dll, one plugin's folder (its build output) or a folder of plugin folders; repeat for several.",
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<bool> NoDefaultPlugins { get; } = new("--no-default-plugins")
    {
        Description = "Do not load the shipped plugins (plugins/ beside the executable); only those of --plugins and the configuration.",
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
        command.Options.Add(NoDefaultPlugins);
        command.Options.Add(Config);
        command.Options.Add(Disable);
        command.Options.Add(Timeout);
    }

    /// <summary>Reads the configuration file and applies the command line over it.</summary>
    public EngineOptions Resolve(ParseResult parseResult, ILoggerFactory loggerFactory)
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

        EngineOptions options;
        try
        {
            var configFolder = configPath is null ? Directory.GetCurrentDirectory() : Path.GetDirectoryName(Path.GetFullPath(configPath))!;
            options = EngineOptions.FromConfiguration(builder.Build(), configFolder);
        }
        catch (Exception e) when (e is InvalidDataException or FormatException or InvalidOperationException)
        {
            throw new UsageException($"the configuration file '{configPath}' cannot be read: {e.Message}");
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
        if (parseResult.GetValue(Timeout) is { } timeout)
        {
            options.TimeoutSeconds = timeout;
        }

        if (parseResult.GetResult(Parallel) is not null)
        {
            options.Parallel = parseResult.GetValue(Parallel) is var parallel and >= 1 ? parallel : throw new UsageException("--parallel must be at least 1");
        }
        else if (options.Parallel < 0)
        {
            throw new UsageException("parallel in the configuration must be at least 1, or 0 for one per core");
        }

        options.LoggerFactory = loggerFactory;
        return options;
    }

    /// <summary>--reference-date, or null when absent.</summary>
    public PublicationDate? GetReferenceDate(ParseResult parseResult) =>
        parseResult.GetValue(ReferenceDate) is not { } text ? null
        : PublicationDate.TryParse(text, out var date) ? date
        : throw new UsageException($"--reference-date '{text}' is not an ISO 8601 date such as 2017-04-26");

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

    public static ILoggerFactory CreateLoggerFactory() => LoggerFactory.Create(logging =>
    {
        logging.SetMinimumLevel(LogLevel.Warning);
        logging.AddSimpleConsole(console => console.SingleLine = true);
        logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
    });
}
