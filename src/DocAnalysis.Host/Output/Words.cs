using System.Globalization;

namespace DocAnalysis.Host.Output;

/// <summary>
/// Counts and durations in words for what a person reads: the CLI's messages, the text rendering, the HTML reports.
/// Written here rather than with Humanizer, whose English vocabulary compiles some 140 regular expressions on first
/// use: a third of a second of every short run.
/// </summary>
internal static class Words
{
    /// <summary>"1 document", "2 documents", "3 quantities", "2 boxes": English's regular plurals, enough for kinds and nouns.</summary>
    public static string Count(int count, string noun) =>
        count.ToString("N0", CultureInfo.InvariantCulture) + " " + (count == 1 ? noun : Plural(noun));

    /// <summary>"0.4 s", "12.3 s", "2 min 5 s", "1 h 3 min".</summary>
    public static string Duration(TimeSpan elapsed) => elapsed.TotalSeconds switch
    {
        < 60 => elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s",
        < 3600 => $"{(int)elapsed.TotalMinutes} min {elapsed.Seconds} s",
        _ => $"{(int)elapsed.TotalHours} h {elapsed.Minutes} min",
    };

    private static string Plural(string noun) => noun switch
    {
        [.., var c, 'y'] when !"aeiou".Contains(c, StringComparison.Ordinal) => noun[..^1] + "ies",
        [.., 's'] or [.., 'x'] or [.., 'z'] or [.., 'c', 'h'] or [.., 's', 'h'] => noun + "es",
        _ => noun + "s",
    };
}
