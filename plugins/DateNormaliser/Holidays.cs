namespace DocAnalysis.Plugins.Dates;

/// <summary>The dates of the holidays news dates events by, fixed or computed for a year (US conventions, as in the data).</summary>
internal static class Holidays
{
    public static bool IsFixed(string name) => !(name.StartsWith("Thanksgiving", StringComparison.Ordinal) || name.StartsWith("Labor", StringComparison.Ordinal)
        || name.StartsWith("Memorial", StringComparison.Ordinal) || name.StartsWith("Easter", StringComparison.Ordinal) || name == "Election Day");

    public static DateOnly On(string name, int year) => name switch
    {
        _ when name.StartsWith("Thanksgiving", StringComparison.Ordinal) => Nth(year, 11, DayOfWeek.Thursday, 4),
        _ when name.StartsWith("Labor", StringComparison.Ordinal) => Nth(year, 9, DayOfWeek.Monday, 1),
        _ when name.StartsWith("Memorial", StringComparison.Ordinal) => Last(year, 5, DayOfWeek.Monday),
        _ when name.StartsWith("Easter", StringComparison.Ordinal) => Easter(year),
        "Christmas Eve" => new DateOnly(year, 12, 24),
        _ when name.StartsWith("Christmas", StringComparison.Ordinal) => new DateOnly(year, 12, 25),
        _ when name.StartsWith("New Year's Eve", StringComparison.Ordinal) => new DateOnly(year, 12, 31),
        _ when name.StartsWith("New Year", StringComparison.Ordinal) => new DateOnly(year, 1, 1),
        "Independence Day" or "Fourth of July" => new DateOnly(year, 7, 4),
        "Veterans Day" => new DateOnly(year, 11, 11),
        "Election Day" => Nth(year, 11, DayOfWeek.Monday, 1).AddDays(1), // the Tuesday after the first Monday in November
        "Halloween" => new DateOnly(year, 10, 31),
        _ => new DateOnly(year, 2, 14),
    };

    private static DateOnly Nth(int year, int month, DayOfWeek day, int n)
    {
        var first = new DateOnly(year, month, 1);
        return first.AddDays(((int)day - (int)first.DayOfWeek + 7) % 7 + 7 * (n - 1));
    }

    private static DateOnly Last(int year, int month, DayOfWeek day)
    {
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        return last.AddDays(-(((int)last.DayOfWeek - (int)day + 7) % 7));
    }

    /// <summary>Western Easter Sunday (the anonymous Gregorian algorithm).</summary>
    private static DateOnly Easter(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
        return new DateOnly(year, (h + l - 7 * m + 114) / 31, (h + l - 7 * m + 114) % 31 + 1);
    }
}
