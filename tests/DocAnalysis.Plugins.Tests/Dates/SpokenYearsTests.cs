using System.Text.RegularExpressions;
using DocAnalysis.Plugins.Dates;

namespace DocAnalysis.Plugins.Tests.Dates;

/// <summary>
/// The spoken-year reader (SpokenYears.cs) reads the grammar of the pattern below, which the date normaliser used until
/// its matcher cost more to compile than to run: over windows of texts dense in month names, number words, hyphens,
/// case variants and characters on the edge of words, the reader finds what the pattern finds run over the same window,
/// with every part of it.
/// </summary>
public sealed class SpokenYearsTests
{
    private const string Month = @"(?<month>(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?))";

    private static readonly Regex Pattern = new(
        @"\b(?:" + Month + @"\s)?(?:the\syear\s)?(?:(?<century>nineteen|twenty)[\s\-](?<rest>(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s\-](?:one|two|three|four|five|six|seven|eight|nine))?)" +
        @"|(?<thousand>two\sthousand)(?:\s(?:and\s)?(?<units>one|two|three|four|five|six|seven|eight|nine)(?![\s\-](?:hundred|thousand|million|billion)\b))?" +
        @"(?!\s(?:and\s)?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\b))\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly string[] Parts = ["month", "century", "rest", "units"];

    private static readonly string[] Words =
    [
        "nineteen", "Nineteen", "NINETEEN", "twenty", "Twenty", "two", "Two", "thousand", "THOUSAND", "and", "And", "the", "The",
        "year", "Year", "ninety-six", "ninety", "seventy", "six", "one", "nine", "ten", "twelve", "eleven", "hundred", "million",
        "billion", "thousands", "January", "january", "Jan", "Jan.", "Sept", "Sept.", "Sep.", "Sep", "May", "May.", "March",
        "Mar.", "Marches", "december", "DEC", "Dec.", "pounds", "said", "in", "ninetyx", "nineteen_", "2", "ſix", "twenty\u0301",
        "\u200d", "é", ".", ",", "-", "\n", "two thousand", "two thousand and", "Two Thousand And", "the year", "nineteen ninety",
        "twenty twenty", "and two", "and two hundred", "January nineteen", "Sept. twenty", "two thousand two", "-hundred",
    ];

    private static string Expected(string text, TextSpan window) => PatternOracle.Scan(Pattern, text, window, Parts);

    private static string Found(string text, TextSpan window) =>
        string.Join(" | ", SpokenYears.In(text, window).Select(y => PatternOracle.Describe(y.Span, Parts, [y.Month, y.Century, y.Rest, y.Units])));

    [Fact]
    public void The_reader_finds_what_the_pattern_finds_in_any_window() => PatternOracle.AgreeInAnyWindow(Words, PatternOracle.WordGaps, Expected, Found);

    [Theory]
    [InlineData("in January nineteen ninety-seven and the year two thousand")]
    [InlineData("two thousand and two hundred pounds, two thousand and two, Sept. twenty twelve, nineteen ninety six")]
    [InlineData("May the year twenty-twenty one, Dec nineteen ten.")]
    public void The_years_of_news_sentences_are_those_of_the_pattern(string text) => PatternOracle.Agree(text, Expected, Found);

    /// <summary>
    /// Every character between and before the words of a year is taken as the pattern takes it: as part of a word (a
    /// letter, a digit, a mark, a joiner), as a space, or as neither.
    /// </summary>
    [Fact]
    public void Every_character_around_a_year_is_taken_as_the_pattern_takes_it() =>
        PatternOracle.AgreeAroundEveryCharacter(c => [$"nineteen{c}ten", $"{c}two thousand"], Expected, Found);
}
