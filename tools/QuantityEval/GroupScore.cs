using System.Globalization;
using System.Text.Json;

/// <summary>
/// Scores the number reconciler's groups against hand labels (<c>Groups/labels.tsv</c>: an article of
/// ../shared/data, a verdict, and the offsets of the mentions that state one fact; <c>- -</c> for an article labelled
/// with no group). A mention is matched to a labelled one by overlapping offsets. Pair precision: of the pairs of
/// mentions a group puts together, how many state the same labelled fact; recall: of the labelled pairs, how many
/// one group holds. A group is pure when all its mentions lie in one labelled fact; its verdict is right when it is
/// that fact's. Reads a <c>docanalysis run --format jsonl</c> output over the labelled articles.
/// </summary>
internal static class GroupScore
{
    public static int Report(string labels, string run, bool show)
    {
        var facts = new Dictionary<string, List<Fact>>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(labels).Where(l => l.Length > 0 && l[0] != '#'))
        {
            var fields = line.Split('\t');
            var list = facts.TryGetValue(fields[0], out var known) ? known : facts[fields[0]] = [];
            if (fields[1] != "-")
            {
                list.Add(new Fact(fields[1], [.. fields[2].Split(' ').Select(Span)]));
            }
        }

        int systemPairs = 0, rightPairs = 0, goldPairs = 0, foundPairs = 0, groups = 0, pure = 0, verdictRight = 0, conflicts = 0, conflictsRight = 0, seen = 0;
        var verdicts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(run).Where(l => l.Length > 0))
        {
            var document = JsonDocument.Parse(line).RootElement;
            var source = document.GetProperty("source").GetString()!.Replace('\\', '/');
            var article = facts.Keys.FirstOrDefault(k => source.EndsWith("/" + k, StringComparison.Ordinal));
            if (article is null)
            {
                continue;
            }

            seen++;
            var gold = facts[article];
            var found = document.GetProperty("annotations").EnumerateArray()
                .Where(a => a.GetProperty("kind").GetString() == "quantity-group")
                .Select(a => (
                    Status: a.GetProperty("status").GetString()!,
                    Members: a.GetProperty("members").EnumerateArray().Select(m => (m.GetProperty("span").GetProperty("start").GetInt32(), m.GetProperty("span").GetProperty("end").GetInt32())).ToList()))
                .ToList();
            foreach (var (status, members) in found)
            {
                groups++;
                var factOf = members.Select(m => gold.FindIndex(f => f.Mentions.Any(g => Overlaps(g, m)))).ToList();
                for (var i = 0; i < members.Count; i++)
                {
                    for (var j = i + 1; j < members.Count; j++)
                    {
                        systemPairs++;
                        rightPairs += factOf[i] >= 0 && factOf[i] == factOf[j] ? 1 : 0;
                    }
                }

                var isPure = members.Count > 1 && factOf[0] >= 0 && factOf.All(f => f == factOf[0]);
                pure += isPure ? 1 : 0;
                verdictRight += isPure && gold[factOf[0]].Verdict == status ? 1 : 0;
                conflicts += status == "conflicting" ? 1 : 0;
                conflictsRight += status == "conflicting" && isPure && gold[factOf[0]].Verdict == "conflicting" ? 1 : 0;
                verdicts[status] = verdicts.GetValueOrDefault(status) + 1;
                if (show && !isPure)
                {
                    Console.WriteLine($"wrong group  {article}  {status}  {string.Join(" ", members.Select(m => $"{m.Item1}-{m.Item2}"))}");
                }
            }

            foreach (var fact in gold)
            {
                for (var i = 0; i < fact.Mentions.Count; i++)
                {
                    for (var j = i + 1; j < fact.Mentions.Count; j++)
                    {
                        goldPairs++;
                        var (a, b) = (fact.Mentions[i], fact.Mentions[j]);
                        var held = found.Any(g => g.Members.Any(m => Overlaps(a, m)) && g.Members.Any(m => Overlaps(b, m)));
                        foundPairs += held ? 1 : 0;
                        if (show && !held)
                        {
                            Console.WriteLine($"missed pair  {article}  {fact.Verdict}  {a.Start}-{a.End} {b.Start}-{b.End}");
                        }
                    }
                }
            }
        }

        if (seen < facts.Count)
        {
            Console.Error.WriteLine($"error: the run holds {seen} of the {facts.Count} labelled articles: run docanalysis over every article {labels} names");
            return 1;
        }

        Console.WriteLine($"{facts.Count} articles, {facts.Values.Sum(f => f.Count)} labelled facts ({string.Join(", ", facts.Values.SelectMany(f => f).GroupBy(f => f.Verdict).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} {g.Key}"))}), {goldPairs} labelled pairs");
        Console.WriteLine($"groups: {groups} ({string.Join(", ", verdicts.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => $"{v.Value} {v.Key}"))}), {pure} pure, {systemPairs} pairs");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"pair precision {Ratio(rightPairs, systemPairs)} ({rightPairs}/{systemPairs})  pair recall {Ratio(foundPairs, goldPairs)} ({foundPairs}/{goldPairs})  verdict right in pure groups {Ratio(verdictRight, pure)} ({verdictRight}/{pure})  conflicting precision {Ratio(conflictsRight, conflicts)} ({conflictsRight}/{conflicts})"));
        return 0;
    }

    private static string Ratio(int part, int whole) => whole == 0 ? "n/a" : (part / (double)whole).ToString("0.000", CultureInfo.InvariantCulture);

    private static bool Overlaps((int Start, int End) a, (int Start, int End) b) => a.Start < b.End && b.Start < a.End;

    private static (int Start, int End) Span(string offsets)
    {
        var dash = offsets.IndexOf('-', StringComparison.Ordinal);
        return (int.Parse(offsets[..dash], CultureInfo.InvariantCulture), int.Parse(offsets[(dash + 1)..], CultureInfo.InvariantCulture));
    }

    private sealed record Fact(string Verdict, List<(int Start, int End)> Mentions);
}
