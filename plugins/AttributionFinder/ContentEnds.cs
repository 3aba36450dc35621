using System.Globalization;

namespace DocAnalysis.Plugins.Attributions;

/// <summary>
/// Where a content that follows its cue ends, learned rather than written. The rules end a content at the first
/// boundary of a short list (<c>, saying</c>, <c>, but</c>, a dash, <c>and warned</c>) or run it to the sentence's
/// end; on PolNeAR's training split that left a tenth of the contents matched to a gold cue running on past the
/// reported words (<c>... not make the same mistake this time around, even as he understands ...</c>). Here every
/// token boundary from the content's first word to where the rules end it is a candidate end (the model only cuts:
/// letting it run a content on past the rules' end, to the sentence's end, did worse on the training split's held-out
/// articles and on the development split), scored by a linear ranking
/// model over what stands at it (the last word kept, the next two tokens and their kinds, inside or outside a
/// quotation, the length so far, how the content opens, the cue, whether another candidate's cue comes next (PolNeAR
/// gives a word to one attribution at most), whether it is the rules' end); the best-scored
/// end wins, with the marks that close its last words. Weights (<c>Lexicon/content_end_model.tsv</c>) come from an averaged perceptron trained on the training
/// split by <c>tools/AttributionAcceptance train</c>, which writes the file byte for byte the same on every run.
/// A content before its cue, one that opens a quotation (its closing mark ends it: letting the model cut these too did
/// worse on the development split), one already past its sentence (a colon's next paragraph, a quote continued) and
/// one of a single word stay as the rules found them. Linear in the sentence: at most <see cref="MaxTokens"/> candidates, each
/// a fixed number of table lookups with no allocation.
/// </summary>
public sealed class ContentEnds
{
    internal const string ModelFile = "content_end_model.tsv";

    /// <summary>The furthest a content is looked at, in tokens from its first: longer sentences keep the rules' end beyond it.</summary>
    internal const int MaxTokens = 80;

    private readonly HashedTable<double> _weights;

    internal ContentEnds(IEnumerable<KeyValuePair<string, double>> weights) =>
        _weights = new HashedTable<double>([.. weights.Select(w => KeyValuePair.Create(Key(w.Key), w.Value))]);

    /// <summary>The table key of a feature named as the model file names it: its prefix, a tab, its part, and a tab and its second part.</summary>
    private static ulong Key(string name)
    {
        var parts = name.Split('\t');
        var prefix = Array.IndexOf(Prefixes, parts[0]);
        if (prefix < 0 || parts.Length is < 2 or > 3)
        {
            throw new InvalidDataException($"The content-end model {ModelFile} has a feature of no known kind, '{name}': run tools/AttributionAcceptance train.");
        }

        var key = Combine(PrefixKeys[prefix], Hash(parts[1]));
        return parts.Length == 3 ? Combine(key, Hash(parts[2])) : key;
    }

    /// <summary>A part's hash: FNV-1a of its characters, computed once per token of a content and combined with each feature's prefix.</summary>
    private static ulong Hash(string part) => CueModel.Hash(CueModel.FnvOffset, part);

    /// <summary>Two hashes in one, mixed as SplitMix64 finishes (so the table's slots spread).</summary>
    private static ulong Combine(ulong first, ulong second)
    {
        var x = first ^ (second * 0x9E3779B97F4A7C15UL);
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }

    /// <summary>The model embedded in the plugin.</summary>
    public static ContentEnds LoadEmbedded()
    {
        using var stream = Embedded.Open(ModelFile, "content-end model");
        using var reader = new StreamReader(stream);
        return Read(reader);
    }

    /// <summary>Reads a model written by <see cref="Write"/>: comment lines, then a feature (prefix and parts, tab-separated) and its weight per line.</summary>
    internal static ContentEnds Read(TextReader reader)
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

