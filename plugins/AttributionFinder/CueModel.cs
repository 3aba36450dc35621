using System.Buffers.Binary;

namespace DocAnalysis.Plugins.Attributions;

/// <summary>
/// The cue classifier: an averaged perceptron trained on PolNeAR's training split (<c>Lexicon/train_cues.py</c>,
/// weights in <c>Lexicon/cue_model.tsv</c>) that decides word by word whether a word belongs to an attribution cue.
/// It reads the shared text layer's tokens, as the training script does, and computes features exactly as the script does; scoring is a sum of weights, so
/// it is deterministic and linear in the text.
/// </summary>
public sealed class CueModel
{
    /// <summary>
    /// The score a word needs to be a cue candidate: the perceptron's own boundary. Which candidates stay is decided
    /// after the rules have completed them, by <see cref="Acceptance"/>, from the score and what the rules found (the
    /// margin 1.5 of 0.8.x, chosen on the training split for full F1, gave 0.5412 there; see the README).
    /// </summary>
    public const double CandidateScore = 0;

    /// <summary>The score above which a word was a cue in 0.8.x (the margin chosen then): such words form cues among themselves.</summary>
    internal const double ConfidentScore = 1.5;

    internal const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    /// <summary>Weights keyed by the 64-bit FNV-1a hash of the feature text, so a feature is looked up without building its text.</summary>
    private readonly HashedTable<double> _weights;

    /// <summary>The lexicon's precision buckets by word hash: a cheaper lookup than the lexicon's own.</summary>
    private readonly HashedTable<string?> _buckets;

    private CueModel(ReadOnlySpan<KeyValuePair<ulong, double>> weights, CueLexicon lexicon)
    {
        _weights = new HashedTable<double>(weights);
        _buckets = new HashedTable<string?>([.. lexicon.Words.Select(w => KeyValuePair.Create(Hash(FnvOffset, w), (string?)lexicon.Bucket(w)))]);
    }

    private static readonly ulong[] Prefixes = [.. new[] { "b", "w=", "s3=", "s2=", "p1=", "p2=", "n1=", "n2=", "p1w=", "wn1=", "cap=C", "cap=c", "q=1", "q=0", "lex=", "lexn1=", "ss=1", "ss=0" }.Select(p => Hash(FnvOffset, p))];

    /// <summary>The model shipped in the plugin assembly.</summary>
    public static CueModel LoadEmbedded(CueLexicon lexicon)
    {
        using var stream = Embedded.Open(ModelFile, "cue model");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return new CueModel(Weights(bytes), lexicon);
    }

    /// <summary>The name of the compiled model, <c>Lexicon/cue_model.bin</c>, in the plugin assembly.</summary>
    internal const string ModelFile = "cue_model.bin";

    /// <summary>
    /// The weights of <c>cue_model.bin</c>, which <c>Lexicon/compile_cue_model.py</c> compiles from <c>cue_model.tsv</c>:
    /// the magic bytes <c>DACM</c>, a version and a count, then (feature hash, weight) pairs, all little-endian. Reading
    /// it costs nothing next to parsing the 24,000 lines of text at every start of the plugin (about 17 ms).
    /// </summary>
    internal static KeyValuePair<ulong, double>[] Weights(ReadOnlySpan<byte> model)
    {
        if (model.Length < 12 || !model[..4].SequenceEqual("DACM"u8) || BinaryPrimitives.ReadUInt32LittleEndian(model[4..]) != 1
            || (model.Length - 12) / 16 != BinaryPrimitives.ReadUInt32LittleEndian(model[8..]) || (model.Length - 12) % 16 != 0)
        {
            throw new InvalidDataException($"The embedded cue model {ModelFile} is not a version 1 model: run Lexicon/compile_cue_model.py.");
        }

        var weights = new KeyValuePair<ulong, double>[(model.Length - 12) / 16];
        for (var i = 0; i < weights.Length; i++)
        {
            var entry = model.Slice(12 + (16 * i), 16);
            weights[i] = KeyValuePair.Create(BinaryPrimitives.ReadUInt64LittleEndian(entry), BinaryPrimitives.ReadDoubleLittleEndian(entry[8..]));
        }

        return weights; // a hash collision fails the table's construction, loudly
    }

