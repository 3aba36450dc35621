using DocAnalysis.Plugins.Numbers;
using FsCheck;
using FsCheck.Fluent;

namespace DocAnalysis.Plugins.Tests.Numbers;

/// <summary>The span index answers as a scan of its spans in the order given would, for any spans, nested, touching or empty.</summary>
public sealed class SpanIndexTests
{
    /// <summary>Spans in a short stretch of text, so touching, nested and empty ones are common.</summary>
    private static Gen<TextSpan> Spans() =>
        Gen.Choose(0, 20).SelectMany(start => Gen.Choose(0, 4).Select(length => new TextSpan(start, length)));

    private static Arbitrary<List<TextSpan>> SpanLists() => Gen.ListOf(Spans()).Select(spans => spans.Take(6).ToList()).ToArbitrary();

    /// <summary>Each span with its place in the list, so "the first" can be told apart from an equal span later.</summary>
    private sealed record Item(TextSpan Span, int Order);

    private static SpanIndex<Item> Index(List<TextSpan> spans) => new(spans.Select((s, i) => new Item(s, i)), e => e.Span);

    /// <summary>The place of the first span that passes <paramref name="test"/>, as a scan finds it.</summary>
    private static int? Scan(List<TextSpan> spans, Func<TextSpan, bool> test) => spans.FindIndex(s => test(s)) is var i and >= 0 ? i : null;

    [Fact]
    public void Overlaps_agrees_with_a_scan() =>
        Prop.ForAll(SpanLists(), Spans().ToArbitrary(), (spans, probe) =>
            Index(spans).Overlaps(probe) == spans.Any(s => s.OverlapsWith(probe)))
        .QuickCheckThrowOnFailure();

    [Fact]
    public void First_within_agrees_with_a_scan() =>
        Prop.ForAll(SpanLists(), Spans().ToArbitrary(), (spans, range) =>
            Index(spans).FirstWithin(range.Start, range.End)?.Order == Scan(spans, s => s.Start >= range.Start && s.End <= range.End))
        .QuickCheckThrowOnFailure();

    [Fact]
    public void First_covering_agrees_with_a_scan() =>
        Prop.ForAll(SpanLists(), Spans().Where(s => !s.IsEmpty).ToArbitrary(), (spans, probe) =>
            Index(spans).FirstCovering(probe)?.Order == Scan(spans, s => s.Contains(probe)))
        .QuickCheckThrowOnFailure();
}
