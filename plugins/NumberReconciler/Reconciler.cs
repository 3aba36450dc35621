using System.Globalization;
using System.Text.RegularExpressions;

namespace DocAnalysis.Plugins.Numbers;

/// <summary>
/// Groups the quantities of a document that measure the same thing (the same kind of unit and the same measure,
/// such as people killed) and reads each qualifier as an interval to tell whether the figures agree, were updated
/// or conflict.
/// </summary>
internal sealed partial class Reconciler(NumberOptions options)
{
    private static readonly HashSet<string> PeopleNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "people", "person", "persons", "individual", "soldier", "serviceman", "servicemen", "civilian", "troop", "member", "resident", "child", "children", "man", "men",
        "woman", "women", "worker", "officer", "fighter", "militant", "student", "victim", "passenger", "migrant", "refugee", "protester", "patient",
    };

    /// <summary>The groups of <paramref name="quantities"/>; a call past its timeout stops within one quantity.</summary>
    public List<QuantityGroup> Group(string text, IReadOnlyList<Quantity> quantities, Func<Quantity, string?> sourceOf, Func<Quantity, string?> timeOf, CancellationToken cancellationToken = default)
    {
        var groups = new List<QuantityGroup>();
        var keyed = quantities
            .Where(q => q.Unit is not null)
            .Select(q =>
            {
                cancellationToken.ThrowIfCancellationRequested();
                return (Quantity: q, Key: (Kind: UnitKind(q.Unit!), Measure: Measure(text, q)));
            })
            .GroupBy(x => x.Key);
        foreach (var group in keyed)
        {
            var members = group.Select(x =>
            {
                cancellationToken.ThrowIfCancellationRequested();
                return new Member(x.Quantity, sourceOf(x.Quantity), timeOf(x.Quantity), UpdateCue().IsMatch(Before(text, x.Quantity.Span.Start)));
            }).ToList();
            if (members.Count < 2 && group.Key.Measure is null)
            {
                continue; // a figure alone is a group only when it is a toll: what was counted is known
            }

            groups.Add(Judge(group.Key.Measure ?? group.Key.Kind, members));
        }

        return groups;
    }

    private QuantityGroup Judge(string measure, List<Member> members)
    {
        var intervals = members.Select(m => Interval(m.Quantity)).ToList();
        var lastUpdate = members.FindLastIndex(m => m.Updates);
        if (lastUpdate > 0)
        {
            // "The death toll then rose to ...": the earlier figures were superseded; the later ones are checked against the latest.
            var (low, high) = Intersect(intervals.Skip(lastUpdate).ToList());
            var current = low <= high ? Describe(low, high) : "figures that disagree";
            var earlier = string.Join(", then ", members.Take(lastUpdate).Select(Quote));
            var agreeing = members.Skip(lastUpdate + 1).Where(m => Overlaps(Interval(m.Quantity), (low, high))).Select(Quote).ToList();
            var tail = agreeing.Count == 0 ? "" : $"; {string.Join(" and ", agreeing)} {(agreeing.Count == 1 ? "agrees" : "agree")} with it";
            return new QuantityGroup(measure, members, low, high, "updated", $"{Capitalise(Name(measure))} rose from {earlier} to {Quote(members[lastUpdate])}, now {current}{tail}.");
        }

        var (all, allHigh) = Intersect(intervals);
        if (all <= allHigh)
        {
            var what = members.Count == 1 ? $"One figure for {Name(measure)}: {Quote(members[0])}." : $"{members.Count} figures for {Name(measure)} agree on {Describe(all, allHigh)}.";
            return new QuantityGroup(measure, members, all, allHigh, "consistent", what);
        }

        return new QuantityGroup(measure, members, all, allHigh, "conflicting", $"The figures for {Name(measure)} cannot all hold: {string.Join(" vs ", members.Select(Quote))}.");
    }

    /// <summary>How a reader names a measure: "the death toll", "the number injured", or the counted unit.</summary>
    private static string Name(string measure) => measure switch
    {
        "killed" => "the death toll",
        "injured" => "the number injured",
        _ => measure,
    };

    private static bool Overlaps((double Low, double High) a, (double Low, double High) b) => Math.Max(a.Low, b.Low) <= Math.Min(a.High, b.High);

    /// <summary>The values a qualified figure allows: <c>over 100</c> is (100, ∞), <c>about 135</c> is 135 ± tolerance.</summary>
    private (double Low, double High) Interval(Quantity q)
    {
        var step = Math.Max(1, q.Low * 1e-9);
        return q.Qualifier switch
        {
            "more-than" => (q.High + step, double.PositiveInfinity),
            "at-least" => (q.Low, double.PositiveInfinity),
            "less-than" => (double.NegativeInfinity, q.Low - step),
            "at-most" => (double.NegativeInfinity, q.High),
            "approximate" => (q.Low * (1 - options.ApproximateTolerance), q.High * (1 + options.ApproximateTolerance)),
            _ => (q.Low, q.High),
        };
    }

    private static (double Low, double High) Intersect(IReadOnlyList<(double Low, double High)> intervals) =>
        (intervals.Max(i => i.Low), intervals.Min(i => i.High));

    private static string UnitKind(string unit) => PeopleNouns.Contains(unit) ? "people" : unit;

    /// <summary>
    /// What is being counted, from the words around the figure: after it first, to the end of its sentence
    /// ("over 50 individuals, including soldiers and civilians, were killed"), then before it in its clause.
    /// </summary>
    private static string? Measure(string text, Quantity q)
    {
        foreach (var window in new[] { After(text, q.Span.End), BeforeInClause(text, q.Span.Start) })
        {
            var killed = Killed().Match(window);
            var injured = Injured().Match(window);
            if (killed.Success || injured.Success)
            {
                return killed.Success && (!injured.Success || killed.Index < injured.Index) ? "killed" : "injured";
            }
        }

        return null;
    }

    /// <summary>The rest of the sentence after a figure, up to the next figure: the verb that says what was counted may follow a parenthesis.</summary>
    private static string After(string text, int position)
    {
        var end = position;
        while (end < text.Length && end - position < 160 && text[end] is not ('.' or '\n' or ';') && !(char.IsDigit(text[end]) && end > position + 1))
        {
            end++;
        }

        return text[position..end];
    }

    /// <summary>The clause before a figure, back to a comma, semicolon or sentence start.</summary>
    private static string BeforeInClause(string text, int position)
    {
        var start = position;
        while (start > 0 && position - start < 120 && text[start - 1] is not ('.' or '\n' or ';' or ','))
        {
            start--;
        }

        return text[start..position];
    }

    private static string Before(string text, int position) => text[Math.Max(0, position - 40)..position];

    private static string Describe(double low, double high) =>
        low == high ? Format(low)
        : double.IsPositiveInfinity(high) ? $"more than {Format(low)}"
        : double.IsNegativeInfinity(low) ? $"at most {Format(high)}"
        : $"{Format(low)}–{Format(high)}";

    private static string Format(double value) => Math.Round(value, 1).ToString("#,0.#", CultureInfo.InvariantCulture);

    private static string Quote(Member m) => $"{m.Quantity.Qualifier switch
    {
        "more-than" => "over ",
        "at-least" => "at least ",
        "approximate" => "about ",
        "less-than" => "under ",
        "at-most" => "at most ",
        _ => "",
    }}{Format(m.Quantity.Low)}{(m.Source is null ? "" : $" ({m.Source})")}";

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    [GeneratedRegex(@"\b(?:killed|dead|deaths?|died|death toll|toll|fatalities|lives|slain|perished)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Killed();

    [GeneratedRegex(@"\b(?:injured|wounded|hurt|injuries|casualties)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Injured();

    [GeneratedRegex(@"\b(?:rose|risen|rising|climbed|increased|jumped|grew|now|updated|revised)\b(?:\s\w+){0,3}\s?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex UpdateCue();
}
