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

    public static Direction Around(string text, TextSpan span)
    {
        // Backwards from the expression to the sentence start, word by word, stopping at the first cue.
        TextSpan? following = null;
        for (var (word, steps) = (PreviousWord(text, span.Start), 0); word is { } w && steps < MaxWords; (word, steps) = (PreviousWord(text, w.Start), steps + 1))
        {
            if (steps == 0 && text.AsSpan(w.Start, w.Length).Equals("since", StringComparison.OrdinalIgnoreCase))
            {
                return Direction.Past; // "since March" always looks back
            }

            if (Cue(text, w, PreviousWord(text, w.Start), following, afterExpression: false) is var before and not Direction.Unknown)
            {
                return before;
            }

            following = w;
        }

        TextSpan? preceding = null;
        for (var (word, steps) = (NextWord(text, span.End), 0); word is { } w && steps < MaxWords; (word, steps) = (NextWord(text, w.End), steps + 1))
        {
            if (Cue(text, w, preceding, NextWord(text, w.End), afterExpression: true) is var after and not Direction.Unknown)
            {
                return after;
            }

            preceding = w;
        }

        return Direction.Unknown;
    }

    /// <summary>The word ending before <paramref name="position"/> within the sentence, or null at a sentence boundary.</summary>
    private static TextSpan? PreviousWord(string text, int position)
    {
        var end = position;
        while (end > 0 && !IsWordChar(text[end - 1]))
        {
            if (EndsSentence(text, end - 1))
            {
                return null;
            }

            end--;
        }

        var start = end;
        while (start > 0 && IsWordChar(text[start - 1]))
        {
            start--;
        }

        return start < end ? TextSpan.FromBounds(start, end) : null;
    }

    /// <summary>The word starting after <paramref name="position"/> within the sentence, or null at a sentence boundary.</summary>
    private static TextSpan? NextWord(string text, int position)
    {
        var start = position;
        while (start < text.Length && !IsWordChar(text[start]))
        {
            if (EndsSentence(text, start))
            {
                return null;
            }

            start++;
        }

        var end = start;
        while (end < text.Length && IsWordChar(text[end]))
        {
            end++;
        }

        return start < end ? TextSpan.FromBounds(start, end) : null;
    }

    /// <summary>A stop that ends a sentence: not the stop of a one-letter abbreviation (<c>a.m.</c>, <c>U.S.</c>, <c>J. Smith</c>) nor a decimal point (<c>8,189.49</c>).</summary>
    private static bool EndsSentence(string text, int i) =>
        text[i] is '!' or '?' or '\n' or ';'
        || (text[i] == '.' && !(i > 0 && char.IsLetter(text[i - 1]) && (i == 1 || !char.IsLetter(text[i - 2])))
            && !(i > 0 && i + 1 < text.Length && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1])));

    /// <summary>"had been due to expire Friday", "had been scheduled for Tuesday": a plan in the past perfect looks back.</summary>
    private static bool AfterPerfect(string text, TextSpan? previous) =>
        previous is { } before && text.AsSpan(before.Start, before.Length) is var word
        && (word.Equals("had", StringComparison.OrdinalIgnoreCase) || word.Equals("been", StringComparison.OrdinalIgnoreCase));

    private static bool IsWordChar(char c) => char.IsLetter(c) || c is '\'' or '’';

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
