using System.Diagnostics;
using DocAnalysis.Plugins.CreditLines;
using DocAnalysis.Plugins.Dates;
using DocAnalysis.Plugins.Numbers;

namespace DocAnalysis.Benchmarks;

/// <summary>
/// Passes over a folder of texts in one process, as a long run sees the analysers once the compiler has caught up:
/// <c>dotnet run -c Release --project bench/DocAnalysis.Benchmarks -- passes FOLDER PASSES [ANALYSER]</c>. Each pass
/// computes every document's layer once and runs the four analysers on it in the host's order; it prints, per pass,
/// the milliseconds and megabytes allocated by the layer and by each analyser. With an analyser's id, the layers are
/// computed first and only that analyser is timed: the best pass and what one pass allocates.
/// </summary>
internal static class Passes
{
    public static void Run(string folder, int passes, string? only)
    {
        var documents = Directory.GetFiles(folder, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(path => new Document(path, File.ReadAllText(path), new DocumentMetadata())).ToList();
        IAnalyser[] analysers =
        [
            new CreditLineStripper(new CreditLineOptions()), new DateNormaliser(), AnalyserThroughput.CreateAttributionFinder(), new NumberReconciler(new NumberOptions()),
        ];
        if (only is not null)
        {
            RunOne(documents, analysers.SingleOrDefault(a => a.Descriptor.Id == only) ?? throw new ArgumentException($"No analyser '{only}': {string.Join(", ", analysers.Select(a => a.Descriptor.Id))}."), passes);
            return;
        }

        for (var pass = 1; pass <= passes; pass++)
        {
            var (times, allocated) = (new double[analysers.Length + 1], new long[analysers.Length + 1]);
            foreach (var document in documents)
            {
                var context = new BenchmarkContext(document);
                Measure(0, () => _ = context.Layer);
                for (var i = 0; i < analysers.Length; i++)
                {
                    Measure(i + 1, () => analysers[i].Analyse(context));
                }
            }

            Console.WriteLine($"pass {pass}: layer {times[0]:F0} ms {allocated[0] / 1e6:F0} MB; "
                + string.Join("; ", analysers.Select((a, i) => $"{a.Descriptor.Id} {times[i + 1]:F0} ms {allocated[i + 1] / 1e6:F0} MB")));

            void Measure(int slot, Action action)
            {
                var (bytes, started) = (GC.GetAllocatedBytesForCurrentThread(), Stopwatch.GetTimestamp());
                action();
                times[slot] += Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                allocated[slot] += GC.GetAllocatedBytesForCurrentThread() - bytes;
            }
        }
    }

    private static void RunOne(List<Document> documents, IAnalyser analyser, int passes)
    {
        var contexts = documents.Select(d => new BenchmarkContext(d)).ToList();
        contexts.ForEach(c => _ = c.Layer);
        var (best, allocated) = (double.MaxValue, 0L);
        for (var pass = 0; pass < passes; pass++)
        {
            var (bytes, started) = (GC.GetAllocatedBytesForCurrentThread(), Stopwatch.GetTimestamp());
            contexts.ForEach(analyser.Analyse);
            best = Math.Min(best, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            allocated = GC.GetAllocatedBytesForCurrentThread() - bytes;
        }

        Console.WriteLine($"{analyser.Descriptor.Id}: best of {passes} passes {best:F0} ms, {allocated / 1e6:F0} MB allocated a pass");
    }
}
