using System.Globalization;
using System.Text.RegularExpressions;

namespace DocAnalysis.Plugins.Numbers;

// Numerals: digits with their sign, scale, percent and glued unit, fractions and scientific notation.
//   10,000 · 3.5 · .001 · 1.2 million · 4.3M · $4bn · 25% · 5pc · +0.2% · minus-5 · sub-7 · 6kW · 155mph · 6.1-inch
//   1/16 · 3/4 · 1⁄32 (a solidus only for halves to 64ths: not 24/7, 9/11) · 2½ · 5 ½ · ½ · 2 1/2 · 1.99×10−30 · 4e14 · -1e-3
//   10 mln · 2 bln (wire copy) · $2.174T · €10B · 0.5k miles · 4km^2 (a power read by the lexicon: square kilometre)
internal static partial class QuantityExtractor
{
    /// <summary>
    /// The numeral's value: a plain number (with a vulgar fraction glued to it, <c>2½</c>), a fraction (a fraction slash <c>1⁄32</c> always, a solidus only for a proper
    /// fraction of halves to 64ths, <c>3/4</c>, so that <c>24/7</c> and <c>9/11</c> are not read), or scientific notation.
    /// </summary>
    private static double? Fraction(Match m)
    {
        var number = (m.Groups["number"].Length == 0 ? 0 : Parse(m.Groups["number"].Value)) + m.Groups["vulgar"].Value switch
        {
            "½" => 0.5,
            "¼" => 0.25,
            "¾" => 0.75,
            "⅓" => 1.0 / 3,
            "⅔" => 2.0 / 3,
            "⅛" => 0.125,
            "⅜" => 0.375,
            "⅝" => 0.625,
            "⅞" => 0.875,
            _ => 0,
        };
        if (m.Groups["mixed"].Success)
        {
            // "2 1/2": a whole number and a proper fraction of halves to 64ths
            var (numerator, denominator) = (int.Parse(m.Groups["numerator"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["mixed"].Value, CultureInfo.InvariantCulture));
            if (numerator >= denominator || denominator is not (2 or 3 or 4 or 8 or 16 or 32 or 64) || number != Math.Floor(number))
            {
                return null;
            }

            number += (double)numerator / denominator;
        }

        if (m.Groups["slash"].Success)
        {
            var denominator = int.Parse(m.Groups["denominator"].Value, CultureInfo.InvariantCulture);
            if (denominator == 0 || (m.Groups["slash"].Value == "/" && (denominator is not (2 or 3 or 4 or 8 or 16 or 32 or 64) || number >= denominator)))
            {
                return null;
            }

            number /= denominator;
        }

        return m.Groups["exponent"].Success ? number * Math.Pow(10, int.Parse(m.Groups["exponent"].Value.Replace('−', '-'), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture)) : number;
    }

    private static double Parse(string number) => double.Parse(number.Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>The multiplier of a scale word; a bare <c>m</c> or <c>k</c> is a scale only for money.</summary>
    private static double Scale(string scale, bool money) => scale.ToLowerInvariant() switch
    {
        var s when s.StartsWith("hundred ", StringComparison.Ordinal) => 100 * Scale(s[8..], money),
        "thousand" => 1e3,
        "k" when money => 1e3,
        "b" when money => 1e9, // $1.2B, €10B
        "t" when money => 1e12, // $2.174T
        "million" or "mn" or "mln" => 1e6,
        "m" when money => 1e6,
        "billion" or "bn" or "bln" => 1e9,
        "trillion" or "tn" or "trn" or "tln" => 1e12,
        "hundred" => 1e2,
        "dozen" => 12,
        _ => 1,
    };

    /// <summary>
    /// The numerals of a text in order: <see cref="NumeralPattern"/>'s, and vulgar fractions that stand alone (<c>½ cup</c>),
    /// found apart so that the numeral pattern keeps starting only at a digit, a sign or a word it names (a pattern that
    /// may start at either ran at half the speed).
    /// </summary>
    private static IEnumerable<Match> Numerals(string text)
    {
        var lone = LoneVulgarPattern().Match(text);
        foreach (Match numeral in NumeralPattern().Matches(text))
        {
            for (; lone.Success && lone.Index < numeral.Index; lone = lone.NextMatch())
            {
                yield return lone;
            }

            yield return numeral;
        }

        for (; lone.Success; lone = lone.NextMatch())
        {
            yield return lone;
        }
    }

    /// <summary>A vulgar fraction not glued to a number before it (<c>½ cup</c>, but not the half of <c>2½</c> or <c>5 ½</c>), with the numeral pattern's groups.</summary>
    [GeneratedRegex(@"(?<![\p{L}\d½¼¾⅓⅔⅛⅜⅝⅞]|\d\s)(?<number>)(?<vulgar>[½¼¾⅓⅔⅛⅜⅝⅞])(?![\d:]|\.\d)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LoneVulgarPattern();

    /// <summary>A bare <c>k</c> is a thousand when a known unit follows it (<c>0.5k miles</c>); alone it is a unit's letter.</summary>
    private static bool ThousandOf(string text, Group scale)
    {
        var start = scale.Index + scale.Length;
        if (start + 1 >= text.Length || text[start] != ' ')
        {
            return false;
        }

        var end = start + 1;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return end > start + 1 && UnitNames.IsKnown(text[(start + 1)..end]);
    }

    /// <summary>
    /// A numeral with its sign, scale and percent or glued unit: <c>10,000</c>, <c>3.5</c>, <c>4bn</c>, <c>1.2 million</c>,
    /// <c>25%</c>, <c>+0.2%</c>, <c>6kW</c>, a fraction (<c>1/16</c>, <c>1⁄32</c>) or scientific notation (<c>1.99×10−30</c>). Not when glued to letters before it (<c>Mi-17</c>, <c>AK-47</c>) or to a word after it (<c>5ptsmoderator</c>), nor in a
    /// time (<c>16:55</c>) or a version (<c>2.0.1</c>). Currency marks before it are read by <see cref="UnitNames"/>.
    /// </summary>
    [GeneratedRegex(
        @"(?<!\d[.,:/]|[\d+])(?<!\p{L}-)(?:(?<minus>(?i:minus)[\s\-])|(?<sub>(?i:sub)-))?(?<sign>[+\-−](?=[\d.½¼¾⅓⅔⅛⅜⅝⅞]))?(?<number>[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?|\.[0-9]+)(?:(?:(?<=\d)\s)?(?<vulgar>[½¼¾⅓⅔⅛⅜⅝⅞]))?(?:\s(?<numerator>[1-9])/(?<mixed>[0-9]{1,2})(?![/⁄]?\d))?(?:(?<slash>[/⁄])(?<denominator>[0-9]{1,3})(?![/⁄]?\d))?(?:(?:×\s?10\^?|x\s?10\^|(?<=\d)e(?=[−\-+]?[0-9]))(?<exponent>[−\-+]?[0-9]{1,3}))?" +
        @"(?:\s?(?<scale>(?:hundred\s)?(?:million|billion|trillion|thousand)|hundred|mln|bln|trn|tln|bn|mn|tn|m|k|b|t)(?![\p{L}\d²³^]))?(?<percent>\s?%|\s(?:percent|per\scent)\b|\s?pc\b)?" +
        @"(?<glued>-[a-zA-Z][a-zA-Z\-]{0,14}|(?<=\d)[a-zA-Zμ°″′][a-zA-Z/²2]{0,11}(?:\^[23]|³)?)?(?![\d:a-z]|\.\d)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NumeralPattern();
}
