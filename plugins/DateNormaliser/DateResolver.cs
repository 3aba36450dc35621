using static DocAnalysis.WordReader;
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
        foreach (var family in Families)
        {
            family(this, candidates, text, cancellationToken);
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
    private delegate void Family(DateResolver resolver, List<Timex> into, string text, CancellationToken cancellationToken);

    /// <summary>
    /// The rule families in the order their candidates are collected: the rule (a regex of <see cref="DateRules"/> or a
    /// hand-written reader), the literals that trigger it, and what reads a match. Made once: a resolver is made per
    /// document.
    /// </summary>
    private static readonly Family[] Families =
    [
        Reading(TriggerLiterals.Months, MonthDays.In, (r, text, m) => r.MonthDay(text, m)),
        Regexed(DateRules.Numeric(), TriggerLiterals.Years, (_, m, s, _) => Numeric(m, s)),
        Regexed(DateRules.MonthOrYear(), TriggerLiterals.MonthsAndYears, (r, m, s, text) => r.MonthOrYear(m, s, text)),
        Regexed(DateRules.DecadeOrCentury(), TriggerLiterals.Decades, (_, m, s, _) => DecadeOrCentury(m, s)),
        Regexed(DateRules.Quarter(), TriggerLiterals.Quarters, (r, m, s, text) => r.Quarter(m, s, text)),
        Regexed(DateRules.Season(), TriggerLiterals.Seasons, (r, m, s, text) => r.Season(m, s, text)),
        Regexed(DateRules.WeekdayName(), TriggerLiterals.Weekdays, (r, m, s, text) => r.WeekdayName(m, s, text)),
        Regexed(DateRules.Deictic(), TriggerLiterals.Deictic, (r, m, s, _) => r.Deictic(m, s)),
        Regexed(DateRules.Reference(), TriggerLiterals.References, (_, m, s, text) => Reference(m, s, text)),
        Regexed(DateRules.Anaphor(), TriggerLiterals.Anaphors, (_, m, s, _) => Anaphor(m, s)),
        Regexed(DateRules.RelativeUnit(), TriggerLiterals.RelativeUnits, (r, m, s, text) => r.RelativeUnit(m, s, text)),
        Regexed(DateRules.Duration(), TriggerLiterals.Units, (r, m, s, text) => r.Duration(m, s, text)),
        Regexed(DateRules.VagueDuration(), TriggerLiterals.Units, (r, m, s, text) => r.Duration(m, s, text)),
        Regexed(DateRules.TimeOfDay(), TriggerLiterals.Times, (r, m, s, _) => r.TimeOfDay(m, s)),
        Regexed(DateRules.Set(), TriggerLiterals.Sets, (r, m, s, _) => r.Set(m, s)),
        Regexed(DateRules.Holiday(), TriggerLiterals.Holidays, (r, m, s, text) => r.Holiday(m, s, text)),
        Reading(TriggerLiterals.SpokenYears, SpokenYears.In, (_, text, y) => FromSpokenYear(text, y)),
    ];

    /// <summary>A family read by a source-generated regex of <see cref="DateRules"/>, run over each window.</summary>
    private static Family Regexed(Regex rule, TriggerLiterals.Key key, Func<DateResolver, Match, TextSpan, string, Timex?> read) =>
        Reading(key, (text, window) => Matches(rule, text, window), (resolver, text, m) => m.Length > 0 ? read(resolver, m, new TextSpan(m.Index, m.Length), text) : null);

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
    private static Family Reading<T>(TriggerLiterals.Key key, Func<string, TextSpan, IEnumerable<T>> find, Func<DateResolver, string, T, Timex?> read) =>
        (resolver, into, text, cancellationToken) =>
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
        };

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

    private static Timex? Numeric(Match m, TextSpan span)
    {
        var (y, mo, d) = m.Groups["iy"].Success ? ("iy", "im", "id") : ("uy", "um", "ud");
        var year = int.Parse(m.Groups[y].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(m.Groups[mo].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(m.Groups[d].Value, CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? Date(span, new DateOnly(year, month, day)) : null;
    }

    private Timex? MonthOrYear(Match m, TextSpan span, string text)
    {
        var half = m.Groups["half"].Success ? (m.Groups["half"].Value.Equals("first", StringComparison.OrdinalIgnoreCase) ? 1 : 2) : 0;
        var mod = half switch { 1 => "START", 2 => "END", _ => Mod(m.Groups["mod"].Value) };
        if (!m.Groups["month"].Success)
        {
            return half > 0 ? new Timex(span, "DATE", string.Create(CultureInfo.InvariantCulture, $"{m.Groups["year"].Value}-H{half}")) : new Timex(span, "DATE", m.Groups["year"].Value, mod);
        }

        var month = Months.Parse(m.Groups["month"].Value)!.Value;
        var relation = (m.Groups["rel"].Success ? m.Groups["rel"].Value : m.Groups["relyear"].Value).ToLowerInvariant();
        var name = m.Groups["month"].Value;
        var alone = !m.Groups["year"].Success && mod is null && relation.Length == 0;
        if (alone && ((name is "May" or "March" && _layer.StartsSentence(span.Start)) || (name.Length <= 4 && !name.EndsWith('.') && Months.IsAbbreviation(name))))
        {
            return null; // a sentence's first "May" or "March" is more often a verb, a bare "Jan" or "Dec" a name, than the month.
        }

        int? year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : null;
        if (year is null && anchor.Date is { } reference)
        {
            year = relation switch
            {
                "last" when m.Groups["relyear"].Success => reference.Year - 1,
                "next" when m.Groups["relyear"].Success => reference.Year + 1,
                "this" => reference.Year,
                "last" or "this past" => month < reference.Month ? reference.Year : reference.Year - 1,
                "next" or "this coming" => month > reference.Month ? reference.Year : reference.Year + 1,
                _ => Nearest(new[] { reference.Year - 1, reference.Year, reference.Year + 1 }.Select(y => new DateOnly(y, month, 15)), reference, Tense.Around(_layer, span)).Year,
            };
        }

        var value = year is { } y ? TimexValue.Month(y, month) : string.Create(CultureInfo.InvariantCulture, $"XXXX-{month:00}");
        return new Timex(span, "DATE", value, mod);
    }

    private static Timex DecadeOrCentury(Match m, TextSpan span) =>
        m.Groups["decade"].Success
            ? new Timex(span, "DATE", m.Groups["decade"].Value, Mod(m.Groups["mod"].Value))
            : new Timex(span, "DATE", (int.Parse(m.Groups["century"].Value, CultureInfo.InvariantCulture) - 1).ToString("00", CultureInfo.InvariantCulture));

    /// <summary>Quarters as financial news writes them; without a year, the latest such quarter that has begun by the anchor.</summary>
    private Timex? Quarter(Match m, TextSpan span, string text)
    {
        if (anchor.Date is not { } reference)
        {
            return m.Groups["ordinal"].Success ? new Timex(span, "DATE", $"XXXX-Q{OrdinalNumber(m.Groups["ordinal"].Value)}") : null;
        }

        var current = (reference.Month - 1) / 3 + 1;
        var (lastYear, lastQuarter) = current == 1 ? (reference.Year - 1, 4) : (reference.Year, current - 1);
        if (m.Groups["yearadjective"].Success)
        {
            // "year-earlier profit" after "third-quarter profit": the period just mentioned, a year back; else the year before the anchor.
            return new Timex(span, "DATE", (reference.Year - 1).ToString("0000", CultureInfo.InvariantCulture)) { YearsFromPrevious = -1, IsReferencePoint = false };
        }

        if (m.Groups["yearago"].Success)
        {
            var which = m.Groups["ordinal"].Success ? OrdinalNumber(m.Groups["ordinal"].Value) : lastQuarter;
            return new Timex(span, "DATE", string.Create(CultureInfo.InvariantCulture, $"{lastYear - 1:0000}-Q{which}")) { IsReferencePoint = false };
        }

        int? named = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture)
            : m.Groups["relyear"].Success ? reference.Year + m.Groups["relyear"].Value.ToLowerInvariant() switch { "next" => 1, "last" => -1, _ => 0 }
            : null;
        if (m.Groups["ordinal"].Success)
        {
            var which = OrdinalNumber(m.Groups["ordinal"].Value);
            var year = named ?? (which <= current ? reference.Year : reference.Year - 1);

            // The period reported on, for "the quarter" later: not a comparison with an earlier year ("the 1988 third quarter") nor a forecast.
            return new Timex(span, "DATE", string.Create(CultureInfo.InvariantCulture, $"{year:0000}-Q{which}"))
            {
                IsReferencePoint = year >= lastYear && Tense.Around(_layer, span) is not Direction.Future,
            };
        }

        if (named is { } namedYear)
        {
            // "the 1988 period", "last year's quarter": that year's quarter of the one reported on.
            return new Timex(span, "DATE", string.Create(CultureInfo.InvariantCulture, $"{namedYear:0000}-Q{lastQuarter}"))
            {
                QuarterOfReport = QuarterReference.Number,
                IsReferencePoint = namedYear >= lastYear,
            };
        }

        if (m.Groups["latest"].Value.Equals("current", StringComparison.OrdinalIgnoreCase))
        {
            return new Timex(span, "DATE", string.Create(CultureInfo.InvariantCulture, $"{reference.Year:0000}-Q{current}"));
        }

        return new Timex(span, "DATE", string.Create(CultureInfo.InvariantCulture, $"{lastYear:0000}-Q{lastQuarter}")) { QuarterOfReport = QuarterReference.NumberAndYear };
    }

    /// <summary>Seasons: <c>last fall</c> is the latest fall that has ended by the anchor, <c>this summer</c> the anchor year's.</summary>
    private Timex? Season(Match m, TextSpan span, string text)
    {
        var code = m.Groups["season"].Value.ToLowerInvariant() switch
        {
            "spring" => "SP",
            "summer" => "SU",
            "winter" => "WI",
            _ => "FA",
        };
        if (m.Groups["year"].Success)
        {
            return new Timex(span, "DATE", $"{m.Groups["year"].Value}-{code}");
        }

        if (anchor.Date is not { } reference)
        {
            return new Timex(span, "DATE", $"XXXX-{code}");
        }

        var start = code switch { "SP" => 3, "SU" => 6, "FA" => 9, _ => 12 };
        var relation = m.Groups["rel"].Value.ToLowerInvariant();
        var year = relation switch
        {
            "last" or "this past" => reference.Month >= start + 3 ? reference.Year : reference.Year - 1,
            "next" or "this coming" => reference.Month < start ? reference.Year : reference.Year + 1,
            "this" => reference.Year,
            _ => Tense.Around(_layer, span) == Direction.Future && reference.Month >= start + 3 ? reference.Year + 1
                : Tense.Around(_layer, span) == Direction.Past && reference.Month < start ? reference.Year - 1
                : reference.Year,
        };
        return new Timex(span, "DATE", string.Create(CultureInfo.InvariantCulture, $"{year:0000}-{code}"), Mod(relation));
    }

    private Timex? WeekdayName(Match m, TextSpan span, string text)
    {
        var weekday = Months.ParseWeekday(m.Groups["weekday"].Value);
        if (!m.Groups["dir"].Success && !m.Groups["part"].Success && InTitle(span))
        {
            return null; // "the Sunday Times", "the Sunday Telegraph": a paper's name, not a day
        }

        if (anchor.Date is not { } reference)
        {
            return new Timex(span, "DATE", $"XXXX-WXX-{weekday}");
        }

        var direction = m.Groups["dir"].Value.ToLowerInvariant();
        var date = direction switch
        {
            "last" or "past" => TimexValue.Weekday(reference, weekday, forward: false, allowSameDay: false),
            "next" or "coming" => TimexValue.Weekday(reference, weekday, forward: true, allowSameDay: false),
            "this" => TimexValue.Weekday(reference, weekday, forward: weekday >= IsoDay(reference), allowSameDay: true),
            _ => TimexValue.Weekday(reference, weekday, forward: Tense.Around(_layer, span) == Direction.Future, allowSameDay: true),
        };
        return new Timex(span, "DATE", TimexValue.Date(date), Resolved: date);
    }

    /// <summary>
    /// Whether a capitalised weekday inside a sentence opens a title after <c>the</c>: <c>the Sunday Times</c>. A month, a
    /// weekday or a part of the day after it keeps it a date (<c>the Friday Jan. 5 deadline</c>).
    /// </summary>
    private bool InTitle(TextSpan span)
    {
        var tokens = _layer.Tokens;
        var index = _layer.TokenAt(span.Start);
        if (index == 0 || index + 1 >= tokens.Count || !tokens[index].IsCapitalised || tokens[index - 1].Lower != "the")
        {
            return false;
        }

        var next = tokens[index + 1];
        return next.IsWord && next.IsCapitalised && !next.Flags.HasFlag(TokenFlags.StartsSentence) && Months.Parse(next.Text) is null && Months.ParseWeekday(next.Text) == 0;
    }

    private Timex? Deictic(Match m, TextSpan span)
    {
        if (anchor.Date is not { } reference)
        {
            return null;
        }

        if (m.Groups["part"].Success)
        {
            var day = m.Groups["rel"].Value.ToLowerInvariant() switch
            {
                "yesterday" => reference.AddDays(-1),
                "tomorrow" => reference.AddDays(1),
                "last" => reference.AddDays(-1),
                _ => reference,
            };
            return new Timex(span, "TIME", TimexValue.Date(day) + PartOfDay(m.Groups["part"].Value), Resolved: day);
        }

        return m.Groups["word"].Value.ToLowerInvariant() switch
        {
            "yesterday" => Date(span, reference.AddDays(-1)),
            "tomorrow" => Date(span, reference.AddDays(1)),
            "tonight" => new Timex(span, "TIME", TimexValue.Date(reference) + "TNI", Resolved: reference),
            _ => Date(span, reference),
        };
    }

    private static Timex? Reference(Match m, TextSpan span, string text) =>
        m.Value == "Now" && span.End < text.Length && text[span.End] == ','
            ? null // "Now, ..." opens a sentence as a discourse word, not a time
            : new(span, "DATE", m.Groups["present"].Success ? "PRESENT_REF" : m.Groups["past"].Success ? "PAST_REF" : "FUTURE_REF");

    private Timex? RelativeUnit(Match m, TextSpan span, string text)
    {
        if (anchor.Date is not { } reference || IsTitle(m.Groups["unit"], text))
        {
            return null;
        }

        if (m.Groups["theyear"].Success)
        {
            // "sales for the year ended June 30" measure a year; "the full year", "the fiscal year" name the anchor's.
            return m.Groups["ended"].Success
                ? new Timex(span, "DURATION", "P1Y")
                : new Timex(span, "DATE", (reference.Year - (m.Groups["latest"].Success ? 1 : 0)).ToString("0000", CultureInfo.InvariantCulture));
        }

        if (m.Groups["yearend"].Success)
        {
            return new Timex(span, "DATE", reference.Year.ToString("0000", CultureInfo.InvariantCulture), "END");
        }

        var step = m.Groups["dir"].Value.ToLowerInvariant() switch
        {
            "last" or "past" or "previous" => -1,
            "next" or "coming" => 1,
            "the" => TheWeekend(reference, Tense.Around(_layer, span)),
            _ => 0,
        };
        var value = m.Groups["unit"].Value.ToLowerInvariant() switch
        {
            "week" => TimexValue.Week(reference.AddDays(7 * step)),
            "weekend" => TimexValue.Week(reference.AddDays(7 * step)) + "-WE",
            "month" => TimexValue.Month(reference.AddMonths(step).Year, reference.AddMonths(step).Month),
            _ => (reference.Year + step).ToString("0000", CultureInfo.InvariantCulture),
        };
        return new Timex(span, "DATE", value);
    }

    /// <summary>
    /// Which weekend "the weekend" is, in weeks from the anchor's: the coming one when the sentence looks ahead, else
    /// the one just gone (the anchor's own when it falls on a Saturday or Sunday).
    /// </summary>
    private static int TheWeekend(DateOnly reference, Direction tense)
    {
        var weekend = IsoDay(reference) >= 6;
        return tense == Direction.Future ? (weekend ? 1 : 0) : (weekend ? 0 : -1);
    }

    private Timex? Duration(Match m, TextSpan match, string text)
    {
        // The count was read by a lookbehind: the expression starts at its first word.
        var start = new[] { m.Groups["approx"], m.Groups["past"], m.Groups["the"], m.Groups["count"] }.Where(g => g.Success).Select(g => g.Index).DefaultIfEmpty(match.Start).Min();
        var span = TextSpan.FromBounds(start, match.End);
        if (m.Groups["vague"].Success)
        {
            var vague = m.Groups["vague"].Value.ToLowerInvariant();
            return new Timex(span, "DURATION", "PX" + Designator(vague == "centuries" ? "century" : vague.TrimEnd('s')).Designator);
        }

        var unit = m.Groups["unit"].Value.ToLowerInvariant();
        unit = unit == "centuries" ? "century" : unit.TrimEnd('s');
        if (IsTitle(m.Groups["unit"], text))
        {
            return null;
        }

        var next = WordAfter(text, match.End);
        var single = m.Groups["count"].Value.Equals("a", StringComparison.OrdinalIgnoreCase) || m.Groups["count"].Value.Equals("an", StringComparison.OrdinalIgnoreCase);
        var count = Count(m.Groups["count"].Value) + (m.Groups["half"].Success || m.Groups["and"].Success ? 0.5 : 0);
        if ((!m.Groups["rel"].Success && next.Equals("old", StringComparison.OrdinalIgnoreCase))
            || (unit == "quarter" && (text[m.Groups["unit"].Index - 1] == '-' || (count <= 3 && FractionFollowers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(next))))
            || (unit == "second" && single && next.Length > 0 && !SecondFollowers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(next)))
        {
            return null; // an age ("37 years old"), an ordinal ("a second group"), a fraction ("three-quarters", "a quarter of")
        }

        if (unit == "decade")
        {
            // TimeML writes counted decades in years: "two decades" is P20Y.
            (unit, count) = ("year", count * 10);
        }

        var (designator, isTime) = Designator(unit);
        var mod = Approximation(m.Groups["approx"].Value) ?? (m.Groups["orso"].Success ? "APPROX" : null);
        var relation = m.Groups["rel"].Value.ToLowerInvariant();
        if (relation is "later")
        {
            // TimeML reads "three days later" as the duration "three days" and the signal "later": later than what
            // the text says, seldom the anchor.
            var unitEnd = m.Groups["and"].Success ? m.Groups["and"].Index + m.Groups["and"].Length : m.Groups["unit"].Index + m.Groups["unit"].Length;
            span = TextSpan.FromBounds(span.Start, unitEnd);
        }
        else if (relation is "ago" or "earlier" && !isTime)
        {
            if (count is not { } n || n != Math.Floor(n))
            {
                return new Timex(span, "DATE", "PAST_REF");
            }

            if (anchor.Date is { } reference)
            {
                if (Shifted(span, reference, -(int)n, unit) is not { } back)
                {
                    return new Timex(span, "DATE", "PAST_REF"); // before the year 1: "2100 years ago" in a 2019 story
                }

                var shifted = back with { Mod = mod };
                return unit == "year" && n == 1 ? shifted with { YearsFromPrevious = -1, IsReferencePoint = false } : shifted;
            }
        }

        // "four flights a week", "$500 million a year": a rate, which TIMEX3 writes as a set.
        var type = single && span.Start == m.Groups["count"].Index && CountedBefore(text, span.Start) ? "SET" : "DURATION";
        return new Timex(span, type, DurationValue(count, unit, designator, isTime), mod);
    }

    /// <summary>A unit word capitalised inside a sentence names a show or a work: ABC's "This Week", CBS's "60 Minutes".</summary>
    private bool IsTitle(Group unit, string text) =>
        unit.Success && char.IsUpper(text[unit.Index]) && unit.Index + 1 < text.Length && char.IsLower(text[unit.Index + 1]) && !_layer.StartsSentence(unit.Index);

    /// <summary>Words after <c>a quarter</c> that make it a fraction: "a quarter of the vote", "a quarter century".</summary>
    private static readonly HashSet<string> FractionFollowers = new(StringComparer.OrdinalIgnoreCase) { "of", "year", "century", "hour", "mile", "point", "percent" };

    /// <summary>Words after <c>a second</c> that keep it a second of time: "a second later", "a second or two".</summary>
    private static readonly HashSet<string> SecondFollowers = new(StringComparer.OrdinalIgnoreCase) { "later", "earlier", "ago", "after", "before", "or", "and", "longer", "too" };

    /// <summary>The words that make an amount before "a year": "$500 million a year", "fifty thousand CDs a year".</summary>
    private static readonly HashSet<string> AmountWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "twenty", "fifty", "hundred", "hundreds", "thousand",
        "thousands", "million", "millions", "billion", "trillion", "dozen", "dozens", "times", "twice", "once",
    };

    /// <summary>The word starting after <paramref name="position"/> past spaces, or empty at punctuation.</summary>
    private static ReadOnlySpan<char> WordAfter(string text, int position)
    {
        var start = position;
        while (start < text.Length && text[start] == ' ')
        {
            start++;
        }

        var end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return text.AsSpan(start, end - start);
    }

    /// <summary>Whether one of the two words before <paramref name="position"/> is an amount: a number, or a number word.</summary>
    private static bool CountedBefore(string text, int position)
    {
        var end = position;
        for (var words = 0; words < 2; words++)
        {
            while (end > 0 && text[end - 1] == ' ')
            {
                end--;
            }

            var start = end;
            while (start > 0 && !char.IsWhiteSpace(text[start - 1]))
            {
                start--;
            }

            var word = text.AsSpan(start, end - start);
            if (word.IsEmpty || !(char.IsLetterOrDigit(word[^1]) || word[^1] == '%'))
            {
                return false; // punctuation ends the phrase: "in 1988, a year earlier"
            }

            if (char.IsDigit(word[^1]) || word[^1] == '%' || AmountWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
            {
                return true;
            }

            end = start;
        }

        return false;
    }

    private static string? Approximation(string words) => words.ToLowerInvariant() switch
    {
        "" => null,
        "more than" or "over" or "well over" or "just over" or "at least" => "MORE_THAN",
        "less than" or "fewer than" or "under" or "up to" or "no more than" or "at most" or "just under" => "LESS_THAN",
        _ => "APPROX",
    };

    /// <summary>
    /// <c>two days ago</c>, <c>a year earlier</c>, <c>two quarters ago</c>: the date <paramref name="n"/> units from the
    /// reference, or null when it falls outside the years 1 to 9999.
    /// </summary>
    private static Timex? Shifted(TextSpan span, DateOnly reference, int n, string unit)
    {
        var (days, months) = unit switch
        {
            "day" => (n, 0L),
            "week" => (7 * n, 0L),
            "month" => (0, n),
            "quarter" => (0, 3L * n),
            "year" => (0, 12L * n),
            _ => (0, 1200L * n),
        };
        var month = (reference.Year * 12L) + reference.Month - 1 + months; // months since January of the year 0
        if (reference.DayNumber + (long)days < DateOnly.MinValue.DayNumber || month < 12 || month >= 10000 * 12L)
        {
            return null;
        }

        var date = reference.AddDays(days).AddMonths((int)months);
        var value = unit switch
        {
            "day" => TimexValue.Date(date),
            "week" => TimexValue.Week(date),
            "month" => TimexValue.Month(date.Year, date.Month),
            "quarter" => string.Create(CultureInfo.InvariantCulture, $"{date.Year:0000}-Q{(date.Month - 1) / 3 + 1}"),
            "year" => date.Year.ToString("0000", CultureInfo.InvariantCulture),
            _ => date.Year.ToString("0000", CultureInfo.InvariantCulture)[..2],
        };
        return new Timex(span, "DATE", value, Resolved: unit == "day" ? date : null);
    }

    /// <summary><c>P3Y</c>, <c>P2Y6M</c> for two and a half years, <c>PT5H30M</c>, <c>PXD</c> when the count is vague.</summary>
    private static string DurationValue(double? count, string unit, string designator, bool isTime)
    {
        var prefix = isTime ? "PT" : "P";
        if (count is not { } n)
        {
            return prefix + "X" + designator;
        }

        if (n == Math.Floor(n))
        {
            return prefix + n.ToString(CultureInfo.InvariantCulture) + designator;
        }

        var whole = (int)Math.Floor(n);
        var (smaller, factor) = unit switch
        {
            "year" => ("M", 12),
            "month" => ("D", 30),
            "week" => ("D", 7),
            "day" => ("H", 24),
            "hour" => ("M", 60),
            "minute" => ("S", 60),
            _ => (designator, 1),
        };
        var fraction = (int)Math.Round((n - whole) * factor);
        var wholePart = whole > 0 ? whole.ToString(CultureInfo.InvariantCulture) + designator : "";
        var separator = unit == "day" ? "T" : "";
        return prefix + wholePart + separator + fraction.ToString(CultureInfo.InvariantCulture) + smaller;
    }

    private static (string Designator, bool IsTime) Designator(string unit) => unit switch
    {
        "second" => ("S", true),
        "minute" => ("M", true),
        "hour" => ("H", true),
        "day" => ("D", false),
        "week" => ("W", false),
        "month" => ("M", false),
        "quarter" => ("Q", false),
        "year" => ("Y", false),
        "decade" => ("DE", false),
        _ => ("CE", false),
    };

    private Timex? TimeOfDay(Match m, TextSpan span)
    {
        int hour, minute;
        if (m.Groups["noon"].Success)
        {
            (hour, minute) = m.Groups["noon"].Value.Equals("midnight", StringComparison.OrdinalIgnoreCase) ? (0, 0) : (12, 0);
        }
        else
        {
            hour = int.Parse(m.Groups["hour"].Value, CultureInfo.InvariantCulture);
            minute = m.Groups["minute"].Success ? int.Parse(m.Groups["minute"].Value, CultureInfo.InvariantCulture) : 0;
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
        }

        var day = anchor.Date is { } reference ? TimexValue.Date(reference) : "XXXX-XX-XX";
        return new Timex(span, "TIME", string.Create(CultureInfo.InvariantCulture, $"{day}T{hour:00}:{minute:00}")) { TimeWithoutDay = true };
    }

    private Timex Holiday(Match m, TextSpan span, string text)
    {
        var name = m.Groups["holiday"].Value;
        if (m.Groups["year"].Success)
        {
            return Date(span, Holidays.On(name, int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture)));
        }

        if (anchor.Date is not { } reference)
        {
            var any = Holidays.On(name, 2001);
            return Holidays.IsFixed(name) ? new Timex(span, "DATE", string.Create(CultureInfo.InvariantCulture, $"XXXX-{any.Month:00}-{any.Day:00}")) : new Timex(span, "DATE", "XXXX-XX-XX");
        }

        var candidates = new[] { reference.Year - 1, reference.Year, reference.Year + 1 }.Select(y => Holidays.On(name, y));
        return Date(span, Nearest(candidates, reference, Tense.Around(_layer, span)));
    }

    /// <summary><c>nineteen ninety-six</c>, <c>January nineteen ninety-seven</c>, <c>the year two thousand</c>, as broadcast transcripts write years.</summary>
    private static Timex? FromSpokenYear(string text, SpokenYear m)
    {
        int year;
        if (m.Century is null)
        {
            year = 2000 + (m.Units is not null && Part(text, m.Units).TryToNumber(out var units, English) ? units : 0);
        }
        else if (Part(text, m.Rest).Replace('-', ' ').TryToNumber(out var rest, English) && rest is >= 10 and < 100)
        {
            year = (Part(text, m.Century).Equals("nineteen", StringComparison.OrdinalIgnoreCase) ? 1900 : 2000) + rest;
        }
        else
        {
            return null;
        }

        var value = year.ToString("0000", CultureInfo.InvariantCulture);
        return new Timex(m.Span, "DATE", m.Month is not null ? TimexValue.Month(year, Months.Parse(Part(text, m.Month))!.Value) : value);
    }

    private Timex? Set(Match m, TextSpan span)
    {
        if (m.Groups["adverb"].Success && InName(span))
        {
            return null; // "News Daily", "The Weekly Standard", "Monthly Review": a name, not how often
        }

        var unit = (m.Groups["unit"].Success ? m.Groups["unit"].Value : m.Groups["adverb"].Value).ToLowerInvariant();
        var value = unit switch
        {
            "day" or "daily" => "P1D",
            "week" or "weekly" => "P1W",
            "month" or "monthly" => "P1M",
            "year" or "yearly" or "annually" => "P1Y",
            "hourly" => "PT1H",
            "quarter" or "quarterly" => "P1Q",
            _ when Months.Parse(unit) is { } month && unit.Length > 3 => string.Create(CultureInfo.InvariantCulture, $"XXXX-{month:00}"),
            _ => $"XXXX-WXX-{Months.ParseWeekday(unit)}",
        };
        return new Timex(span, "SET", value);
    }

    /// <summary>
    /// Whether a capitalised word inside a sentence stands beside another capitalised word: part of a name (a
    /// programme, a paper, a review) rather than the word itself.
    /// </summary>
    private bool InName(TextSpan span)
    {
        var index = _layer.TokenAt(span.Start);
        var tokens = _layer.Tokens;
        if (index >= tokens.Count || !tokens[index].IsCapitalised)
        {
            return false;
        }

        var before = index > 0 && tokens[index - 1].IsWord && tokens[index - 1].IsCapitalised && !tokens[index].Flags.HasFlag(TokenFlags.StartsSentence);
        var after = index + 1 < tokens.Count && tokens[index + 1].IsWord && tokens[index + 1].IsCapitalised && !tokens[index + 1].Flags.HasFlag(TokenFlags.StartsSentence);
        return before || after;
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
