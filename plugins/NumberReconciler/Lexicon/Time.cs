using System.Text.RegularExpressions;

namespace DocAnalysis.Plugins.Numbers;

/// <summary>
/// Durations, and the ages made of them: <c>-year-old</c>, <c>years old</c>, <c>years of age</c> and <c>yo</c> turn a
/// time unit into the age in it (<see cref="AgeAfter"/> reads <c>of age</c> after the unit).
/// </summary>
internal static partial class Time
{
    public static UnitFamily Family { get; } = new("time and age", "a duration, or an age counted in one",
    [
        new("second", ["second", "seconds", "sec", "secs"], "He finished [|0.3|] seconds ahead of the field."),
        new("minute", ["minute", "minutes", "min", "mins"], "The meeting lasted [|45|] minutes."),
        new("hour", ["hour", "hours", "hr", "hrs"], "Rescuers worked for [|36|] hours."),
        new("day", ["day", "days"], "The strike lasted [|12|] days."),
        new("week", ["week", "weeks"], "Talks broke down after [|six|] weeks."),
        new("month", ["month", "months"], "The inquiry will take [|18|] months."),
        new("year", ["year", "years", "yr", "yrs"], "He served [|33|] years in the army."),
        new("decade", ["decade", "decades"], "The dam took [|two|] decades to build."),
        new("century", ["century", "centuries"], "The abbey stood for [|five|] centuries."),
        new("year of age", ["year-old", "years-old", "year old", "years old", "years of age", "yo", "y/o"], "A [|34-year-old|] man was arrested."),
        new("month of age", ["month-old", "months-old", "month old", "months old", "months of age"], "The [|ten|] months old baby was unharmed."),
        new("week of age", ["week-old", "weeks-old", "week old", "weeks old", "weeks of age"], "Puppies at [|6|] weeks of age need four meals."),
        new("day of age", ["day-old", "days-old", "day old", "days old", "days of age"], "The [|two|]-day-old calf was found alive."),
        new("age", ["age"], "Only players over the age of [|21|] may sign."),
    ]);

    /// <summary>The age a time unit tells when <c>of age</c> or <c>old</c> follows it (<c>3 years of age</c>): the canonical age and the characters taken, or null.</summary>
    public static (string Age, int Length)? AgeAfter(string canonical, string text, int end) =>
        canonical is "year" or "month" or "week" or "day" && OfAge().Match(text, end) is { Success: true } m && m.Index == end ? (canonical + " of age", m.Length) : null;

    [GeneratedRegex(@"\G\s(?:of\sage|old)(?![\p{L}\-])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OfAge();
}
