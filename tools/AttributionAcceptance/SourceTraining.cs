using System.Text;
using DocAnalysis;
using DocAnalysis.Plugins.Attributions;

/// <summary>
/// The source model (<see cref="SourceChoices"/>): for each candidate whose cue matches a gold cue, its source
/// choices (the rules' source, none, the sentence's names, pronouns and source heads), the right ones those sharing a
/// word with the gold source (none when the gold has none), ranked by the same averaged perceptron as the content ends.
/// </summary>
internal static class SourceTraining
{
    /// <summary>Trains on every article, prints the cross-validation by article, writes <c>Lexicon/source_model.tsv</c> and returns the model.</summary>
    public static SourceChoices TrainAndWrite(List<(string Name, string Text)> texts, Dictionary<string, List<Spans>> gold, CueLexicon lexicon, int folds, string repo, string split)
    {
        var rules = new AttributionFinder(lexicon, CueModel.LoadEmbedded(lexicon), new Acceptance([], 0), new ContentEnds([]), new SourceChoices([]));
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        var articles = new List<List<ContentExample>>();
        var (shipped, ends) = (Acceptance.LoadEmbedded(), ContentEnds.LoadEmbedded());
        var reported = new List<(TextLayer Layer, List<Spans> Golds, List<Attribution> Attributions)>();
        foreach (var (name, text) in texts)
        {
            var layer = TextLayer.Create(text);
            var found = rules.Candidates(layer, CancellationToken.None).ToList();
            var candidates = found.Select(c => c.Attribution).ToList();
            articles.Add(Examples(layer, gold.GetValueOrDefault(name) ?? [], candidates, names));
            var cues = candidates.Select(c => c.Cue.Start).ToHashSet();
            reported.Add((layer, gold.GetValueOrDefault(name) ?? [], [.. found.Where(c => c.CueScore is not { } score || shipped.Accepts(layer, c.Attribution, score)).Select(c => ends.Revise(layer, c.Attribution, cues))]));
        }

        var (ruleRight, modelRight, examples) = (0, 0, articles.Sum(a => a.Count));
        var (kept, fullRules, fullModel) = (0, 0, 0);
        for (var k = 0; k < folds; k++)
        {
            var weights = ContentEndTraining.Train([.. articles.Where((_, i) => i % folds != k).SelectMany(a => a)], names.Count);
            var model = new SourceChoices(names.Select(n => KeyValuePair.Create(n.Key, weights[n.Value])));
            foreach (var (layer, golds, attributions) in reported.Where((_, i) => i % folds == k))
            {
                kept += attributions.Count;
                fullRules += Gold.Judge(layer.Text, golds, attributions).Count(r => r);
                fullModel += Gold.Judge(layer.Text, golds, [.. attributions.Select(a => model.Revise(layer, a))]).Count(r => r);
            }

            foreach (var example in articles.Where((_, i) => i % folds == k).SelectMany(a => a))
            {
                ruleRight += example.Right[example.Rule] ? 1 : 0;
                modelRight += example.Right[ContentEndTraining.Best(weights, example)] ? 1 : 0;
            }
        }

        Console.WriteLine($"sources, {folds}-fold cross-validation by article: of {examples} attributions whose cue matches a gold one and one of whose choices is right, right with the rules' source {ruleRight} ({(double)ruleRight / examples:P1}), with the model's {modelRight} ({(double)modelRight / examples:P1})");
        var goldCount = reported.Sum(r => r.Golds.Count);
        Console.WriteLine(FormattableString.Invariant($"sources: full F1 of held-out articles (the shipped acceptance and content ends) with the rules' sources {2.0 * fullRules / (kept + goldCount):F4}, with the model's {2.0 * fullModel / (kept + goldCount):F4}"));
        var trained = ContentEndTraining.Train([.. articles.SelectMany(a => a)], names.Count);
        var weighted = names.Select(n => KeyValuePair.Create(n.Key, trained[n.Value])).ToList();
        var path = Path.Combine(repo, "plugins", "AttributionFinder", "Lexicon", SourceChoices.ModelFile);
        using (var writer = new StreamWriter(path, false, new UTF8Encoding(false)) { NewLine = "\n" })
        {
            RankingModel.Write(writer, $"averaged ranking perceptron, {ContentEndTraining.Epochs} epochs, features seen {ContentEndTraining.MinCount} times or more, on {examples} attributions of {texts.Count} articles of PolNeAR {split} (tools/AttributionAcceptance train); do not edit", weighted);
        }

        Console.WriteLine($"wrote {path}");
        return new SourceChoices(weighted);
    }

    private static List<ContentExample> Examples(TextLayer layer, List<Spans> golds, List<Attribution> candidates, Dictionary<string, int> names)
    {
        var (gold, _, matched) = Gold.Match(layer.Text, golds, candidates);
        var words = Gold.Words(layer.Text);
        var examples = new List<ContentExample>();
        for (var j = 0; j < candidates.Count; j++)
        {
            if (matched[j] < 0)
            {
                continue;
            }

            var goldSource = gold[matched[j]].Source;
            var goldWords = Gold.WordsIn(goldSource, words);
            var choices = SourceChoices.Candidates(layer, candidates[j]);
            bool[] right = [.. choices.Select(c => c is not { } span ? goldSource.Count == 0 : goldWords.Overlaps(Gold.WordsIn([(span.Start, span.End)], words)))];
            var target = Array.IndexOf(right, true);
            if (target >= 0)
            {
                var sink = new ContentEndTraining.NameSink(SourceChoices.Prefixes, names);
                for (var k = 0; k < choices.Count; k++)
                {
                    sink.Begin(k);
                    SourceChoices.Features(layer, candidates[j], choices, k, ref sink);
                }

                int[][] features = [.. sink.Ids.Select(i => i.ToArray())];
                examples.Add(new ContentExample(features, target, 0, right));
            }
        }

        return examples;
    }
}
