using System.Text.RegularExpressions;
using DocAnalysis.Plugins.Numbers;
using FsCheck;
using FsCheck.Fluent;

namespace DocAnalysis.Plugins.Tests.Numbers;

/// <summary>
/// The number-word reader (Rules/NumberWordReader.cs) reads the grammar of the pattern below, which the plug-in used
/// until its matcher cost more to compile than to run: at every position of texts dense in number words, articles,
/// hyphens, case variants and characters on the edge of words, the reader and the pattern agree on the match and on
/// every part of it; and the words are found only where a stem stands (Rules/NumberWords.cs), exactly as a scan of
/// the whole text finds them.
/// </summary>
public sealed class NumberWordMatchesTests
{
    private const string NumberWords =
        @"\b(?:(?<vague>(?:tens\sof\s|hundreds\sof\s(?=(?:thousands|millions|billions)\b))?(?:dozens|scores|hundreds|thousands|millions|billions))\b|" +
        @"(?:a\s)?(?<half>half|quarter|three\squarters)\s(?:a\s|of\sa\s)?(?<halfscale>dozen|hundred|thousand|million|billion|trillion)|" +
        @"(?<numerator>one)[\s\-](?<part>half)(?!-)\b|" +
        @"(?<numerator>one|two|three|four|five|six|seven|eight|nine|a(?=\s(?:third|quarter|fifth|tenth)\sof\b))[\s\-](?<part>halves|thirds?|quarters?|fifths?|sixths?|eighths?|tenths?)|" +
        @"(?<words>(?:a|an)(?:[\s\-](?:hundred|thousand|million|billion|trillion|dozen)" +
        @"|(?<=(?:hundred|thousand|million|billion|trillion))\sand\s(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)){1,6}|" +
        @"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)" +
        @"(?:[\s\-](?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen)" +
        @"|(?<=(?:hundred|thousand|million|billion|trillion))\sand\s(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)){0,6})" +
        @"(?<andhalf>\sand\sa\shalf(?:\s(?<halfafter>hundred|thousand|million|billion|trillion))?)?)\b";

    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    private static readonly Regex Scanning = new(NumberWords, Options);

    private static readonly Regex Anchored = new(@"\G(?:" + NumberWords + ")", Options);

    private static readonly string[] Parts = ["vague", "half", "halfscale", "numerator", "part", "words", "andhalf", "halfafter"];

    private static readonly string[] Words =
    [
        "a", "A", "an", "An", "one", "One", "two", "three", "Three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fifteen", "nineteen", "twenty", "Twenty", "forty", "ninety", "hundred", "hundreds",
        "HUNDRED", "thousand", "thousands", "million", "millions", "billion", "trillion", "dozen", "dozens", "scores",
        "tens", "of", "and", "half", "Half", "quarter", "quarters", "third", "thirds", "fifth", "tenth", "halves", "someone",
        "often", "weight", "network", "money", "tent", "said", "the", "people", "ſix", "sİx", "twenty-one", "one-third", "one-half",
        "2", ".", ",", "-", "\n", "Tens", "OF", "halfway", "sixth", "eighths", "fifths", "tenths", "Quarter", "seventeen",
        "sixty", "trillion", "scores", "billions", "one_", "\u200d", "\u0301", "é", "K", "ﬁve",
    ];

    private static Arbitrary<string> Texts() => PatternOracle.Texts(Words, PatternOracle.WordGaps, most: 40).ToArbitrary();

    private static string Describe(Match m) => PatternOracle.Describe(m, Parts);

    private static string Describe(NumberWordMatch? found) =>
        found is { } m ? PatternOracle.Describe(m.Span, Parts, [m.Vague, m.Half, m.HalfScale, m.Numerator, m.Part, m.Words, m.AndHalf, m.HalfAfter]) : "none";

    private static string Describe(IEnumerable<Match> matches) => PatternOracle.Describe(matches, Parts);

    private static string Describe(IEnumerable<NumberWordMatch> matches) => string.Join(" | ", matches.Select(m => Describe(m)));

    [Fact]
    public void The_reader_agrees_with_the_pattern_at_every_position() =>
        Prop.ForAll(Texts(), text => Enumerable.Range(0, text.Length + 1).All(i => Describe(NumberWordReader.At(text, i)) == Describe(Anchored.Match(text, i))))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(2000));

    [Fact]
    public void The_matches_are_those_of_a_scan_of_the_whole_text() =>
        Prop.ForAll(Texts(), text => Describe(QuantityExtractor.NumberWordMatches(text)) == Describe(Scanning.Matches(text)))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(3000));

    [Theory]
    [InlineData("tens of thousands of people and a quarter of a million more")]
    [InlineData("Hundreds of thousands fled, hundreds of people stayed and hundreds of millions of dollars went")]
    [InlineData("Two-thirds of the one hundred and sixteen families, a third of them, left; dozens stayed.")]
    [InlineData("someone often said a hundred-odd, then AN EIGHT, then half a dozen")]
    public void The_matches_of_news_sentences_are_those_of_a_scan(string text) =>
        Assert.Equal(Describe(Scanning.Matches(text)), Describe(QuantityExtractor.NumberWordMatches(text)));

    /// <summary>
    /// Every character between and before number words is taken as the pattern takes it: as part of a word (a letter,
    /// a digit, a mark, a joiner), as a space, or as neither.
    /// </summary>
    [Fact]
    public void Every_character_around_number_words_is_taken_as_the_pattern_takes_it()
    {
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            foreach (var text in new[] { $"one{c}two", $"{c}one" })
            {
                for (var i = 0; i <= text.Length; i++)
                {
                    Assert.Equal(Describe(Anchored.Match(text, i)), Describe(NumberWordReader.At(text, i)));
                }
            }
        }
    }
}
