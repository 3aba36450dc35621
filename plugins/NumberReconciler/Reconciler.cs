using System.Globalization;

namespace DocAnalysis.Plugins.Numbers;

/// <summary>
/// Groups the quantities of a document that state the same fact (<see cref="Links"/>: a conversion, a revision, tolls of
/// one event, a restatement) and reads each qualifier as an interval to tell whether the figures agree, were updated
/// or conflict. A figure alone forms no group. An amount (money, a percentage, a measure: what a period has) belongs
/// to the year its sentence names, and one group holds one year: <c>$1.9 billion for the stake</c> this month is not
/// 1990's <c>$1.9 billion</c> of earnings; a count of things (<c>the three countries</c>) keeps its value whatever year
/// its sentence names.
/// </summary>
internal sealed class Reconciler(NumberOptions options)
{
    /// <summary>The groups of <paramref name="quantities"/>; a call past its timeout stops within one quantity.</summary>
    public List<QuantityGroup> Group(TextLayer layer, IReadOnlyList<Quantity> quantities, Func<Quantity, string?> sourceOf, Func<Quantity, string?> timeOf, CancellationToken cancellationToken = default)
    {
        var mentions = MentionReader.Read(layer, quantities, sourceOf, timeOf, cancellationToken);
        var parent = Enumerable.Range(0, mentions.Count).ToArray();
        var kinds = new Dictionary<int, HashSet<LinkKind>>();
        var years = mentions.Select(m => m.Counted is null ? Links.Year(m.Time) : null).ToArray(); // per group root
        var bounds = mentions.Select(m => m.Interval(options.ApproximateTolerance)).ToArray(); // per group root: what all its restated figures allow
        foreach (var link in FindLinks(layer, mentions, options.ApproximateTolerance, cancellationToken))
        {
            var (root, other) = (Root(parent, link.First), Root(parent, link.Second));
            if (root == other || (years[root] is { } year && years[other] is { } otherYear && year != otherYear))
            {
                continue; // one fact has one year: a link never joins amounts of two different years
            }

            var restated = link.Kind == LinkKind.Restatement && mentions[root].Quantity.Unit == mentions[other].Quantity.Unit;
            var common = (Math.Max(bounds[root].Low, bounds[other].Low), Math.Min(bounds[root].High, bounds[other].High));
            if (restated && common.Item1 > common.Item2)
            {
                continue; // "$42 billion", "about $42 billion", "more than $42 billion": a figure said again allows what the others allow
            }

            var (kept, joined) = (Math.Min(root, other), Math.Max(root, other));
            parent[joined] = kept;
            years[kept] ??= years[joined];
            bounds[kept] = restated ? common : bounds[kept];
            var merged = kinds.GetValueOrDefault(kept) ?? (kinds[kept] = []);
            merged.Add(link.Kind);
            if (kinds.Remove(joined, out var more))
            {
                merged.UnionWith(more);
            }
        }

        return
        [
            .. mentions
                .GroupBy(m => Root(parent, m.Index))
                .Where(g => g.Count() > 1)
                .Select(g => Judge(layer.Text, [.. g], kinds[g.Key])),
        ];
    }

    /// <summary>
    /// Every pair the families link. A mention is compared with the 64 before it: a fact said again further on than
    /// that is not grouped, and the work stays linear in the document's length.
    /// </summary>
    private static IEnumerable<Link> FindLinks(TextLayer layer, List<Mention> mentions, double tolerance, CancellationToken cancellationToken)
    {
        for (var j = 1; j < mentions.Count; j++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (var i = Math.Max(0, j - 64); i < j; i++)
            {
                foreach (var (_, kind, holds) in Links.Families)
                {
                    if (holds(layer, mentions[i], mentions[j], tolerance))
                    {
                        yield return new Link(i, j, kind);
                        break;
                    }
                }
            }
        }
    }

    private static int Root(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            i = parent[i] = parent[parent[i]];
        }

