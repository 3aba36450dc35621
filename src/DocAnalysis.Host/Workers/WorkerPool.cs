using DocAnalysis.Host.Pipeline;
using Microsoft.Extensions.Logging;

namespace DocAnalysis.Host.Workers;

/// <summary>
/// Analyses documents in worker processes (<c>isolation: process</c>), each holding the document it analyses and the
/// next one (see <see cref="WorkerProcess.Depth"/>). A worker that ends or stops answering in the middle of a document is
/// replaced: the document gets a <c>DA0002</c> naming the
/// analyser that was running and how the worker ended, and is analysed again, in a new worker, without that analyser.
/// A call that does not stop after its timeout ends its worker too (<see cref="DocAnalysisWorker.ExitAbandonedCall"/>).
/// </summary>
internal sealed class WorkerPool : IDocumentAnalyser, IAsyncDisposable
{
    /// <summary>How long a worker may take to start and load the plugins.</summary>
    public static TimeSpan StartTimeout { get; } = TimeSpan.FromSeconds(120);

    private readonly IReadOnlyList<string> _command;
    private readonly byte[] _init;
    private readonly ILogger _logger;
    private readonly Task<WorkerProcess>?[] _slots;
    private readonly TimeSpan _silence;
    private readonly long _memoryLimit;
    private long _sent;

    public WorkerPool(EngineOptions options, IReadOnlyList<string> command, int size, ILogger logger)
    {
        _slots = new Task<WorkerProcess>?[size];
        _command = command;
        _logger = logger;
        _init = WorkerProtocol.Line(w =>
        {
            w.WriteNumber("protocol", WorkerProtocol.Version);
            WorkerProtocol.WriteOptions(w, options);
        });

        // The worker stops a call at its timeout and waits a grace for it; silence beyond both is a worker that hangs.
        _silence = TimeSpan.FromSeconds(options.TimeoutSeconds) + (2 * AnalysisPipeline.StopGrace) + TimeSpan.FromSeconds(5);
        _memoryLimit = options.WorkerMemoryLimitBytes(size);
    }

    /// <summary>The pipeline the workers run, as the first of them reported it.</summary>
    public IReadOnlyList<AnalyserDescriptor> Pipeline { get; private set; } = [];

    /// <summary>The pipeline composed in this process, for a pool whose workers start on demand.</summary>
    public void Expect(IReadOnlyList<AnalyserDescriptor> pipeline) => Pipeline = pipeline;

    /// <summary>
    /// Starts <paramref name="count"/> workers at once; returns the problems that stop them loading the plugins (the
    /// workers compose the pipeline: this process loads no plugin). Every worker must report the same pipeline.
    /// </summary>
    public async Task<IReadOnlyList<string>> StartAsync(int count, CancellationToken cancellationToken)
    {
        var starting = Enumerable.Range(0, Math.Min(count, _slots.Length)).Select(_ => Start(cancellationToken)).ToList();
        var problems = new List<string>();
        foreach (var task in starting)
        {
            try
            {
                var (worker, pipeline) = await task.ConfigureAwait(false);
                lock (_slots)
                {
                    _slots[Array.IndexOf(_slots, null)] = Task.FromResult(worker);
                }

                if (Pipeline.Count == 0)
                {
                    Pipeline = pipeline;
                }
                else if (!pipeline.Select(Key).SequenceEqual(Pipeline.Select(Key)))
                {
                    problems.Add("isolation: process: two worker processes composed different pipelines from the same settings");
                }
            }
            catch (WorkerSetupException e)
            {
                problems.AddRange(e.Problems);
            }
        }

        return problems.Distinct().ToList();

        static string Key(AnalyserDescriptor descriptor) => $"{descriptor.Id} {descriptor.Version}";
    }

