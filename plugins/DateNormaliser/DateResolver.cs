using System.Globalization;
using System.Text.RegularExpressions;
using Humanizer;

namespace DocAnalysis.Plugins.Dates;

/// <summary>Finds every temporal expression of a text and resolves it against the anchor.</summary>
internal sealed class DateResolver(Anchor anchor)
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public List<Timex> Resolve(string text)
    {
        var candidates = new List<Timex>();
        Collect(candidates, DateRules.MonthDay(), text, MonthDay);
        Collect(candidates, DateRules.Numeric(), text, Numeric);
        Collect(candidates, DateRules.MonthOrYear(), text, MonthOrYear);
        Collect(candidates, DateRules.DecadeOrCentury(), text, DecadeOrCentury);
        Collect(candidates, DateRules.WeekdayName(), text, (m, s) => WeekdayName(m, s, text));
        Collect(candidates, DateRules.Deictic(), text, Deictic);
        Collect(candidates, DateRules.RelativeUnit(), text, RelativeUnit);
        Collect(candidates, DateRules.Duration(), text, Duration);
        Collect(candidates, DateRules.TimeOfDay(), text, TimeOfDay);
        Collect(candidates, DateRules.Set(), text, Set);

        // Longest first at each start, then keep what does not overlap an earlier pick.
        var chosen = new List<Timex>();
        var end = -1;
        foreach (var candidate in candidates.OrderBy(c => c.Span.Start).ThenByDescending(c => c.Span.Length))
        {
            if (candidate.Span.Start >= end)
            {
                chosen.Add(candidate);
                end = candidate.Span.End;
            }
        }

        return chosen;
    }

    /// <summary>A phrase such as "5 days before publication", for resolved dates.</summary>
    public string? Describe(Timex timex)
    {
        if (timex.Resolved is not { } date || anchor.Date is not { } reference)
        {
            return null;
        }

        var days = date.DayNumber - reference.DayNumber;
        if (days == 0)
        {
            return $"the day of {(anchor.Source == "reference-date" ? "the reference date" : "publication")}";
        }

        var distance = TimeSpan.FromDays(Math.Abs(days)).Humanize(maxUnit: Humanizer.TimeUnit.Year, minUnit: Humanizer.TimeUnit.Day, culture: English);
        return $"{distance} {(days < 0 ? "before" : "after")} {(anchor.Source == "reference-date" ? "the reference date" : "publication")}";
    }

    private static void Collect(List<Timex> into, Regex rule, string text, Func<Match, TextSpan, Timex?> resolve)
    {
        foreach (Match match in rule.Matches(text))
        {
            if (match.Length > 0 && resolve(match, new TextSpan(match.Index, match.Length)) is { } timex)
            {
                into.Add(timex);
            }
        }
    }

    private Timex? MonthDay(Match m, TextSpan span)
    {
        var month = Months.Parse(m.Groups["month"].Value)!.Value;
        var day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
        if (m.Groups["year"].Success)
        {
            var year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
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

        // A month and day without a year is the nearest such date to the anchor.
        var candidate = new DateOnly(reference.Year, month, Math.Min(day, DateTime.DaysInMonth(reference.Year, month)));
        if (candidate.DayNumber - reference.DayNumber > 183)
        {
            candidate = candidate.AddYears(-1);
        }
        else if (reference.DayNumber - candidate.DayNumber > 183)
        {
            candidate = candidate.AddYears(1);
        }

        return Date(span, candidate);
    }

    private static Timex? Numeric(Match m, TextSpan span)
    {
        var (y, mo, d) = m.Groups["iy"].Success ? ("iy", "im", "id") : ("uy", "um", "ud");
        var year = int.Parse(m.Groups[y].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(m.Groups[mo].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(m.Groups[d].Value, CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? Date(span, new DateOnly(year, month, day)) : null;
    }

    private Timex? MonthOrYear(Match m, TextSpan span)
    {
        var mod = m.Groups["mod"].Success ? m.Groups["mod"].Value.ToLowerInvariant() switch
        {
            "early" or "the beginning of" => "START",
            "mid" => "MID",
            _ => "END",
        } : null;
        if (!m.Groups["month"].Success)
        {
            return new Timex(span, "DATE", m.Groups["year"].Value, mod);
        }

        var month = Months.Parse(m.Groups["month"].Value)!.Value;
        if (m.Groups["month"].Value is "May" && !m.Groups["year"].Success && mod is null)
        {
            return null; // "May" alone is more often the verb than the month.
        }

        int? year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture)
            : anchor.Date is { } reference ? (month - reference.Month > 6 ? reference.Year - 1 : reference.Year)
            : null;
        var value = year is { } y ? TimexValue.Month(y, month) : string.Create(CultureInfo.InvariantCulture, $"XXXX-{month:00}");
        return new Timex(span, "DATE", value, mod);
    }

    private static Timex DecadeOrCentury(Match m, TextSpan span) =>
        m.Groups["decade"].Success
            ? new Timex(span, "DATE", m.Groups["decade"].Value)
            : new Timex(span, "DATE", (int.Parse(m.Groups["century"].Value, CultureInfo.InvariantCulture) - 1).ToString("00", CultureInfo.InvariantCulture));

    private Timex WeekdayName(Match m, TextSpan span, string text)
    {
        var weekday = Months.ParseWeekday(m.Groups["weekday"].Value);
        var part = PartOfDay(m.Groups["part"].Value);
        if (anchor.Date is not { } reference)
        {
            return new Timex(span, "DATE", $"XXXX-WXX-{weekday}{part}");
        }

        var direction = m.Groups["dir"].Value.ToLowerInvariant();
        var date = direction switch
        {
            "last" or "past" => TimexValue.Weekday(reference, weekday, forward: false, allowSameDay: false),
            "next" or "coming" => TimexValue.Weekday(reference, weekday, forward: true, allowSameDay: false),
            "this" => TimexValue.Weekday(reference, weekday, forward: weekday >= IsoDay(reference), allowSameDay: true),
            _ => TimexValue.Weekday(reference, weekday, forward: LooksAhead(text, span), allowSameDay: true),
        };
        return new Timex(span, "DATE", TimexValue.Date(date) + part, Resolved: date);
    }

    private Timex? Deictic(Match m, TextSpan span)
    {
        var word = m.Groups["word"].Value.ToLowerInvariant();
        if (word is "now" or "currently")
        {
            return new Timex(span, "DATE", "PRESENT_REF");
        }

        if (word == "recently")
        {
            return new Timex(span, "DATE", "PAST_REF");
        }

        if (anchor.Date is not { } reference)
        {
            return null;
        }

        return word switch
        {
            "yesterday" => Date(span, reference.AddDays(-1)),
            "tomorrow" => Date(span, reference.AddDays(1)),
            "tonight" => new Timex(span, "TIME", TimexValue.Date(reference) + "TNI", Resolved: reference),
            _ => Date(span, reference),
        };
    }

    private Timex? RelativeUnit(Match m, TextSpan span)
    {
        if (anchor.Date is not { } reference)
        {
            return null;
        }

        var step = m.Groups["dir"].Value.ToLowerInvariant() switch
        {
            "last" or "past" or "previous" => -1,
            "next" or "coming" => 1,
            _ => 0,
        };
        var value = m.Groups["unit"].Value.ToLowerInvariant() switch
        {
            "week" => TimexValue.Week(reference.AddDays(7 * step)),
            "weekend" => TimexValue.Week(reference.AddDays(7 * step)) + "-WE",
            "month" => TimexValue.Month(reference.AddMonths(step).Year, reference.AddMonths(step).Month),
            "quarter" => Quarter(reference.AddMonths(3 * step)),
            _ => (reference.Year + step).ToString("0000", CultureInfo.InvariantCulture),
        };
        return new Timex(span, "DATE", value);
    }

    private Timex? Duration(Match m, TextSpan span)
    {
        if (m.Groups["vague"].Success)
        {
            var vague = m.Groups["vague"].Value.ToLowerInvariant();
            return vague is "decades" or "centuries" ? new Timex(span, "DURATION", vague == "decades" ? "PXDE" : "PXCE") : null;
        }

        var count = Count(m.Groups["count"].Value);
        var unit = m.Groups["unit"].Value.ToLowerInvariant().TrimEnd('s');
        var designator = unit switch
        {
            "second" => "S",
            "minute" => "M",
            "hour" => "H",
            "day" => "D",
            "week" => "W",
            "month" => "M",
            "year" => "Y",
            "decade" => "DE",
            _ => "CE",
        };
        var isTime = unit is "second" or "minute" or "hour";
        var relation = m.Groups["rel"].Value.ToLowerInvariant();
        if (relation is "ago" && count is { } n && anchor.Date is { } reference && !isTime)
        {
            var date = unit switch
            {
                "day" => reference.AddDays(-n),
                "week" => reference.AddDays(-7 * n),
                "month" => reference.AddMonths(-n),
                "year" => reference.AddYears(-n),
                _ => reference.AddYears(-10 * n),
            };
            var value = unit switch
            {
                "day" => TimexValue.Date(date),
                "week" => TimexValue.Week(date),
                "month" => TimexValue.Month(date.Year, date.Month),
                "year" => date.Year.ToString("0000", CultureInfo.InvariantCulture),
                _ => date.Year.ToString("0000", CultureInfo.InvariantCulture)[..3],
            };
            return new Timex(span, "DATE", value, Resolved: unit == "day" ? date : null);
        }

        var amount = count?.ToString(CultureInfo.InvariantCulture) ?? "X";
        return new Timex(span, "DURATION", (isTime ? "PT" : "P") + amount + designator);
    }

    private Timex? TimeOfDay(Match m, TextSpan span)
    {
        var hour = int.Parse(m.Groups["hour"].Value, CultureInfo.InvariantCulture);
        var minute = m.Groups["minute"].Success ? int.Parse(m.Groups["minute"].Value, CultureInfo.InvariantCulture) : 0;
        if (m.Groups["ampm"].Success)
        {
            if (hour is < 1 or > 12)
            {
                return null;
            }

            hour = hour % 12 + (char.ToLowerInvariant(m.Groups["ampm"].Value[0]) == 'p' ? 12 : 0);
        }
        else if (!m.Groups["zone"].Success || hour > 23)
        {
            return null;
        }

        var day = anchor.Date is { } reference ? TimexValue.Date(reference) : "XXXX-XX-XX";
        return new Timex(span, "TIME", string.Create(CultureInfo.InvariantCulture, $"{day}T{hour:00}:{minute:00}"));
    }

    private static Timex Set(Match m, TextSpan span)
    {
        var unit = (m.Groups["unit"].Success ? m.Groups["unit"].Value : m.Groups["adverb"].Value).ToLowerInvariant();
        var value = unit switch
        {
            "day" or "daily" => "P1D",
            "week" or "weekly" => "P1W",
            "month" or "monthly" => "P1M",
            "year" or "yearly" or "annually" => "P1Y",
            _ => $"XXXX-WXX-{Months.ParseWeekday(unit)}",
        };
        return new Timex(span, "SET", value);
    }

    private static Timex Date(TextSpan span, DateOnly date) => new(span, "DATE", TimexValue.Date(date), Resolved: date);

    private static string Quarter(DateOnly date) => string.Create(CultureInfo.InvariantCulture, $"{date.Year:0000}-Q{(date.Month - 1) / 3 + 1}");

    private static int IsoDay(DateOnly date) => date.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)date.DayOfWeek;

    private static string PartOfDay(string part) => part.ToLowerInvariant() switch
    {
        "morning" => "TMO",
        "afternoon" => "TAF",
        "evening" => "TEV",
        "night" => "TNI",
        _ => "",
    };

    private static int? Count(string word)
    {
        if (int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }

        return word.ToLowerInvariant() switch
        {
            "a" or "an" => 1,
            "several" or "a few" or "few" or "many" => null,
            var w => w.TryToNumber(out var number, English) ? number : null,
        };
    }

    /// <summary>True when the sentence around the span looks ahead (will, next, scheduled ...).</summary>
    private static bool LooksAhead(string text, TextSpan span)
    {
        var start = span.Start;
        while (start > 0 && span.Start - start < 300 && text[start - 1] is not ('.' or '!' or '?' or '\n'))
        {
            start--;
        }

        var end = span.End;
        while (end < text.Length && end - span.End < 300 && text[end] is not ('.' or '!' or '?' or '\n'))
        {
            end++;
        }

        return DateRules.FutureCue().IsMatch(text.AsSpan(start, end - start));
    }
}