        return i;
    }

    private QuantityGroup Judge(string text, List<Mention> members, HashSet<LinkKind> kinds)
    {
        var measure = members.Select(m => m.Measure).FirstOrDefault(m => m is not null) ?? members[0].Quantity.Unit ?? "figure";
        var what = Name(measure);
        var memberList = members.Select(m => new Member(m.Quantity, m.Source, m.Time, m.Updates)).ToList();
        // With a conversion among the links, the figures in the first figure's unit (by its counted noun: "French francs", "francs").
        var scaled = members.Where(m => !kinds.Contains(LinkKind.Conversion) || m.Head == members[0].Head).ToList();
        if (kinds.SetEquals([LinkKind.Conversion]) || (kinds.Contains(LinkKind.Conversion) && scaled.Count == 1))
        {
            return new QuantityGroup(measure, memberList, members[0].Quantity.Low, members[0].Quantity.High, "consistent",
                $"{Written(text, members[0])} is restated as {string.Join(" and ", members.Skip(1).Select(m => Written(text, m)))}{(members[0].Source is { } source ? $" ({source})" : "")}.");
        }

        var intervals = scaled.Select(m => m.Interval(options.ApproximateTolerance)).ToList();
        if (kinds.Contains(LinkKind.Revision))
        {
            // "$42 a share, up from the earlier $20": the first figure replaced the one after it.
            var current = scaled[0];
            return new QuantityGroup(measure, memberList, current.Quantity.Low, current.Quantity.High, "updated",
                $"Revised from {string.Join(", then ", scaled.Skip(1).Select(m => Written(text, m)))} to {Written(text, current)}.");
        }

        var lastUpdate = kinds.Contains(LinkKind.Toll) || kinds.Contains(LinkKind.Update) ? scaled.FindLastIndex(m => m.Updates) : -1;
        if (lastUpdate > 0)
        {
            // "The death toll then rose to ...": the earlier figures were superseded; the later ones are checked against the latest.
            var (low, high) = Intersect(intervals.Skip(lastUpdate).ToList());
            var now = low <= high ? Describe(low, high) : "figures that disagree";
            var earlier = string.Join(", then ", scaled.Take(lastUpdate).Select(Quote));
            var agreeing = scaled.Skip(lastUpdate + 1).Where(m => Overlaps(m.Interval(options.ApproximateTolerance), (low, high))).Select(Quote).ToList();
            var tail = agreeing.Count == 0 ? "" : $"; {string.Join(" and ", agreeing)} {(agreeing.Count == 1 ? "agrees" : "agree")} with it";
            return new QuantityGroup(measure, memberList, low, high, "updated", $"{Capitalise(what)} rose from {earlier} to {Quote(scaled[lastUpdate])}, now {now}{tail}.");
        }

        var (all, allHigh) = Intersect(intervals);
        if (all <= allHigh && !kinds.Contains(LinkKind.Toll))
        {
            // The same figure said again: what was compared is the figure itself.
            var restated = kinds.Contains(LinkKind.Conversion) ? $", restated as {string.Join(" and ", members.Except(scaled).Select(m => Written(text, m)))}" : "";
            return new QuantityGroup(measure, memberList, all, allHigh, "consistent", $"{scaled.Count} mentions of {Written(text, scaled[0])} agree{restated}.");
        }

        if (all <= allHigh)
        {
            return new QuantityGroup(measure, memberList, all, allHigh, "consistent", $"{scaled.Count} figures for {what} agree on {Describe(all, allHigh)}.");
        }

        return new QuantityGroup(measure, memberList, all, allHigh, "conflicting", $"The figures for {what} cannot all hold: {string.Join(" vs ", scaled.Select(Quote))}.");
    }

    /// <summary>How a reader names a measure: "the death toll", "the number injured", or the counted unit.</summary>
    private static string Name(string measure) => measure switch
    {
        "killed" => "the death toll",
        "injured" => "the number injured",
        _ => measure,
    };

    private static bool Overlaps((double Low, double High) a, (double Low, double High) b) => Math.Max(a.Low, b.Low) <= Math.Min(a.High, b.High);

    private static (double Low, double High) Intersect(IReadOnlyList<(double Low, double High)> intervals) =>
        (intervals.Max(i => i.Low), intervals.Min(i => i.High));

    private static string Describe(double low, double high) =>
        low == high ? Format(low)
        : double.IsPositiveInfinity(high) ? $"more than {Format(low)}"
        : double.IsNegativeInfinity(low) ? $"at most {Format(high)}"
        : $"{Format(low)}–{Format(high)}";

    private static string Format(double value) => Math.Round(value, 2).ToString("#,0.##", CultureInfo.InvariantCulture);

    private static string Qualifier(Mention m) => m.Quantity.Qualifier switch
    {
        "more-than" => "over ",
        "at-least" => "at least ",
        "approximate" => "about ",
        "less-than" => "under ",
        "at-most" => "at most ",
        _ => "",
    };

    private static string Quote(Mention m) => $"{Qualifier(m)}{Format(m.Quantity.Low)}{(m.Quantity.IsRange ? "–" + Format(m.Quantity.High) : "")}{(m.Source is null ? "" : $" ({m.Source})")}";

    /// <summary>A figure as the text writes it, with its unit when the unit stands outside the figure: <c>#300 million</c>, <c>17 kilometers</c>, <c>$473 million</c>.</summary>
    private static string Written(string text, Mention m)
    {
        var figure = text[m.Quantity.Span.Start..m.Quantity.Span.End];
        var written = m.Quantity.UnitText switch
        {
            { } unit when unit.Contains(figure, StringComparison.Ordinal) => unit, // "$1.65 a share"
            { } unit when !figure.Contains(unit, StringComparison.Ordinal) => $"{figure} {unit}",
            _ => figure,
        };
        return Qualifier(m) + written;
    }

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
