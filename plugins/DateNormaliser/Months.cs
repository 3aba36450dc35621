namespace DocAnalysis.Plugins.Dates;

/// <summary>Month and weekday names as news writes them: full, abbreviated, with or without a full stop.</summary>
internal static class Months
{
    public const string Pattern = @"(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)";

    public const string FullPattern = @"(?:January|February|March|April|May|June|July|August|September|October|November|December)";

    public const string WeekdayPattern = @"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

    private static readonly string[] Names = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    private static readonly string[] Weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    private static readonly HashSet<string> FullNames = new(StringComparer.Ordinal)
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    };

    /// <summary>True for an abbreviated month name (<c>Jan</c>, <c>Sept</c>), false for a full one (<c>June</c>).</summary>
    public static bool IsAbbreviation(string name) => !FullNames.Contains(name);

    /// <summary>1 to 12 for a month name, or null.</summary>
    public static int? Parse(string name)
    {
        var key = name.TrimEnd('.').ToLowerInvariant();
        if (key.Length < 3)
        {
            return null;
        }

        var index = Array.IndexOf(Names, key[..3]);
        return index < 0 ? null : index + 1;
    }

    /// <summary>The ISO weekday (Monday = 1 ... Sunday = 7) of a weekday name.</summary>
    public static int ParseWeekday(string name) => Array.IndexOf(Weekdays, name.ToLowerInvariant()) + 1;
}
