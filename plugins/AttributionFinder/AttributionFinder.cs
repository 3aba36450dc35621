global using Token = DocAnalysis.TextToken;

namespace DocAnalysis.Plugins.Attributions;

/// <summary>
/// Annotates reported speech as <c>attribution</c>: the source, the cue and the content, with the speaker resolved
/// and whether the words are quoted. Works sentence by sentence on the clean view, with the sentences and tokens of
/// the shared text layer (<see cref="IAnalysisContext.Layer"/>).
/// </summary>
public sealed class AttributionFinder(CueLexicon lexicon, CueModel model, Acceptance acceptance, ContentEnds contentEnds, SourceChoices sources) : IAnalyser
{
    public const string Id = "attribution-finder";

    public AnalyserDescriptor Descriptor { get; } = new(Id, "Attribution finder", AnalyserDescriptor.VersionOf(typeof(AttributionFinder)))
    {
        Requires = [Views.Clean],
        Provides = [Kinds.Attribution],
        Displays = [new(Kinds.Attribution) { Colour = "#fff0b3", Fields = ["speaker", "source", "cue", "content", "direct"] }],
    };

    private static readonly IReadOnlySet<int> NoTokens = new HashSet<int>();

    public void Analyse(IAnalysisContext context)
    {
        var candidates = Candidates(context.Layer, context.CancellationToken).ToList();
        var cues = candidates.Select(c => c.Attribution.Cue.Start).ToHashSet();
        foreach (var (attribution, ruleSource, cueScore) in candidates)
        {
            if (cueScore is not { } score || acceptance.Accepts(context.Layer, attribution with { Source = ruleSource }, score))
            {
                Report(context, contentEnds.Revise(context.Layer, attribution, cues));
            }
        }
    }

