namespace DocAnalysis.Plugins.Numbers;

// Tolls of one event: over 50 individuals were killed (Thomas) · the death toll then rose to about 135 (TOLO); not a part, a running total, two places or two years
internal static partial class Links
{
    /// <summary>
    /// <c>over 50 individuals ... were killed</c> (John Thomas), <c>the death toll then rose to about 135 soldiers</c>
    /// (TOLO), <c>the death toll rose to 140 people</c>: tolls of the same kind (killed or injured) of the same event —
    /// neither a part (<c>including 12 Americans</c>) nor a running total (<c>since 1985</c>, <c>last year</c>), no two
    /// different places named (<c>74 killed in Nairobi</c>, <c>seven dead in Dar es Salaam</c>), no two different years.
    /// Figures that disagree are the same toll only when a later one is an update (<c>rose to</c>) or two sources give
    /// them: a writer who gives two different tolls in their own voice is writing of two events (three killed in Boston,
    /// nine in Charleston).
    /// </summary>
    private static bool Toll(TextLayer layer, Mention a, Mention b, double tolerance)
    {
        if (a.Measure is null || a.Measure != b.Measure || a.Role != Role.Level || b.Role != Role.Level || a.Cumulative || b.Cumulative || a.Vague || b.Vague)
        {
            return false;
        }

        if (!a.Places.SetEquals(b.Places) && (a.Places.Count > 0 && b.Places.Count > 0 || !b.Updates))
        {
            return false;
        }

        if (Year(a.Time) is { } year && Year(b.Time) is { } other && year != other)
        {
            return false;
        }

        var (low, high) = a.Interval(tolerance);
        var (otherLow, otherHigh) = b.Interval(tolerance);
        if (Math.Max(low, otherLow) <= Math.Min(high, otherHigh))
        {
            return a.Sentence != b.Sentence || a.Source != b.Source;
        }

        return b.Updates || (a.Source is not null && b.Source is not null && a.Source != b.Source);
    }

    /// <summary>The year of a TIMEX3 date value (<c>2017-04-21</c> → <c>2017</c>), or null for none or a reference (<c>PRESENT_REF</c>).</summary>
    public static string? Year(string? time) => time is { Length: >= 4 } && char.IsAsciiDigit(time[0]) ? time[..4] : null;
}
