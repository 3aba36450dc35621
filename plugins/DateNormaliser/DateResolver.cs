using System.Globalization;
using System.Text.RegularExpressions;
using Humanizer;

namespace DocAnalysis.Plugins.Dates;

/// <summary>Finds every temporal expression of a text and resolves it against the anchor.</summary>
internal sealed partial class DateResolver(Anchor anchor)
{
    /// <summary>
    /// The culture Humanizer reads and writes English in. A process with invariant globalization (as many container
    /// images run) has no "en": there it is the invariant culture under the language name Humanizer chooses English by.
    /// </summary>
    private static readonly CultureInfo English = EnglishCulture();

    private static CultureInfo EnglishCulture()
    {
        try
        {
            return CultureInfo.GetCultureInfo("en");
        }
        catch (CultureNotFoundException)
        {
            return new InvariantEnglish();
        }
    }

    private sealed class InvariantEnglish() : CultureInfo("")
    {
        public override string TwoLetterISOLanguageName => "en";
    }

    /// <summary>How much further a date against the tense counts when choosing the year of "Feb. 10" or "December".</summary>
    private const int TensePenaltyDays = 200;

    private static readonly TextLayer NoText = TextLayer.Create("");

    /// <summary>The shared text layer of the text being resolved: the tense around an expression is read from its tokens.</summary>
    private TextLayer _layer = NoText;