    /// <summary>
    /// Every attribution the rules complete from the cue model's candidates, with the model's score of its cue, before
    /// <see cref="Acceptance"/> decides which stay (<c>tools/AttributionAcceptance</c> trains on them); null for a cue a
    /// rule found on its own evidence (<c>according to</c>, <c>, adding</c>, a signing dash), which stays.
    /// </summary>
    internal IEnumerable<(Attribution Attribution, TextSpan? RuleSource, double? CueScore)> Candidates(TextLayer layer, CancellationToken cancellationToken)
    {
        var text = layer.Text;
        var speakers = new SpeakerResolver();
        var issuers = new Dictionary<string, string>(StringComparer.Ordinal); // "issued a statement": the statement's speaker
        var extractor = new AttributionExtractor(text, lexicon);
        var scored = model.FindCues(layer).Select(c => c with { Span = VerbAndItsAuxiliaries(layer, c.Span) }).ToList();
        var scores = scored.ToDictionary(c => c.Span.Start, c => c.Score);
        var nextCue = 0;
        var all = new List<Attribution>();
        var ruleSources = new List<TextSpan?>(); // the rules' source of each: nesting and acceptance read it, the report the model's
        int? continued = null; // the quote-first attribution a following all-quote sentence continues
        int? colon = null; // an attribution whose cue ends its paragraph with a colon: the next paragraph is its content
        var tokens = new List<Token>(); // the sentence's tokens, one list for the document
        foreach (var range in layer.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var sentence = range.Span;
            tokens.Clear();
            foreach (var token in layer.TokensIn(range))
            {
                tokens.Add(token);
            }

            var (inSentence, weakInSentence) = (new List<TextSpan>(), new List<TextSpan>());
            while (nextCue < scored.Count && scored[nextCue].Span.Start < sentence.End)
            {
                if (scored[nextCue].Span.Start >= sentence.Start)
                {
                    (scored[nextCue].IsConfident ? inSentence : weakInSentence).Add(scored[nextCue].Span);
                }

                nextCue++;
            }

            if (colon is { } introduced)
            {
                // "Trump added:" at a paragraph's end: what he said is the next paragraph.
                var end = text.IndexOf('\n', sentence.Start) is var newline and >= 0 ? newline : text.Length;
                while (end > sentence.Start && char.IsWhiteSpace(text[end - 1]))
                {
                    end--;
                }

                all[introduced] = all[introduced] with { Content = TextSpan.FromBounds(sentence.Start, end) };
                colon = null;
            }

            var found = extractor.Extract(tokens, sentence, inSentence, weakInSentence);
            if (continued is { } open && ContinuesQuote(text, all[open], sentence))
            {
                // "Are we there? Probably not," Ms. Moore said. "Will we get there? Absolutely.": one content, split by its cue.
                all[open] = all[open] with { Content = TextSpan.FromBounds(all[open].Content!.Value.Start, sentence.End) };
                if (found.Count == 0)
                {
                    speakers.Observe(tokens, NoTokens);
                    continue;
                }
            }

            continued = null;
            IReadOnlySet<int> excluded = found.Any(a => a.Via is not null)
                ? found.Where(a => a.Via is not null).SelectMany(a => tokens.Where(t => a.Via!.Value.Contains(t.Span))).Select(t => t.Start).ToHashSet()
                : NoTokens;
            speakers.Observe(tokens, excluded); // a person named before the source in its own sentence counts: "Tim Kaine, who said"
            foreach (var extracted in found.Select(a => found.Count == 1 ? InterruptedContents.Join(text, sentence, a) : a))
            {
                List<Token> written = extracted.Source is { } s ? [.. tokens.Where(t => s.Contains(t.Span))] : [];
                var sourceTokens = NamingSomeone(WithoutOpeningConjunction(WithoutDates(written)));
                var ruled = sourceTokens.Count == written.Count ? extracted
                    : sourceTokens.Count == 0 ? extracted with { Source = null }
                    : extracted with { Source = TextSpan.FromBounds(sourceTokens[0].Start, sourceTokens[^1].End) };
                var attribution = sources.Revise(layer, ruled); // which words of the sentence are the source: learned (SourceChoices)
                if (attribution.Source != ruled.Source)
                {
                    sourceTokens = attribution.Source is { } chosen ? [.. tokens.Where(t => chosen.Contains(t.Span))] : [];
                }

                var (speaker, role) = sourceTokens.Count > 0 ? speakers.Resolve(sourceTokens, sourceTokens[0].Start, attribution.Content) : (null, null);
                role ??= sourceTokens.Count > 0 && sourceTokens[0].Start > attribution.Cue.End ? AppositiveAfter(tokens, sourceTokens[^1].End) : null;
                speaker = Issuer(tokens, sourceTokens, issuers) ?? speaker;
                if (speaker is not null && DocumentIssued(tokens, attribution.Cue) is { } document)
                {
                    issuers[document] = speaker;
                }

                all.Add(attribution with { Speaker = speaker, Role = role });
                ruleSources.Add(ruled.Source);
                if (EndsWithColon(text, attribution.Cue, sentence))
                {
                    colon = all.Count - 1;
                }
                else if (attribution.Content is { } c && c.End <= attribution.Cue.Start)
                {
                    continued = all.Count - 1;
                }
            }
        }

        return WithoutNestedSourceless(all, ruleSources).Select(i => (all[i], ruleSources[i], scores.TryGetValue(all[i].Cue.Start, out var score) ? score : (double?)null));
    }

    /// <summary>
    /// The attributions less those with no source whose cue lies inside another one's content: a verb in what someone
    /// said, taken as a cue of its own (<c>officials said 40 were killed when militants stormed the base and attacked
    /// worshippers</c>: <c>attacked</c> reports nothing). PolNeAR gives every word one role in one attribution at most.
    /// Measured on the training split (cue F1 0.7670 → 0.7674, full F1 0.5386 → 0.5412) and then the development split
    /// (0.7273 → 0.7310, 0.5717 → 0.5754); dropping every nested attribution, with or without a source, lowered the
    /// training split's cue F1 (0.7520) and was not kept. One sweep over the contents in order of their start.
    /// </summary>
    private static IEnumerable<int> WithoutNestedSourceless(List<Attribution> all, List<TextSpan?> ruleSources)
    {
        var contents = all.Select((a, i) => (Span: a.Content, Owner: i)).Where(c => c.Span is not null).OrderBy(c => c.Span!.Value.Start).ToList();
        var order = Enumerable.Range(0, all.Count).Where(i => ruleSources[i] is null).OrderBy(i => all[i].Cue.Start).ToList();
        var nested = new HashSet<int>();
        (int End, int Owner) widest = (-1, -1), second = (-1, -1); // the two furthest-reaching contents begun so far, by different owners
        var next = 0;
        foreach (var i in order)
        {
            var cue = all[i].Cue;
            for (; next < contents.Count && contents[next].Span!.Value.Start <= cue.Start; next++)
            {
                var candidate = (contents[next].Span!.Value.End, contents[next].Owner);
                if (candidate.End > widest.End)
                {
                    (widest, second) = (candidate, widest.Owner == candidate.Owner ? second : widest);
                }
                else if (candidate.End > second.End && candidate.Owner != widest.Owner)
                {
                    second = candidate;
                }
            }

            var reach = widest.Owner != i ? widest.End : second.End;
            if (reach >= cue.End)
            {
                nested.Add(i);
            }
        }

        return Enumerable.Range(0, all.Count).Where(i => !nested.Contains(i));
    }

