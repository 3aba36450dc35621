using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using DocAnalysis;
using DocAnalysis.Plugins.Attributions;

// The attribution finder's source, acceptance and content-end models (plugins/AttributionFinder/SourceChoices.cs,
// Acceptance.cs, ContentEnds.cs), learned from PolNeAR's training split only (the dev split is never read):
//   train TRAIN [--folds K]   the finder's candidates on every training article, with the rules' sources (Run.cs),
//                             once; from them first the source model (SourceTraining.cs, Lexicon/source_model.tsv);
//                             then the acceptance model: each candidate labelled right or wrong as
//                             ../shared/eval/score_attribution.py would judge it (cue overlapping a gold cue, matched
//                             greedily by overlap; source sharing a word; content and gold content covering half of
//                             each other); K-fold cross-validation by article (default 5) chooses the threshold whose
//                             neighbourhood (it and the grid points either side) has the best mean full F1; the model
//                             trained on every article with it is written to
//                             plugins/AttributionFinder/Lexicon/acceptance_model.tsv. Then the content-end model: the
//                             same candidates' contents after a matched cue, cross-validated the same way (full F1 of
//                             held-out articles with the rules' ends and with the model's), trained on every article and
//                             written to Lexicon/content_end_model.tsv. Deterministic: articles in name order,
//                             candidates in text order, fixed epochs and rate, no shuffling.
//   dotnet run -c Release --project tools/AttributionAcceptance -- train ../shared/data/attribution/train
if (args.Length < 2 || args[0] != "train")
{
    Console.Error.WriteLine("usage: AttributionAcceptance train TRAIN [--folds K]   (TRAIN is ../shared/data/attribution/train)");
    return 2;
}

if (ToolRun.DataFolder(args) is not { } data)
{
    return 2;
}

var folds = ToolRun.Option(args, "--folds", 5);
var lexicon = CueLexicon.LoadEmbedded();
var gold = Gold.Load(Path.Combine(data, "gold.jsonl"));
var repo = ToolRun.Repository(AppContext.BaseDirectory) ?? throw new InvalidOperationException("not inside the repository");
var texts = Directory.EnumerateFiles(Path.Combine(data, "corpus"), "*.txt").Order(StringComparer.Ordinal)
    .Select(file => (Name: Path.GetFileNameWithoutExtension(file), Text: Encoding.UTF8.GetString(File.ReadAllBytes(file)))).ToList();

// The candidates as the rules complete them, once: an untrained source model keeps the rules' source, which is what the
// acceptance model reads and what the source model learns to revise; cues and contents do not depend on the source.
var finder = new AttributionFinder(lexicon, CueModel.LoadEmbedded(lexicon), new Acceptance([], 0), new ContentEnds([]), new SourceChoices([]));
List<Run> runs = [.. texts.Select(t => Complete(TextLayer.Create(t.Text), gold.GetValueOrDefault(t.Name) ?? []))];
SourceTraining.TrainAndWrite(runs, folds, repo, Path.GetFileName(data));
var names = new Dictionary<string, int>(StringComparer.Ordinal);
var contents = runs.Select(run => ContentEndTraining.Examples(run.Layer, run.Golds, run.Attributions, names)).ToList();
var articles = new List<Article>();
foreach (var (layer, golds, candidates) in runs)
{
    var right = Gold.Judge(layer.Text, golds, [.. candidates.Select(c => c.Attribution)]);
    var judged = candidates.Select((c, i) => (c.CueScore, Right: right[i], c.Attribution)).ToList();
    articles.Add(new Article(
        golds.Count,
        [.. judged.Where(c => c.CueScore is not null).Select(c => new Example(Acceptance.Features(layer, c.Attribution, c.CueScore!.Value), c.Right))],
        judged.Count(c => c.CueScore is null),
        judged.Count(c => c.CueScore is null && c.Right)));
}

