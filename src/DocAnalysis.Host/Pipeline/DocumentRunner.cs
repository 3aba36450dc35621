using System.Runtime.CompilerServices;
using System.Threading.Channels;
using DocAnalysis.Host.Inputs;

namespace DocAnalysis.Host.Pipeline;

/// <summary>
/// Runs documents through a pipeline with bounded parallelism and yields the results in input order, so the output
/// is the same whatever the parallelism. At most <c>2 × parallelism</c> results wait in memory.
/// </summary>
internal static class DocumentRunner
{
    /// <summary>Analyses every input; unreadable inputs yield a result with a <c>DA0100</c> diagnostic.</summary>
    public static async IAsyncEnumerable<AnalysisResult> RunAsync(
        AnalysisPipeline pipeline,
        IEnumerable<DocumentInput> inputs,
        int parallelism,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parallelism, 1);
        var pending = Channel.CreateBounded<Task<AnalysisResult>>(new BoundedChannelOptions(parallelism * 2) { SingleReader = true, SingleWriter = true });
        var workers = new SemaphoreSlim(parallelism);
        var producer = Task.Run(
            async () =>
            {
                try
                {
                    foreach (var input in inputs)
                    {
                        await workers.WaitAsync(cancellationToken).ConfigureAwait(false);
                        var work = Task.Run(() => AnalyseOneAsync(pipeline, input, workers, cancellationToken), cancellationToken);
                        await pending.Writer.WriteAsync(work, cancellationToken).ConfigureAwait(false);
                    }

                    pending.Writer.Complete();
                }
                catch (Exception e)
                {
                    pending.Writer.Complete(e);
                }
            },
            CancellationToken.None);

        await foreach (var work in pending.Reader.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
        {
            yield return await work.ConfigureAwait(false);
        }

        await producer.ConfigureAwait(false);
    }

    private static async Task<AnalysisResult> AnalyseOneAsync(AnalysisPipeline pipeline, DocumentInput input, SemaphoreSlim workers, CancellationToken cancellationToken)
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

            return await pipeline.AnalyseAsync(document, input.Source, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            workers.Release();
        }
    }
}
