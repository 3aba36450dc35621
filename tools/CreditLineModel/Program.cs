using System.Text;
using System.Text.Json;
using DocAnalysis.Plugins.CreditLines;

// The credit-line stripper's line model: trained on the development pages, measured on sites it has not seen.
//   train DATA... [--epochs N]               trains on every page; writes plugins/CreditLineStripper/Model/line_model.tsv
//   cv DATA... [--folds K] [--strip M] [--keep M] [--sweep]
//                                            K folds (default 10) grouped by site: each fold's pages are stripped by the
//                                            rules and a model trained on the other folds' sites, then scored with
//                                            ../shared/eval/score_credits.py per fold and pooled; beside it the rules
//                                            alone and the fitted model. --sweep scores a grid of margins instead.
// DATA is a folder of ../shared/data/credits (corpus/ and gold.jsonl): dev, train, or both (their pages pooled).
var command = args.FirstOrDefault();
var folders = args.Skip(1).TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
if (command is not ("train" or "cv") || folders.Count == 0)
{
    Console.Error.WriteLine("usage: CreditLineModel train DATA... [--epochs N] | cv DATA... [--folds K] [--strip M] [--keep M] [--sweep]");
    return 2;
}

var datas = new List<string>();
foreach (var folder in folders)
{
    if (ToolRun.DataFolder(["", folder]) is not { } found)
    {
        return 2;
    }

    datas.Add(found);
}

var epochs = ToolRun.Option(args, "--epochs", 10);
var pages = datas.SelectMany(Pages.Load).ToList();
var data = Pooled(datas, Directory.CreateTempSubdirectory("credit-line-data-").FullName);
var examples = pages.ToDictionary(p => p.Name, Pages.Examples);
Console.Error.WriteLine($"{pages.Count} pages of {pages.Select(p => p.Site).Distinct().Count()} sites, {examples.Values.Sum(e => e.Count)} lines");

if (command == "train")
{
    var model = LineModel.Train([.. pages.SelectMany(p => examples[p.Name])], epochs);
    var repo = ToolRun.Repository(AppContext.BaseDirectory) ?? throw new InvalidOperationException("not inside the repository");

    var path = Path.Combine(repo, "plugins", "CreditLineStripper", "Model", "line_model.tsv");
    using (var writer = new StreamWriter(path, false, new UTF8Encoding(false)) { NewLine = "\n" })
    {
        model.Save(writer, $"averaged perceptron, {epochs} epochs, {pages.Count} pages of {string.Join(" and ", datas.Select(Path.GetFileName))} (tools/CreditLineModel train); do not edit");
    }

    Console.WriteLine($"wrote {path}");
    return 0;
}

var folds = ToolRun.Option(args, "--folds", 10);
var sites = pages.Select(p => p.Site).Distinct().Order(StringComparer.Ordinal).ToList();
int FoldOf(Page page) => sites.IndexOf(page.Site) % folds;
var scorer = Path.GetFullPath(Path.Combine(datas[0], "..", "..", "..", "eval", "score_credits.py"));
var work = Directory.CreateTempSubdirectory("credit-line-model-").FullName;

if (args.Contains("--sweep"))
{
    foreach (var strip in new[] { 2.0, 8, 20, 50, double.PositiveInfinity })
    {
        foreach (var keep in new[] { 8.0, double.PositiveInfinity })
        {
            var output = CrossValidate(strip, keep);
            Console.WriteLine($"strip {strip,4} keep {keep,4}: {Score(Path.Combine(data, "gold.jsonl"), output).Last}");
        }
    }

    return 0;
}

var stripMargin = ToolRun.Option(args, "--strip", LineDecision.DefaultStripMargin);
var keepMargin = ToolRun.Option(args, "--keep", LineDecision.DefaultKeepMargin);
Console.WriteLine($"Grouped {folds}-fold cross-validation by site, margins strip {stripMargin} keep {keepMargin}, {epochs} epochs");
var cv = CrossValidate(stripMargin, keepMargin);
for (var k = 0; k < folds; k++)
{
    var gold = Path.Combine(work, $"gold-{k}.jsonl");
    var names = pages.Where(p => FoldOf(p) == k).Select(p => p.Name).ToHashSet();
    File.WriteAllLines(gold, File.ReadLines(Path.Combine(data, "gold.jsonl")).Where(l => l.Length > 0 && names.Contains(JsonDocument.Parse(l).RootElement.GetProperty("doc").GetString()!)));
    Console.WriteLine($"fold {k} ({names.Count} pages): {Score(gold, cv).Last}");
}

Console.WriteLine("\npooled over folds (held-out sites):");
Console.WriteLine(Score(Path.Combine(data, "gold.jsonl"), cv).Report);
Console.WriteLine("rules alone:              " + Score(Path.Combine(data, "gold.jsonl"), Strip(pages, new CreditLineStripper(new CreditLineOptions(), null), "rules")).Last);
var fitted = new LineDecision(LineModel.Train([.. pages.SelectMany(p => examples[p.Name])], epochs), stripMargin, keepMargin);
Console.WriteLine("fitted (trained on all):  " + Score(Path.Combine(data, "gold.jsonl"), Strip(pages, new CreditLineStripper(new CreditLineOptions(), fitted), "fitted")).Last);
return 0;

