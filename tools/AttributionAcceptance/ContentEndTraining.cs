using DocAnalysis;
using DocAnalysis.Plugins.Attributions;

/// <summary>
/// The content-end model's examples (<see cref="ContentEnds"/>): each content the rules found after a cue matched to a
/// gold attribution, its ends as choices, the one that best covers the gold content (token F1 as the scorer counts
/// words; the earliest of equals) the one to learn, the rules' end the rules' choice.
/// </summary>
internal static class ContentEndTraining
{
    /// <summary>The examples of one article: its candidates matched to a gold attribution whose content the model may revise.</summary>
    public static List<RankingExample> Examples(TextLayer layer, List<Spans> golds, List<Attribution> candidates, Dictionary<string, int> names)
    {
        var (gold, _, matched) = Gold.Match(layer.Text, golds, candidates);
        var words = Gold.Words(layer.Text);
        var cues = candidates.Select(c => c.Cue.Start).ToHashSet();
        var examples = new List<RankingExample>();
        for (var j = 0; j < candidates.Count; j++)
        {
            if (matched[j] < 0 || ContentEnds.Candidates(layer, candidates[j]) is not { } range)
            {
                continue;
            }

            var goldWords = Gold.WordsIn(gold[matched[j]].Content, words);
            if (goldWords.Count == 0)
            {
                continue;
            }

            var start = candidates[j].Content!.Value.Start;
            var sink = new RankingPerceptron.NameSink(ContentEnds.Prefixes, names);
            ContentEnds.Walk(layer, candidates[j], cues, range, ref sink);
            var (right, f1) = (new List<bool>(), new List<double>());
            var (word, kept, shared) = (words.FindIndex(w => w.End > start), 0, 0);
            foreach (var end in sink.Choices)
            {
                for (var until = layer.Tokens[end].End; word >= 0 && word < words.Count && words[word].Start < until; word++)
                {
                    kept++;
                    shared += goldWords.Contains(word) ? 1 : 0;
                }

                right.Add(shared >= 0.5 * goldWords.Count && shared >= 0.5 * kept);
                f1.Add(kept == 0 ? 0 : 2.0 * shared / (goldWords.Count + kept));
            }

            var rule = sink.Choices.IndexOf(range.Last);
            var best = f1.IndexOf(f1.Max());
            if (rule >= 0 && right[best])
            {
                examples.Add(new RankingExample([.. sink.Ids.Select(i => i.ToArray())], best, rule, [.. right]));
            }
        }

        return examples;
    }
}
