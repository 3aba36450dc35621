using System.Text;
using DocAnalysis.Plugins.Attributions;

/// <summary>
/// One choice to learn: the features of each choice (ids), the one to learn, the rules' own, and whether the scorer
/// would call each right.
/// </summary>
internal sealed record RankingExample(int[][] Choices, int Gold, int Rule, bool[] Right);

/// <summary>
/// The averaged ranking perceptron of the content-end and source models (<see cref="RankingModel"/>), trained in a
/// fixed order (articles by name, examples in text order, no shuffling), so the same split gives the same weights.
/// </summary>
internal static class RankingPerceptron
{
    public const int Epochs = 10;

    /// <summary>A feature seen at fewer choices than this gets no weight.</summary>
    public const int MinCount = 20;

    /// <summary>The averaged weights, by feature id, trained on <paramref name="examples"/>; features seen fewer than <see cref="MinCount"/> times weigh nothing.</summary>
    public static double[] Train(List<RankingExample> examples, int features)
    {
        var counts = new int[features];
        foreach (var id in examples.SelectMany(e => e.Choices).SelectMany(e => e))
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
                    Update(example.Choices[example.Gold], +1);
                    Update(example.Choices[predicted], -1);
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

    /// <summary>The choice the weights score highest (the earliest of equals).</summary>
    public static int Best(double[] weights, RankingExample example)
    {
        var (best, bestScore) = (0, double.NegativeInfinity);
        for (var k = 0; k < example.Choices.Length; k++)
        {
            var score = example.Choices[k].Sum(f => weights[f]);
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

    /// <summary>
    /// Trains on every example and writes the model to <paramref name="file"/> of the plugin's <c>Lexicon/</c>, its
    /// comment saying what it was trained on; returns the weights by feature name.
    /// </summary>
    public static List<KeyValuePair<string, double>> TrainAndWrite(List<RankingExample> examples, Dictionary<string, int> names, string repo, string file, string trainedOn)
    {
        var trained = Train(examples, names.Count);
        var weights = names.Select(n => KeyValuePair.Create(n.Key, trained[n.Value])).ToList();
        var path = Path.Combine(repo, "plugins", "AttributionFinder", "Lexicon", file);
        using (var writer = new StreamWriter(path, false, new UTF8Encoding(false)) { NewLine = "\n" })
        {
            RankingModel.Write(writer, $"averaged ranking perceptron, {Epochs} epochs, features seen {MinCount} times or more, on {trainedOn} (tools/AttributionAcceptance train); do not edit", weights);
        }

        Console.WriteLine($"wrote {path}");
        return weights;
    }
}