Console.Error.WriteLine($"{articles.Count} articles, {articles.Sum(a => a.Gold)} gold attributions, {articles.Sum(a => a.Examples.Count)} candidates of the cue model ({articles.Sum(a => a.Examples.Count(e => e.Right))} right), {articles.Sum(a => a.RuleFound)} found by a rule alone");
var thresholds = Enumerable.Range(0, 15).Select(i => 0.05 + (0.025 * i)).ToArray();
var (ruleFound, ruleFoundRight) = (articles.Sum(a => a.RuleFound), articles.Sum(a => a.RuleFoundRight));
var pooled = Enumerable.Repeat((Right: ruleFoundRight, Kept: ruleFound), thresholds.Length).ToArray();
for (var k = 0; k < folds; k++)
{
    var weights = Logistic.Train([.. articles.Where((_, i) => i % folds != k).SelectMany(a => a.Examples)]);
    foreach (var example in articles.Where((_, i) => i % folds == k).SelectMany(a => a.Examples))
    {
        var probability = Logistic.Probability(weights, example.Features);
        for (var t = 0; t < thresholds.Length; t++)
        {
            if (probability >= thresholds[t])
            {
                pooled[t] = (pooled[t].Right + (example.Right ? 1 : 0), pooled[t].Kept + 1);
            }
        }
    }
}

var goldCount = articles.Sum(a => a.Gold);
var allRight = ruleFoundRight + articles.Sum(a => a.Examples.Count(e => e.Right));
Console.WriteLine($"{folds}-fold cross-validation by article on {Path.GetFileName(data)}: full F1 of the kept attributions, with the {ruleFound} a rule found on its own always kept (all kept: {F1(allRight, ruleFound + articles.Sum(a => a.Examples.Count), goldCount):F4})");
// The threshold whose neighbourhood scores best (the mean F1 of it and the grid points either side): near the top
// the curve is flat, and its single best point jumped between neighbours when one article of 840 was left out,
// moving 2% of the kept attributions of a news corpus.
var f1s = pooled.Select(p => F1(p.Right, p.Kept, goldCount)).ToArray();
double Smoothed(int t) => f1s[Math.Max(0, t - 1)..Math.Min(f1s.Length, t + 2)].Average();
var best = 0;
for (var t = 0; t < thresholds.Length; t++)
{
    Console.WriteLine(FormattableString.Invariant($"  threshold {thresholds[t]:F3}: kept {pooled[t].Kept}, right {pooled[t].Right}, full F1 {f1s[t]:F4}, with its neighbours {Smoothed(t):F4}"));
    best = Smoothed(t) > Smoothed(best) ? t : best;
}

var model = Logistic.Train([.. articles.SelectMany(a => a.Examples)]);
var path = Path.Combine(repo, "plugins", "AttributionFinder", "Lexicon", Acceptance.ModelFile);
using (var writer = new StreamWriter(path, false, new UTF8Encoding(false)) { NewLine = "\n" })
{
    Acceptance.Write(writer, $"logistic regression, {Logistic.Epochs} epochs, rate {Logistic.Rate}, L2 {Logistic.L2}, features seen {Logistic.MinCount} times or more, on {articles.Count} articles of PolNeAR {Path.GetFileName(data)}; threshold by {folds}-fold cross-validation (tools/AttributionAcceptance train); do not edit", model, thresholds[best]);
}

Console.WriteLine(FormattableString.Invariant($"threshold {thresholds[best]:F3}; wrote {path}"));

// The content-end model: cross-validated by article as above (how often the scorer would call a content right, with
// the rules' end and with the model's), then trained on every article and written.
var (ruleRight, modelRight) = (0, 0);
var shipped = Acceptance.LoadEmbedded();
var (kept, fullRules, fullModel) = (0, 0, 0);
for (var k = 0; k < folds; k++)
{
    var weights = RankingPerceptron.Train([.. contents.Where((_, i) => i % folds != k).SelectMany(c => c)], names.Count);
    foreach (var example in contents.Where((_, i) => i % folds == k).SelectMany(c => c))
    {
        ruleRight += example.Right[example.Rule] ? 1 : 0;
        modelRight += example.Right[RankingPerceptron.Best(weights, example)] ? 1 : 0;
    }

    var foldModel = new ContentEnds(names.Select(n => KeyValuePair.Create(n.Key, weights[n.Value])));
    foreach (var run in runs.Where((_, i) => i % folds == k))
    {
        var rulesEnds = run.Reported(shipped, null);
        kept += rulesEnds.Count;
        fullRules += Gold.Judge(run.Layer.Text, run.Golds, rulesEnds).Count(r => r);
        fullModel += Gold.Judge(run.Layer.Text, run.Golds, run.Reported(shipped, foldModel)).Count(r => r);
    }
}

