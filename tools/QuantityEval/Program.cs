using System.Globalization;
using System.Text;
using System.Text.Json;
using DocAnalysis.Plugins.Numbers;

// Measures the number reconciler's extractor, as a run does (the clean view, dates left out), outside one score.
//   cv NEWSQUANT [--folds K]     K fixed folds (default 10; sentence i of the name order goes to fold i mod K), each
//                                scored with ../shared/eval/score_quantities.py, then pooled. The extractor learns
//                                nothing from the data, so the pooled figure is the fitted one; the folds' spread is
//                                how much it moves from one set of sentences to another.
//   recognizers SPECS [--errors] value and value+unit P/R/F1 per family of Recognizers-Text's English specs, an
//                                independent check of number forms and unit families (--errors lists the misses).
//   quantulum3 LEXICON [--errors] value recall and unit names on quantulum3's 101 test sentences.
//   groups LABELS RUN [--errors] the groups of a run (docanalysis run --format jsonl over the labelled articles) against
//                                hand labels of which mentions state one fact (tools/QuantityEval/Groups; groups.sh
//                                runs both).
// NEWSQUANT is ../shared/data/quantities/newsquant-dev (corpus/, gold.jsonl); SPECS ../shared/data/quantities/recognizers-specs;
// LEXICON ../shared/data/quantities/quantulum3.
var command = args.FirstOrDefault();
if (command is not ("cv" or "recognizers" or "quantulum3" or "groups") || args.Length < (command == "groups" ? 3 : 2))
{
    Console.Error.WriteLine("usage: QuantityEval cv NEWSQUANT [--folds K] | recognizers SPECS [--errors] | quantulum3 LEXICON [--errors] | groups LABELS RUN [--errors]");
    return 2;
}

if (command == "groups")
{
    return GroupScore.Report(args[1], args[2], args.Contains("--errors"));
}

if (ToolRun.DataFolder(args) is not { } data)
{
    return 2;
}

if (command == "recognizers")
{
    Recognizers.Report(data, args.Contains("--errors"));
    return 0;
}

if (command == "quantulum3")
{
    Quantulum.Report(data, args.Contains("--errors"));
    return 0;
}

var sentences = NewsQuant.Load(data);
var folds = ToolRun.Option(args, "--folds", 10);
var scorer = Path.GetFullPath(Path.Combine(data, "..", "..", "..", "eval", "score_quantities.py"));
var work = Directory.CreateTempSubdirectory("quantity-eval-").FullName;
Console.WriteLine($"{sentences.Count} sentences, {sentences.Sum(s => s.Gold.Count)} gold quantities, {folds} folds (sentence i in fold i mod {folds})");
var scores = new List<double[]>();
for (var k = 0; k < folds; k++)
{
    var fold = sentences.Where((_, i) => i % folds == k).ToList();
    var last = Score(fold, Predict(fold)).Last;
    scores.Add(Figures(last));
    Console.WriteLine($"fold {k} ({fold.Count} sentences): {last}");
}

Console.WriteLine("\npooled over the folds:");
Console.WriteLine(Score(sentences, Predict(sentences)).Report);
string[] names = ["value", "value+change", "value+unit"];
Console.WriteLine("spread over folds:        " + string.Join("  ", names.Select((n, i) => string.Create(CultureInfo.InvariantCulture,
    $"{n} {scores.Min(s => s[i]):0.000}-{scores.Max(s => s[i]):0.000} (sd {StandardDeviation([.. scores.Select(s => s[i])]):0.000})"))));
return 0;

string Predict(IEnumerable<Sentence> some)
{
    var lines = new StringBuilder();
    foreach (var sentence in some)
    {
        foreach (var q in QuantityExtractor.Extract(DocAnalysis.TextLayer.Create(sentence.Text), sentence.Dates))
        {
            lines.Append(JsonSerializer.Serialize(new Dictionary<string, object?>
            {
                ["doc"] = sentence.Name,
                ["value"] = q.IsRange ? new[] { q.Low, q.High } : q.Low,
                ["change"] = NewsQuant.Change(q.Qualifier),
                ["unit"] = q.Unit,
            })).Append('\n');
        }
    }

    return lines.ToString();
}

(string Report, string Last) Score(IReadOnlyList<Sentence> some, string predictions)
{
    var id = Guid.NewGuid().ToString("N");
    var corpus = Directory.CreateDirectory(Path.Combine(work, "corpus-" + id)).FullName;
    foreach (var sentence in some)
    {
        File.WriteAllText(Path.Combine(corpus, sentence.Name + ".txt"), sentence.Text, new UTF8Encoding(false));
    }

    var names = some.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
    var gold = Path.Combine(work, "gold-" + id + ".jsonl");
    File.WriteAllLines(gold, File.ReadLines(Path.Combine(data, "gold.jsonl")).Where(l => l.Length > 0 && names.Contains(JsonDocument.Parse(l).RootElement.GetProperty("doc").GetString()!)));
    var pred = Path.Combine(work, "pred-" + id + ".jsonl");
    File.WriteAllText(pred, predictions);
    var report = ToolRun.Score(scorer, gold, pred, "--corpus", corpus);
    return (report, report.Split('\n')[^1]);
}

// "quantities: value_f1=0.9479 value_change_f1=0.9097 value_unit_f1=0.8672" → the three figures.
static double[] Figures(string last) =>
    [.. last.Split(' ').Where(p => p.Contains('=', StringComparison.Ordinal)).Select(p => double.Parse(p[(p.IndexOf('=', StringComparison.Ordinal) + 1)..], CultureInfo.InvariantCulture))];

static double StandardDeviation(double[] values)
{
    var mean = values.Average();
    return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1));
}
