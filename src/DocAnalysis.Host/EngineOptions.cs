using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace DocAnalysis.Host;

/// <summary>
/// How to build a <see cref="DocAnalysisEngine"/>: which plugins to load, which analysers to run and how. The
/// settable properties are also the keys of <c>docanalysis.json</c> (<c>plugins</c>, <c>defaultPlugins</c>,
/// <c>disabled</c>, <c>order</c>, <c>timeoutSeconds</c>, <c>parallel</c>, <c>maxWorkerMemoryMegabytes</c> …); each analyser's own options live under
/// <c>analysers:&lt;id&gt;</c> of <see cref="Configuration"/>.
/// </summary>
public sealed class EngineOptions
{
    /// <summary>
    /// Plugins to load besides the shipped ones. Each path is a folder of plugin folders (<c>NAME/NAME.dll</c>), one
    /// plugin's folder (such as its build output, <c>bin/Debug/net10.0</c>), or a plugin <c>.dll</c>. A path that
    /// holds no plugin is a problem, never a silent zero.
    /// </summary>
    public List<string> Plugins { get; set; } = [];

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

    /// <summary>Every plugin path a run loads: the shipped plugin folder (when <see cref="DefaultPlugins"/>), then <see cref="Plugins"/>.</summary>
    public IEnumerable<string> PluginPaths => DefaultPlugins ? [DefaultPluginFolder, .. Plugins] : Plugins;

    /// <summary>
    /// Plugins given in-process rather than loaded from a folder (tests, applications that reference a plugin
    /// project). Their analysers replace loaded analysers of the same id.
    /// </summary>
    public IList<IPluginStartup> Startups { get; } = [];

    /// <summary>Analysers given as instances; like <see cref="Startups"/>, they replace loaded analysers of the same id.</summary>
    public IList<IAnalyser> Analysers { get; } = [];

    /// <summary>The configuration whose <c>analysers</c> section plugins bind their options from; none by default.</summary>
    public IConfiguration? Configuration { get; set; }

    /// <summary>Where analysers and the host log; nothing is logged by default.</summary>
    public ILoggerFactory? LoggerFactory { get; set; }

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
        var options = configuration.Get<EngineOptions>() ?? new EngineOptions();
        options.Plugins = [.. options.Plugins.Select(p => Path.GetFullPath(p, baseFolder))];
        options.Configuration = configuration;
        return options;
    }
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