Console.WriteLine(FormattableString.Invariant($"full F1 with the shipped acceptance, held-out articles: rules' ends {F1(fullRules, kept, goldCount):F4}, model's ends {F1(fullModel, kept, goldCount):F4}"));

var examples = contents.Sum(c => c.Count);
Console.WriteLine($"content ends, {folds}-fold cross-validation by article: of {examples} contents after a cue matched to a gold one, right with the rules' end {ruleRight} ({(double)ruleRight / examples:P1}), with the model's {modelRight} ({(double)modelRight / examples:P1})");
RankingPerceptron.TrainAndWrite([.. contents.SelectMany(c => c)], names, repo, ContentEnds.ModelFile, $"{examples} contents of {articles.Count} articles of PolNeAR {Path.GetFileName(data)}");
return 0;

Run Complete(TextLayer layer, List<Spans> golds) => new(layer, golds, [.. finder.Candidates(layer, CancellationToken.None).Select(c => (c.Attribution, c.CueScore))]);

static double F1(int right, int kept, int gold) => right == 0 ? 0 : 2.0 * right / (kept + gold);

internal sealed record Example(List<string> Features, bool Right);

/// <summary>A training article: its gold attributions, the model's candidates as examples, and the attributions a rule found on its own, which are always kept.</summary>
internal sealed record Article(int Gold, List<Example> Examples, int RuleFound, int RuleFoundRight);

/// <summary>Logistic regression by stochastic gradient descent in a fixed order: the same examples give the same weights.</summary>
internal static class Logistic
{
    public const int Epochs = 10;
    public const double Rate = 0.1;
    public const double L2 = 1e-4;

    /// <summary>A feature seen fewer times than this in the training examples gets no weight: one article's word says nothing of the next.</summary>
    public const int MinCount = 3;

    public static Dictionary<string, double> Train(List<Example> examples)
    {
        var counts = examples.SelectMany(e => e.Features).CountBy(f => f, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var epoch = 0; epoch < Epochs; epoch++)
        {
            foreach (var example in examples)
            {
                var gradient = Probability(weights, example.Features) - (example.Right ? 1 : 0);
                foreach (var feature in example.Features.Where(f => counts[f] >= MinCount))
                {
                    var weight = weights.GetValueOrDefault(feature);
                    weights[feature] = weight - (Rate * (gradient + (L2 * weight)));
                }
            }
        }

        return weights;
    }

    public static double Probability(Dictionary<string, double> weights, List<string> features) =>
        Acceptance.Logistic(features.Sum(f => weights.GetValueOrDefault(f)));
}

