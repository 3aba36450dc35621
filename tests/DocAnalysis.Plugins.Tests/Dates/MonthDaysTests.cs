using System.Text.RegularExpressions;
using DocAnalysis.Plugins.Dates;

namespace DocAnalysis.Plugins.Tests.Dates;

/// <summary>
/// The month-and-day reader (MonthDays.cs) reads the grammar of the pattern below, which the date normaliser used until
/// its matcher cost more to compile than to run: over windows of texts dense in months, weekdays, days, years,
/// ordinals, case variants and characters on the edge of words, the reader finds what the pattern finds run over the
/// same window, with every part of it. One change: a day and a year are ASCII digits (the pattern's <c>\d</c> took any
/// decimal digit, and reading such a day as a number failed the whole document's dates).
/// </summary>
public sealed class MonthDaysTests
{
    private const string Day = @"(?<day>[0-3]?[0-9])(?:st|nd|rd|th)?";
    private const string Year = @"(?<year>(?:1[6-9]|20)[0-9][0-9])";
    private const string Month = @"(?<month>(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?))";
    private const string Weekday = @"(?<weekday>(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))";

    private static readonly Regex Pattern = new(
        @"\b(?:(?<weekof>(?i:the\sweek\sof))\s|(?<rel>(?i:last|next|this\spast|this\scoming))\s)?(?:" + Weekday + @",?\s)?(?:" + Month + @"\s" + Day +
        @"(?:,?\s" + Year + @")?|" + Day + @"\s" + Month + @"(?:,?\s" + Year + @")?)(?![\p{L}\d])",
        RegexOptions.CultureInvariant);

    private static readonly string[] Parts = ["weekof", "rel", "weekday", "month", "day", "year"];

    private static readonly string[] Words =
    [
        "the week of", "The Week Of", "the", "week", "of", "wee\u212A", "last", "LAST", "next", "this past", "This Coming", "this",
        "Tuesday", "Tuesday,", "monday", "Sunday", "March", "Mar.", "Mar", "Sept.", "Sept", "Sep.", "September", "May", "June",
        "Jun", "Junes", "17", "17,", "1st", "2nd", "23rd", "4th", "3", "31", "45", "123", "2013", "2013,", "1600", "1599", "2099",
        "2100", "20134", "\u0663", "x", "_", "\u0301", ",", ".", "-",
    ];

    private static readonly string[] Gaps = [" ", " ", " ", ", ", "", "\t", "\u00a0", "\n"];

    private static string Expected(string text, TextSpan window) => PatternOracle.Scan(Pattern, text, window, Parts);

    private static string Found(string text, TextSpan window) =>
        string.Join(" | ", MonthDays.In(text, window).Select(d => PatternOracle.Describe(d.Span, Parts, [d.WeekOf, d.Relation, d.Weekday, d.Month, d.Day, d.Year])));

    [Fact]
    public void The_reader_finds_what_the_pattern_finds_in_any_window() => PatternOracle.AgreeInAnyWindow(Words, Gaps, Expected, Found);

    [Theory]
    [InlineData("On Tuesday, Sept. 17, 2013 and 17 September 2013, last Oct. 23 and the week of March 6.")]
    [InlineData("September 17th, 17 Sept.x, May 1st2, June 31, 20134 March 3, this coming Jan 2")]
    public void The_dates_of_news_sentences_are_those_of_the_pattern(string text) => PatternOracle.Agree(text, Expected, Found);

    /// <summary>
    /// Every character between and around a date is taken as the pattern takes it: as a letter, a digit, a space, part
    /// of a word for the boundary before it, or none of these; and the words before it ignore case as the pattern does.
    /// </summary>
    [Fact]
    public void Every_character_around_a_date_is_taken_as_the_pattern_takes_it() =>
        PatternOracle.AgreeAroundEveryCharacter(
            c => [$"{c}March 6", $"March{c}6{c}", $"6 March{c}2013", $"last{c}Oct. 23", $"the wee{c} of March 6", $"this pas{c} May 1"], Expected, Found);

    [Fact]
    public void A_day_in_other_digits_is_no_day_and_fails_nothing()
    {
        const string text = "The meeting is on March \u0663, officials said.";
        var result = Testers.Dates.Analyse(text, Testers.PublishedOn("2017-04-26"));

        Assert.Empty(result.Diagnostics);
        Assert.DoesNotContain(result.Annotations, a => a.Kind == "date" && a.Span.End > text.IndexOf('\u0663', StringComparison.Ordinal));
    }
}
