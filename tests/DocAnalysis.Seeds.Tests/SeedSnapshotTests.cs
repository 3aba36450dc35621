using DocAnalysis.Host;
using DocAnalysis.Host.Inputs;
using DocAnalysis.Host.Output;
using DocAnalysis.Host.Pipeline;
using DocAnalysis.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace DocAnalysis.Seeds.Tests;

/// <summary>
/// What users get on the seeds: the real host loads the real plugin folder and renders each seed; the rendering must
/// match <c>Snapshots/SEED.verified.txt</c>. A change in any plugin shows here as a diff and a received file.
/// </summary>
public sealed class SeedSnapshotTests
{
    public static TheoryData<string> Seeds() => [.. Directory.EnumerateFiles(Repository.Seeds, "*.txt").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Seed_analysis_matches_its_approved_snapshot(string seed)
    {
        using var engine = AnalysisEngine.Create(new HostSettings { Plugins = [Repository.Plugins] }, new ConfigurationBuilder().Build(), NullLoggerFactory.Instance);
        Assert.Empty(engine.Problems);
        var input = new DocumentSource([Path.Combine(Repository.Seeds, seed + ".txt")]).Enumerate().Single();

        var result = await engine.Pipeline!.AnalyseAsync(input.Load(), $"seeds/{seed}.txt", TestContext.Current.CancellationToken);

        Assert.Empty(result.Diagnostics);
        Assert.All(result.Annotations, a => Assert.InRange(a.Span.End, a.Span.Start, input.Load().Text.Length));
        Snapshot.Verify(seed, TextRenderer.Render(result, [.. engine.Pipeline.Analysers.Select(a => a.Descriptor)]));
    }
}
