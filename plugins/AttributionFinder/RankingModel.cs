using System.Globalization;

namespace DocAnalysis.Plugins.Attributions;

/// <summary>
/// The weights of a learned ranking over choices (where a content ends, which words are the source). A feature is a
/// kind (one of the model's prefixes) and one or two parts; the model file names it as tab-separated text, and the
/// plugin looks it up by a hash of its parts (FNV-1a of each, combined), so scoring a choice builds no string. The
/// training tool writes the file, the plugin reads it; both name features through <see cref="IFeatureSink"/>.
/// </summary>
internal sealed class RankingModel
{
    private readonly HashedTable<double> _weights;
    private readonly ulong[] _prefixKeys;

    /// <param name="weights">Each feature's name (prefix, tab, part, and tab and second part) and weight.</param>
    /// <param name="prefixes">The kinds of feature, in the order the model's features give them to the sink.</param>
    /// <param name="file">The model file's name, for errors.</param>
    public RankingModel(IEnumerable<KeyValuePair<string, double>> weights, string[] prefixes, string file)
    {
        _prefixKeys = [.. prefixes.Select(Hash)];
        _weights = new HashedTable<double>([.. weights.Select(w => KeyValuePair.Create(Key(w.Key, prefixes, file), w.Value))]);
    }

    /// <summary>The model embedded in the plugin as <paramref name="file"/>.</summary>
    public static RankingModel LoadEmbedded(string file, string what, string[] prefixes)
    {
        using var reader = new StreamReader(Embedded.Open(file, what));
        return Read(reader, prefixes, file);
    }

    /// <summary>Reads a model written by <see cref="Write"/>: comment lines, then a feature and its weight per line.</summary>
    public static RankingModel Read(TextReader reader, string[] prefixes, string file)
    {
        var weights = new List<KeyValuePair<string, double>>();
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            if (line.Length > 0 && line[0] != '#')
            {
                var tab = line.LastIndexOf('\t');
                weights.Add(KeyValuePair.Create(line[..tab], double.Parse(line.AsSpan(tab + 1), CultureInfo.InvariantCulture)));
            }
        }

        return new RankingModel(weights, prefixes, file);
    }

    /// <summary>Writes a model: a comment, then each weight rounded to four places (zeros left out), features in ordinal order.</summary>
    public static void Write(TextWriter writer, string comment, IEnumerable<KeyValuePair<string, double>> weights)
    {
        writer.WriteLine($"# {comment}");
        foreach (var (feature, weight) in weights.OrderBy(w => w.Key, StringComparer.Ordinal))
        {
            var rounded = Math.Round(weight, 4);
            if (rounded != 0)
            {
                writer.WriteLine(FormattableString.Invariant($"{feature}\t{rounded:F4}"));
            }
        }
    }

    /// <summary>A part's hash: FNV-1a of its characters.</summary>
    public static ulong Hash(string part) => CueModel.Hash(CueModel.FnvOffset, part);

    /// <summary>A scorer of choices by this model's weights.</summary>
    public Scorer NewScorer() => new(this);

    /// <summary>The table key of a feature named as the model file names it.</summary>
    private static ulong Key(string name, string[] prefixes, string file)
    {
        var parts = name.Split('\t');
        var prefix = Array.IndexOf(prefixes, parts[0]);
        if (prefix < 0 || parts.Length is < 2 or > 3)
        {
            throw new InvalidDataException($"The model {file} has a feature of no known kind, '{name}': run tools/AttributionAcceptance train.");
        }

        var key = Combine(Hash(prefixes[prefix]), Hash(parts[1]));
        return parts.Length == 3 ? Combine(key, Hash(parts[2])) : key;
    }

    /// <summary>Two hashes in one, mixed as SplitMix64 finishes (so the table's slots spread).</summary>
    private static ulong Combine(ulong first, ulong second)
    {
        var x = first ^ (second * 0x9E3779B97F4A7C15UL);
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }

    /// <summary>
    /// Sums the weights of each choice's features and keeps the best-scored choice (the earliest of equals). A choice
    /// must score above zero to be chosen: when none does, <see cref="Best"/> is -1 and the caller keeps what the rules
    /// found. (Taking the best of the scores even below zero, as the training's ranking does, was measured: dev full F1
    /// 0.6147 → 0.6136, cross-validation unchanged.)
    /// </summary>
    internal struct Scorer(RankingModel model) : IFeatureSink
    {
        private (int Choice, double Score) _current = (-1, 0), _best = (-1, 0);

        /// <summary>The best-scored choice with a score above zero, -1 when there is none.</summary>
        public readonly int Best() => _current.Score > _best.Score ? _current.Choice : _best.Choice;

        public void Begin(int choice)
        {
            _best = _current.Score > _best.Score ? _current : _best;
            _current = (choice, 0);
        }

        public void Add(int feature, Part part) => _current.Score += model._weights.Get(Combine(model._prefixKeys[feature], part.Hash), 0);

        public void Add(int feature, Part part, Part second) =>
            _current.Score += model._weights.Get(Combine(Combine(model._prefixKeys[feature], part.Hash), second.Hash), 0);
    }
}

/// <summary>A feature's part: its text and the hash of its text.</summary>
internal readonly record struct Part(string Text, ulong Hash)
{
    public Part(string text)
        : this(text, RankingModel.Hash(text))
    {
    }
}

/// <summary>Takes each choice and its features, so the plugin scores them and the training tool names them, from one definition.</summary>
internal interface IFeatureSink
{
    /// <summary>The features that follow are those of <paramref name="choice"/>.</summary>
    void Begin(int choice);

    /// <summary>A feature of kind <paramref name="feature"/> (an index into the model's prefixes) and one part.</summary>
    void Add(int feature, Part part);

    /// <summary>A feature of kind <paramref name="feature"/> and two parts.</summary>
    void Add(int feature, Part part, Part second);
}
