using System.Globalization;

namespace DocAnalysis;

/// <summary>
/// A document's publication instant, precise about what is known: a date, perhaps a time of day, perhaps a UTC offset.
/// </summary>
public sealed record PublicationDate(DateOnly Date, TimeOnly? Time = null, TimeSpan? Offset = null)
{
    /// <summary>Parses ISO 8601: <c>2017-04-26</c>, <c>2017-04-26T16:55</c>, <c>2017-04-26T16:55:00+03:00</c>, <c>...Z</c>.</summary>
    public static bool TryParse(string? text, out PublicationDate? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        text = text.Trim();
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            value = new PublicationDate(date);
            return true;
        }

        var hasOffset = text.EndsWith('Z') || HasNumericOffset(text);
        if (hasOffset && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
        {
            value = new PublicationDate(DateOnly.FromDateTime(instant.DateTime), TimeOnly.FromDateTime(instant.DateTime), instant.Offset);
            return true;
        }

        if (!hasOffset && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            value = new PublicationDate(DateOnly.FromDateTime(local), local.TimeOfDay == TimeSpan.Zero && !text.Contains('T') ? null : TimeOnly.FromDateTime(local));
            return true;
        }

        return false;
    }

    /// <summary>The ISO 8601 form, with only the parts that are known.</summary>
    public override string ToString()
    {
        var text = Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (Time is { } time)
        {
            text += "T" + time.ToString(time.Second == 0 ? "HH:mm" : "HH:mm:ss", CultureInfo.InvariantCulture);
            if (Offset is { } offset)
            {
                text += offset == TimeSpan.Zero ? "Z" : (offset < TimeSpan.Zero ? "-" : "+") + offset.ToString(@"hh\:mm", CultureInfo.InvariantCulture);
            }
        }

        return text;
    }

    private static bool HasNumericOffset(string text)
    {
        var t = text.IndexOf('T', StringComparison.Ordinal);
        return t > 0 && text.AsSpan(t).IndexOfAny('+', '-') > 0;
    }
}
