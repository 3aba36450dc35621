using System.Text.RegularExpressions;
using Humanizer;

namespace DocAnalysis.Plugins.Numbers;

// Number words through Humanizer, and the vague plurals in NewsQuant's reading.
//   ten thousand · two dozen · a hundred · half a million · two-thirds · a quarter of
//   dozens of = 12–120 · millions of = 10⁶–10⁷ · tens of thousands = 10⁴–10⁵
internal static partial class QuantityExtractor
{
    private static (double Low, double High)? WordsValue(Match m)
    {
        if (m.Groups["vague"].Success)
        {
            // NewsQuant's reading of vague plurals: "dozens" is 12 to 120, "millions" a million to ten million.
            var vague = m.Groups["vague"].Value.ToLowerInvariant();
            var tens = vague.StartsWith("tens", StringComparison.Ordinal) ? 10 : 1;
            var low = vague[(vague.LastIndexOf(' ') + 1)..] switch
            {
                "dozens" => 12,
                "scores" => 20,
                "hundreds" => 100,
                "thousands" => 1000,
                "millions" => 1e6,
                _ => 1e9,
            } * tens;
            return (low, low * 10);
        }

        if (m.Groups["part"].Success)
        {
            var numeratorWord = m.Groups["numerator"].Value.ToLowerInvariant();
            var numerator = numeratorWord is "a" ? 1 : numeratorWord.ToNumber(Units.Culture);
            var part = m.Groups["part"].Value.ToLowerInvariant().TrimEnd('s') switch
            {
                "halve" => 2,
                "third" => 3,
                "quarter" => 4,
                "fifth" => 5,
                "sixth" => 6,
                "eighth" => 8,
                _ => 10,
            };
            return ((double)numerator / part, (double)numerator / part);
        }

        if (m.Groups["half"].Success)
        {
            var half = 0.5 * Scale(m.Groups["halfscale"].Value, money: true);
            return (half, half);
        }

        var words = m.Groups["words"].Value.ToLowerInvariant();
        if (words.StartsWith("a ", StringComparison.Ordinal) || words.StartsWith("an ", StringComparison.Ordinal))
        {
            // "a hundred", "a dozen" count; "a five-year plan" is "five"
            var rest = words[(words.IndexOf(' ', StringComparison.Ordinal) + 1)..];
            words = rest.StartsWith("hundred", StringComparison.Ordinal) || rest.StartsWith("thousand", StringComparison.Ordinal) || rest.StartsWith("million", StringComparison.Ordinal) || rest.StartsWith("dozen", StringComparison.Ordinal)
                ? "one " + rest
                : rest;
        }

        words = words.Replace('-', ' ');
        if (words.EndsWith(" dozen", StringComparison.Ordinal))
        {
            return words[..^6].TryToNumber(out var dozens, Units.Culture) ? (dozens * 12, dozens * 12) : null;
        }

        return words.TryToNumber(out var number, Units.Culture) ? (number, number) : null;
    }

    /// <summary>
    /// Number words: <c>ten thousand</c>, <c>two dozen</c>, <c>a hundred</c>, <c>half a million</c>, <c>dozens of</c>, <c>two-thirds</c>, <c>a quarter of</c>.
    /// An article counts only with a number word after it: a lone <c>a</c> is never a match (news has one every few words).
    /// </summary>
    [GeneratedRegex(
        @"\b(?:(?<vague>(?:tens\sof\s)?(?:dozens|scores|hundreds|thousands|millions|billions))\b|(?<half>half)\sa\s(?<halfscale>dozen|hundred|thousand|million|billion)|" +
        @"(?<numerator>one|two|three|four|five|six|seven|eight|nine|a(?=\s(?:third|quarter|fifth|tenth)\sof\b))[\s\-](?<part>halves|thirds?|quarters?|fifths?|sixths?|eighths?|tenths?)|" +
        @"(?<words>(?:a|an)(?:[\s\-](?:and\s)?(?:one|two|three|four|five|six|seven|eight|nine|hundred|thousand|million|billion|dozen)){1,4}|" +
        @"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)" +
        @"(?:[\s\-](?:and\s)?(?:one|two|three|four|five|six|seven|eight|nine|hundred|thousand|million|billion|dozen)){0,4}))\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NumberWordsPattern();
}
