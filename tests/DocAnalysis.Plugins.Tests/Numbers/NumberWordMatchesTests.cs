using System.Text.RegularExpressions;
using DocAnalysis.Plugins.Numbers;
using FsCheck;
using FsCheck.Fluent;

namespace DocAnalysis.Plugins.Tests.Numbers;

/// <summary>
/// The number words are found only where a stem stands (Rules/NumberWords.cs): exactly the matches the pattern itself
/// finds scanning the whole text, for texts dense in number words, articles, hyphens and case variants.
/// </summary>
public sealed class NumberWordMatchesTests
{
    private static readonly Regex Scanning = new(QuantityExtractor.NumberWords, QuantityExtractor.NumberWordsOptions);

    private static readonly string[] Words =
    [
        "a", "A", "an", "An", "one", "One", "two", "three", "Three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fifteen", "nineteen", "twenty", "Twenty", "forty", "ninety", "hundred", "hundreds",
        "HUNDRED", "thousand", "thousands", "million", "millions", "billion", "trillion", "dozen", "dozens", "scores",
        "tens", "of", "and", "half", "Half", "quarter", "quarters", "third", "thirds", "fifth", "tenth", "halves", "someone",
        "often", "weight", "network", "money", "tent", "said", "the", "people", "ſix", "sİx", "twenty-one", "one-third",
        "2", ".", ",", "-", "\n",
    ];

    private static readonly string[] Gaps = [" ", " ", " ", "-", "", "  ", "\t", "\u00a0"];

    private static Arbitrary<string> Texts() =>
        Gen.ListOf(Gen.Elements(Words).SelectMany(word => Gen.Elements(Gaps).Select(gap => word + gap)))
            .Select(parts => string.Concat(parts.Take(40)))
            .ToArbitrary();

    private static string Describe(IEnumerable<Match> matches) =>
        string.Join(" | ", matches.Select(m => $"{m.Index}+{m.Length}:{string.Join(",", m.Groups.Values.Where(g => g.Success).Select(g => $"{g.Name}={g.Index}+{g.Length}"))}"));

    [Fact]
    public void The_matches_are_those_of_a_scan_of_the_whole_text() =>
        Prop.ForAll(Texts(), text => Describe(QuantityExtractor.NumberWordMatches(text)) == Describe(Scanning.Matches(text)))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(3000));

    [Theory]
    [InlineData("tens of thousands of people and a quarter of a million more")]
    [InlineData("Two-thirds of the one hundred and sixteen families, a third of them, left; dozens stayed.")]
    [InlineData("someone often said a hundred-odd, then AN EIGHT, then half a dozen")]
    public void The_matches_of_news_sentences_are_those_of_a_scan(string text) =>
        Assert.Equal(Describe(Scanning.Matches(text)), Describe(QuantityExtractor.NumberWordMatches(text)));

    /// <summary>
    /// The stems are searched ignoring case ordinally; the pattern ignores case by the regular-expression engine's own
    /// table. Every character that table equates with a letter of a stem must be found by the stem search too.
    /// </summary>
    [Fact]
    public void Every_character_the_pattern_takes_for_a_stem_letter_is_found_by_the_stem_search()
    {
        foreach (var letter in "abcdefghilmnoqrstuvwxyz")
        {
            var same = new Regex($"^{letter}$", QuantityExtractor.NumberWordsOptions);
            for (var c = char.MinValue; c < char.MaxValue; c++)
            {
                if (same.IsMatch(c.ToString()))
                {
                    Assert.True(string.Equals(c.ToString(), letter.ToString(), StringComparison.OrdinalIgnoreCase), $"U+{(int)c:X4} matches '{letter}'");
                }
            }
        }
    }
}
