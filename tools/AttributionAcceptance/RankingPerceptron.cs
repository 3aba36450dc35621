using System.Text;
using DocAnalysis.Plugins.Attributions;

/// <summary>
/// One choice to learn: the features of each choice (ids), the one to learn, the rules' own, and whether the scorer
/// would call each right.
/// </summary>
internal sealed record RankingExample(int[][] Choices, int Gold, int Rule, bool[] Right);

/// <summary>
/// The averaged ranking perceptrons of the content-end and source models (<see cref="RankingModel"/>): <see
/// cref="Orders"/> perceptrons, each over the examples in a fixed order (articles by name, examples in text order)
/// that starts at another part of them, their weights averaged, so the same split gives the same weights and a small
/// change of the examples moves them little (one perceptron in one order moved 122 sources of the news corpus when one
/// training article of 840 was left out; four, 41).
/// </summary>
internal static class RankingPerceptron
{
    public const int Epochs = 10;

    /// <summary>How many orders of the examples are trained on and averaged.</summary>
    public const int Orders = 4;

    /// <summary>A feature seen at fewer choices than this gets no weight.</summary>
    public const int MinCount = 20;

    /// <summary>
    /// The weights, by feature id, trained on <paramref name="examples"/>: the mean of <see cref="Orders"/> averaged
    /// perceptrons, the k-th starting at the k-th part of the examples; features seen fewer than <see
    /// cref="MinCount"/> times weigh nothing. The perceptrons train in parallel and are summed in a fixed order.
    /// </summary>
    public static double[] Train(List<RankingExample> examples, int features)
    {
        var counts = new int[features];
        foreach (var id in examples.SelectMany(e => e.Choices).SelectMany(e => e))
        {
            counts[id]++;
        }

        var trained = new double[Orders][];
        Parallel.For(0, Orders, k =>
        {
            var start = (int)((long)examples.Count * k / Orders);
            trained[k] = TrainOne([.. examples.Skip(start), .. examples.Take(start)], counts);
        });

        var mean = new double[features];
        foreach (var weights in trained)
        {
            for (var f = 0; f < features; f++)
            {
                mean[f] += weights[f] / Orders;
            }
        }

        return mean;
    }

    /// <summary>One averaged perceptron over the examples in the order given.</summary>
    private static double[] TrainOne(List<RankingExample> examples, int[] counts)
    {
        var features = counts.Length;
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
            RankingModel.Write(writer, $"{Orders} averaged ranking perceptrons over {Orders} orders of the examples, their weights averaged, {Epochs} epochs each, features seen {MinCount} times or more, on {trainedOn} (tools/AttributionAcceptance train); do not edit", weights);
        }

        Console.WriteLine($"wrote {path}");
        return weights;
    }
}
