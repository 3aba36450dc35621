using System.Globalization;
using System.Text.RegularExpressions;

namespace DocAnalysis.Plugins.Dates;

/// <summary>The date relative expressions are resolved against, and where it came from.</summary>
internal sealed partial record Anchor(DateOnly? Date, string Value, string Source)
{
    /// <summary>Where the dateline stands in the text read, when the anchor came from one.</summary>
    public TextSpan? Dateline { get; init; }

    public static Anchor None { get; } = new(null, "none", "none");

    /// <summary>
    /// The publication date from metadata, else a dateline at the top of the document (<c>16:55 GMT+3 26 April 2017</c>),
    /// else the run's reference date. Never the clock.
    /// </summary>
    public static Anchor Resolve(IAnalysisContext context)
    {
        // Scraped metadata writes "unknown" as the calendar's ends (0001-01-01, 9999-12-31): no anchor to count from.
        if (context.Document.Metadata.Published is { } published && IsPlausible(published.Date))
        {
            return new Anchor(published.Date, published.ToString(), "published");
        }

        if (FindDateline(context.Text) is { } dateline)
        {
            return dateline;
        }

        return context.Document.Metadata.ReferenceDate is { } reference && IsPlausible(reference.Date)
            ? new Anchor(reference.Date, reference.ToString(), "reference-date")
            : None;
    }

    /// <summary>An anchor the resolver can count centuries from in both directions.</summary>
    private static bool IsPlausible(DateOnly date) => date.Year is >= MinYear and <= MaxYear;

    private const int MinYear = 1000;

    private const int MaxYear = 8999;

    /// <summary>A dateline at the top of the text read: a date, perhaps with a time and zone before it (scraped pages glue them: <c>16:55 GMT +326 April 2017</c>).</summary>
    private static Anchor? FindDateline(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 200)).ToString();
        if (DatelinePattern().Match(head) is not { Success: true } match)
        {
            return null;
        }

        var month = Months.Parse(match.Groups["month"].Value);
        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (month is null || day > DateTime.DaysInMonth(year, month.Value))
        {
            return null;
        }

        var date = new DateOnly(year, month.Value, day);
        var value = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (match.Groups["time"].Success)
        {
            value += "T" + match.Groups["time"].Value;
            if (match.Groups["offset"].Success)
            {
                var hours = int.Parse(match.Groups["offset"].Value, CultureInfo.InvariantCulture);
                value += $"{match.Groups["sign"].Value}{hours:00}:00";
            }
            else if (match.Groups["zone"].Success)
            {
                value += "Z";
            }
        }

        return new Anchor(date, value, "dateline") { Dateline = new TextSpan(match.Index, match.Length) };
    }

    // The offset takes one digit when the day follows glued to it ("+326 April" is +3 and 26 April).
    [GeneratedRegex(
        @"^\s*(?:(?<time>[012]?[0-9]:[0-5][0-9])\s*(?<zone>GMT|UTC)\s*(?:(?<sign>[+\-])\s?(?<offset>1[0-4](?=\s)|[0-9]))?\s*)?(?<day>[0-3]?[0-9])\s(?<month>[A-Z][a-z]{2,8})\s(?<year>(?:19|20)[0-9][0-9])\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex DatelinePattern();
}