    /// <summary>
    /// The cue candidates of the text, each with the best score of its words: adjacent cue words joined (<c>according
    /// to</c>). It reads the shared layer's tokens, which the training script reads too (<c>tools/LayerTokens</c>).
    /// </summary>
    public List<Cue> FindCues(TextLayer layer)
    {
        var tokens = layer.Tokens;
        var cues = new List<Cue>();
        var quoted = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            quoted = token.Text is "“" or "``" ? 1 : token.Text is "”" or "''" ? 0 : token.Text is "\"" ? 1 - quoted : quoted;
            var wordWeight = Weight(Prefixes[1], token.Lower, default);
            var bucket = _buckets.Get(Hash(FnvOffset, token.Lower), null);
            var score = IsCandidate(token.Lower, wordWeight, bucket) ? Score(tokens, i, quoted, char.IsUpper(token.Text[0]), wordWeight, bucket ?? "none") : double.NegativeInfinity;
            if (score <= CandidateScore)
            {
                continue;
            }

            if (cues.Count > 0 && IsOnlySpace(layer.Text, cues[^1].Span.End, token.Start))
            {
                // Confident words join confident ones and weak ones weak ones; a weak word next to a confident cue is
                // not part of it ("has asked" is "asked", "is looking to" keeps "is"), as when weak words were no candidates.
                var (strong, strongBefore) = (score > ConfidentScore, cues[^1].Score > ConfidentScore);
                cues[^1] = strong == strongBefore ? new Cue(TextSpan.FromBounds(cues[^1].Span.Start, token.End), Math.Max(cues[^1].Score, score))
                    : strong ? new Cue(token.Span, score) : cues[^1];
            }
            else
            {
                cues.Add(new Cue(token.Span, score));
            }
        }

        return cues;
    }

    /// <summary>
    /// Words worth scoring: those the model leans towards on their own, those of the cue lexicon, and the marks PolNeAR
    /// uses as cues. A fifth of the words of news; the others never score above zero in practice.
    /// </summary>
    private static bool IsCandidate(ReadOnlySpan<char> word, double wordWeight, string? bucket) =>
        word is ":" or "―" or "—" || wordWeight > 0 || bucket is not null;

    /// <remarks><paramref name="wordWeight"/> and <paramref name="precision"/> are the word's own weight and lexicon bucket, already looked up for <see cref="IsCandidate"/>.</remarks>
    private double Score(TokenSlice tokens, int i, int quoted, bool capital, double wordWeight, string precision)
    {
        var w = tokens[i].Lower.AsSpan();
        var prev = Word(tokens, i - 1, "<s>");
        var prev2 = Word(tokens, i - 2, "<s>");
        var next = Word(tokens, i + 1, "</s>");
        var next2 = Word(tokens, i + 2, "</s>");
        return Weight(Prefixes[0], default, default)
            + wordWeight + Weight(Prefixes[2], w[Math.Max(0, w.Length - 3)..], default) + Weight(Prefixes[3], w[Math.Max(0, w.Length - 2)..], default)
            + Weight(Prefixes[4], prev, default) + Weight(Prefixes[5], prev2, default) + Weight(Prefixes[6], next, default) + Weight(Prefixes[7], next2, default)
            + Weight(Prefixes[8], prev, w) + Weight(Prefixes[9], w, next) + Weight(capital ? Prefixes[10] : Prefixes[11], default, default)
            + Weight(quoted == 1 ? Prefixes[12] : Prefixes[13], default, default) + Weight(Prefixes[14], precision, default) + Weight(Prefixes[15], precision, next)
            + Weight((tokens[i].Flags & TokenFlags.StartsSentence) != 0 ? Prefixes[16] : Prefixes[17], default, default);
    }

    private static string Word(TokenSlice tokens, int i, string outside) => i >= 0 && i < tokens.Count ? tokens[i].Lower : outside;

    /// <summary>The weight of the feature <c>prefix + a</c>, or <c>prefix + a + "|" + b</c> when <paramref name="b"/> is given; <paramref name="prefix"/> is the prefix's hash.</summary>
    private double Weight(ulong prefix, ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var hash = Hash(prefix, a);
        if (!b.IsEmpty)
        {
            hash = Hash((hash ^ '|') * FnvPrime, b);
        }

        return _weights.Get(hash, 0);
    }

    /// <summary>FNV-1a over UTF-16 code units, continuing from <paramref name="hash"/>.</summary>
    internal static ulong Hash(ulong hash, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            hash = (hash ^ c) * FnvPrime;
        }

        return hash;
    }

    /// <summary>
    /// Whether only a space or two lies between two cue words, so they make one cue. Not a line break: it ends the
    /// sentence (<see cref="TextLayer.Sentences"/>), and a cue that went on past it failed the analyser on the whole document.
    /// </summary>
    private static bool IsOnlySpace(string text, int from, int to)
    {
        if (to - from is < 0 or > 2)
        {
            return false;
        }

        var gap = text.AsSpan(from, to - from);
        return gap.IsWhiteSpace() && !gap.ContainsAny('\n', '\r');
    }
}

/// <summary>A cue candidate: its span and the best score the model gave one of its words.</summary>
public readonly record struct Cue(TextSpan Span, double Score)
{
    /// <summary>Above the margin of 0.8.x: read before the weak candidates, which only fill what the confident ones leave.</summary>
    public bool IsConfident => Score > CueModel.ConfidentScore;
}