// One data folder of the pages of every DATA (links to their texts, their gold lines in one file), for the scorer.
static string Pooled(List<string> datas, string into)
{
    if (datas.Count == 1)
    {
        return datas[0];
    }

    Directory.CreateDirectory(Path.Combine(into, "corpus"));
    foreach (var text in datas.SelectMany(d => Directory.GetFiles(Path.Combine(d, "corpus"), "*.txt")))
    {
        File.CreateSymbolicLink(Path.Combine(into, "corpus", Path.GetFileName(text)), text);
    }

    File.WriteAllLines(Path.Combine(into, "gold.jsonl"), datas.SelectMany(d => File.ReadLines(Path.Combine(d, "gold.jsonl"))).Where(l => l.Length > 0));
    return into;
}

string CrossValidate(double strip, double keep)
{
    var output = Path.Combine(work, "cv");
    for (var k = 0; k < folds; k++)
    {
        var model = LineModel.Train([.. pages.Where(p => FoldOf(p) != k).SelectMany(p => examples[p.Name])], epochs);
        Strip([.. pages.Where(p => FoldOf(p) == k)], new CreditLineStripper(new CreditLineOptions(), new LineDecision(model, strip, keep)), "cv", clear: k == 0);
    }

    return output;
}

string Strip(IReadOnlyList<Page> some, CreditLineStripper stripper, string name, bool clear = true)
{
    var output = Path.Combine(work, name);
    if (clear && Directory.Exists(output))
    {
        Directory.Delete(output, recursive: true);
    }

    Directory.CreateDirectory(output);
    foreach (var page in some)
    {
        File.WriteAllText(Path.Combine(output, page.Name + ".txt"), stripper.Clean(page.Text), new UTF8Encoding(false));
    }

    return output;
}

(string Report, string Last) Score(string gold, string clean)
{
    var report = ToolRun.Score(scorer, Path.Combine(data, "corpus"), gold, clean, "--show", "10");
    var lines = report.Split('\n');
    var boilerplate = lines.First(l => l.StartsWith("boilerplate ", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[3];
    return (report, lines[^1] + " boilerplate_recall=" + boilerplate);
}

/// <summary>A development page: its text, its site, and its gold spans in UTF-16 offsets.</summary>
internal sealed record Page(string Name, string Site, string Text, List<(string Label, int Start, int End)> Gold);

internal static class Pages
{
    public static List<Page> Load(string data)
    {
        var gold = new Dictionary<string, List<(string, int, int)>>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(data, "gold.jsonl")).Where(l => l.Length > 0))
        {
            var record = JsonDocument.Parse(line).RootElement;
            var doc = record.GetProperty("doc").GetString()!;
            if (!gold.TryGetValue(doc, out var spans))
            {
                gold[doc] = spans = [];
            }

            spans.Add((record.GetProperty("label").GetString()!, record.GetProperty("start").GetInt32(), record.GetProperty("end").GetInt32()));
        }

        var pages = new List<Page>();
        foreach (var path in Directory.GetFiles(Path.Combine(data, "corpus"), "*.txt").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(path);
            var text = File.ReadAllText(path);
            var site = JsonDocument.Parse(File.ReadAllText(Path.ChangeExtension(path, ".meta.json"))).RootElement.GetProperty("source").GetString()!;
            var utf16 = CodePointOffsets(text);
            pages.Add(new Page(name, site, text, [.. gold.GetValueOrDefault(name, []).Select(g => (g.Item1, utf16[g.Item2], utf16[g.Item3]))]));
        }

        return pages;
    }

    /// <summary>The line model's examples of a page: each line the rules do not cut, its features and its gold label (the label of most of its characters).</summary>
    public static List<(List<string> Features, string Label)> Examples(Page page)
    {
        var lines = TextLine.Split(page.Text);
        var rules = new LineClassifier([]).RuleLabels(page.Text, lines);
        var examples = new List<(List<string>, string)>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (!LineDecision.Reads(line, rules[i]))
            {
                continue;
            }

            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (label, start, end) in page.Gold)
            {
                var overlap = Math.Min(end, line.ContentEnd) - Math.Max(start, line.ContentStart);
                if (overlap > 0)
                {
                    counts[label] = counts.GetValueOrDefault(label) + overlap;
                }
            }

            if (counts.Count > 0)
            {
                examples.Add((LineFeatures.Of(page.Text, lines, rules, i), counts.MaxBy(c => (c.Value, c.Key)).Key));
            }
        }

        return examples;
    }

    /// <summary>Code point index → UTF-16 index (the gold counts code points, as Python does).</summary>
    private static int[] CodePointOffsets(string text)
    {
        var offsets = new List<int>(text.Length + 1);
        for (var i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
        {
            offsets.Add(i);
        }

        offsets.Add(text.Length);
        return [.. offsets];
    }
}
