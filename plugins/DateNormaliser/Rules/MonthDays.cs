using System.Globalization;
using static DocAnalysis.WordReader;

namespace DocAnalysis.Plugins.Dates;

// A month and its day, with the year the sentence points to: Oct. 23 · last Oct. 23 · the week of March 6 · Feb. 10, 2000
internal sealed partial class DateResolver
{
    /// <summary>A month and day; <c>the week of March 6</c> is the week that holds it.</summary>
    private Timex? MonthDay(string text, MonthDay m)
    {
        var timex = DayOfMonth(m, text);
        return m.WeekOf is not null && timex?.Resolved is { } day ? timex with { Value = TimexValue.Week(day) } : timex;
    }

    private Timex? DayOfMonth(MonthDay m, string text)
    {
        var span = m.Span;
        var month = Months.Parse(Part(text, m.Month))!.Value;
        var day = int.Parse(Part(text, m.Day), CultureInfo.InvariantCulture);
        if (m.Year is not null)
        {
            var year = int.Parse(Part(text, m.Year), CultureInfo.InvariantCulture);
            return day >= 1 && day <= DateTime.DaysInMonth(year, month) ? Date(span, new DateOnly(year, month, day)) : null;
        }

        if (day < 1 || day > DateTime.DaysInMonth(2000, month))
        {
            return null;
        }

        if (anchor.Date is not { } reference)
        {
            return new Timex(span, "DATE", string.Create(CultureInfo.InvariantCulture, $"XXXX-{month:00}-{day:00}"));
        }

        // A month and day without a year: a weekday given with it settles the year; otherwise the candidate
        // nearest the anchor, counting a date against the sentence's tense as further away than it is.
        var candidates = new[] { reference.Year - 1, reference.Year, reference.Year + 1 }
            .Where(y => day <= DateTime.DaysInMonth(y, month))
            .Select(y => new DateOnly(y, month, day))
            .ToList();
        if (m.Weekday is { } weekday && candidates.FirstOrDefault(c => IsoDay(c) == Months.ParseWeekday(Part(text, weekday))) is var matching && matching != default)
        {
            return Date(span, matching);
        }

        // "last Oct. 23" is the latest before the anchor, "next Feb. 10" the first after; a Feb. 29 may have neither.
        var chosen = Part(text, m.Relation).ToLowerInvariant() switch
        {
            "last" or "this past" => candidates.LastOrDefault(c => c < reference),
            "next" or "this coming" => candidates.FirstOrDefault(c => c > reference),
            _ => default,
        };
        return Date(span, chosen != default ? chosen : Nearest(candidates, reference, Tense.Around(_layer, span)));
    }

    /// <summary>The candidate closest to the anchor, a candidate against the tense counting <see cref="TensePenaltyDays"/> further.</summary>
    private static DateOnly Nearest(IEnumerable<DateOnly> candidates, DateOnly reference, Direction tense) =>
        candidates.MinBy(c =>
        {
            var days = c.DayNumber - reference.DayNumber;
            var against = (days > 0 && tense == Direction.Past) || (days < 0 && tense == Direction.Future);
            return Math.Abs(days) + (against ? TensePenaltyDays : 0);
        });
}