    /// <summary>
    /// A source without the date it ran on to: <c>Philippine President Joseph Estrada on Tuesday</c>, <c>One senior
    /// official Monday</c>, <c>January, the government</c>. The speaker is then never a weekday or a month (88 of the
    /// 4.8 MB news corpus's speakers were). Measured on train (source F1 0.7964 → 0.7968) and dev (0.8572 → 0.8578).
    /// </summary>
    private static List<Token> WithoutDates(List<Token> words)
    {
        var (first, last) = (0, words.Count);
        while (DateAt(words, first, last, fromEnd: true) is var end && end < last && end > first)
        {
            last = end;
        }

        while (DateAt(words, first, last, fromEnd: false) is var start && start > first && start < last)
        {
            first = start;
        }

        return first == 0 && last == words.Count ? words : words[first..last];
    }

    /// <summary>
    /// A source without the conjunction that opens its sentence: <c>But economists said</c> → <c>economists</c>,
    /// <c>And officials say</c> → <c>officials</c>; a source of the conjunction alone stays. A subordinator or a
    /// preposition before a name goes too (0.13.3): <c>As Justice Stephen Breyer asked</c> → <c>Justice Stephen
    /// Breyer</c>, <c>After Donald Trump</c> → <c>Donald Trump</c>.
    /// </summary>
    private static List<Token> WithoutOpeningConjunction(List<Token> words) =>
        words.Count > 1 && words[0].Lower is "but" or "and" or "or" or "so" or "yet" or "however" or "still" or "meanwhile" && words[1].IsWord ? words[1..]
        : words.Count > 1 && OpensClauseOrPhrase.Contains(words[0].Lower) && words[1].IsWord && words[1].IsCapitalised ? words[1..]
        : words;

    private static readonly HashSet<string> OpensClauseOrPhrase = new(StringComparer.Ordinal)
    {
        "as", "when", "while", "after", "before", "since", "if", "although", "though", "because", "unless", "until", "once", "despite", "like", "unlike",
        "with", "without", "for", "from", "in", "at", "on", "during", "among", "amid",
    };

    /// <summary>
    /// No source at all when the words the rules took for one name nobody, only prepositions, adverbs, articles and
    /// conjunctions: <c>By refusing to admit</c>, <c>Beyond that, ... said</c>, <c>perhaps by arguing</c>. A determiner
    /// that stands for people stays one (<c>Some argue</c>, <c>Many said</c>, <c>Those who</c>).
    /// </summary>
    private static List<Token> NamingSomeone(List<Token> words) =>
        words.All(w => !w.IsWord || WordClasses.NamesNobody(w.Lower))
            ? [] : words;

    /// <summary>
    /// Where a date at one edge of <c>words[first..last]</c> stops: from the end, the index it starts at (with the
    /// preposition or comma before it); from the start, the index after it (with the comma after it). The edge itself
    /// when there is none.
    /// </summary>
    private static int DateAt(List<Token> words, int first, int last, bool fromEnd)
    {
        if (fromEnd)
        {
            var end = last;
            end -= end > first && WordClasses.DayParts.Contains(words[end - 1].Lower) ? 1 : 0;
            if (end <= first || !IsDate(words[end - 1]))
            {
                return last;
            }

            end--;
            end -= end > first && WordClasses.DatePrepositions.Contains(words[end - 1].Lower) ? 1 : 0;
            return end - (end > first && words[end - 1].Text == "," ? 1 : 0);
        }

        var start = first + (first < last && WordClasses.DatePrepositions.Contains(words[first].Lower) ? 1 : 0);
        if (start >= last || !IsDate(words[start]))
        {
            return first;
        }

        start++;
        start += start < last && WordClasses.DayParts.Contains(words[start].Lower) ? 1 : 0;
        return start + (start < last && words[start].Text == "," ? 1 : 0);
    }

