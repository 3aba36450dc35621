using FsCheck;
using FsCheck.Fluent;

namespace DocAnalysis.Plugins.Tests.Dates;

/// <summary>
/// Properties of the date normaliser over dense soups of date-like words, where every rule's trigger fires and the
/// windows run into each other: the kind of input that finds an offset slip or a regex that backtracks without end.
/// </summary>
public sealed class DatePropertyTests
{
    private static readonly string[] Words =
    [
        "the", "a", "last", "next", "this", "year", "years", "year-end", "quarter", "third-quarter", "period", "week", "weekend",
        "month", "day", "days", "Monday", "Friday", "night", "March", "Sept.", "17,", "2013", "1988", "2082.1", "1990s",
        "fiscal", "first", "second", "half", "of", "ago", "earlier", "later", "said", "will", "since", "about", "more", "than",
        "two", "ten", "$500", "million", "a.m.", "3", "p.m.", "EST", "noon", "every", "daily", "now", "recent", "old", "ended",
        "-", ",", ".", "\n",
    ];

    /// <summary>Up to 400 words picked from <see cref="Words"/>, joined by single spaces.</summary>
    private static Arbitrary<string> Soups() =>
        Gen.ArrayOf(Gen.Choose(0, Words.Length - 1)).Select(picks => string.Join(" ", picks.Take(400).Select(i => Words[i]))).ToArbitrary();

    [Fact]
    public void Every_date_is_a_trimmed_span_of_the_text_and_no_two_overlap() =>
        Prop.ForAll(Soups(), text =>
        {
            var dates = Testers.Dates.Analyse(text, Testers.PublishedOn("1989-10-26")).Annotations
                .Where(a => a.Kind == "date")
                .OrderBy(a => a.Span.Start)
                .ToList();
            return dates.All(a => a.Span.Length > 0 && a.Span.End <= text.Length && !char.IsWhiteSpace(text[a.Span.Start]) && !char.IsWhiteSpace(text[a.Span.End - 1]))
                && dates.Zip(dates.Skip(1)).All(pair => pair.First.Span.End <= pair.Second.Span.Start);
        }).QuickCheckThrowOnFailure();
}
