namespace DocAnalysis.Plugins.Attributions;

/// <summary>
/// Which words of its sentence are an attribution's source, learned. The choices are the rules' source, none, and
/// each name (a run of capitalised words, not an article or a conjunction alone), pronoun or source head
/// (<see cref="SourceHeads"/>) of the sentence within <see cref="MaxDistance"/> tokens of the cue, outside the cue and
/// the content; a linear ranking model (<c>Lexicon/source_model.tsv</c>, an averaged perceptron trained on PolNeAR's
/// training split by <c>tools/AttributionAcceptance train</c>, byte for byte the same on every run) scores each by its
/// kind and side, its distance and the commas between it and the cue, the words on either side of it, the cue's word
/// and ending, what the rules chose and whether it overlaps that, and whether it opens its sentence; the best-scored
/// choice wins when it scores above zero (the rules' when equal or when none does). The rules fail on a participle far from its subject (<c>Chastened by the
/// analyses, ..., Trump revised his plan, promising</c>), on a sentence's opening phrase (<c>In a statement, Florida Gov.
/// Rick Scott ... said</c>) and on words before a verb that are none (<c>keen on telling</c>); those are the choices this
/// model makes. Acceptance and the nesting rule still read the rules' source.
/// </summary>
public sealed class SourceChoices
{
    internal const string ModelFile = "source_model.tsv";

    private const int MaxDistance = 30;

    private readonly RankingModel _model;

    internal SourceChoices(IEnumerable<KeyValuePair<string, double>> weights) => _model = new RankingModel(weights, Prefixes, ModelFile);

    private SourceChoices(RankingModel model) => _model = model;

    /// <summary>The model embedded in the plugin.</summary>
    public static SourceChoices LoadEmbedded() => new(RankingModel.LoadEmbedded(ModelFile, "source model", Prefixes));

    /// <summary>The attribution with the best-scored of its source choices.</summary>
    internal Attribution Revise(TextLayer layer, Attribution attribution)
    {
        var choices = Candidates(layer, attribution);
        var scorer = _model.NewScorer();
        Walk(layer, attribution, choices, ref scorer);
        var best = scorer.Best();
        return best <= 0 ? attribution : attribution with { Source = choices[best] };
    }

    /// <summary>The source choices of <paramref name="attribution"/>: the rules' first (null when none), then none, then the sentence's names, pronouns and heads.</summary>
    internal static List<TextSpan?> Candidates(TextLayer layer, Attribution attribution)
    {
        var tokens = layer.Tokens;
        var sentence = layer.Sentences[Math.Min(layer.SentenceAt(attribution.Cue.Start), layer.Sentences.Count - 1)];
        var cue = layer.TokenAt(attribution.Cue.Start);
        var choices = new List<TextSpan?> { attribution.Source };
        if (attribution.Source is not null)
        {
            choices.Add(null);
        }

        for (var i = Math.Max(sentence.First, cue - MaxDistance); i < sentence.End && i <= cue + MaxDistance; i++)
        {
            var token = tokens[i];
            if (!token.IsWord || Taken(attribution, token))
            {
                continue;
            }

            TextSpan? span = null;
            if (IsCapital(token))
            {
                var end = i;
                while (end + 1 < sentence.End && tokens[end + 1].IsWord && IsCapital(tokens[end + 1]) && !Taken(attribution, tokens[end + 1]))
                {
                    end++;
                }

                span = end > i || !IsClosedClass(token.Lower) ? TextSpan.FromBounds(token.Start, tokens[end].End) : null; // "The", "One" alone name nobody
                i = end;
            }
            else if (IsPronoun(token.Lower) || SourceHeads.Contains(token.Lower))
            {
                span = token.Span;
            }

            if (span is { } found && found != attribution.Source)
            {
                choices.Add(found);
            }
        }

        return choices;
    }

    /// <summary>
    /// Gives <paramref name="sink"/> each of <paramref name="choices"/> in order (<see cref="IFeatureSink.Begin"/>) and
    /// what the model reads of it; what the cue and the rules' choice say is read once for all of them.
    /// </summary>
    internal static void Walk<TSink>(TextLayer layer, Attribution attribution, List<TextSpan?> choices, ref TSink sink)
        where TSink : struct, IFeatureSink
    {
        var at = layer.TokenAt(attribution.Cue.Start);
        var cueWord = layer.Tokens[at].Lower;
        var cue = new Part(cueWord);
        var cueEnding = cueWord.EndsWith("ing", StringComparison.Ordinal) ? Ing : cueWord.EndsWith("ed", StringComparison.Ordinal) ? Ed : OtherWord;
        var ruleKind = Kinds[KindOf(layer, attribution.Source)];
        for (var choice = 0; choice < choices.Count; choice++)
        {
            sink.Begin(choice);
            sink.Add((int)Feature.IsRule, choice == 0 ? Yes : No);
            if (choices[choice] is { } span)
            {
                Features(layer, attribution, span, choice == 0, at, (cue, cueEnding, ruleKind), ref sink);
            }
            else
            {
                sink.Add((int)Feature.Kind, Kinds[None]);
                sink.Add((int)Feature.KindRule, Kinds[None], ruleKind);
                sink.Add((int)Feature.KindSideCue, Kinds[None], cue);
                sink.Add((int)Feature.KindSideCueEnding, Kinds[None], cueEnding);
            }
        }
    }

