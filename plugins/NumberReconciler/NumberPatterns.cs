using System.Text.RegularExpressions;

namespace DocAnalysis.Plugins.Numbers;

/// <summary>The source-generated patterns of numerals, number words and qualifiers.</summary>
internal static partial class NumberPatterns
{
    /// <summary>
    /// A numeral with its sign, scale and percent or glued unit: <c>10,000</c>, <c>3.5</c>, <c>4bn</c>, <c>1.2 million</c>,
    /// <c>25%</c>, <c>+0.2%</c>, <c>6kW</c>, a fraction (<c>1/16</c>, <c>1⁄32</c>) or scientific notation (<c>1.99×10−30</c>). Not when glued to letters before it (<c>Mi-17</c>, <c>AK-47</c>), nor in a
    /// time (<c>16:55</c>) or a version (<c>2.0.1</c>). Currency marks before it are read by <see cref="Units"/>.
    /// </summary>
    [GeneratedRegex(
        @"(?<!\d[.,:/]|[\d+])(?<!\p{L}-)(?:(?<minus>(?i:minus)[\s\-])|(?<sub>(?i:sub)-))?(?<sign>[+\-−](?=[\d.]))?(?<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)(?:(?<slash>[/⁄])(?<denominator>\d{1,3})(?![/⁄]?\d))?(?:(?:×\s?10\^?|x\s?10\^)(?<exponent>[−\-+]?\d{1,3}))?" +
        @"(?:\s?(?<scale>(?:hundred\s)?(?:million|billion|trillion|thousand)|hundred|bn|mn|tn|m|k)(?![\p{L}\d]))?(?<percent>\s?%|\s(?:percent|per\scent)\b|\s?pc\b)?" +
        @"(?<glued>-[a-zA-Z][a-zA-Z\-]{0,14}|(?<=\d)[a-zA-Zμ°″′][a-zA-Z/²2]{0,4})?(?![\d:]|\.\d)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    public static partial Regex Numeral();

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
    public static partial Regex NumberWords();

    /// <summary>A verb or adverb of change in the clause before a number: "was up 19 cents", "plunged 4.28 percent to Y=28,030".</summary>
    [GeneratedRegex(
        @"(?<![\-\p{L}])(?:(?<up>up|rose|risen|rise|rises|rising|climbed|climb|climbs|jumped|jump|jumps|gained|gain|gains|advanced|advances|surged|surge|surging|soared|soar|rallied|added|increased|increase|increases|grew|grow|higher)|(?<down>down|fell|fall|falls|fallen|dropped|drop|drops|dropping|slid|slide|slides|slipped|lost|loses|plunged|plunge|plummeted|plummeting|sank|sink|tumbled|declined|decline|decreased|decrease|shed|eased|lower))(?![\-\p{L}])",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    public static partial Regex Direction();

    /// <summary>A qualifier just before a number, read right to left from it.</summary>
    [GeneratedRegex(
        @"(?<q>~|averaged|averaging|average\s+of|barely|more\s+than|over\s+than|over|above|exceeding|in\s+excess\s+of|upwards\s+of|at\s+least|no\s+fewer\s+than|no\s+less\s+than|a\s+minimum\s+of|about|around|some|nearly|almost|roughly|approximately|an\s+estimated|estimated|close\s+to|up\s+to|at\s+most|no\s+more\s+than|a\s+maximum\s+of|under|fewer\s+than|less\s+than|below|rose\s+by|grew\s+by|increased\s+by|climbed\s+by|jumped\s+by|rose|grew|increased|climbed|jumped|gained|fell\s+by|dropped\s+by|declined\s+by|decreased\s+by|fell|dropped|declined|decreased|lost)\s*(?:by\s+)?(?:\$|€|£)?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.RightToLeft, matchTimeoutMilliseconds: 1000)]
    public static partial Regex Qualifier();
}
