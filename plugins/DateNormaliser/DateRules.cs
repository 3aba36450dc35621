using System.Text.RegularExpressions;

namespace DocAnalysis.Plugins.Dates;

/// <summary>
/// The expression families, one source-generated regex each; <see cref="DateResolver"/> turns matches into values.
/// </summary>
internal static partial class DateRules
{
    private const string Year = @"(?<year>(?:1[6-9]|20)[0-9][0-9])";
    private const string Month = @"(?<month>" + Months.Pattern + ")";
    private const string Weekday = @"(?<weekday>" + Months.WeekdayPattern + ")";
    private const string Ordinal = @"(?<ordinal>first|second|third|fourth|1st|2nd|3rd|4th)";
    private const string Approximately = @"(?:(?<approx>(?i:almost|nearly|more than|less than|fewer than|over|under|up to|no more than|at least|at most|well over|just over|just under))\s)";
    private const string Earlier = @"(?:(?<shift>(?i:earlier|later|early|late))\s(?=(?i:this|last|next)\s(?i:year|month))|(?<shift>(?i:early|late))\s(?=(?i:this|last|next)\s(?i:week)))?";
    private const string NumberWord = @"(?:[0-9]{1,4}(?:\.[0-9]+)?(?:\s[0-9]/[0-9])?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|several|a\sfew|few|many|some|a\scouple\sof|couple\sof)";

    /// <summary><c>2013-09-17</c> and <c>9/17/2013</c>.</summary>
    [GeneratedRegex(@"\b(?:(?<iy>(?:19|20)[0-9][0-9])-(?<im>[01][0-9])-(?<id>[0-3][0-9])|(?<um>[01]?[0-9])/(?<ud>[0-3]?[0-9])/(?<uy>(?:19|20)[0-9][0-9]))\b", RegexOptions.CultureInvariant)]
    public static partial Regex Numeric();

    /// <summary><c>September 2013</c>, <c>April</c>, <c>early 2016</c>, <c>last February</c>, <c>June last year</c>, <c>February of last year</c>, <c>March of 1987</c>, <c>fiscal 1989</c>, <c>1996</c>, <c>the second half of 1989</c>.</summary>
    [GeneratedRegex(
        @"\b(?:(?<mod>(?i:early|mid|late|the end of|the beginning of|the start of|the middle of))[\s\-]|(?i:the\s(?<half>first|second|last|latter)\shalf\sof)\s)?(?:(?<rel>(?i:last|next|this|this past|this coming))\s)?(?:" +
        Month + @"(?:(?:,?\s|\s(?i:of)\s)" + Year + @"|\s(?:(?i:of)\s)?(?<relyear>(?i:this|last|next))\syear)?" +
        @"|(?:(?i:fiscal)\s)?(?<![$€£¥])" + Year + @"(?!\s?(?:-(?!-)|–|%|percent\b|years?\b)|[\p{L}\d]|[.,]\d))(?![\p{L}\d])",
        RegexOptions.CultureInvariant)]
    public static partial Regex MonthOrYear();

