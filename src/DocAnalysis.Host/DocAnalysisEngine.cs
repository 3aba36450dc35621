using System.Runtime.CompilerServices;
using DocAnalysis.Host.Inputs;
using DocAnalysis.Host.Output;
using DocAnalysis.Host.Pipeline;
using DocAnalysis.Host.Plugins;
using DocAnalysis.Host.Workers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace DocAnalysis.Host;

/// <summary>
/// The one way to run DocAnalysis: load the plugins once, then analyse a text, a document or a stream of documents.
/// The <c>docanalysis</c> command, its snapshot verification and the test harness all go through it.
/// <code>
/// await using var engine = await DocAnalysisEngine.LoadAsync();
/// var result = await engine.AnalyseAsync("Lavrov said on Friday that ...");
/// </code>
/// </summary>
public sealed class DocAnalysisEngine : IDisposable, IAsyncDisposable
{
    private readonly PluginCatalog? _catalog;
    private readonly ServiceProvider? _services;
    private readonly AnalysisPipeline? _pipeline;
    private readonly WorkerPool? _workers;
    private readonly int _parallelism;

    private DocAnalysisEngine(
        EngineOptions options,
        PluginCatalog? catalog,
        ServiceProvider? services,
        IReadOnlyList<AnalyserRegistration> analysers,
        IReadOnlyList<string> problems,
        AnalysisPipeline? pipeline,
        WorkerPool? workers,
        IReadOnlyList<AnalyserDescriptor> descriptors)
    {
        Options = options;
        _catalog = catalog;
        _services = services;
        Analysers = analysers;
        Problems = problems;
        _pipeline = pipeline;
        _workers = workers;
        Pipeline = descriptors;
        _parallelism = Parallelism(options);
    }

    /// <summary>The options the engine was built with.</summary>
    public EngineOptions Options { get; }

    /// <summary>The plugins that loaded from folders.</summary>
    public IReadOnlyList<LoadedPlugin> Plugins => _catalog?.Plugins ?? [];

    /// <summary>Every analyser created in this process, whether it runs or not (none under <see cref="AnalyserIsolation.Process"/>, where the workers create them).</summary>
    public IReadOnlyList<AnalyserRegistration> Analysers { get; }

    /// <summary>Everything that stops a run: plugins that failed to load, analysers that cannot be ordered, bad options.</summary>
    public IReadOnlyList<string> Problems { get; }

    /// <summary>The analysers that run, in order; empty when there are problems.</summary>
    public IReadOnlyList<AnalyserDescriptor> Pipeline { get; }

    /// <summary>
    /// Loads the plugins and composes the pipeline; throws <see cref="EngineSetupException"/> listing every problem
    /// when the plugin set cannot run. Under <see cref="AnalyserIsolation.Process"/> the worker processes load the
    /// plugins and compose the pipeline, and this process loads none.
    /// </summary>
    public static async Task<DocAnalysisEngine> LoadAsync(EngineOptions? options = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        options ??= new EngineOptions();
        DocAnalysisEngine engine;
        if (options.Isolation == AnalyserIsolation.Process)
        {
            var problems = SettingProblems(options);
            var workers = CreateWorkers(options)!;
            if (problems.Count == 0)
            {
                problems.AddRange(await workers.StartAsync(Parallelism(options), cancellationToken).ConfigureAwait(false));
            }

            engine = new DocAnalysisEngine(options, null, null, [], problems, null, workers, problems.Count == 0 ? workers.Pipeline : []);
        }
        else
        {
            engine = Compose(options);
        }

        if (engine.Problems.Count == 0)
        {
            return engine;
        }

        await engine.DisposeAsync().ConfigureAwait(false);
        throw new EngineSetupException(engine.Problems);
    }

