using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using DocAnalysis.Host.Plugins;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace DocAnalysis.Host;

/// <summary>
/// How to build a <see cref="DocAnalysisEngine"/>: which plugins to load, which analysers to run and how. The
/// settable properties are also the keys of <c>docanalysis.json</c> (<c>plugins</c>, <c>defaultPlugins</c>,
/// <c>disabled</c>, <c>order</c>, <c>timeoutSeconds</c>, <c>parallel</c>, <c>maxWorkerMemoryMegabytes</c> …); each analyser's own options live under
/// <c>analysers:&lt;id&gt;</c> of <see cref="Configuration"/>. This class owns the settings: their defaults, their limits
/// and the words that say one is wrong (<see cref="Check"/>), reading them from <c>docanalysis.json</c>
/// (<see cref="FromJsonFile"/>), and their form on the wire to a worker process (every settable property but
/// <see cref="Configuration"/> and <see cref="LoggerFactory"/>, by System.Text.Json).
/// </summary>
public sealed class EngineOptions
{
    /// <summary>The longest timeout an analyser call may be given, in seconds (a day).</summary>
    public const double MaxTimeoutSeconds = 86_400;

    /// <summary>The most documents analysed at once.</summary>
    public const int MaxParallel = 1024;

    /// <summary>The least memory a worker process may be limited to, in megabytes.</summary>
    public const long MinWorkerMemoryMegabytes = 64;

    /// <summary>The key of <c>docanalysis.json</c> that holds each analyser's options, by analyser id.</summary>
    public const string AnalysersSection = "analysers";

    /// <summary>
    /// Plugins to load besides the shipped ones. Each path is a folder of plugin folders (<c>NAME/NAME.dll</c>), one
    /// plugin's folder (such as its build output, <c>bin/Debug/net10.0</c>), or a plugin <c>.dll</c>. A path that
    /// holds no plugin is a problem, never a silent zero.
    /// </summary>
    public List<string> Plugins { get; set; } = [];

    /// <summary>
    /// Plugin packages to load from the <see cref="PluginCache"/>, where <c>docanalysis plugin add</c> or
    /// <c>restore</c> installed them (in <c>docanalysis.json</c>, objects among the <c>plugins</c>). One that is not
    /// installed, or whose files do not match its recorded hash, is a problem that names it.
    /// </summary>
    public List<PluginPackageReference> PluginPackages { get; set; } = [];

    /// <summary>Whether to load the shipped plugins from <see cref="DefaultPluginFolder"/> (default true).</summary>
    public bool DefaultPlugins { get; set; } = true;

    /// <summary>Ids of analysers not to run.</summary>
    public List<string> Disabled { get; set; } = [];

    /// <summary>Preferred order of analysers where requirements leave a choice.</summary>
    public List<string> Order { get; set; } = [];

    /// <summary>How long one analyser may take on one document, in seconds.</summary>
    public double TimeoutSeconds { get; set; } = 30;

    /// <summary>
    /// After this many failures or timeouts in a row (in input order) an analyser is disabled for the rest of the run,
    /// with a <c>DA0003</c> diagnostic on the document where it happened; 0 never disables one. Default 10.
    /// </summary>
    public int MaxConsecutiveFailures { get; set; } = 10;

    /// <summary>How many documents are analysed at once; 0 means one per core.</summary>
    public int Parallel { get; set; }

    /// <summary>
    /// Where the analysers run: <see cref="AnalyserIsolation.InProcess"/> (the default) or
    /// <see cref="AnalyserIsolation.Process"/>, in worker processes that a plugin cannot take down with it
    /// (<c>"isolation": "process"</c> in <c>docanalysis.json</c>).
    /// </summary>
    public AnalyserIsolation Isolation { get; set; }

    /// <summary>
    /// The command that starts a worker process under <see cref="AnalyserIsolation.Process"/>, arguments included:
    /// a program whose standard input and output speak the worker protocol (see <see cref="DocAnalysisWorker"/>).
    /// Empty (the default): this application, with the argument <c>worker</c>, as <c>docanalysis worker</c> is.
    /// </summary>
    public List<string> WorkerCommand { get; set; } = [];

