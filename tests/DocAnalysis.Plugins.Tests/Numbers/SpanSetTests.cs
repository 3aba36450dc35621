using DocAnalysis.Plugins.Numbers;
using FsCheck;
using FsCheck.Fluent;

namespace DocAnalysis.Plugins.Tests.Numbers;

/// <summary>The span set answers as a scan of its spans would, for any spans, nested, touching or empty.</summary>
public sealed class SpanSetTests
{
    /// <summary>Spans in a short stretch of text, so touching, nested and empty ones are common.</summary>
    private static Gen<TextSpan> Spans() =>
        Gen.Choose(0, 20).SelectMany(start => Gen.Choose(0, 4).Select(length => new TextSpan(start, length)));

    [Fact]
    public void Overlaps_agrees_with_a_scan() =>
        Prop.ForAll(Gen.ListOf(Spans()).Select(spans => spans.Take(6).ToList()).ToArbitrary(), Spans().ToArbitrary(), (spans, probe) =>
            new SpanSet(spans).Overlaps(probe) == spans.Any(s => s.OverlapsWith(probe)))
        .QuickCheckThrowOnFailure();
}
