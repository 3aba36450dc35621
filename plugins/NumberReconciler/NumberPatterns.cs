using System.Text.RegularExpressions;

namespace DocAnalysis.Plugins.Numbers;

/// <summary>The source-generated patterns of numerals, number words and qualifiers.</summary>
internal static partial class NumberPatterns
{
    /// <summary>
    /// A numeral with its currency, scale and percent: <c>10,000</c>, <c>3.5</c>, <c>$4bn</c>, <c>1.2 million</c>, <c>25%</c>,
    /// or a range <c>100-140</c>. Not when glued to letters (<c>Mi-17</c>, <c>AK-47</c>) or part of a time (<c>16:55</c>).
    /// </summary>
    [GeneratedRegex(
        @"(?<![\p{L}\d.,:/\-+])(?<currency>[$€£¥])?\s?(?<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s?(?:-|–|to)\s?(?<high>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?))?" +
        @"(?:\s?(?<scale>million|billion|trillion|thousand|bn|mn|m|k)\b)?(?<percent>\s?%|\s(?:percent|per cent)\b)?(?![\d:]|[\-/]\p{L}|\.\d)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    public static partial Regex Numeral();

    /// <summary>Number words: <c>ten thousand</c>, <c>two dozen</c>, <c>a hundred</c>, <c>half a million</c>, <c>dozens of</c>.</summary>
    [GeneratedRegex(
        @"\b(?:(?<vague>dozens|scores|hundreds|thousands|millions|billions)\sof|(?<half>half)\sa\s(?<halfscale>dozen|hundred|thousand|million|billion)|" +
        @"(?<words>(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)" +
        @"(?:[\s\-](?:and\s)?(?:one|two|three|four|five|six|seven|eight|nine|hundred|thousand|million|billion|dozen)){0,4}))\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    public static partial Regex NumberWords();

    /// <summary>A qualifier just before a number, read right to left from it.</summary>
    [GeneratedRegex(
        @"(?<q>more than|over|above|exceeding|in excess of|upwards of|at least|no fewer than|no less than|a minimum of|about|around|some|nearly|almost|roughly|approximately|an estimated|estimated|close to|up to|at most|no more than|a maximum of|as many as|under|fewer than|less than|below|rose by|grew by|increased by|climbed by|jumped by|rose|grew|increased|climbed|jumped|gained|fell by|dropped by|declined by|decreased by|fell|dropped|declined|decreased|lost)\s(?:by\s)?(?:\$|€|£)?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.RightToLeft, matchTimeoutMilliseconds: 1000)]
    public static partial Regex Qualifier();
}
