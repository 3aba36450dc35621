using System.Globalization;

namespace DocAnalysis.Plugins.Attributions;

/// <summary>
/// Words that cue reported speech, with how often each was a cue among its occurrences in PolNeAR's training
/// split (<c>Lexicon/cues.tsv</c>, made by <c>Lexicon/derive_cues.py</c>).
/// </summary>
public sealed class CueLexicon
{
    /// <summary>Below this share of its occurrences a word is not taken as a cue on its own.</summary>
    public const double MinPrecision = 0.5;

    // Words that are parts of longer cues ("according to", "in a statement") but never cues alone.
    private static readonly HashSet<string> NeverAlone = new(StringComparer.Ordinal) { "according", "statement", "about", "also", "in", "to", "that" };

    private readonly Dictionary<string, double> _precision;

    internal CueLexicon(Dictionary<string, double> precision) => _precision = precision;

    /// <summary>The words of the lexicon.</summary>
    public IEnumerable<string> Words => _precision.Keys;

    /// <summary>The lexicon shipped in the plugin assembly.</summary>
    public static CueLexicon LoadEmbedded()
    {
        using var stream = Embedded.Open("cues.tsv", "cue lexicon");
        using var reader = new StreamReader(stream);
        var precision = new Dictionary<string, double>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#') || line.Length == 0)
            {
                continue;
            }

            var columns = line.Split('\t');
            precision[columns[0]] = double.Parse(columns[3], CultureInfo.InvariantCulture);
        }

        return new CueLexicon(precision);
    }

    private static readonly string[] Buckets = ["p0", "p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8", "p9"];

    /// <summary>The word's cue precision in tenths (<c>p0</c> to <c>p9</c>), or <c>none</c>: a feature of <see cref="CueModel"/>.</summary>
    public string Bucket(ReadOnlySpan<char> lowerWord) =>
        _precision.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(lowerWord, out var p) ? Buckets[Math.Min(9, (int)(p * 10))] : "none";

    /// <summary>True for a cue that is almost always one (said, told, according): it needs no further evidence.</summary>
    public bool IsStrongCue(string lowerWord) => IsCue(lowerWord) && _precision[lowerWord] >= StrongPrecision;

    /// <summary>A word that was a cue at least this share of the time is a strong cue.</summary>
    public const double StrongPrecision = 0.8;

    /// <summary>True when the lower-cased word is a cue on its own often enough to be taken as one.</summary>
    public bool IsCue(string lowerWord) =>
        !NeverAlone.Contains(lowerWord) && _precision.TryGetValue(lowerWord, out var p) && p >= MinPrecision;
}