    /// <summary>
    /// The most memory (resident, in megabytes) one worker process may use under <see cref="AnalyserIsolation.Process"/>:
    /// a worker above it is ended, and the analyser it was running gets a <c>DA0002</c> that says so. 0 (the default):
    /// half of the machine's memory (or the container's limit), shared among the workers.
    /// </summary>
    public long MaxWorkerMemoryMegabytes { get; set; }

    /// <summary>
    /// When not empty, only these analysers run, with the analysers they require or use (transitively): how a test
    /// runs one analyser and what it depends on.
    /// </summary>
    public List<string> Only { get; set; } = [];

    /// <summary>
    /// The folder of the shipped plugins: <c>plugins/</c> beside the application. The DocAnalysis.Host package and
    /// the docanalysis tool put the four shipped plugins there.
    /// </summary>
    public static string DefaultPluginFolder => Path.Combine(AppContext.BaseDirectory, "plugins");

    /// <summary>
    /// Every plugin path a run loads: the shipped plugin folder (when <see cref="DefaultPlugins"/>), then
    /// <see cref="Plugins"/>, then the installed folders of <see cref="PluginPackages"/>.
    /// </summary>
    [JsonIgnore]
    public IEnumerable<string> PluginPaths => [.. DefaultPlugins ? [DefaultPluginFolder] : Array.Empty<string>(), .. Plugins, .. PluginPackages.Select(PluginCache.FolderOf)];

    /// <summary>
    /// Plugins given in-process rather than loaded from a folder (tests, applications that reference a plugin
    /// project). Their analysers replace loaded analysers of the same id.
    /// </summary>
    [JsonIgnore]
    public IList<IPluginStartup> Startups { get; } = [];

    /// <summary>Analysers given as instances; like <see cref="Startups"/>, they replace loaded analysers of the same id.</summary>
    [JsonIgnore]
    public IList<IAnalyser> Analysers { get; } = [];

    /// <summary>
    /// The configuration whose <c>analysers</c> section plugins bind their options from; none by default. A worker
    /// process gets that section, not the rest.
    /// </summary>
    [JsonIgnore]
    public IConfiguration? Configuration { get; set; }

    /// <summary>Where analysers and the host log; nothing is logged by default (a worker process logs to its standard error).</summary>
    [JsonIgnore]
    public ILoggerFactory? LoggerFactory { get; set; }

    /// <summary>
    /// The keys <c>docanalysis.json</c> may hold: the JSON name of every setting (but <see cref="PluginPackages"/>,
    /// which the file holds as objects among <c>plugins</c>), and <c>analysers</c>. Anything else is a typo worth
    /// saying so (see <see cref="FromJsonFile"/>). Found by reflection the first time a file is checked, not at start.
    /// </summary>
    public static IReadOnlyList<string> SettingNames => SettingNamesOnce.Value;