/// <summary>PolNeAR's gold attributions and the scorer's judgement of a candidate (../shared/eval/score_attribution.py).</summary>
internal static partial class Gold
{
    public static Dictionary<string, List<Spans>> Load(string path)
    {
        var byDocument = new Dictionary<string, List<Spans>>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path).Where(l => l.Length > 0))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var name = root.GetProperty("doc").GetString()!;
            (byDocument.TryGetValue(name, out var list) ? list : byDocument[name] = []).Add(new Spans(Pieces(root, "source"), Pieces(root, "cue"), Pieces(root, "content")));
        }

        return byDocument;
    }

    /// <summary>Whether each candidate is right: matched greedily to a gold cue by overlap, then source and content judged.</summary>
    public static bool[] Judge(string text, List<Spans> golds, List<Attribution> candidates)
    {
        var (gold, found, matched) = Match(text, golds, candidates);
        var words = Words(text);
        return [.. matched.Select((i, j) => i >= 0 && Agree(gold[i].Source, found[j].Source, words, half: false) && Agree(gold[i].Content, found[j].Content, words, half: true))];
    }

    /// <summary>
    /// The gold attributions and the candidates with their spans trimmed, and for each candidate the index of the gold
    /// attribution it is matched to (-1 when none): pairs whose cues overlap, taken greedily by overlap, as the scorer does.
    /// </summary>
    public static (List<Spans> Gold, List<Spans> Found, int[] Matched) Match(string text, List<Spans> golds, List<Attribution> candidates)
    {
        var gold = golds.Select(g => new Spans(Trim(text, g.Source), Trim(text, g.Cue), Trim(text, g.Content))).ToList();
        var found = candidates.Select(a => new Spans(Trim(text, Of(a.Source)), Trim(text, Of(a.Cue)), Trim(text, Of(a.Content)))).ToList();
        var pairs = new List<(int Overlap, int Gold, int Found)>();
        for (var i = 0; i < gold.Count; i++)
        {
            for (var j = 0; j < found.Count; j++)
            {
                if (Overlap(gold[i].Cue, found[j].Cue) is var overlap and > 0)
                {
                    pairs.Add((overlap, i, j));
                }
            }
        }

        var matched = Enumerable.Repeat(-1, candidates.Count).ToArray();
        var (usedGold, usedFound) = (new HashSet<int>(), new HashSet<int>());
        foreach (var (_, i, j) in pairs.OrderBy(p => -p.Overlap).ThenBy(p => p.Gold).ThenBy(p => p.Found))
        {
            if (!usedFound.Contains(j) && usedGold.Add(i))
            {
                usedFound.Add(j);
                matched[j] = i;
            }
        }

        return (gold, found, matched);
    }

    /// <summary>The scorer's words (<c>\w+</c> with inner apostrophes) of a text, in order.</summary>
    public static List<(int Start, int End)> Words(string text) => [.. WordPattern().Matches(text).Select(m => (m.Index, m.Index + m.Length))];

    /// <summary>The indices of <paramref name="words"/> that share a character with <paramref name="spans"/>.</summary>
    public static HashSet<int> WordsIn(List<(int Start, int End)> spans, List<(int Start, int End)> words) =>
        [.. Enumerable.Range(0, words.Count).Where(w => spans.Any(s => words[w].Start < s.End && words[w].End > s.Start))];

    private static bool Agree(List<(int Start, int End)> gold, List<(int Start, int End)> found, List<(int Start, int End)> words, bool half)
    {
        if (gold.Count == 0 || found.Count == 0)
        {
            return gold.Count == 0 && found.Count == 0;
        }

        var (goldWords, foundWords) = (WordsIn(gold, words), WordsIn(found, words));
        if (goldWords.Count == 0 || foundWords.Count == 0)
        {
            return Overlap(gold, found) > 0;
        }

        var shared = goldWords.Intersect(foundWords).Count();
        return half ? shared >= 0.5 * goldWords.Count && shared >= 0.5 * foundWords.Count : shared > 0;
    }

    private static int Overlap(List<(int Start, int End)> a, List<(int Start, int End)> b) =>
        a.Sum(x => b.Sum(y => Math.Max(0, Math.Min(x.End, y.End) - Math.Max(x.Start, y.Start))));

    private static List<(int Start, int End)> Of(TextSpan? span) => span is { } s && s.Length > 0 ? [(s.Start, s.End)] : [];

    private static List<(int Start, int End)> Trim(string text, List<(int Start, int End)> spans)
    {
        var trimmed = new SortedSet<(int Start, int End)>();
        foreach (var (start, end) in spans)
        {
            var (s, e) = (start, end);
            while (s < e && char.IsWhiteSpace(text[s]))
            {
                s++;
            }

            while (e > s && char.IsWhiteSpace(text[e - 1]))
            {
                e--;
            }

            if (e > s)
            {
                trimmed.Add((s, e));
            }
        }

        return [.. trimmed];
    }

    private static List<(int Start, int End)> Pieces(JsonElement root, string role)
    {
        if (!root.TryGetProperty(role, out var field) || field.ValueKind != JsonValueKind.Array || field.GetArrayLength() == 0)
        {
            return [];
        }

        var pieces = field[0].ValueKind == JsonValueKind.Array ? field.EnumerateArray().ToList() : [field];
        return [.. pieces.Select(p => (p[0].GetInt32(), p[1].GetInt32())).Where(p => p.Item2 > p.Item1)];
    }

    [GeneratedRegex(@"\w+(?:['’]\w+)*", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();
}

internal sealed record Spans(List<(int Start, int End)> Source, List<(int Start, int End)> Cue, List<(int Start, int End)> Content);