    /// <summary><c>the 1990s</c>, <c>the '90s</c>, <c>the 19th century</c>, <c>mid-1990s</c>.</summary>
    [GeneratedRegex(@"\b(?:the\s)?(?:(?<mod>mid)-)?(?:(?<decade>(?:1[6-9]|20)[0-9])0s|(?<century>1[0-9]|2[01])(?:st|nd|rd|th)\scentury)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex DecadeOrCentury();

    /// <summary>
    /// <c>the third quarter</c>, <c>third-quarter</c>, <c>the fiscal first quarter</c>, <c>the quarter</c>, <c>the latest period</c>,
    /// <c>the year-earlier quarter</c>, <c>year-earlier</c> alone, <c>the 1988 second quarter</c>, <c>the 1988 period</c>, <c>next year's first quarter</c>.
    /// </summary>
    [GeneratedRegex(
        @"\b(?:(?:the\s)?(?<yearago>year-earlier|year-ago|year-before|prior-year)\s(?:" + Ordinal + @"\s)?(?:quarter|period)" +
        @"|(?:the\s)?(?:fiscal\s)?" + Ordinal + @"\s(?:fiscal\s)?quarter(?:\sof\s" + Year + @"|,?\s" + Year + @")?" +
        @"|(?:the\s)?(?:" + Year + @"|(?<relyear>next|last|this)\syear's)\s(?:fiscal\s)?(?:" + Ordinal + @"\s)?(?:quarter|period)" +
        @"|" + Ordinal + @"-quarter" +
        @"|(?:the\s)?(?<latest>latest|recent|most recent|current|same)\squarter|the\s(?<latest>latest|most\srecent)\speriod|the\squarter(?!-)|(?<yearadjective>year-earlier|year-ago))\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex Quarter();

    /// <summary><c>last fall</c>, <c>this summer</c>, <c>the winter of 1998</c>.</summary>
    [GeneratedRegex(@"\b(?:(?:(?<rel>last|next|this|this past|this coming|early|late)\s)(?<season>spring|summer|fall|autumn|winter)(?:\sof\s" + Year + @"|\s" + Year + @")?|(?:the\s)?(?<season>spring|summer|fall|autumn|winter)(?:\sof\s" + Year + @"|\s" + Year + @")|(?<=\b(?:in|during|by|until|since|through|throughout|into|over)\s(?:the\s)?)(?<season>spring|summer|fall|autumn|winter))\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex Season();

    /// <summary><c>Monday</c>, <c>last Friday</c>, <c>next Tuesday</c>, <c>Thursday morning</c>.</summary>
    [GeneratedRegex(@"\b(?:(?<dir>last|next|this|coming|past)\s)?" + Weekday + @"(?:\s(?<part>morning|afternoon|evening|night))?\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex WeekdayName();

    /// <summary><c>yesterday</c>, <c>today</c>, <c>tomorrow</c>, <c>tonight</c>, <c>this morning</c>, <c>last night</c>.</summary>
    [GeneratedRegex(@"\b(?:(?:early|late)\s(?=yesterday|today|tomorrow))?(?:(?<word>yesterday|today|tomorrow|tonight)|(?<rel>this|last|yesterday|tomorrow)\s(?<part>morning|afternoon|evening|night))\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex Deictic();

    /// <summary>Words that point at the present, past or future without a date: <c>now</c>, <c>currently</c>, <c>recent years</c>, <c>the then current price</c> (from <c>then</c>), <c>the future</c>, <c>the near term</c>.</summary>
    [GeneratedRegex(@"\b(?:(?<present>now|currently|current|nowadays|at present|these days)|(?<past>then[\s\-]current|recently|recent\s(?:years|months|weeks|days)|the past(?!\s(?:\d|few|several|two|three|four|five|six|seven|eight|nine|ten|year|month|week|day|decade|centur|summer|winter|spring|fall)))|(?<future>the (?:near |distant )?future|the (?:near|short) term))\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex Reference();

    /// <summary><c>that day</c>, <c>the same day</c>, <c>later that year</c>, <c>the following month</c>, <c>the next morning</c>: a day or period counted from the mention before.</summary>
    [GeneratedRegex(@"\b(?:(?:earlier|later)\s)?(?:(?<that>that|the\ssame)\s(?<unit>day|morning|afternoon|evening|night|week|month|year)|the\s(?:following|next)\s(?<unit>day|morning|afternoon|evening|night)|the\sfollowing\s(?<unit>week|month|year))\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex Anaphor();

    /// <summary>
    /// <c>last week</c>, <c>next month</c>, <c>this year</c>, <c>the past year</c>, <c>the weekend</c>; the business year of
    /// financial news: <c>the full year</c>, <c>the current fiscal year</c>, <c>the year ended June 30</c>, <c>year-end</c>.
    /// </summary>
    [GeneratedRegex(
        @"\b(?:" + Earlier + @"(?:(?<=\b(?i:the)\s)|(?i:the)\s(?=(?i:past|previous)\s))?(?<dir>last|next|this|coming|past|previous|current|the(?=\sweekend))\s(?<unit>week|month|year|weekend)" +
        @"|(?<theyear>the\s(?:(?<latest>latest)\s|full\s|calendar\s)?(?:current\s)?(?:fiscal\s)?year)(?<ended>(?=\s(?:ended|ending)\b))?(?!\s?[\-'’]|\s(?:before|earlier|after|ago|two|\d|of\s\d))" +
        @"|(?<yearend>year[\s\-]end|year's\send|the\send\sof\sthe\syear))\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex RelativeUnit();

    /// <summary>
    /// <c>two days ago</c>, <c>three years</c>, <c>2 1/2 years</c>, <c>the past 10 days</c>, <c>a year earlier</c>, <c>two-year</c>,
    /// <c>two more weeks</c>, <c>an additional year</c>.
    /// The match starts at the unit word and the count is read backwards from it (a lookbehind), so the search
    /// skips to unit words instead of trying every number word at every position; the span starts at the count.
    /// </summary>
    [GeneratedRegex(
        @"(?<=\b(?:" + Approximately + @"|(?<past>(?:the\s)?(?:past|(?<!\b(?:to|could|would|will|may|might|can|should|must)\s)last|next|coming|previous|first)\s)|(?<the>the\s)(?=[^\s\-]+\s))?(?<count>(?:a|an)|" + NumberWord + @"(?:[\s\-]" + NumberWord + @"){0,2})(?<half>\sand\sa\shalf)?(?:\s(?:more|additional|further|extra))?[\s\-])" +
        @"(?<unit>seconds?|minutes?|hours?|days?|weeks?|months?|quarters?|years?|decades?|centuries|century)(?<and>\sand\sa\shalf)?(?![\-\p{L}])(?:(?<orso>\sor\sso)?\s(?<rel>ago|earlier|later))?\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex Duration();

    /// <summary><c>for decades</c>, <c>in recent years</c>, <c>in coming weeks</c>: a unit without a count.</summary>
    [GeneratedRegex(
        @"\b(?:coming\s)?(?<vague>decades|centuries|years|months|weeks)(?!\s(?:ago|old|of\sage|earlier|later))\b(?<=\b(?:for|in|over|past|last|recent|within|after|some|coming)\s\w+)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex VagueDuration();

    /// <summary><c>16:55 GMT</c>, <c>3 p.m. EST</c>, <c>10:30 a.m.</c>, <c>noon</c>, <c>midday</c>, <c>midnight</c>.</summary>
    [GeneratedRegex(@"\b(?:(?<hour>[012]?[0-9])(?::(?<minute>[0-5][0-9]))?\s?(?:(?<ampm>[ap])\.?m\.?(?![\p{L}])|(?=:?[0-9]*\s?(?:GMT|UTC)))(?:\s?(?<zone>GMT|UTC|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST))?|(?<noon>noon|midday|midnight))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex TimeOfDay();

    /// <summary>Holidays news dates by: <c>Thanksgiving Day</c>, <c>Christmas</c>, <c>New Year's Eve</c>, <c>Labor Day</c>, <c>Election Day</c>.</summary>
    [GeneratedRegex(@"\b(?<holiday>Thanksgiving(?:\sDay)?|Christmas(?:\s(?:Day|Eve))?|New\sYear's\s(?:Day|Eve)|Independence\sDay|Fourth\sof\sJuly|Labor\sDay|Memorial\sDay|Veterans\sDay|Halloween|Valentine's\sDay|Easter(?:\sSunday)?|Election\sDay)(?:,?\s" + Year + @")?\b", RegexOptions.CultureInvariant)]
    public static partial Regex Holiday();

    /// <summary><c>every Monday</c>, <c>annually</c>, <c>each year</c>, <c>weekly</c>, <c>every quarter</c>.</summary>
    [GeneratedRegex(@"\b(?:(?:every|each)\s(?<unit>day|week|month|year|quarter|" + Months.WeekdayPattern + @"|" + Months.FullPattern + @")|(?<adverb>daily|weekly|monthly|annually|yearly|hourly))\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex Set();
}