    /// <summary>
    /// Loads the plugins and composes the pipeline without throwing for a bad plugin set: <see cref="Problems"/>
    /// lists what is wrong (for tools that show the plugins, such as <c>docanalysis plugins</c>).
    /// </summary>
    public static DocAnalysisEngine Compose(EngineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var loggerFactory = options.LoggerFactory ?? NullLoggerFactory.Instance;
        // A package not installed, or whose files changed since, is said and never loaded.
        var packageProblems = options.PluginPackages.Select(p => (Folder: PluginCache.FolderOf(p), Problem: PluginCache.Problem(p))).Where(p => p.Problem is not null).ToList();
        var catalog = PluginCatalog.Load(options.PluginPaths.Except(packageProblems.Select(p => p.Folder), StringComparer.Ordinal));
        var inProcess = options.Startups.Select(s => new LoadedPlugin(s.GetType().Assembly.GetName().Name ?? "in-process", "", "", "in-process", Contract.Version, [s]));
        var section = (options.Configuration ?? new ConfigurationBuilder().Build()).GetSection("analysers");
        var (composed, composeProblems, services) = AnalyserComposer.Compose(catalog.Plugins.Concat(inProcess), section, loggerFactory);
        var problems = packageProblems.Select(p => p.Problem!).Concat(catalog.Problems.Concat(composeProblems).Select(p => p.ToString())).ToList();
        var given = composed.Where(a => a.Plugin is { IsInProcess: true }).ToList();
        foreach (var analyser in options.Analysers)
        {
            try
            {
                given.Add(new AnalyserRegistration(analyser, null));
            }
            catch (InvalidOperationException e)
            {
                problems.Add($"{analyser.GetType().FullName}: {e.Message}");
            }
        }

        var givenIds = given.Select(a => a.Descriptor.Id).ToHashSet(StringComparer.Ordinal);
        var analysers = composed.Where(a => a.Plugin is not { IsInProcess: true } && !givenIds.Contains(a.Descriptor.Id)).Concat(given).ToList();

        var known = analysers.Select(a => a.Descriptor.Id).ToHashSet(StringComparer.Ordinal);
        problems.AddRange(options.Disabled.Where(id => !known.Contains(id)).Select(id => $"configuration: 'disabled' names '{id}', which no loaded analyser has"));
        problems.AddRange(options.Order.Where(id => !known.Contains(id)).Select(id => $"configuration: 'order' names '{id}', which no loaded analyser has"));
        problems.AddRange(section.GetChildren().Select(c => c.Key).Where(id => !known.Contains(id))
            .Select(id => $"configuration: 'analysers' has options for '{id}', which no loaded analyser has (loaded: {string.Join(", ", known.Order(StringComparer.Ordinal))})"));
        problems.AddRange(options.Only.Where(id => !known.Contains(id)).Select(id => $"no loaded analyser has the id '{id}' (loaded: {string.Join(", ", known.Order(StringComparer.Ordinal))})"));
        problems.AddRange(SettingProblems(options));
        AnalysisPipeline? pipeline = null;
        if (problems.Count == 0)
        {
            try
            {
                var enabled = analysers.Where(a => !options.Disabled.Contains(a.Descriptor.Id, StringComparer.Ordinal));
                if (options.Only.Count > 0)
                {
                    enabled = WithRequirements(options.Only, [.. enabled]);
                }

                var ordered = PipelinePlanner.Plan(enabled, options.Order);
                pipeline = new AnalysisPipeline(ordered, TimeSpan.FromSeconds(options.TimeoutSeconds), loggerFactory);
            }
            catch (PipelineException e)
            {
                problems.AddRange(e.Problems);
            }
        }

        // Composed here (to list the plugins, say): under isolation the workers start when the first document comes.
        var workers = pipeline is null ? null : CreateWorkers(options);
        workers?.Expect(pipeline!.Pipeline);
        return new DocAnalysisEngine(options, catalog, services, analysers, problems, pipeline, workers, pipeline?.Pipeline ?? []);
    }

    private static List<string> SettingProblems(EngineOptions options) => [.. options.Check().Select(p => $"configuration: {p}")];

    /// <summary>Analyses one text; <paramref name="id"/> names it in diagnostics and output.</summary>
    public Task<AnalysisResult> AnalyseAsync(string text, DocumentMetadata? metadata = null, string id = "document", CancellationToken cancellationToken = default) =>
        AnalyseAsync(new Document(id, text, metadata), null, cancellationToken);

    /// <summary>Analyses one document; <paramref name="source"/> says where it came from (default: its id).</summary>
    public Task<AnalysisResult> AnalyseAsync(Document document, string? source = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Ready.AnalyseAsync(document, source ?? document.Id, cancellationToken, null);
    }