        return new ContentEnds(weights);
    }

    /// <summary>Writes a model: a comment, then each weight rounded to four places (zeros left out), features in ordinal order.</summary>
    internal static void Write(TextWriter writer, string comment, IEnumerable<KeyValuePair<string, double>> weights)
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

    /// <summary>
    /// The attribution with its content ending where the model puts it, <paramref name="cues"/> holding where every
    /// candidate's cue of the document starts; unchanged when the content is not one it revises.
    /// </summary>
    internal Attribution Revise(TextLayer layer, Attribution attribution, IReadOnlySet<int> cues, CueLexicon lexicon)
    {
        if (Candidates(layer, attribution) is not { } candidates)
        {
            return attribution;
        }

        var sink = new ScoreSink(_weights);
        Walk(layer, attribution, cues, lexicon, candidates, ref sink);
        var best = sink.Best();
        if (best < 0)
        {
            return attribution;
        }

        // The words decide; the marks that close them come along (`... a ''great luxury to have.''`, `(R-Pa.)`).
        while (best < candidates.Last && IsClosing(layer.Tokens[best + 1]))
        {
            best++;
        }

        return attribution with { Content = TextSpan.FromBounds(attribution.Content!.Value.Start, layer.Tokens[best].End) };
    }

    /// <summary>
    /// The tokens a content may end at: from its first word to the last the rules kept (at most <see cref="MaxTokens"/>,
    /// and within its sentence); null when the content is not one this model revises.
    /// </summary>
    internal static Range? Candidates(TextLayer layer, Attribution attribution)
    {
        if (attribution.Content is not { Length: > 0 } content || content.Start < attribution.Cue.End)
        {
            return null;
        }

        var (first, tokens) = (layer.TokenAt(content.Start), layer.Tokens);
        var sentence = layer.SentenceAt(content.Start);
        if (first >= tokens.Count || tokens[first].Start != content.Start || sentence >= layer.Sentences.Count || (tokens[first].Flags & TokenFlags.OpensQuote) != 0)
        {
            return null;
        }

        var last = Math.Min(layer.Sentences[sentence].End - 1, first + MaxTokens - 1);
        var ruleLast = layer.TokenAt(content.End) - 1;
        if (ruleLast > last || ruleLast <= first || (ruleLast + 1 < tokens.Count && tokens[ruleLast + 1].Start < content.End))
        {
            return null;
        }

        while (ruleLast > first && !IsCandidate(tokens[ruleLast]))
        {
            ruleLast--;
        }

        return new Range(first, ruleLast);
    }

    /// <summary>A mark that closes what comes before it: a sentence's stop, a bracket, a closing quote.</summary>
    private static bool IsClosing(TextToken token) =>
        token.Kind is TokenKind.Punctuation && ((token.Flags & TokenFlags.ClosesQuote) != 0 || token.Text is "." or "!" or "?" or ")" or "]");

    /// <summary>A content ends after a word, a number, a symbol or a closing mark, never after a comma, a dash or an opening quote.</summary>
    internal static bool IsCandidate(TextToken token) =>
        token.Kind is not TokenKind.Punctuation || IsClosing(token);

    /// <summary>
    /// Gives <paramref name="sink"/> each end the content may have, in order (<see cref="IFeatureSink.Begin"/>), and
    /// what the model reads there: a feature is one of <see cref="Feature"/> and one or two parts (its text in the model
    /// file is the prefix, the first part, and <c>|</c> and the second). One pass over the candidates.
    /// </summary>
    internal static void Walk<TSink>(TextLayer layer, Attribution attribution, IReadOnlySet<int> cues, CueLexicon lexicon, Range candidates, ref TSink sink)
        where TSink : struct, IFeatureSink
    {
        var tokens = layer.Tokens;
        var cue = new Part(tokens[layer.TokenAt(attribution.Cue.Start)].Lower);
        var opening = tokens[candidates.First] switch
        {
            { Lower: "that" } => Openings[0],
            { Flags: var flags } when (flags & TokenFlags.OpensQuote) != 0 => Openings[1],
            { Lower: "to" } => Openings[2],
            _ => Openings[3],
        };
        var (words, open, commas) = (0, 0, 0);
        var (token, next) = (tokens[candidates.First], PartOf(tokens, candidates.First + 1, candidates.Last));
        var afterNext = PartOf(tokens, candidates.First + 2, candidates.Last);
        var (last, nextKind, lastKind) = (new Part(token.Lower), KindOf(tokens, candidates.First + 1, candidates.Last), Kinds[0]);
        for (var end = candidates.First; end <= candidates.Last; end++)
        {
            if (end > candidates.First)
            {
                (token, last, lastKind) = (tokens[end], next, nextKind);
                (next, afterNext, nextKind) = (afterNext, PartOf(tokens, end + 2, candidates.Last), KindOf(tokens, end + 1, candidates.Last));
            }
            else
            {
                lastKind = KindOf(tokens, end, candidates.Last);
            }

            words += token.IsWord ? 1 : 0;
            commas += token.Text is "," or ";" ? 1 : 0;
            open += (token.Flags & TokenFlags.OpensQuote) != 0 ? 1 : (token.Flags & TokenFlags.ClosesQuote) != 0 ? -1 : 0;
            if (!IsCandidate(token) || (open > 0 && end < candidates.Last))
            {
                continue; // never after a comma, a dash, an opening mark, nor inside a quotation the content opened and the rules closed
            }

            var quote = Quotes[open > 0 ? 0 : 1];
            var rule = Rules[end == candidates.Last ? 0 : 1];
            sink.Begin(end);
            sink.Add(Feature.Next, next);
            sink.Add(Feature.AfterNext, afterNext);
            sink.Add(Feature.NextKind, nextKind);
            sink.Add(Feature.Last, last);
            sink.Add(Feature.LastNext, last, next);
            sink.Add(Feature.NextAfterNext, next, afterNext);
            sink.Add(Feature.NextKindAfterNext, nextKind, afterNext);
            sink.Add(Feature.QuoteNext, quote, next);
            sink.Add(Feature.QuoteNextKind, quote, nextKind);
            sink.Add(Feature.LengthNextKind, Length(words), nextKind);
            sink.Add(Feature.Rule, rule);
            sink.Add(Feature.RuleNext, rule, next);
            sink.Add(Feature.RuleNextKind, rule, nextKind);
            sink.Add(Feature.RuleQuote, rule, quote);
            sink.Add(Feature.OpeningNextKind, opening, nextKind);
            sink.Add(Feature.CueNextKind, cue, nextKind);
            sink.Add(Feature.LastKindNextKind, lastKind, nextKind);
            sink.Add(Feature.CommasNextKind, Commas[Math.Min(commas, 2)], nextKind);
            var cueAhead = end + 1 <= candidates.Last && cues.Contains(tokens[end + 1].Start) ? CuesAhead[0]
                : end + 2 <= candidates.Last && cues.Contains(tokens[end + 2].Start) ? CuesAhead[1] : CuesAhead[2];
            sink.Add(Feature.CueAheadNextKind, cueAhead, nextKind);
        }
    }

    private static readonly Part[] Openings = [new("that"), new("quote"), new("to"), new("other")];
    private static readonly Part[] Quotes = [new("in"), new("out")];
    private static readonly Part[] Rules = [new("y"), new("before")];
    private static readonly Part[] Commas = [new("0"), new("1"), new("2+")];
    private static readonly Part[] CuesAhead = [new("next"), new("after"), new("none")];
    private static readonly Part[] Lengths = [.. new[] { "1", "2", "3", "4-6", "7-10", "11-20", "21-40", "41+" }.Select(l => new Part(l))];

    /// <summary>The word kinds of <see cref="KindOf"/> (punctuation is its own mark).</summary>
    private static readonly Part[] Kinds = [new("</s>"), new("num"), new("sym"), new("C"), new("ing"), new("ed"), new("w")];

    /// <summary>Token <paramref name="index"/>'s lower case as a part, or the sentence's end past <paramref name="last"/>.</summary>
    private static Part PartOf(TokenSlice tokens, int index, int last) => index <= last ? new Part(tokens[index].Lower) : Kinds[0];

    private static Part Length(int words) => Lengths[words switch
    {
        <= 3 => Math.Max(words, 1) - 1,
        <= 6 => 3,
        <= 10 => 4,
        <= 20 => 5,
        <= 40 => 6,
        _ => 7,
    }];

    /// <summary>
    /// The kind of token <paramref name="index"/>: the mark itself for punctuation, else a word's shape
    /// (<c>C</c>apitalised, <c>-ing</c>, <c>-ed</c>, a number, a symbol, another word), or the sentence's end past <paramref name="last"/>.
    /// </summary>
    private static Part KindOf(TokenSlice tokens, int index, int last) => index > last ? Kinds[0] : tokens[index] switch
    {
        { Kind: TokenKind.Punctuation } t => new Part(t.Text),
        { Kind: TokenKind.Number } => Kinds[1],
        { Kind: TokenKind.Symbol } => Kinds[2],
        { Shape: CaseShape.Capitalised or CaseShape.Upper or CaseShape.Mixed } => Kinds[3],
        { Lower: var lower } when lower.EndsWith("ing", StringComparison.Ordinal) => Kinds[4],
        { Lower: var lower } when lower.EndsWith("ed", StringComparison.Ordinal) => Kinds[5],
        _ => Kinds[6],
    };

    /// <summary>A feature's part: its text and the hash of its text.</summary>
    internal readonly record struct Part(string Text, ulong Hash)
    {
        public Part(string text)
            : this(text, ContentEnds.Hash(text))
        {
        }
    }

    /// <summary>The tokens a content may end at: from its first to the last one the rules kept (included).</summary>
    internal readonly record struct Range(int First, int Last);

    /// <summary>What the model reads at an end; each is written in the model file with its prefix (<see cref="Prefixes"/>).</summary>
    internal enum Feature
    {
        Next,
        AfterNext,
        NextKind,
        Last,
        LastNext,
        NextAfterNext,
        NextKindAfterNext,
        QuoteNext,
        QuoteNextKind,
        LengthNextKind,
        Rule,
        RuleNext,
        RuleNextKind,
        RuleQuote,
        OpeningNextKind,
        CueNextKind,
        LastKindNextKind,
        CommasNextKind,
        CueAheadNextKind,
    }

    /// <summary>The prefix of each <see cref="Feature"/> in the model file.</summary>
    internal static readonly string[] Prefixes =
        ["n1", "n2", "nk", "l", "l|n1", "n1|n2", "nk|n2", "q|n1", "q|nk", "len|nk", "r", "r|n1", "r|nk", "r|q", "open|nk", "cue|nk", "lk|nk", "c|nk", "ca|nk"];

    private static readonly ulong[] PrefixKeys = [.. Prefixes.Select(Hash)];

    /// <summary>Takes the ends and their features, so the runtime scores them and the training tool names them, from one definition.</summary>
    internal interface IFeatureSink
    {
        /// <summary>The features that follow are those of the content ending after token <paramref name="end"/>.</summary>
        void Begin(int end);

        void Add(Feature feature, Part part);

        void Add(Feature feature, Part part, Part second);
    }

    /// <summary>Sums the weights of each end's features, hashing their text as it goes (FNV-1a, as the model's names are hashed at load), and keeps the best end.</summary>
    private struct ScoreSink(HashedTable<double> weights) : IFeatureSink
    {
        private (int End, double Score) _current = (-1, 0), _best = (-1, double.NegativeInfinity);

        /// <summary>The best-scored end, the earliest of equals; -1 when there was none.</summary>
        public readonly int Best() => _current.End >= 0 && _current.Score > _best.Score ? _current.End : _best.End;

        public void Begin(int end)
        {
            _best = Best() == _current.End ? _current : _best;
            _current = (end, 0);
        }

        public void Add(Feature feature, Part part) => _current.Score += weights.Get(Combine(PrefixKeys[(int)feature], part.Hash), 0);

        public void Add(Feature feature, Part part, Part second) =>
            _current.Score += weights.Get(Combine(Combine(PrefixKeys[(int)feature], part.Hash), second.Hash), 0);
    }
}
