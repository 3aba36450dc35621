using System.Text.RegularExpressions;

namespace DocAnalysis.Plugins.CreditLines;

/// <summary>The <c>timestamp</c> rule of <see cref="LineRules.All"/>.</summary>
internal static partial class LineRules
{
    /// <summary>A line that only dates the page: <c>Published 7:07 PM EST Nov 19, 2019</c>, <c>Updated 12:24 am EST, Wednesday, November 20, 2019</c>, <c>Monday, November 18, 2019</c>.</summary>
    [GeneratedRegex(
        @"^(?:(?:Published|Updated|Posted|Last updated|First published)(?:\son)?:?\s(?=[^.]{0,60}\d)[^\p{Ll}]{0,8}[\p{L}\d,:.\s\-/()]{0,70}" +
        @"|(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s)?(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)\s\d{1,2},?\s\d{4}(?:,?\s(?:-\s)?\d{1,2}:\d\d(?:\s?[apAP]\.?[mM]\.?)?(?:\s[A-Z]{2,4})?(?:\s\([^()]{0,30}\))?)?" +
        @"|\d{1,2}:\d\d\s?(?:[apAP]\.?[mM]\.?)?\s?(?:[A-Z]{2,4})?,?\s(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s)?(?:[A-Z][a-z]{2,8}\.?)\s\d{1,2},?\s\d{4})$",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Timestamp();
}
