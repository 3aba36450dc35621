namespace DocAnalysis.Plugins.Dates;

/// <summary>Which way an expression points from the anchor, as far as its sentence says.</summary>
internal enum Direction
{
    Unknown,
    Past,
    Future,
}

/// <summary>
/// Reads the tense around an expression from the verb cue nearest to it in its sentence: "said Monday" looks back,
/// "will meet Monday" looks ahead. The verb that governs a time expression in news usually comes before it; a
/// sentence that opens with the expression ("On Friday, X said") has it after. Callers treat Unknown as a weak past.
/// </summary>
internal static class Tense
{
    /// <summary>How many words either side to look at, at most, within the sentence.</summary>
    private const int MaxWords = 40;

    private static readonly HashSet<string> FutureWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "will", "won't", "shall", "'ll", "must", "should", "would",
    };

    /// <summary>Two-word cues: the first word, then the words that may follow it.</summary>
    private static readonly Dictionary<string, string[]> FuturePhrases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["going"] = ["to"],
        ["plans"] = ["to"],
        ["plan"] = ["to"],
        ["planned"] = ["to"],
        ["planning"] = ["to"],
        ["intends"] = ["to"],
        ["needs"] = ["to"],
        ["need"] = ["to"],
        ["has"] = ["to"],
        ["have"] = ["to"],
        ["due"] = ["to"],
        ["scheduled"] = ["to", "for"],
        ["expected"] = ["to"],
        ["slated"] = ["to", "for"],
        ["set"] = ["to"],
        ["soon"] = ["as"],
        ["early"] = ["as"],
    };

    /// <summary>Plans in the past: ahead of a date after them ("planned to leave on Thursday"), not of one before ("On Friday, X planned to pay").</summary>
    private static readonly HashSet<string> PastPlans = new(StringComparer.OrdinalIgnoreCase) { "planned", "planning" };

    /// <summary>Words of deadlines and schedules: they point ahead ("given until 9 a.m. Tuesday", "scheduled a news conference Thursday", "effective Feb. 1") unless after "had" or "been".</summary>
    private static readonly HashSet<string> SchedulingWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "until", "till", "scheduled", "postponed", "effective",
    };

    private static readonly HashSet<string> PastWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "was", "were", "had", "did", "didn't", "said", "told", "came", "went", "took", "made", "gave", "met", "won", "lost", "left", "began", "saw",
        "held", "fell", "rose", "sent", "found", "got", "became", "ran", "spoke", "wrote", "broke", "chose", "drove", "flew", "led", "paid", "sold",
        "struck", "brought", "bought", "caught", "fought", "thought", "taught", "kept", "slept", "spent", "built", "felt", "heard", "meant", "knew",
        "grew", "threw", "drew", "shot", "stood", "understood",
    };

    private static readonly HashSet<string> NotPast = new(StringComparer.OrdinalIgnoreCase)
    {
        "need", "needed", "speed", "seed", "feed", "indeed", "hundred", "red", "bed", "breed", "proceed", "succeed", "exceed", "agreed", "united", "limited",
    };

    private static readonly HashSet<string> BeForms = new(StringComparer.OrdinalIgnoreCase) { "be", "been", "being" };

    /// <summary>
    /// The direction the words around <paramref name="span"/> give it, read word by word from the shared text layer's
    /// tokens within the expression's sentence (and clause: a semicolon ends the look).
    /// </summary>
    public static Direction Around(TextLayer layer, TextSpan span)
    {
        var tokens = layer.Tokens;
        var text = layer.Text;
        var first = layer.TokenAt(span.Start);
        var sentence = layer.SentenceAt(span.Start) is var at && at < layer.Sentences.Count ? layer.Sentences[at] : default;

        // Backwards from the expression to the sentence start, word by word, stopping at the first cue.
        TextSpan? following = null;
        for (var (word, steps) = (PreviousWord(tokens, first, sentence.First), 0); word >= 0 && steps < MaxWords; (word, steps) = (PreviousWord(tokens, word, sentence.First), steps + 1))
        {
            var w = tokens[word].Span;
            if (steps == 0 && tokens[word].Lower == "since")
            {
                return Direction.Past; // "since March" always looks back
            }

            var previous = PreviousWord(tokens, word, sentence.First);
            if (Cue(text, w, previous >= 0 ? tokens[previous].Span : null, following, afterExpression: false) is var before and not Direction.Unknown)
            {
                return before;
            }

            following = w;
        }

        TextSpan? preceding = null;
        var after = layer.TokenAt(span.End);
        for (var (word, steps) = (NextWord(tokens, after - 1, sentence.End), 0); word >= 0 && steps < MaxWords; (word, steps) = (NextWord(tokens, word, sentence.End), steps + 1))
        {
            var next = NextWord(tokens, word, sentence.End);
            if (Cue(text, tokens[word].Span, preceding, next >= 0 ? tokens[next].Span : null, afterExpression: true) is var cue and not Direction.Unknown)
            {
                return cue;
            }

            preceding = tokens[word].Span;
        }

        return Direction.Unknown;
    }

    /// <summary>The index of the word before token <paramref name="index"/> within the clause, or -1.</summary>
    private static int PreviousWord(TokenSlice tokens, int index, int floor)
    {
        for (var i = index - 1; i >= floor; i--)
        {
            if (tokens[i].Text == ";")
            {
                return -1;
            }

            if (tokens[i].Kind == TokenKind.Word)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The index of the word after token <paramref name="index"/> within the clause, or -1.</summary>
    private static int NextWord(TokenSlice tokens, int index, int ceiling)
    {
        for (var i = index + 1; i < ceiling; i++)
        {
            if (tokens[i].Text == ";")
            {
                return -1;
            }

            if (tokens[i].Kind == TokenKind.Word)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>"had been due to expire Friday", "had been scheduled for Tuesday": a plan in the past perfect looks back.</summary>
    private static bool AfterPerfect(string text, TextSpan? previous) =>
        previous is { } before && text.AsSpan(before.Start, before.Length) is var word
        && (word.Equals("had", StringComparison.OrdinalIgnoreCase) || word.Equals("been", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The direction a word points, from its neighbours; <paramref name="afterExpression"/> says whether the word comes
    /// after the expression ("On Friday, X planned to pay": the date is the planning's).
    /// </summary>
    private static Direction Cue(string text, TextSpan wordSpan, TextSpan? previous, TextSpan? next, bool afterExpression)
    {
        var word = text.AsSpan(wordSpan.Start, wordSpan.Length);
        if (FutureWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
        {
            return Direction.Future;
        }

        if (next is { } n && FuturePhrases.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var followers)
            && followers.Any(f => text.AsSpan(n.Start, n.Length).Equals(f, StringComparison.OrdinalIgnoreCase))
            && !(afterExpression && PastPlans.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)))
        {
            return AfterPerfect(text, previous) ? Direction.Past : Direction.Future;
        }

        if (previous is not null && SchedulingWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)) // "Until Thursday, they had not": a sentence opening looks back
        {
            return AfterPerfect(text, previous) ? Direction.Past : Direction.Future;
        }

        if (PastWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
        {
            return Direction.Past;
        }

        // The present perfect looks back: "have been searching since", "has risen".
        if (word.Equals("has", StringComparison.OrdinalIgnoreCase) || word.Equals("have", StringComparison.OrdinalIgnoreCase))
        {
            return next is { } participle && text.AsSpan(participle.Start, participle.Length) is var form && (form.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || form.EndsWith("en", StringComparison.OrdinalIgnoreCase))
                ? Direction.Past
                : Direction.Unknown;
        }

        // A regular past form, unless it is a participle after "be" ("must be returned": the auxiliary tells the tense).
        var regularPast = word.Length > 4 && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !NotPast.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
        var afterBe = previous is { } p && BeForms.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(p.Start, p.Length));
        return regularPast && !afterBe ? Direction.Past : Direction.Unknown;
    }
}
