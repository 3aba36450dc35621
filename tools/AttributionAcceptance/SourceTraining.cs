using DocAnalysis;
using DocAnalysis.Plugins.Attributions;

/// <summary>
/// The source model (<see cref="SourceChoices"/>): for each candidate whose cue matches a gold cue, its source
/// choices (the rules' source, none, the sentence's names, pronouns and source heads), the right ones those sharing a
/// word with the gold source (none when the gold has none), ranked by the same averaged perceptron as the content ends.
/// </summary>
internal static class SourceTraining
{
    /// <summary>Cross-validates by article and prints it, trains on every article and writes <c>Lexicon/source_model.tsv</c>.</summary>
    public static void TrainAndWrite(List<Run> runs, int folds, string repo, string split)
    {
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        var articles = runs.Select(run => Examples(run.Layer, run.Golds, run.Attributions, names)).ToList();
        var (shipped, ends) = (Acceptance.LoadEmbedded(), ContentEnds.LoadEmbedded());
        var reported = runs.Select(run => run.Reported(shipped, ends)).ToList();
        var (ruleRight, modelRight, examples) = (0, 0, articles.Sum(a => a.Count));
        var (kept, fullRules, fullModel) = (0, 0, 0);
        for (var k = 0; k < folds; k++)
        {
            var weights = RankingPerceptron.Train([.. articles.Where((_, i) => i % folds != k).SelectMany(a => a)], names.Count);
            var model = new SourceChoices(names.Select(n => KeyValuePair.Create(n.Key, weights[n.Value])));
            for (var i = k; i < runs.Count; i += folds)
            {
                var (layer, golds) = (runs[i].Layer, runs[i].Golds);
                kept += reported[i].Count;
                fullRules += Gold.Judge(layer.Text, golds, reported[i]).Count(r => r);
                fullModel += Gold.Judge(layer.Text, golds, [.. reported[i].Select(a => model.Revise(layer, a))]).Count(r => r);
            }

            foreach (var example in articles.Where((_, i) => i % folds == k).SelectMany(a => a))
            {
                ruleRight += example.Right[example.Rule] ? 1 : 0;
                modelRight += example.Right[RankingPerceptron.Best(weights, example)] ? 1 : 0;
            }
        }

        Console.WriteLine($"sources, {folds}-fold cross-validation by article: of {examples} attributions whose cue matches a gold one and one of whose choices is right, right with the rules' source {ruleRight} ({(double)ruleRight / examples:P1}), with the model's {modelRight} ({(double)modelRight / examples:P1})");
        var goldCount = runs.Sum(r => r.Golds.Count);
        Console.WriteLine(FormattableString.Invariant($"sources: full F1 of held-out articles (the shipped acceptance and content ends) with the rules' sources {2.0 * fullRules / (kept + goldCount):F4}, with the model's {2.0 * fullModel / (kept + goldCount):F4}"));
        RankingPerceptron.TrainAndWrite([.. articles.SelectMany(a => a)], names, repo, SourceChoices.ModelFile, $"{examples} attributions of {runs.Count} articles of PolNeAR {split}");
    }

    private static List<RankingExample> Examples(TextLayer layer, List<Spans> golds, List<Attribution> candidates, Dictionary<string, int> names)
    {
        var (gold, _, matched) = Gold.Match(layer.Text, golds, candidates);
        var words = Gold.Words(layer.Text);
        var examples = new List<RankingExample>();
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
                var sink = new RankingPerceptron.NameSink(SourceChoices.Prefixes, names);
                SourceChoices.Walk(layer, candidates[j], choices, ref sink);
                examples.Add(new RankingExample([.. sink.Ids.Select(i => i.ToArray())], target, 0, right));
            }
        }

        return examples;
    }
}
