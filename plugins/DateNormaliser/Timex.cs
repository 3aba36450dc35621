using System.Globalization;

namespace DocAnalysis.Plugins.Dates;

/// <summary>A temporal expression found in the text, with its TIMEX3 type and value.</summary>
internal sealed record Timex(TextSpan Span, string Type, string Value, string? Mod = null, DateOnly? Resolved = null)
{
    /// <summary>For <c>a year earlier</c>: the shift in years to apply to the previous mention, when there is one nearby.</summary>
    public int? YearsFromPrevious { get; init; }

    /// <summary>A clock time with no day of its own (<c>at 10:35 a.m.</c>): it takes the day mentioned last, if one is near.</summary>
    public bool TimeWithoutDay { get; init; }

    /// <summary>
    /// For <c>that day</c>, <c>the following year</c>, <c>later that month</c>: the unit and the shift (0 or 1) to apply
    /// to the mention before it; without a mention near enough, the expression is dropped.
    /// </summary>
    public (string Unit, int Shift)? Anaphor { get; init; }

    /// <summary>
    /// For <c>the quarter</c>, <c>the latest period</c> and <c>the 1988 period</c>: the quarter the document reports on, the first
    /// it names ("the fiscal first quarter … the quarter" is the first quarter), its year too unless the expression names one.
    /// </summary>
    public QuarterReference QuarterOfReport { get; init; }

    /// <summary>Whether later relative expressions may count from this one: not when it is itself relative to another mention.</summary>
    public bool IsReferencePoint { get; init; } = true;
}

/// <summary>What an expression takes from the quarter the document reports on.</summary>
internal enum QuarterReference
{
    None,
    Number,
    NumberAndYear,
}

/// <summary>TIMEX3 value formatting.</summary>
internal static class TimexValue
{
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Month(int year, int month) => string.Create(CultureInfo.InvariantCulture, $"{year:0000}-{month:00}");

    public static string Week(DateOnly date)
    {
        var dateTime = date.ToDateTime(TimeOnly.MinValue);
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(dateTime):0000}-W{ISOWeek.GetWeekOfYear(dateTime):00}");
    }

    /// <summary>The most recent <paramref name="weekday"/> on or before (<paramref name="forward"/> false) or after the anchor.</summary>
    public static DateOnly Weekday(DateOnly anchor, int weekday, bool forward, bool allowSameDay)
    {
        var current = (int)anchor.DayOfWeek is 0 ? 7 : (int)anchor.DayOfWeek;
        if (forward)
        {
            var ahead = (weekday - current + 7) % 7;
            return anchor.AddDays(ahead == 0 && !allowSameDay ? 7 : ahead);
        }

        var back = (current - weekday + 7) % 7;
        return anchor.AddDays(-(back == 0 && !allowSameDay ? 7 : back));
    }
}