    /// <summary>What the model reads of a choice of some words, <paramref name="rule"/> when they are the rules' own.</summary>
    private static void Features<TSink>(TextLayer layer, Attribution attribution, TextSpan span, bool rule, int at, (Part Cue, Part Ending, Part RuleKind) read, ref TSink sink)
        where TSink : struct, IFeatureSink
    {
        var (tokens, (cue, cueEnding, ruleKind)) = (layer.Tokens, read);
        var kindIndex = KindOf(layer, span) + (rule ? RuleKinds : 0);
        var kind = Kinds[kindIndex];
        var (first, last) = (layer.TokenAt(span.Start), layer.TokenAt(span.End - 1));
        var before = span.Start < attribution.Cue.Start;
        var kindSide = KindSides[(2 * kindIndex) + (before ? 0 : 1)];
        var (from, to) = before ? (last + 1, at) : (at + 1, first);
        var commas = 0;
        for (var i = from; i < to; i++)
        {
            commas += tokens[i].Text is "," ? 1 : 0;
        }

        sink.Add((int)Feature.Kind, kind);
        sink.Add((int)Feature.KindSide, kindSide);
        sink.Add((int)Feature.KindSideDistance, kindSide, Distances[Distance(Math.Max(0, to - from))]);
        sink.Add((int)Feature.KindSideCommas, kindSide, Commas[Math.Min(commas, 2)]);
        sink.Add((int)Feature.KindPrevious, kind, first > 0 ? new Part(tokens[first - 1].Lower) : SentenceStart);
        sink.Add((int)Feature.KindNext, kind, last + 1 < tokens.Count ? new Part(tokens[last + 1].Lower) : SentenceEnd);
        sink.Add((int)Feature.KindSideCue, kindSide, cue);
        sink.Add((int)Feature.KindSideCueEnding, kindSide, cueEnding);
        sink.Add((int)Feature.KindRule, kind, ruleKind);
        sink.Add((int)Feature.KindInRule, kind, !rule && attribution.Source is { } ruled && ruled.OverlapsWith(span) ? Yes : No);
        sink.Add((int)Feature.KindOpens, kind, (tokens[first].Flags & TokenFlags.StartsSentence) != 0 ? Yes : No);
    }

    private static bool Taken(Attribution attribution, TextToken token) =>
        attribution.Cue.OverlapsWith(token.Span) || (attribution.Content is { } content && content.OverlapsWith(token.Span));

    private static bool IsCapital(TextToken token) => token.Shape is CaseShape.Capitalised or CaseShape.Upper or CaseShape.Mixed;

    private static bool IsPronoun(string lower) => WordClasses.Pronouns.Contains(lower) || lower is "who";

    /// <summary>An article, a determiner, a quantifier, a conjunction, a preposition or a sentence adverb: capitalised at a sentence's start, still no name.</summary>
    private static bool IsClosedClass(string lower) =>
        lower is "one" || WordClasses.PeopleDeterminers.Contains(lower) || WordClasses.NamesNobody(lower);

    /// <summary>A choice's kind, an index into <see cref="Kinds"/>: none, a pronoun (or <c>who</c>), a name, another word.</summary>
    private static int KindOf(TextLayer layer, TextSpan? span)
    {
        if (span is not { } s)
        {
            return None;
        }

        var token = layer.Tokens[layer.TokenAt(s.Start)];
        return s.Length == token.End - token.Start && IsPronoun(token.Lower) ? Pronoun : IsCapital(token) ? Name : OtherKind;
    }

    private static int Distance(int tokens) => tokens switch { 0 => 0, 1 => 1, 2 => 2, <= 5 => 3, <= 10 => 4, <= 20 => 5, _ => 6 };

    private const int None = 0, Pronoun = 1, Name = 2, OtherKind = 3, RuleKinds = 4;

    /// <summary>The kinds of choice, then the same for the rules' own choice.</summary>
    private static readonly Part[] Kinds = [.. new[] { "none", "pronoun", "name", "other", "rule-none", "rule-pronoun", "rule-name", "rule-other" }.Select(k => new Part(k))];

    /// <summary>Each kind before and after the cue.</summary>
    private static readonly Part[] KindSides = [.. Kinds.SelectMany(k => new[] { new Part(k.Text + "|before"), new Part(k.Text + "|after") })];

    private static readonly Part[] Distances = [.. new[] { "0", "1", "2", "3-5", "6-10", "11-20", "21+" }.Select(d => new Part(d))];
    private static readonly Part[] Commas = [new("0"), new("1"), new("2+")];
    private static readonly Part Yes = new("y"), No = new("n"), Ing = new("ing"), Ed = new("ed"), OtherWord = new("w"), SentenceStart = new("<s>"), SentenceEnd = new("</s>");

    /// <summary>What the model reads of a choice; each is written in the model file with its prefix (<see cref="Prefixes"/>).</summary>
    internal enum Feature
    {
        IsRule,
        Kind,
        KindSide,
        KindSideDistance,
        KindSideCommas,
        KindPrevious,
        KindNext,
        KindSideCue,
        KindSideCueEnding,
        KindRule,
        KindInRule,
        KindOpens,
    }

    /// <summary>The prefix of each <see cref="Feature"/> in the model file.</summary>
    internal static readonly string[] Prefixes = ["r", "k", "ks", "ks|d", "ks|c", "k|prev", "k|next", "ks|cue", "ks|ck", "k|rule", "k|inrule", "k|first"];
}