    /// <summary>
    /// Analyses a stream of inputs (see <see cref="DocumentSource"/> for files and folders) with the configured
    /// parallelism and yields the results in input order; an input that cannot be read yields a result with a
    /// <c>DA0100</c> diagnostic.
    /// </summary>
    public IAsyncEnumerable<AnalysisResult> AnalyseAllAsync(IEnumerable<DocumentInput> inputs, CancellationToken cancellationToken = default) =>
        DocumentRunner.RunAsync(Ready, inputs, _workers is null ? _parallelism : WorkerProcess.Depth * _parallelism, Options.MaxConsecutiveFailures, cancellationToken);

    /// <summary>Analyses documents already in memory, in order; see <see cref="AnalyseAllAsync(IEnumerable{DocumentInput}, CancellationToken)"/>.</summary>
    public async IAsyncEnumerable<AnalysisResult> AnalyseAllAsync(IEnumerable<Document> documents, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var inputs = documents.Select(d => new DocumentInput(d.Id, d.Id, () => d));
        await foreach (var result in AnalyseAllAsync(inputs, cancellationToken).ConfigureAwait(false))
        {
            yield return result;
        }
    }

    /// <summary>The readable rendering of a result that snapshots use, one block per analyser of this engine's pipeline.</summary>
    public string Render(AnalysisResult result) => TextRenderer.Render(result, Pipeline);

    /// <inheritdoc/>
    public void Dispose()
    {
        _workers?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _services?.Dispose();
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (_workers is not null)
        {
            await _workers.DisposeAsync().ConfigureAwait(false);
        }

        if (_services is not null)
        {
            await _services.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>A worker's call: this engine's own pipeline, telling <paramref name="observer"/> of each call.</summary>
    internal Task<AnalysisResult> AnalyseObservedAsync(Document document, string source, IReadOnlySet<string> skip, IPipelineObserver observer, CancellationToken cancellationToken) =>
        (_pipeline ?? throw new EngineSetupException(Problems)).AnalyseAsync(document, source, cancellationToken, skip, observer);

    private IDocumentAnalyser Ready => Problems.Count > 0 ? throw new EngineSetupException(Problems)
        : (IDocumentAnalyser?)_workers ?? _pipeline ?? throw new EngineSetupException(["no pipeline was composed"]);

    private static int Parallelism(EngineOptions options) => options.Parallel > 0 ? options.Parallel : Environment.ProcessorCount;

    private static WorkerPool? CreateWorkers(EngineOptions options) => options.Isolation != AnalyserIsolation.Process ? null
        : new WorkerPool(options, options.WorkerCommand.Count > 0 ? options.WorkerCommand : DefaultWorkerCommand(), Parallelism(options), (options.LoggerFactory ?? NullLoggerFactory.Instance).CreateLogger("DocAnalysis.Worker"));

    /// <summary>This application with the argument <c>worker</c>: the <c>dotnet</c> host with the entry assembly, or the application's own executable.</summary>
    private static List<string> DefaultWorkerCommand()
    {
        var process = Environment.ProcessPath ?? throw new InvalidOperationException("this process has no path to start workers from; set EngineOptions.WorkerCommand");
        var entry = System.Reflection.Assembly.GetEntryAssembly()?.Location;
        return Path.GetFileNameWithoutExtension(process) == "dotnet" && !string.IsNullOrEmpty(entry) ? [process, entry, "worker"] : [process, "worker"];
    }

    private static IEnumerable<AnalyserRegistration> WithRequirements(IEnumerable<string> ids, IReadOnlyList<AnalyserRegistration> pool)
    {
        var keep = pool.Where(a => ids.Contains(a.Descriptor.Id, StringComparer.Ordinal)).ToHashSet();
        var queue = new Queue<AnalyserRegistration>(keep);
        while (queue.TryDequeue(out var next))
        {
            foreach (var need in next.Descriptor.Requires.Concat(next.Descriptor.Uses))
            {
                foreach (var provider in pool.Where(p => p.Descriptor.Provides.Contains(need, StringComparer.Ordinal) && keep.Add(p)))
                {
                    queue.Enqueue(provider);
                }
            }
        }

        return pool.Where(keep.Contains);
    }
}

/// <summary>The plugin set cannot run; <see cref="Problems"/> names each problem in words a user can act on.</summary>
public sealed class EngineSetupException(IReadOnlyList<string> problems)
    : Exception("the plugin set cannot run:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  - " + Output.Printable.Escape(p))))
{
    /// <summary>Each problem.</summary>
    public IReadOnlyList<string> Problems { get; } = problems;
}
