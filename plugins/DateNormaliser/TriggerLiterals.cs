using System.Buffers;

namespace DocAnalysis.Plugins.Dates;

/// <summary>
/// The literals each expression rule's matches contain, for <see cref="Triggers"/>, with how far before and after
/// such a literal the rule's longest match can reach.
/// </summary>
internal static class TriggerLiterals
{
    private const StringComparison Exact = StringComparison.Ordinal;
    private const StringComparison AnyCase = StringComparison.OrdinalIgnoreCase;

    /// <summary>The literals of one rule and the reach of its matches around them.</summary>
    public sealed record Key(SearchValues<string> Literals, int Before, int After)
    {
        public Key(StringComparison comparison, int before, int after, params string[] literals)
            : this(Triggers.Of(comparison, literals), before, after)
        {
        }
    }

    private static readonly string[] MonthStems = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    private static readonly string[] YearStems = ["16", "17", "18", "19", "20"];

    public static Key Months { get; } = new(Exact, 16, 24, MonthStems);

    public static Key Years { get; } = new(Exact, 8, 8, YearStems);

    public static Key MonthsAndYears { get; } = new(Exact, 28, 24, [.. MonthStems, .. YearStems]);

    public static Key Decades { get; } = new(AnyCase, 16, 16, "0s", "century");

    public static Key Quarters { get; } = new(AnyCase, 40, 24, "quarter", "period", "year-earlier", "year-ago");

    public static Key Seasons { get; } = new(AnyCase, 24, 24, "spring", "summer", "fall", "autumn", "winter");

    public static Key Weekdays { get; } = new(AnyCase, 16, 20, "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    public static Key Deictic { get; } = new(AnyCase, 24, 24, "yesterday", "today", "tomorrow", "tonight", "morning", "afternoon", "evening", "night");

    public static Key References { get; } = new(AnyCase, 24, 24, "now", "current", "recent", "past", "future", "present", "these days", "near term", "short term");

    public static Key Anaphors { get; } = new(AnyCase, 16, 16, "that day", "that morning", "that afternoon", "that evening", "that night", "that week", "that month", "that year", "same day", "same morning", "same afternoon", "same evening", "same night", "same week", "same month", "same year", "following", "next day", "next morning", "next afternoon", "next evening", "next night");

    public static Key RelativeUnits { get; } = new(AnyCase, 28, 12, "week", "month", "year");

    public static Key Units { get; } = new(AnyCase, 48, 24, "second", "minute", "hour", "day", "week", "month", "quarter", "year", "decade", "centur");

    public static Key Times { get; } = new(AnyCase, 16, 24, "a.m", "p.m", "am", "pm", "gmt", "utc", "noon", "midday", "midnight");

    public static Key Sets { get; } = new(AnyCase, 8, 24, "every", "each", "daily", "weekly", "monthly", "annually", "yearly", "hourly");

    public static Key Holidays { get; } = new(Exact, 8, 24, "Thanksgiving", "Christmas", "New Year", "Independence Day", "Fourth of July", "Labor Day", "Memorial Day", "Veterans Day", "Halloween", "Valentine", "Easter", "Election Day");

    public static Key SpokenYears { get; } = new(AnyCase, 24, 40, "nineteen", "twenty", "two thousand");
}
