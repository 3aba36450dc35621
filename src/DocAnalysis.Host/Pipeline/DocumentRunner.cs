using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using DocAnalysis.Host.Inputs;

namespace DocAnalysis.Host.Pipeline;

/// <summary>
/// Runs documents through a pipeline with bounded parallelism and yields the results in input order, so the output
/// is the same whatever the parallelism. At most <c>2 × parallelism</c> results wait in memory.
/// </summary>
/// <remarks>
/// Cancellation stops taking new documents; documents already being analysed get <see cref="InFlightGrace"/> to
/// finish, and every result finished in input order before the first one that did not is still yielded.
/// </remarks>
internal static class DocumentRunner
{
    /// <summary>How long documents in flight may finish after the run is cancelled.</summary>
    public static TimeSpan InFlightGrace { get; } = TimeSpan.FromSeconds(3);

    /// <summary>
    /// Analyses every input; unreadable inputs yield a result with a <c>DA0100</c> diagnostic. An analyser that fails
    /// on <paramref name="maxConsecutiveFailures"/> documents in a row (in input order; 0 for never) is disabled for
    /// the rest of the run with a <c>DA0003</c> diagnostic.
    /// </summary>
    public static async IAsyncEnumerable<AnalysisResult> RunAsync(
        IDocumentAnalyser pipeline,
        IEnumerable<DocumentInput> inputs,
        int parallelism,
        int maxConsecutiveFailures,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parallelism, 1);
        using var abort = new CancellationTokenSource();
        using var stopping = cancellationToken.Register(() => abort.CancelAfter(InFlightGrace));
        var policy = new FailurePolicy(pipeline, maxConsecutiveFailures);
        var pending = Channel.CreateBounded<Work>(new BoundedChannelOptions(parallelism * 2) { SingleReader = true, SingleWriter = true });
        var workers = new SemaphoreSlim(parallelism);
        // The producer may wait on its input (standard input, a pipe) where cancellation does not reach: the results
        // already under way are the last, without waiting for the next input.
        using var closing = cancellationToken.Register(() => pending.Writer.TryComplete());
        var producer = Task.Run(
            async () =>
            {
                try
                {
                    foreach (var input in inputs)
                    {
                        await workers.WaitAsync(cancellationToken).ConfigureAwait(false);
                        var skip = policy.Disabled;
                        var task = AnalyseOneAsync(pipeline, input, skip, workers, abort.Token);
                        await pending.Writer.WriteAsync(new Work(input, skip, task), CancellationToken.None).ConfigureAwait(false);
                    }

                    pending.Writer.TryComplete();
                }
                catch (Exception e) when (e is OperationCanceledException or ChannelClosedException && cancellationToken.IsCancellationRequested)
                {
                    pending.Writer.TryComplete();
                }
                catch (Exception e)
                {
                    pending.Writer.TryComplete(e);
                }
            },
            CancellationToken.None);

        await foreach (var work in pending.Reader.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
        {
            var result = await work.Task.ConfigureAwait(false);
            var disabled = policy.Disabled;
            if (!work.Skipped.SetEquals(disabled))
            {
                // An analyser was disabled at an earlier document after this one had started with it: analyse it again
                // without, so the output does not depend on timing.
                await workers.WaitAsync(CancellationToken.None).ConfigureAwait(false);
                result = await AnalyseOneAsync(pipeline, work.Input, disabled, workers, abort.Token).ConfigureAwait(false);
            }

            yield return policy.Observe(result);
        }

        // A cancelled producer may still wait on its input; it is left to end with the process.
        cancellationToken.ThrowIfCancellationRequested();
        await producer.ConfigureAwait(false);
    }

    private static async Task<AnalysisResult> AnalyseOneAsync(
        IDocumentAnalyser pipeline, DocumentInput input, IReadOnlySet<string> skip, SemaphoreSlim workers, CancellationToken cancellationToken)
    {
        try
        {
            Document document;
            try
            {
                document = input.Load();
            }
            catch (DocumentLoadException e)
            {
                return AnalysisResult.Unreadable(input.Id, input.Source, e.Source, e.Problem);
            }

            return await pipeline.AnalyseAsync(document, input.Source, cancellationToken, skip).ConfigureAwait(false);
        }
        finally
        {
            workers.Release();
        }
    }

    private sealed record Work(DocumentInput Input, IReadOnlySet<string> Skipped, Task<AnalysisResult> Task);

    /// <summary>UIMA CPE's error policy: consecutive failures per analyser, counted in input order, disable it.</summary>
    private sealed class FailurePolicy(IDocumentAnalyser pipeline, int maxConsecutiveFailures)
    {
        private readonly Dictionary<string, int> _consecutive = new(StringComparer.Ordinal);
        private ImmutableHashSet<string> _disabled = ImmutableHashSet.Create<string>(StringComparer.Ordinal);

        public IReadOnlySet<string> Disabled => Volatile.Read(ref _disabled);

        public AnalysisResult Observe(AnalysisResult result)
        {
            if (maxConsecutiveFailures <= 0 || result.Document is null)
            {
                return result;
            }

            List<Diagnostic>? added = null;
            foreach (var descriptor in pipeline.Pipeline)
            {
                var id = descriptor.Id;
                if (_disabled.Contains(id))
                {
                    continue;
                }

                var failed = result.Diagnostics.Any(d => d.Id is Diagnostic.AnalyserFailed or Diagnostic.WorkerEnded && d.Analyser == id);
                var count = _consecutive[id] = failed ? _consecutive.GetValueOrDefault(id) + 1 : 0;
                if (count >= maxConsecutiveFailures)
                {
                    Volatile.Write(ref _disabled, _disabled.Add(id));
                    (added ??= []).Add(new Diagnostic(
                        Diagnostic.AnalyserDisabled,
                        $"analyser '{id}' failed on {count} documents in a row, the last {result.Id}; it is disabled for the rest of the run (maxConsecutiveFailures: {maxConsecutiveFailures})",
                        id));
                }
            }

            return added is null ? result : result with { Diagnostics = [.. result.Diagnostics, .. added] };
        }
    }
}
