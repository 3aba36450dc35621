using System.Globalization;
using System.Text.Json;
using DocAnalysis;
using DocAnalysis.Plugins.Dates;
using DocAnalysis.Testing;

// The date normaliser's spans on TBAQ, by rule family: for every gold TIMEX3 the expression found over it, and when
// the two differ, how (the determiner, a modifier before, words after, or otherwise); what was found over no gold
// and what no family found. The family of an expression is the first of DateResolver.Rooms that collects its span.
//   spans TBAQ [--examples N]     TBAQ is ../shared/data/dates/tbaq (corpus/, gold.jsonl); N examples per kind (default 0)
if (args.FirstOrDefault() != "spans" || args.Length < 2)
{
    Console.Error.WriteLine("usage: DateEval spans TBAQ [--examples N]");
    return 2;
}

if (ToolRun.DataFolder(args) is not { } data)
{
    return 2;
}

var examples = ToolRun.Option(args, "--examples", 0);
var gold = File.ReadLines(Path.Combine(data, "gold.jsonl")).Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement)
    .GroupBy(e => e.GetProperty("doc").GetString()!).ToDictionary(g => g.Key, g => g.Select(e => TextSpan.FromBounds(e.GetProperty("start").GetInt32(), e.GetProperty("end").GetInt32())).ToList());
var tester = AnalyserTester.Create(DateNormaliser.Id, [new DocAnalysis.Plugins.CreditLines.Startup(), new DocAnalysis.Plugins.Dates.Startup()]); // as a run: on the clean view
var counts = new SortedDictionary<(string Family, string Kind), int>();
var shown = new Dictionary<(string, string), List<string>>();
foreach (var file in Directory.GetFiles(Path.Combine(data, "corpus"), "*.txt").Order(StringComparer.Ordinal))
{
    var name = Path.GetFileNameWithoutExtension(file);
    var text = File.ReadAllText(file);
    var metadata = Metadata(Path.ChangeExtension(file, ".meta.json"));
    var found = tester.Analyse(text, metadata).Annotations.Where(a => a.Kind == "date").Select(a => a.Span).ToList();
    var families = Families(text, metadata);
    var golds = gold.GetValueOrDefault(name) ?? [];
    foreach (var g in golds)
    {
        var over = found.Where(f => f.OverlapsWith(g)).ToList();
        var kind = over.Count == 0 ? "missed" : over.Any(f => f == g) ? "exact" : Difference(text, over[0], g);
        var family = over.Count == 0 ? "(none)" : families.GetValueOrDefault(over[0], "(joined or anchored)");
        Count(family, kind, $"gold '{text[g.Start..g.End]}', found '{(over.Count == 0 ? "" : text[over[0].Start..over[0].End])}'");
    }

    foreach (var f in found.Where(f => !golds.Any(g => g.OverlapsWith(f))))
    {
        Count(families.GetValueOrDefault(f, "(joined or anchored)"), "spurious", $"'{text[f.Start..f.End]}'");
    }
}

var kinds = new[] { "exact", "the", "modifier", "after", "other", "missed", "spurious" };
Console.WriteLine($"| family | {string.Join(" | ", kinds)} |");
Console.WriteLine($"|---|{string.Concat(kinds.Select(_ => "---|"))}");
foreach (var family in counts.Keys.Select(k => k.Family).Distinct())
{
    Console.WriteLine($"| {family} | {string.Join(" | ", kinds.Select(k => counts.GetValueOrDefault((family, k))))} |");
}

Console.WriteLine($"| all | {string.Join(" | ", kinds.Select(k => counts.Where(c => c.Key.Kind == k).Sum(c => c.Value)))} |");
foreach (var ((family, kind), lines) in shown.OrderBy(s => s.Key))
{
    Console.WriteLine($"\n{family}, {kind}:");
    lines.ForEach(l => Console.WriteLine("  " + l));
}

return 0;

void Count(string family, string kind, string example)
{
    counts[(family, kind)] = counts.GetValueOrDefault((family, kind)) + 1;
    if (kind != "exact" && (shown.TryGetValue((family, kind), out var list) ? list : shown[(family, kind)] = []) is { } lines && lines.Count < examples)
    {
        lines.Add(example);
    }
}

// How a found span differs from the gold one over it: by a determiner, by a modifier before, by words after, or otherwise.
static string Difference(string text, TextSpan found, TextSpan gold)
{
    if (found.End == gold.End)
    {
        var extra = text[Math.Min(found.Start, gold.Start)..Math.Max(found.Start, gold.Start)].Trim().ToLowerInvariant();
        return extra is "the" or "a" or "an" ? "the" : extra.Split(' ').Length <= 3 ? "modifier" : "other";
    }

    return found.Start == gold.Start ? "after" : "other";
}

static DocumentMetadata Metadata(string path)
{
    if (!File.Exists(path))
    {
        return new DocumentMetadata();
    }

    using var json = JsonDocument.Parse(File.ReadAllBytes(path));
    return new DocumentMetadata { Published = json.RootElement.TryGetProperty("published", out var p) && PublicationDate.TryParse(p.GetString(), out var published) ? published : null };
}

// The family each span a room collects comes from: the first room, in table order, that collects it.
static Dictionary<TextSpan, string> Families(string text, DocumentMetadata metadata)
{
    var date = metadata.Published is { } p ? p.Date : (DateOnly?)null;
    var resolver = new DateResolver(new Anchor(date, date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", "published"));
    var layer = TextLayer.Create(text);
    var families = new Dictionary<TextSpan, string>();
    foreach (var room in DateResolver.Rooms)
    {
        foreach (var timex in resolver.Collect(room, layer))
        {
            families.TryAdd(timex.Span, room.Name);
        }
    }

    return families;
}