    public async Task<AnalysisResult> AnalyseAsync(Document document, string source, CancellationToken cancellationToken, IReadOnlySet<string>? skip)
    {
        var skipped = new SortedSet<string>(skip ?? new HashSet<string>(), StringComparer.Ordinal);
        var ended = new List<Diagnostic>();
        while (true)
        {
            WorkerProcess worker;
            try
            {
                worker = await TakeAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (WorkerSetupException e)
            {
                ended.Add(new Diagnostic(Diagnostic.WorkerEnded, $"no worker process could be started for {document.Id}: {e.Message}; the document has no results"));
                return new AnalysisResult(document.Id, source, document, [], [], ended);
            }

            var outcome = await worker.AnalyseAsync(Interlocked.Increment(ref _sent), document, source, skipped, cancellationToken).ConfigureAwait(false);

            if (outcome.Result is { } result)
            {
                return ended.Count == 0 ? result : result with { Diagnostics = InPipelineOrder([.. result.Diagnostics, .. ended]) };
            }

            if (outcome.Ending is null)
            {
                continue; // the worker ended before it came to this document: another takes it, as if nothing happened
            }

            var analyser = outcome.Analyser;
            _logger.LogWarning("{Document}: {Ending} while analyser {Analyser} ran; a new worker takes over", document.Id, outcome.Ending, analyser ?? "(none)");
            if (analyser is null)
            {
                // Nothing to leave out: the worker ended between calls, which no analyser can be blamed for.
                ended.Add(new Diagnostic(Diagnostic.WorkerEnded, $"the worker process analysing {document.Id} ended outside any analyser's call: {outcome.Ending}; the document has no results"));
                return new AnalysisResult(document.Id, source, document, [], [], ended);
            }

            ended.Add(new Diagnostic(
                Diagnostic.WorkerEnded,
                $"analyser '{analyser}' ended its worker process on {document.Id}: {outcome.Ending}; its results for this document are dropped and the other analysers ran again in a new worker",
                analyser));
            skipped.Add(analyser);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Task<WorkerProcess>[] slots;
        lock (_slots)
        {
            slots = [.. _slots.OfType<Task<WorkerProcess>>()];
            Array.Clear(_slots);
        }

        await Task.WhenAll(slots.Select(slot => Task.Run(async () =>
        {
            try
            {
                (await slot.ConfigureAwait(false)).Dispose();
            }
            catch (WorkerSetupException)
            {
                // It never started.
            }
        }))).ConfigureAwait(false);
    }

    /// <summary>
    /// The live worker that holds the fewest documents; a worker is started in an empty or ended slot when every live
    /// one holds <see cref="WorkerProcess.Depth"/> (the runner keeps at most that many per worker in flight).
    /// </summary>
    private Task<WorkerProcess> TakeAsync(CancellationToken cancellationToken)
    {
        lock (_slots)
        {
            WorkerProcess? best = null;
            var free = -1;
            for (var i = 0; i < _slots.Length; i++)
            {
                switch (_slots[i])
                {
                    case null:
                        free = free < 0 ? i : free;
                        break;
                    case { IsCompletedSuccessfully: true } done when done.Result.Ended:
                        _ = Task.Run(done.Result.Dispose, CancellationToken.None);
                        _slots[i] = null;
                        free = free < 0 ? i : free;
                        break;
                    case { IsCompleted: true, IsCompletedSuccessfully: false }:
                        _slots[i] = null; // it failed to start: try a new one
                        free = free < 0 ? i : free;
                        break;
                    case { IsCompletedSuccessfully: true } live when best is null || live.Result.InFlight < best.InFlight:
                        best = live.Result;
                        break;
                }
            }

            if (best is not null && (best.InFlight < WorkerProcess.Depth || free < 0))
            {
                return Task.FromResult(best);
            }

            if (free >= 0)
            {
                return _slots[free] = StartWorkerAsync(CancellationToken.None); // shared by the documents that come after: not cancelled with this one
            }

            // Every slot is starting a worker: wait for one.
            return _slots.OfType<Task<WorkerProcess>>().First();
        }
    }

    private async Task<WorkerProcess> StartWorkerAsync(CancellationToken cancellationToken) => (await Start(cancellationToken).ConfigureAwait(false)).Worker;

    private Task<(WorkerProcess Worker, IReadOnlyList<AnalyserDescriptor> Pipeline)> Start(CancellationToken cancellationToken) =>
        WorkerProcess.StartAsync(_command, _init, StartTimeout, _silence, _memoryLimit, _logger, cancellationToken);

    private List<Diagnostic> InPipelineOrder(IEnumerable<Diagnostic> diagnostics)
    {
        var position = Pipeline.Select((a, i) => (a.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        return [.. diagnostics.OrderBy(d => d.Analyser is { } id && position.TryGetValue(id, out var i) ? i : int.MaxValue)];
    }
}