    public List<Timex> Resolve(TextLayer layer, CancellationToken cancellationToken = default)
    {
        _layer = layer;
        var text = layer.Text;
        var candidates = new List<Timex>();
        foreach (var room in Rooms)
        {
            room.Collect(this, candidates, text, cancellationToken);
        }

        // Longest first ("October 23, 2016" over "this October"), then keep what overlaps nothing kept.
        // A bit per character taken keeps this linear in the text: candidates are short.
        var chosen = new List<Timex>();
        var taken = new System.Collections.BitArray(text.Length);
        foreach (var candidate in candidates.OrderByDescending(c => c.Span.Length).ThenBy(c => c.Span.Start))
        {
            var free = true;
            for (var i = candidate.Span.Start; free && i < candidate.Span.End; i++)
            {
                free = !taken[i];
            }

            if (free)
            {
                chosen.Add(candidate);
                for (var i = candidate.Span.Start; i < candidate.Span.End; i++)
                {
                    taken[i] = true;
                }
            }
        }

        chosen.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));

        return FromPreviousMention(MergeTimesWithDays(text, chosen));
    }

    /// <summary>Longest distance, in characters, at which <c>a year earlier</c> still refers to the mention before it.</summary>
    private const int PreviousMentionReach = 400;

    /// <summary>
    /// <c>a year earlier</c> and <c>a year ago</c> in "third-quarter profit rose from a year earlier" mean the
    /// period just mentioned, a year back (1988-Q3), not merely the anchor's year before.
    /// </summary>
    private static List<Timex> FromPreviousMention(List<Timex> timexes)
    {
        Timex? previous = null, previousDay = null, previousYear = null, reportedQuarter = null;
        var resolved = new List<Timex>(timexes.Count);
        foreach (var mention in timexes)
        {
            var timex = mention;
            if (timex.Anaphor is { } anaphor)
            {
                if (FromMention(timex, anaphor, anaphor.Unit == "year" || anaphor.Unit == "month" ? previousYear : previousDay) is not { } counted)
                {
                    continue; // "that day" with nothing to count from is not a date
                }

                timex = counted;
            }
            else if (timex.YearsFromPrevious is { } years && Near(previous, timex) && PeriodValue().Match(previous!.Value) is { Success: true } period)
            {
                var year = int.Parse(period.Groups["year"].Value, CultureInfo.InvariantCulture) + years;
                timex = timex with { Value = year.ToString("0000", CultureInfo.InvariantCulture) + period.Groups["rest"].Value, Resolved = null };
            }
            else if (timex.QuarterOfReport is not QuarterReference.None && reportedQuarter is not null)
            {
                var year = timex.QuarterOfReport is QuarterReference.NumberAndYear ? reportedQuarter.Value[..4] : timex.Value[..4];
                timex = timex with { Value = year + reportedQuarter.Value[4..] };
            }
            else if (timex.TimeWithoutDay && Near(previousDay, timex))
            {
                timex = timex with { Value = TimexValue.Date(previousDay!.Resolved!.Value) + timex.Value[timex.Value.IndexOf('T', StringComparison.Ordinal)..] };
            }

            if (timex.Type is "DATE" && timex.IsReferencePoint && timex.YearsFromPrevious is null && PeriodValue().IsMatch(timex.Value))
            {
                previous = timex;
            }

            // The quarter an earnings story reports on is the first it names (its lead), unless a forecast or a comparison.
            if (reportedQuarter is null && timex.Type is "DATE" && timex.IsReferencePoint && timex.QuarterOfReport is QuarterReference.None && QuarterValue().IsMatch(timex.Value))
            {
                reportedQuarter = timex;
            }

            if (timex.Resolved is not null && timex.IsReferencePoint)
            {
                previousDay = timex;
            }

            if (timex.Type is "DATE" && timex.IsReferencePoint && YearMonth().IsMatch(timex.Value))
            {
                previousYear = timex;
            }

            resolved.Add(timex);
        }

        return resolved;

        static bool Near(Timex? before, Timex timex) => before is not null && timex.Span.Start - before.Span.End <= PreviousMentionReach;

        static Timex? FromMention(Timex timex, (string Unit, int Shift) anaphor, Timex? before)
        {
            if (!Near(before, timex))
            {
                return null;
            }

            if (anaphor.Unit is "year" or "month")
            {
                var period = YearMonth().Match(before!.Value);
                var year = int.Parse(period.Groups["year"].Value, CultureInfo.InvariantCulture);
                if (anaphor.Unit == "year")
                {
                    return timex with { Value = (year + anaphor.Shift).ToString("0000", CultureInfo.InvariantCulture), IsReferencePoint = false };
                }

                if (!period.Groups["month"].Success)
                {
                    return null; // "that month" after "1989" names no month
                }

                var month = new DateOnly(year, int.Parse(period.Groups["month"].Value, CultureInfo.InvariantCulture), 1).AddMonths(anaphor.Shift);
                return timex with { Value = TimexValue.Month(month.Year, month.Month), IsReferencePoint = false };
            }

            var day = before!.Resolved!.Value.AddDays(anaphor.Unit == "week" ? 7 * anaphor.Shift : anaphor.Shift);
            return timex with { Value = anaphor.Unit == "week" ? TimexValue.Week(day) : TimexValue.Date(day), Resolved = day, IsReferencePoint = false };
        }
    }

    /// <summary>A placeholder that <see cref="FromPreviousMention"/> counts from the mention before; a part of a day (<c>that night</c>) counts as a day.</summary>
    private static Timex Anaphor(Match m, TextSpan span)
    {
        var unit = m.Groups["unit"].Value.ToLowerInvariant();
        return new(span, "DATE", "XXXX-XX-XX") { Anaphor = (unit is "year" or "month" or "week" ? unit : "day", m.Groups["that"].Success ? 0 : 1) };
    }

    /// <summary>A phrase such as "5 days before publication", for resolved dates.</summary>
    public string? Describe(Timex timex)
    {
        if (timex.Resolved is not { } date || anchor.Date is not { } reference)
        {
            return null;
        }

        var what = anchor.Source == "reference-date" ? "the reference date" : "publication";
        var days = date.DayNumber - reference.DayNumber;
        if (days == 0)
        {
            return $"the day of {what}";
        }

        var distance = TimeSpan.FromDays(Math.Abs(days)).Humanize(maxUnit: Humanizer.TimeUnit.Year, minUnit: Humanizer.TimeUnit.Day, culture: English);
        return $"{distance} {(days < 0 ? "before" : "after")} {what}";
    }

    /// <summary>Collects a family's candidates from a text into a list, read by a resolver (which knows the anchor).</summary>
    internal delegate void Family(DateResolver resolver, List<Timex> into, string text, CancellationToken cancellationToken);

    /// <summary>
    /// A rule family, a room of its own under <c>Rules/</c>: its name, the literals that trigger it, sentences it reads
    /// (<c>DateRoomTests</c> holds each to the literals and to the family), and what collects its candidates.
    /// </summary>
    internal sealed record Room(string Name, TriggerLiterals.Key Key, string[] Examples, Family Collect);

    /// <summary>
    /// The rule families in the order their candidates are collected: the rule (a regex of <see cref="DateRules"/> or a
    /// hand-written reader), the literals that trigger it, and what reads a match. Made once: a resolver is made per
    /// document. A new family is a file in <c>Rules/</c>, its pattern in <see cref="DateRules"/>, its literals in
    /// <see cref="TriggerLiterals"/> and a line here with its examples.
    /// </summary>
    internal static readonly Room[] Rooms =
    [
        Reading("month and day", ["The accord was signed on Oct. 23.", "The vote comes next Feb. 10."], TriggerLiterals.Months, MonthDays.In, (r, text, m) => r.MonthDay(text, m)),
        Regexed("numeric date", ["The law took effect on 2013-09-17.", "It was filed on 9/17/2013."], DateRules.Numeric(), TriggerLiterals.Years, (_, m, s, _) => Numeric(m, s)),
        Regexed("month or year", ["Sales fell in September 2013.", "The plant opened in early 2016."], DateRules.MonthOrYear(), TriggerLiterals.MonthsAndYears, (r, m, s, text) => r.MonthOrYear(m, s, text)),
        Regexed("decade or century", ["Prices were lower in the 1990s.", "The house dates from the 19th century."], DateRules.DecadeOrCentury(), TriggerLiterals.Decades, (_, m, s, _) => DecadeOrCentury(m, s)),
        Regexed("quarter", ["Net income fell in the third quarter.", "Sales rose from the year-earlier period."], DateRules.Quarter(), TriggerLiterals.Quarters, (r, m, s, text) => r.Quarter(m, s, text)),
        Regexed("season", ["The bridge will open next summer.", "Talks stalled last fall."], DateRules.Season(), TriggerLiterals.Seasons, (r, m, s, text) => r.Season(m, s, text)),
        Regexed("weekday", ["Officials said Monday they will appeal.", "The bid expired last Friday."], DateRules.WeekdayName(), TriggerLiterals.Weekdays, (r, m, s, text) => r.WeekdayName(m, s, text)),
        Regexed("day of writing", ["The talks resume tomorrow.", "He spoke this morning."], DateRules.Deictic(), TriggerLiterals.Deictic, (r, m, s, _) => r.Deictic(m, s)),
        Regexed("present, past or future", ["Prices are high now.", "The plan may change in the future."], DateRules.Reference(), TriggerLiterals.References, (_, m, s, text) => Reference(m, s, text)),
        Regexed("anaphor", ["He arrived on Oct. 3 and left the next day.", "The bill passed in 1989 and was signed later that year."], DateRules.Anaphor(), TriggerLiterals.Anaphors, (_, m, s, _) => Anaphor(m, s)),
        Regexed("relative unit", ["Sales rose last week.", "The rule takes effect next month."], DateRules.RelativeUnit(), TriggerLiterals.RelativeUnits, (r, m, s, text) => r.RelativeUnit(m, s, text)),
        Regexed("duration", ["The strike lasted two days.", "The plant closed three years ago."], DateRules.Duration(), TriggerLiterals.Units, (r, m, s, text) => r.Duration(m, s, text)),
        Regexed("vague duration", ["Prices have risen for decades.", "Talks may resume in coming weeks."], DateRules.VagueDuration(), TriggerLiterals.Units, (r, m, s, text) => r.Duration(m, s, text)),
        Regexed("time of day", ["The blast came at 3 p.m. EST.", "The polls closed at noon."], DateRules.TimeOfDay(), TriggerLiterals.Times, (r, m, s, _) => r.TimeOfDay(m, s)),
        Regexed("set", ["The ferry runs daily.", "They meet every Monday."], DateRules.Set(), TriggerLiterals.Sets, (r, m, s, _) => r.Set(m, s)),
        Regexed("holiday", ["Stores close on Thanksgiving.", "He was freed on Christmas Eve."], DateRules.Holiday(), TriggerLiterals.Holidays, (r, m, s, text) => r.Holiday(m, s, text)),
        Reading("spoken year", ["It happened in nineteen ninety-four.", "The law dates from two thousand and two."], TriggerLiterals.SpokenYears, SpokenYears.In, (_, text, y) => FromSpokenYear(text, y)),
    ];

    /// <summary>What one family collects from <paramref name="layer"/>'s text, alone (the trigger-words test reads each family by itself).</summary>
    internal List<Timex> Collect(Room room, TextLayer layer)
    {
        _layer = layer;
        var candidates = new List<Timex>();
        room.Collect(this, candidates, layer.Text, CancellationToken.None);
        return candidates;
    }

    /// <summary>A family read by a source-generated regex of <see cref="DateRules"/>, run over each window.</summary>
    private static Room Regexed(string name, string[] examples, Regex rule, TriggerLiterals.Key key, Func<DateResolver, Match, TextSpan, string, Timex?> read) =>
        Reading(name, examples, key, (text, window) => Matches(rule, text, window), (resolver, text, m) => m.Length > 0 ? read(resolver, m, new TextSpan(m.Index, m.Length), text) : null);

    private static IEnumerable<Match> Matches(Regex rule, string text, TextSpan window)
    {
        for (var match = rule.Match(text, window.Start, window.Length); match.Success; match = match.NextMatch())
        {
            yield return match;
        }
    }

    /// <summary>
    /// A family: what <paramref name="find"/> finds in each window of the family's literals (<see cref="Triggers"/>),
    /// read; a call past its timeout stops within one find.
    /// </summary>
    private static Room Reading<T>(string name, string[] examples, TriggerLiterals.Key key, Func<string, TextSpan, IEnumerable<T>> find, Func<DateResolver, string, T, Timex?> read) =>
        new(name, key, examples, (resolver, into, text, cancellationToken) =>
        {
            foreach (var window in Triggers.Windows(text, key.Literals, key.Before, key.After))
            {
                foreach (var found in find(text, window))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (read(resolver, text, found) is { } timex)
                    {
                        into.Add(timex);
                    }
                }
            }
        });

    /// <summary><c>10 p.m. Wednesday</c>, <c>noon Thursday</c>, <c>Tuesday at 9 a.m.</c>: one TIME on that day.</summary>
    private static List<Timex> MergeTimesWithDays(string text, List<Timex> chosen)
    {
        var merged = new List<Timex>(chosen.Count);
        for (var i = 0; i < chosen.Count; i++)
        {
            var current = chosen[i];
            if (i + 1 < chosen.Count && Joinable(text, current, chosen[i + 1]) is { } joined)
            {
                merged.Add(joined);
                i++;
            }
            else
            {
                merged.Add(current);
            }
        }

        return merged;
    }

    private static Timex? Joinable(string text, Timex first, Timex second)
    {
        var (time, day) = first.Type == "TIME" && second.Resolved is not null ? (first, second) : second.Type == "TIME" && first.Resolved is not null ? (second, first) : (null, null);
        if (time is null || day is null || !Between().IsMatch(text.AsSpan(first.Span.End, second.Span.Start - first.Span.End)))
        {
            return null;
        }

        var clock = time.Value[time.Value.IndexOf('T', StringComparison.Ordinal)..];
        return new Timex(TextSpan.FromBounds(first.Span.Start, second.Span.End), "TIME", TimexValue.Date(day.Resolved!.Value) + clock, Resolved: day.Resolved);
    }

    private static Timex Date(TextSpan span, DateOnly date) => new(span, "DATE", TimexValue.Date(date), Resolved: date);

    private static int OrdinalNumber(string ordinal) => ordinal.ToLowerInvariant() switch
    {
        "first" or "1st" => 1,
        "second" or "2nd" => 2,
        "third" or "3rd" => 3,
        _ => 4,
    };

    private static string? Mod(string word) => word.ToLowerInvariant() switch
    {
        "early" or "the beginning of" or "the start of" => "START",
        "mid" or "the middle of" => "MID",
        "late" or "the end of" => "END",
        _ => null,
    };

    private static int IsoDay(DateOnly date) => date.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)date.DayOfWeek;

    private static string PartOfDay(string part) => part.ToLowerInvariant() switch
    {
        "morning" => "TMO",
        "afternoon" => "TAF",
        "evening" => "TEV",
        _ => "TNI",
    };

    /// <summary>The number a count is written as: digits, fractions (<c>2 1/2</c>), number words through Humanizer; null when vague.</summary>
    private static double? Count(string words)
    {
        words = words.ToLowerInvariant().Replace('-', ' ').Trim();
        if (double.TryParse(words, NumberStyles.Float, CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }

        if (Fraction().Match(words) is { Success: true } fraction)
        {
            return double.Parse(fraction.Groups["whole"].Value, CultureInfo.InvariantCulture)
                + double.Parse(fraction.Groups["num"].Value, CultureInfo.InvariantCulture) / double.Parse(fraction.Groups["den"].Value, CultureInfo.InvariantCulture);
        }

        return words switch
        {
            "a" or "an" or "one" => 1,
            "several" or "a few" or "few" or "many" or "some" or "couple of" or "a couple of" => words.EndsWith("couple of", StringComparison.Ordinal) ? 2 : null,
            _ => words.TryToNumber(out var number, English) && number >= 0 ? number : null, // Humanizer's int wraps past 2^31: such a count is left vague
        };
    }

    /// <summary>A dated value with its year and, when it has one, its month: <c>1989</c>, <c>1989-Q3</c>, <c>1989-10-26</c>.</summary>
    [GeneratedRegex(@"^(?<year>\d{4})(?:-(?<month>\d\d)|-Q\d|-H\d|$)", RegexOptions.CultureInvariant)]
    private static partial Regex YearMonth();

    /// <summary>A dated quarter: <c>1989-Q3</c>.</summary>
    [GeneratedRegex(@"^\d{4}-Q\d$", RegexOptions.CultureInvariant)]
    private static partial Regex QuarterValue();

    /// <summary>A dated period finer than a year: <c>1989-Q3</c>, <c>1989-10</c>, <c>1989-10-26</c>.</summary>
    [GeneratedRegex(@"^(?<year>\d{4})(?<rest>-(?:Q\d|H\d|\d\d(?:-\d\d)?))$", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodValue();

    [GeneratedRegex(@"^(?<whole>[0-9]+)\s(?<num>[0-9])/(?<den>[0-9])$", RegexOptions.CultureInvariant)]
    private static partial Regex Fraction();

    [GeneratedRegex(@"^(?:\s|,\s?|\son\s|\sat\s|\sof\s)$", RegexOptions.CultureInvariant)]
    private static partial Regex Between();
}
