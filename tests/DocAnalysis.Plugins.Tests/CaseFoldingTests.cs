using System.Text.RegularExpressions;

namespace DocAnalysis.Plugins.Tests;

/// <summary>
/// The hand-written readers compare words case folded as the contract's WordReader folds them (ASCII case, and the
/// Kelvin sign for k), because that is what the case-insensitive patterns they replaced took for each letter; and the
/// number words' stem search, which ignores case ordinally, finds at least as much.
/// </summary>
public sealed class CaseFoldingTests
{
    [Fact]
    public void A_case_insensitive_pattern_takes_each_letter_for_itself_its_capital_and_for_k_the_kelvin_sign()
    {
        foreach (var letter in "abcdefghijklmnopqrstuvwxyz")
        {
            var same = new Regex($"^{letter}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
            for (var c = char.MinValue; c < char.MaxValue; c++)
            {
                var folded = c == letter || c == char.ToUpperInvariant(letter) || (letter == 'k' && c == '\u212A');
                Assert.True(same.IsMatch(c.ToString()) == folded, $"U+{(int)c:X4} and '{letter}'");
            }
        }
    }

    /// <summary>The letters of the number words' stems (Rules/NumberWords.cs), searched ignoring case ordinally.</summary>
    [Fact]
    public void The_number_word_stem_search_finds_every_character_a_pattern_takes_for_a_stem_letter()
    {
        foreach (var letter in "abcdefghilmnoqrstuvwxyz")
        {
            var same = new Regex($"^{letter}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
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