    /// <summary>A day or a month; <c>today</c>, <c>tonight</c>, <c>yesterday</c> only in lower case (<c>USA Today</c> is a paper).</summary>
    private static bool IsDate(Token word) =>
        WordClasses.DateWords.Contains(word.Lower) && (word.Lower is not ("today" or "tonight" or "yesterday") || word.Text == word.Lower);

    /// <summary>The most words read as the role after a source that follows its cue.</summary>
    private const int MaxAppositiveWords = 12;

    /// <summary>
    /// The role set off by a comma after a source that follows its cue: <c>"...," said Jane Doe, a senior analyst at the
    /// bank.</c> → <c>a senior analyst at the bank</c>; it opens with an article or a possessive, and runs to the next
    /// comma, dash or sentence end, with no verb of its own. Null for anything else (<c>said Smith, adding that</c>,
    /// <c>said Smith, who</c>, <c>according to The Guardian, an email was sent</c>).
    /// </summary>
    private static string? AppositiveAfter(List<Token> tokens, int sourceEnd)
    {
        var comma = tokens.FindIndex(t => t.Start >= sourceEnd);
        if (comma < 0 || tokens[comma].Text != "," || comma + 1 >= tokens.Count || tokens[comma + 1].Lower is not ("a" or "an" or "the" or "his" or "her" or "their" or "its"))
        {
            return null;
        }

        var end = comma + 1;
        while (end < tokens.Count && end - comma <= MaxAppositiveWords && tokens[end].Text is not ("," or "." or "--" or "—" or ";" or ":" or "\"" or "”" or "''"))
        {
            end++;
        }

        var words = tokens.Skip(comma + 1).Take(end - comma - 1).ToList();
        var clause = words.TakeWhile(t => t.Lower is not ("who" or "that" or "which")).Any(t => WordClasses.Auxiliaries.Contains(t.Lower));
        return !clause && end < tokens.Count && end - comma <= MaxAppositiveWords && tokens[end].Text is "." or "," or ";" or "--" or "—"
            ? string.Join(' ', words.Select(t => t.Text))
            : null; // "according to The Guardian, an email was sent": a clause, not a role
    }

    /// <summary>
    /// Who a document that speaks stands for: the one after <c>by</c> (<c>a statement by Russia's Foreign Ministry</c>),
    /// the possessor before it (<c>the ministry's statement said</c>, <c>according to the Kremlin's statement</c>), else
    /// whoever was last said to issue one (<c>The company issued a statement on
    /// Monday. The statement said ...</c>); null for any other source.
    /// </summary>
    private static string? Issuer(List<Token> tokens, List<Token> source, Dictionary<string, string> issuers)
    {
        // "according to a statement by Russia's Foreign Ministry": the one after "by".
        var document = source.FindIndex(t => WordClasses.Documents.Contains(t.Lower));
        if (document >= 0 && document + 2 < source.Count && source[document + 1].Lower == "by")
        {
            return string.Join(' ', source.Skip(document + 2).Select(t => t.Text));
        }

        if (source.Count == 0 || !WordClasses.Documents.Contains(source[^1].Lower))
        {
            return null;
        }

        // The possessive word: inside the source, or just before it ("The ministry's" before the source "statement").
        var at = tokens.FindIndex(t => t.Start == source[^1].Start);
        var possessive = at - 1;
        if (possessive < 0 || !IsPossessive(tokens[possessive]))
        {
            return source.Count <= 2 && (source.Count == 1 || source[0].Lower == "the") && issuers.TryGetValue(source[^1].Lower, out var issuer) ? issuer : null;
        }

        var first = possessive;
        while (first > 0 && tokens[first - 1].IsWord && (tokens[first - 1].IsCapitalised || tokens[first - 1].Lower == "the") && !IsPossessive(tokens[first - 1]))
        {
            first--;
        }

        var words = tokens.Skip(first).Take(possessive - first + 1).Select(t => t.Text).ToList();
        words[^1] = words[^1][..^2];
        if (words[0] is "The")
        {
            words[0] = "the";
        }

        return string.Join(' ', words);

        static bool IsPossessive(Token token) => token.IsWord && WordClasses.IsPossessive(token.Text);
    }

