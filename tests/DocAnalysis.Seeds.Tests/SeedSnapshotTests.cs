using DocAnalysis.Host;
using DocAnalysis.Host.Inputs;
using DocAnalysis.Testing;

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
        await using var engine = await DocAnalysisEngine.LoadAsync(cancellationToken: TestContext.Current.CancellationToken);
        var document = new DocumentSource([Path.Combine(Repository.Seeds, seed + ".txt")]).Enumerate().Single().Load();

        var result = await engine.AnalyseAsync(document, $"seeds/{seed}.txt", TestContext.Current.CancellationToken);

        Assert.Empty(result.Diagnostics);
        Assert.All(result.Annotations, a => Assert.InRange(a.Span.End, a.Span.Start, result.Document!.Text.Length));
        Snapshot.Verify(seed, engine.Render(result));
    }
}

/// <summary>The snapshot format's reader is its renderer's inverse: every finding of a seed comes back where and what it was.</summary>
public sealed class RenderedSnapshotTests
{
    [Theory]
    [MemberData(nameof(SeedSnapshotTests.Seeds), MemberType = typeof(SeedSnapshotTests))]
    public async Task Reading_a_rendering_gives_back_every_finding(string seed)
    {
        await using var engine = await DocAnalysisEngine.LoadAsync(cancellationToken: TestContext.Current.CancellationToken);
        var document = new DocumentSource([Path.Combine(Repository.Seeds, seed + ".txt")]).Enumerate().Single().Load();
        var result = await engine.AnalyseAsync(document, $"seeds/{seed}.txt", TestContext.Current.CancellationToken);
        var lines = new DocAnalysis.Host.Output.LineIndex(document.Text);

        var read = DocAnalysis.Host.Output.TextRenderer.Read(engine.Render(result));

        var expected = engine.Pipeline.SelectMany(a => result.Annotations.Where(n => n.Analyser == a.Id))
            .Select(a => $"{a.Analyser} {a.Kind} {lines.Position(a.Span.Start)} {a.Span.Length}");
        Assert.Equal(expected, read.Findings.Select(f => $"{f.Analyser} {f.Kind} {f.Line}:{f.Column} {f.Length}"));
        Assert.All(read.Findings, f => Assert.NotEmpty(f.Fields));
        Assert.Contains(read.Other, line => line.StartsWith("view clean:", StringComparison.Ordinal));
    }
}