    private static readonly Lazy<string[]> SettingNamesOnce = new(() =>
        [.. typeof(EngineOptions).GetProperties()
            .Where(p => p.SetMethod is { IsPublic: true } && !p.IsDefined(typeof(JsonIgnoreAttribute), inherit: false) && p.Name != nameof(PluginPackages))
            .Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name)), AnalysersSection]);

    /// <summary>The memory limit of each of <paramref name="workers"/> workers in bytes: <see cref="MaxWorkerMemoryMegabytes"/>, or its default.</summary>
    public long WorkerMemoryLimitBytes(int workers) => MaxWorkerMemoryMegabytes > 0
        ? MaxWorkerMemoryMegabytes * 1024 * 1024
        : Math.Max(256L * 1024 * 1024, GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 2 / Math.Max(1, workers));

    /// <summary>
    /// Reads the host's settings from a configuration (such as one built from <c>docanalysis.json</c>) and keeps it
    /// for the analysers' options. Relative plugin paths are resolved against <paramref name="baseFolder"/>.
    /// </summary>
    public static EngineOptions FromConfiguration(IConfiguration configuration, string baseFolder)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        // "plugins" holds paths (strings) and packages (objects): read by hand, the binder knows only one kind.
        var plugins = configuration.GetSection("plugins").GetChildren().ToList();
        var options = configuration.Get<EngineOptions>() ?? new EngineOptions();
        options.Plugins = [.. plugins.Where(p => p.Value is not null).Select(p => Path.GetFullPath(p.Value!, baseFolder))];
        options.PluginPackages = [.. plugins.Where(p => p.Value is null).Select(p => new PluginPackageReference(p["package"] ?? "", p["version"] ?? "") { Hash = p["hash"] })];
        options.Configuration = configuration;
        return options;
    }

    /// <summary>
    /// Reads a <c>docanalysis.json</c>: JSON with comments and trailing commas allowed, holding only
    /// <see cref="SettingNames"/> (and <c>$schema</c>). Relative plugin paths are resolved against the file's folder.
    /// Throws <see cref="ConfigurationFileException"/> naming the file and what is wrong with it: not JSON (with line
    /// and column), not an object, an unknown setting (with the closest known one), a value of the wrong type.
    /// The values are not checked against their limits: see <see cref="Check"/>.
    /// </summary>
    public static EngineOptions FromJsonFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var fullPath = Path.GetFullPath(path);
        CheckKeys(path, fullPath);
        try
        {
            var configuration = new ConfigurationBuilder().AddJsonFile(fullPath, optional: false, reloadOnChange: false).Build();
            return FromConfiguration(configuration, Path.GetDirectoryName(fullPath)!);
        }
        catch (Exception e) when (e is InvalidDataException or FormatException or InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            throw new ConfigurationFileException(path, $"cannot be read: {(e.InnerException ?? e).Message}");
        }
    }

    /// <summary>
    /// What is wrong with these settings, each problem naming its setting: the one check of their limits, made by the
    /// engine when it loads and by any tool that maps its own flags onto these settings first. Empty when all is well.
    /// </summary>
    public IReadOnlyList<SettingProblem> Check()
    {
        var problems = new List<SettingProblem>();
        if (!double.IsFinite(TimeoutSeconds) || TimeoutSeconds <= 0 || TimeoutSeconds > MaxTimeoutSeconds)
        {
            problems.Add(new("timeoutSeconds", $"must be a number of seconds above 0 and at most {MaxTimeoutSeconds:0} (a day), not {TimeoutSeconds.ToString(CultureInfo.InvariantCulture)}"));
        }

        if (Parallel is < 0 or > MaxParallel)
        {
            problems.Add(new("parallel", $"must be a whole number from 1 to {MaxParallel}, or 0 for one per core, not {Parallel}"));
        }

        if (MaxConsecutiveFailures < 0)
        {
            problems.Add(new("maxConsecutiveFailures", $"must be 0 (never disable an analyser) or more, not {MaxConsecutiveFailures}"));
        }

        if (MaxWorkerMemoryMegabytes is < 0 or (> 0 and < MinWorkerMemoryMegabytes) || MaxWorkerMemoryMegabytes > long.MaxValue / (1L << 20))
        {
            problems.Add(new("maxWorkerMemoryMegabytes", $"must be at least {MinWorkerMemoryMegabytes} (megabytes), or 0 for half of the machine's memory shared among the workers, not {MaxWorkerMemoryMegabytes}"));
        }

        foreach (var package in PluginPackages.Where(p => p.Package.Length == 0 || p.Version.Length == 0 || p.Package.IndexOfAny(['/', '\\']) >= 0 || p.Version.IndexOfAny(['/', '\\']) >= 0 || p.Package.StartsWith('.') || p.Version.StartsWith('.')))
        {
            problems.Add(new("plugins", $"names a package as {{\"package\": \"{package.Package}\", \"version\": \"{package.Version}\"}}: both must be given, as docanalysis plugin add writes them"));
        }

        if (!Enum.IsDefined(Isolation))
        {
            problems.Add(new("isolation", $"must be inProcess or process, not {(int)Isolation}"));
        }
        else if (Isolation == AnalyserIsolation.Process && (Startups.Count > 0 || Analysers.Count > 0))
        {
            problems.Add(new("isolation", "cannot be process for analysers given in-process (Startups, Analysers): load them from a plugin folder to run them in worker processes"));
        }

        return problems;
    }

    /// <summary>The settings as the JSON object a worker process reads (<see cref="FromWire"/>), the analysers' options under <c>analysers</c>, flattened.</summary>
    internal void WriteWire(Utf8JsonWriter writer)
    {
        using var settings = JsonSerializer.SerializeToDocument(this, Workers.WireJson.Default.EngineOptions);
        writer.WriteStartObject();
        foreach (var setting in settings.RootElement.EnumerateObject())
        {
            if (setting.NameEquals("plugins"))
            {
                // Whatever the worker's current folder, it loads the plugins the host was given.
                Workers.WorkerProtocol.WriteStrings(writer, setting.Name, Plugins.Select(Path.GetFullPath));
            }
            else
            {
                setting.WriteTo(writer);
            }
        }

        writer.WriteStartObject(AnalysersSection);
        var section = Configuration?.GetSection(AnalysersSection).AsEnumerable(makePathsRelative: true) ?? [];
        foreach (var (key, value) in section.Where(s => s.Value is not null).OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            Workers.WorkerProtocol.WriteText(writer, key, value!);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>The settings a worker process was sent (<see cref="WriteWire"/>).</summary>
    internal static EngineOptions FromWire(JsonElement wire)
    {
        var options = wire.Deserialize(Workers.WireJson.Default.EngineOptions) ?? new EngineOptions();
        var section = wire.GetProperty(AnalysersSection).EnumerateObject()
            .Select(p => new KeyValuePair<string, string?>($"{AnalysersSection}:{p.Name}", Workers.WorkerProtocol.ReadText(p.Value)));
        options.Configuration = new ConfigurationBuilder().AddInMemoryCollection(section).Build();
        return options;
    }

    /// <summary>The file is JSON (its error said with line and column) and holds only the settings this class knows.</summary>
    private static void CheckKeys(string path, string fullPath)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(File.ReadAllBytes(fullPath), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new ConfigurationFileException(path, $"is not valid JSON: {Inputs.JsonProblem.Describe(e)}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConfigurationFileException(path, $"cannot be read ({e.Message})");
        }

        using (json)
        {
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new ConfigurationFileException(path, "must hold a JSON object of settings, such as {\"parallel\": 2}");
            }

            foreach (var setting in json.RootElement.EnumerateObject())
            {
                if (setting.Name != "$schema" && !SettingNames.Contains(setting.Name, StringComparer.OrdinalIgnoreCase))
                {
                    var hint = Typos.Closest(setting.Name, SettingNames) is { } closest ? $"did you mean '{closest}'? " : "";
                    throw new ConfigurationFileException(path, $"has an unknown setting '{setting.Name}' ({hint}known settings: {string.Join(", ", SettingNames)})");
                }
            }
        }
    }
}

/// <summary>A setting of <see cref="EngineOptions"/> out of its limits: <see cref="Setting"/> is its JSON name (<c>timeoutSeconds</c>), <see cref="Problem"/> what is wrong.</summary>
public sealed record SettingProblem(string Setting, string Problem)
{
    /// <summary>The setting and its problem, as one sentence: <c>timeoutSeconds must be …</c>.</summary>
    public override string ToString() => $"{Setting} {Problem}";
}

/// <summary>A configuration file that cannot be used: the message names the file and what is wrong with it.</summary>
public sealed class ConfigurationFileException(string path, string problem) : Exception($"the configuration file '{path}' {problem}")
{
    /// <summary>The file, as it was given.</summary>
    public string Path { get; } = path;
}

/// <summary>Where analysers run.</summary>
public enum AnalyserIsolation
{
    /// <summary>In the host's own process: fastest; an analyser that crashes the process ends the run.</summary>
    InProcess,

    /// <summary>
    /// In worker processes, each loading the plugins once: a worker that crashes, exits or hangs is replaced, and the
    /// document it was analysing gets a <c>DA0002</c>.
    /// </summary>
    Process,
}
