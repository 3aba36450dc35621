using System.Text.RegularExpressions;

namespace DocAnalysis.Plugins.Dates;

/// <summary>The expression families, one source-generated regex each; <see cref="DateResolver"/> turns matches into values.</summary>
internal static partial class DateRules
{
    private const string Day = @"(?<day>[0-3]?\d)(?:st|nd|rd|th)?";
    private const string Year = @"(?<year>(?:1[6-9]|20)\d\d)";
    private const string Month = @"(?<month>" + Months.Pattern + ")";
    private const string Weekday = @"(?<weekday>" + Months.WeekdayPattern + ")";

    /// <summary><c>Tuesday, Sept. 17, 2013</c>, <c>Sept. 17, 2013</c>, <c>17 September 2013</c>, <c>September 17</c>, <c>17 September</c>.</summary>
    [GeneratedRegex(@"\b(?:" + Weekday + @",?\s)?(?:" + Month + @"\s" + Day + @"(?:,?\s" + Year + @")?|" + Day + @"\s" + Month + @"(?:,?\s" + Year + @")?)(?![\p{L}\d])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    public static partial Regex MonthDay();

    /// <summary><c>2013-09-17</c> and <c>9/17/2013</c>.</summary>
    [GeneratedRegex(@"\b(?:(?<iy>(?:19|20)\d\d)-(?<im>[01]\d)-(?<id>[0-3]\d)|(?<um>[01]?\d)/(?<ud>[0-3]?\d)/(?<uy>(?:19|20)\d\d))\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    public static partial Regex Numeric();

    /// <summary><c>September 2013</c>, <c>in April</c>, <c>early 2016</c>, <c>in 2016</c>.</summary>
    [GeneratedRegex(@"\b(?:(?<mod>(?i:early|mid|late|the end of|the beginning of))[\s\-])?(?:" + Month + @"(?:,?\s" + Year + @")?|(?<=\b(?i:in|since|of|during|until|by|before|after|early|late|mid)[\s\-])" + Year + @")(?![\p{L}\d])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    public static partial Regex MonthOrYear();

    /// <summary><c>the 1990s</c>, <c>the '90s</c>, <c>the 19th century</c>.</summary>
    [GeneratedRegex(@"\b(?:the\s)?(?:(?<decade>(?:1[6-9]|20)\d)0s|(?<century>1\d|2[01])(?:st|nd|rd|th)\scentury)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    public static partial Regex DecadeOrCentury();

    /// <summary><c>Monday</c>, <c>last Friday</c>, <c>next Tuesday</c>, <c>later on Friday</c>.</summary>
    [GeneratedRegex(@"\b(?:(?<dir>last|next|this|coming|past)\s)?" + Weekday + @"(?:\s(?<part>morning|afternoon|evening|night))?\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    public static partial Regex WeekdayName();

    /// <summary><c>yesterday</c>, <c>today</c>, <c>tomorrow</c>, <c>tonight</c>, <c>now</c>.</summary>
    [GeneratedRegex(@"\b(?<word>yesterday|today|tomorrow|tonight|now|currently|recently)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    public static partial Regex Deictic();

    /// <summary><c>last week</c>, <c>next month</c>, <c>this year</c>, <c>the past year</c>.</summary>
    [GeneratedRegex(@"\b(?<dir>last|next|this|coming|past|previous|current)\s(?<unit>week|month|year|quarter|weekend)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    public static partial Regex RelativeUnit();

    /// <summary><c>two days ago</c>, <c>three years</c>, <c>the past 10 days</c>, <c>a year earlier</c>, <c>decades</c>.</summary>
    [GeneratedRegex(@"\b(?:(?<past>the\s(?:past|last|next|coming)\s))?(?<count>\d{1,4}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|several|a\sfew|few|many)[\s\-](?<unit>seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|century)(?:\s(?<rel>ago|earlier|later|before|after))?\b|\b(?<vague>decades|centuries|years|months)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    public static partial Regex Duration();

    /// <summary><c>16:55 GMT</c>, <c>3 p.m. EST</c>, <c>10:30 a.m.</c>.</summary>
    [GeneratedRegex(@"\b(?<hour>[012]?\d)(?::(?<minute>[0-5]\d))?\s?(?:(?<ampm>[ap])\.?m\.?(?![\p{L}])|(?=:?\d*\s?(?:GMT|UTC)))(?:\s?(?<zone>GMT|UTC|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST))?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    public static partial Regex TimeOfDay();

    /// <summary><c>every Monday</c>, <c>annually</c>, <c>each year</c>, <c>weekly</c>.</summary>
    [GeneratedRegex(@"\b(?:(?:every|each)\s(?<unit>day|week|month|year|" + Months.WeekdayPattern + @")|(?<adverb>daily|weekly|monthly|annually|yearly))\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    public static partial Regex Set();

    /// <summary>Words that say a sentence looks ahead, so a bare weekday means the next one.</summary>
    [GeneratedRegex(@"\b(?:will|won't|shall|going to|is to|are to|plans? to|scheduled|expected to|due to|next|upcoming)\b|'ll\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    public static partial Regex FutureCue();
}
