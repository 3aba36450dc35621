using System.Text.RegularExpressions;

namespace DocAnalysis.Plugins.CreditLines;

/// <summary>The <c>more-prompt</c> rule of <see cref="LineRules.All"/>.</summary>
internal static partial class LineRules
{
    /// <summary>
    /// Pointers to other articles: <c>Related: ...</c>, <c>READ MORE: ...</c>, <c>SEE MORE: ...</c>, <c>You may also
    /// like...</c>, and to a recording: <c>Listen to the interview below:</c>, <c>Listen to our analysis in the podcast
    /// embedded above.</c> (not <c>Listen to the people</c>). The prompt is a whole word: <c>Watching the demand,
    /// Panasonic will ...</c>, <c>Watchers say</c>, <c>MOREOVER</c> are article text. <c>Latest</c> labels a list in at
    /// most five more words or before a colon (<c>Latest News</c>, <c>Latest Places to Eat &amp; Drink</c>, <c>Latest on:</c>);
    /// a headline that opens with it is a sentence (<c>Latest poll has Trump pulling even with Clinton;</c>).
    /// </summary>
    [GeneratedRegex(
        @"^(?:(?:Related(?:\s(?:Articles?|Stories|Story|Coverage|Content|Links?|Reading|News))?|READ MORE|Read [Mm]ore|SEE MORE|See [Mm]ore|ALSO READ|Also [Rr]ead|MORE|WATCH|Watch|LISTEN|DON'T MISS|Don't [Mm]iss|RECOMMENDED|Recommended|Trending|TRENDING|Most [Rr]ead|MOST READ|Top [Ss]tories|Editor's [Pp]icks?|More [Gg]reat [\p{L} ]{1,30}[Ss]tories|More from [\p{L}\s&'’.]{1,40})(?![\p{L}])\s?:?.{0,200}" +
        @"|(?:Latest|LATEST)(?:\s[\p{L}&]+){0,5}(?::(?:\s.{1,200})?)?" +
        @"|Listen to\s.{0,150}\b(?:above|below|here|podcast|audio|episode)\b.{0,200}" +
        @"|You (?:may|might) (?:also )?(?:like|enjoy|be interested in)\.*|Recommended for you|More [Ss]tories|Related)$",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MorePrompt();
}
