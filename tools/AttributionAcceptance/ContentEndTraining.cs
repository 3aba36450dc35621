using DocAnalysis;
using DocAnalysis.Plugins.Attributions;

/// <summary>
/// One content the rules found after a cue matched to a gold attribution: the features of each end it may have, the
/// end that best covers the gold content (token F1 as the scorer counts words; the earliest of equals), the rules' end,
/// and for each end whether the scorer would call the content right (half of each side's words shared).
/// </summary>
internal sealed record ContentExample(int[][] Ends, int Gold, int Rule, bool[] Right);

/// <summary>
/// The content-end model (<see cref="ContentEnds"/>): an averaged ranking perceptron over the ends of each content the
/// rules found, trained on the training split in a fixed order (articles by name, contents in text order, no shuffling),
/// so the same split gives the same weights.
/// </summary>
internal static class ContentEndTraining
{
    public const int Epochs = 10;

    /// <summary>A feature seen at fewer ends than this gets no weight.</summary>
    public const int MinCount = 20;

    /// <summary>The examples of one article: its candidates matched to a gold attribution whose content the model may revise.</summary>
    public static List<ContentExample> Examples(TextLayer layer, List<Spans> golds, List<Attribution> candidates, Dictionary<string, int> names)
    {
        var (gold, _, matched) = Gold.Match(layer.Text, golds, candidates);
        var words = Gold.Words(layer.Text);
        var cues = candidates.Select(c => c.Cue.Start).ToHashSet();
        var examples = new List<ContentExample>();
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
            var sink = new NameSink(ContentEnds.Prefixes, names);
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
                examples.Add(new ContentExample([.. sink.Ids.Select(i => i.ToArray())], best, rule, [.. right]));
            }
        }

        return examples;
    }

    /// <summary>The averaged weights, by feature id, trained on <paramref name="examples"/>; features seen fewer than <see cref="MinCount"/> times weigh nothing.</summary>
    public static double[] Train(List<ContentExample> examples, int features)
    {
        var counts = new int[features];
        foreach (var id in examples.SelectMany(e => e.Ends).SelectMany(e => e))
        {
            counts[id]++;
        }

        var (weights, totals, stamps, clock) = (new double[features], new double[features], new int[features], 0);
        for (var epoch = 0; epoch < Epochs; epoch++)
        {
            foreach (var example in examples)
            {
                clock++;
                var predicted = Best(weights, example);
                if (predicted != example.Gold)
                {
                    Update(example.Ends[example.Gold], +1);
                    Update(example.Ends[predicted], -1);
                }
            }
        }

        for (var f = 0; f < features; f++)
        {
            totals[f] += (clock - stamps[f]) * weights[f];
        }

        return [.. totals.Select(t => t / clock)];

        void Update(int[] ids, double delta)
        {
            foreach (var f in ids.Where(f => counts[f] >= MinCount))
            {
                totals[f] += (clock - stamps[f]) * weights[f];
                stamps[f] = clock;
                weights[f] += delta;
            }
        }
    }

    /// <summary>The end the weights score highest (the earliest of equals), as <see cref="ContentEnds"/> picks it.</summary>
    public static int Best(double[] weights, ContentExample example)
    {
        var (best, bestScore) = (0, double.NegativeInfinity);
        for (var k = 0; k < example.Ends.Length; k++)
        {
            var score = example.Ends[k].Sum(f => weights[f]);
            if (score > bestScore)
            {
                (best, bestScore) = (k, score);
            }
        }

        return best;
    }

    /// <summary>Names the features of each choice as the model file writes them (prefix, tab, parts), each given an id.</summary>
    internal readonly struct NameSink(string[] prefixes, Dictionary<string, int> names, List<int> choices, List<List<int>> ids) : IFeatureSink
    {
        public NameSink(string[] prefixes, Dictionary<string, int> names)
            : this(prefixes, names, [], [])
        {
        }

        public List<int> Choices => choices;

        public List<List<int>> Ids => ids;

        public void Begin(int choice)
        {
            choices.Add(choice);
            ids.Add([]);
        }

        public void Add(int feature, Part part) => ids[^1].Add(Id(prefixes[feature] + "\t" + part.Text));

        public void Add(int feature, Part part, Part second) => ids[^1].Add(Id(prefixes[feature] + "\t" + part.Text + "\t" + second.Text));

        private int Id(string name) => names.TryGetValue(name, out var id) ? id : names[name] = names.Count;
    }
}