    /// <summary>The document a cue issues, when it names one right after it: <c>statement</c> in <c>issued a statement on Monday</c>.</summary>
    private static string? DocumentIssued(List<Token> tokens, TextSpan cue)
    {
        var words = tokens.Where(t => t.Start >= cue.End && t.IsWord).Take(2).ToList();
        return words.Count == 2 && words[0].Start - cue.End <= 1 && words[0].Lower is "a" or "an" && WordClasses.Documents.Contains(words[1].Lower) ? words[1].Lower : null;
    }

    private static bool EndsWithColon(string text, TextSpan cue, TextSpan sentence)
    {
        var rest = text.AsSpan(cue.End, sentence.End - cue.End).Trim();
        return rest is ":" || (rest.IsEmpty && cue.Length > 1 && text[cue.End - 1] == ':');
    }

    /// <summary>
    /// A sentence that is all quotation, in the same paragraph right after an attribution whose content came before
    /// its cue, goes on with its words: <c>"...," says Paul Rieckhoff. "We ..."</c>, <c>..., Schiff said. "The other ..."</c>.
    /// </summary>
    private static bool ContinuesQuote(string text, Attribution before, TextSpan sentence)
    {
        var gap = text.AsSpan(before.Cue.End, sentence.Start - before.Cue.End);
        var words = text.AsSpan(sentence.Start, sentence.Length).TrimEnd();
        if (gap.IndexOf('\n') >= 0 || gap.IndexOfAny("\"“”") >= 0 || words.Length < 4)
        {
            return false;
        }

        var mark = QuotationMarks.OpeningWidth(words);
        return QuotationMarks.ClosesAtEnd(words) && words.Length > 2 * mark && words[mark..^mark].IndexOfAny("\"“”") < 0 && !words[mark..^mark].Contains("''", StringComparison.Ordinal);
    }

    /// <summary>
    /// A cue that ends in a verb of saying reaches back over auxiliaries, negation and adverbs only (<c>has also
    /// said</c>, <c>did n't say</c>): a noun before the verb heads its subject (<c>The ministry's statement said</c>,
    /// <c>A ministry statement said</c>: the cue is <c>said</c>, the statement the source).
    /// </summary>
    private static TextSpan VerbAndItsAuxiliaries(TextLayer layer, TextSpan cue)
    {
        var last = layer.TokenAt(cue.End - 1);
        if (last <= 0 || layer.Tokens[last].Start <= cue.Start || !WordClasses.SayingVerbs.Contains(layer.Tokens[last].Lower))
        {
            return cue;
        }

        var first = last;
        while (first > 0 && layer.Tokens[first - 1].Start >= cue.Start && WordClasses.Interveners.Contains(layer.Tokens[first - 1].Lower))
        {
            first--;
        }

        return TextSpan.FromBounds(layer.Tokens[first].Start, cue.End);
    }

    private static void Report(IAnalysisContext context, Attribution attribution)
    {
        var span = Cover(attribution.Source, attribution.Cue, attribution.Content);
        var content = attribution.Content is { } c ? context.Text.AsSpan(c.Start, c.Length) : default;
        var attributes = new AnnotationAttributes
        {
            { "source", attribution.Source },
            { "cue", attribution.Cue },
            { "content", attribution.Content },
            { "speaker", attribution.Speaker },
        };
        if (attribution.Role is not null)
        {
            attributes.Set("role", attribution.Role);
        }

        attributes.Set("direct", content.IndexOfAny("\"“”") >= 0 || content.Contains("``", StringComparison.Ordinal) || content.Contains("''", StringComparison.Ordinal)); // wire copy quotes with `` and ''.
        if (attribution.Via is not null)
        {
            attributes.Set("via", attribution.Via);
        }

        if (attribution.Addressee is not null)
        {
            attributes.Set("addressee", attribution.Addressee);
        }

        context.Add(new Annotation(Kinds.Attribution, span, attributes));
    }

    private static TextSpan Cover(params TextSpan?[] spans)
    {
        var present = spans.Where(s => s is not null).Select(s => s!.Value).ToList();
        return TextSpan.FromBounds(present.Min(s => s.Start), present.Max(s => s.End));
    }
}
