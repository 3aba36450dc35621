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
/// end wins when it scores above zero (else the rules' end stays), with the marks that close its last words. Weights (<c>Lexicon/content_end_model.tsv</c>) come from an averaged perceptron trained on the training
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

    private readonly RankingModel _model;

    internal ContentEnds(IEnumerable<KeyValuePair<string, double>> weights) => _model = new RankingModel(weights, Prefixes, ModelFile);

    private ContentEnds(RankingModel model) => _model = model;

    /// <summary>The model embedded in the plugin.</summary>
    public static ContentEnds LoadEmbedded() => new(RankingModel.LoadEmbedded(ModelFile, "content-end model", Prefixes));

    /// <summary>Reads a model written by <see cref="RankingModel.Write"/>.</summary>
    internal static ContentEnds Read(TextReader reader) => new(RankingModel.Read(reader, Prefixes, ModelFile));

    /// <summary>
    /// The attribution with its content ending where the model puts it, <paramref name="cues"/> holding where every
    /// candidate's cue of the document starts; unchanged when the content is not one it revises.
    /// </summary>
    internal Attribution Revise(TextLayer layer, Attribution attribution, IReadOnlySet<int> cues)
    {
        if (Candidates(layer, attribution) is not { } candidates)
        {
            return attribution;
        }

        var sink = _model.NewScorer();
        Walk(layer, attribution, cues, candidates, ref sink);
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
    internal static void Walk<TSink>(TextLayer layer, Attribution attribution, IReadOnlySet<int> cues, Range candidates, ref TSink sink)
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
            sink.Add((int)Feature.Next, next);
            sink.Add((int)Feature.AfterNext, afterNext);
            sink.Add((int)Feature.NextKind, nextKind);
            sink.Add((int)Feature.Last, last);
            sink.Add((int)Feature.LastNext, last, next);
            sink.Add((int)Feature.NextAfterNext, next, afterNext);
            sink.Add((int)Feature.NextKindAfterNext, nextKind, afterNext);
            sink.Add((int)Feature.QuoteNext, quote, next);
            sink.Add((int)Feature.QuoteNextKind, quote, nextKind);
            sink.Add((int)Feature.LengthNextKind, Length(words), nextKind);
            sink.Add((int)Feature.Rule, rule);
            sink.Add((int)Feature.RuleNext, rule, next);
            sink.Add((int)Feature.RuleNextKind, rule, nextKind);
            sink.Add((int)Feature.RuleQuote, rule, quote);
            sink.Add((int)Feature.OpeningNextKind, opening, nextKind);
            sink.Add((int)Feature.CueNextKind, cue, nextKind);
            sink.Add((int)Feature.LastKindNextKind, lastKind, nextKind);
            sink.Add((int)Feature.CommasNextKind, Commas[Math.Min(commas, 2)], nextKind);
            var cueAhead = end + 1 <= candidates.Last && cues.Contains(tokens[end + 1].Start) ? CuesAhead[0]
                : end + 2 <= candidates.Last && cues.Contains(tokens[end + 2].Start) ? CuesAhead[1] : CuesAhead[2];
            sink.Add((int)Feature.CueAheadNextKind, cueAhead, nextKind);
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
}
