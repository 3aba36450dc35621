namespace DocAnalysis.Plugins.Numbers;

// Qualifiers: the words written before a figure, or a verb of change in its clause with the preposition after it.
//   more than 50 → more-than · at least 60 → at-least · about 135 → approximate · up to 40 → at-most
//   fewer than 20 → less-than · rose 12 percent → up · fell by 8 percent → down · was up 19 cents → up
//   rose 5% to 200: 5% up, 200 the level · dropped to 1,112: a level · up from $89 billion: the earlier level
//   gave up 517 yards: a particle · a rise of 3: a noun, not a change · added a 30 degree homer: an object
internal static partial class QuantityExtractor
{
    /// <summary>How far back in its clause a verb of change still governs a figure ("plunged 4.28 percent to Y=28,030").</summary>
    private const int DirectionReach = 60;

    /// <summary>The qualifiers written before a figure, read back from it (longer phrases first), and what each makes of it.</summary>
    private static readonly (string Words, string Qualifier)[] WrittenQualifiers =
    [
        ("no fewer than", "at-least"), ("no less than", "at-least"), ("a minimum of", "at-least"), ("at least", "at-least"),
        ("no more than", "at-most"), ("a maximum of", "at-most"), ("as many as", "at-most"), ("up to", "at-most"), ("at most", "at-most"),
        ("in excess of", "more-than"), ("upwards of", "more-than"), ("more than", "more-than"), ("over than", "more-than"), ("over", "more-than"),
        ("above", "more-than"), ("exceeding", "more-than"),
        ("fewer than", "less-than"), ("less than", "less-than"), ("under", "less-than"), ("below", "less-than"),
        ("an estimated", "approximate"), ("close to", "approximate"), ("estimated", "approximate"), ("about", "approximate"), ("around", "approximate"),
        ("some", "approximate"), ("nearly", "approximate"), ("almost", "approximate"), ("roughly", "approximate"), ("approximately", "approximate"),
        ("averaged", "approximate"), ("averaging", "approximate"), ("barely", "approximate"),
        ("average of", "exact"),
    ];

    /// <summary>The written qualifiers split into words once; <c>~</c> is read apart, glued to the figure.</summary>
    private static readonly (string Phrase, string[] Words, string Qualifier)[] WrittenQualifierWords = [.. WrittenQualifiers.Select(w => (w.Words, w.Words.Split(' '), w.Qualifier))];

    /// <summary>Written bounds that a verb of change before them does not override: "rose to more than 50" is a level above 50.</summary>
    private static readonly HashSet<string> Bounds = ["up to", "at most", "no more than", "more than", "over", "at least"];

    /// <summary>
    /// The verbs of change: the base form (a base form with words between it and the figure is a noun, "a rise of 3";
    /// none for "add", which alone says more than a change: "to add ten users") and the other forms a clause holds.
    /// </summary>
    private static readonly (string Direction, string Base, string Forms)[] ChangeVerbs =
    [
        ("up", "rise", "rises rose risen rising"), ("up", "climb", "climbs climbed climbing"), ("up", "jump", "jumps jumped jumping"),
        ("up", "gain", "gains gained gaining"), ("up", "advance", "advances advanced advancing"), ("up", "surge", "surges surged surging"),
        ("up", "soar", "soars soared soaring"), ("up", "rally", "rallies rallied rallying"), ("up", "", "adds added adding"),
        ("up", "increase", "increases increased increasing"), ("up", "grow", "grows grew grown growing"),
        ("down", "fall", "falls fell fallen falling"), ("down", "drop", "drops dropped dropping"), ("down", "slide", "slides slid sliding"),
        ("down", "slip", "slips slipped slipping"), ("down", "lose", "loses lost losing"), ("down", "plunge", "plunges plunged plunging"),
        ("down", "plummet", "plummets plummeted plummeting"), ("down", "sink", "sinks sank sunk sinking"), ("down", "tumble", "tumbles tumbled tumbling"),
        ("down", "decline", "declines declined declining"), ("down", "decrease", "decreases decreased decreasing"), ("down", "shed", "sheds shedding"),
        ("down", "ease", "eases eased easing"), ("down", "dip", "dips dipped dipping"),
    ];

    /// <summary>How many words may stand between a verb of change and the figure it governs ("rose by about 5%", "advanced early by 8%").</summary>
    private const int VerbReach = 3;

    /// <summary>Words that open another clause or phrase between a verb and a figure: "he adds that ... two choices" is no change.</summary>
    private static readonly HashSet<string> ClauseWords = new(["that", "which", "who", "when", "while", "as", "and", "but", "if", "because", "the"], StringComparer.OrdinalIgnoreCase);

    private static readonly (string Direction, string Words)[] ChangeAdverbs = [("up", "up higher"), ("down", "down lower")];

    /// <summary>Prepositions after a verb of change that make the figure after them a level, not the change: to, at, from.</summary>
    private static readonly HashSet<string> LevelPrepositions = new(["to", "at", "from", "toward", "towards"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs that take <c>up</c> or <c>down</c> as a particle: "gave up 517 yards", "turned down 3 offers".</summary>
    private static readonly HashSet<string> ParticleVerbs = new(
        ["gave", "give", "gives", "giving", "given", "turn", "turns", "turned", "turning", "trade", "trades", "traded", "back", "set", "make", "makes", "made",
         "break", "broke", "shut", "cut", "cuts", "pick", "picked", "sum", "summed", "end", "wind", "wound", "step", "stepped", "play", "played", "slow", "slowed"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="word"/> is a verb of change in any form, or an adverb of change (<c>rose</c>, <c>fallen</c>, <c>up</c>).</summary>
    internal static bool IsChangeWord(string word) => ChangeWords.ContainsKey(word);

    private static readonly Dictionary<string, (string Direction, bool IsBase, bool IsAdverb)>.AlternateLookup<ReadOnlySpan<char>> ChangeWords =
        ChangeWordTable().GetAlternateLookup<ReadOnlySpan<char>>();

    private static Dictionary<string, (string Direction, bool IsBase, bool IsAdverb)> ChangeWordTable()
    {
        var table = new Dictionary<string, (string Direction, bool IsBase, bool IsAdverb)>(StringComparer.OrdinalIgnoreCase);
        foreach (var (direction, baseForm, forms) in ChangeVerbs)
        {
            if (baseForm.Length > 0)
            {
                table.Add(baseForm, (direction, true, false));
            }

            foreach (var form in forms.Split(' '))
            {
                table.Add(form, (direction, false, false));
            }
        }

        foreach (var (direction, words) in ChangeAdverbs)
        {
            foreach (var word in words.Split(' '))
            {
                table.Add(word, (direction, false, true));
            }
        }

        return table;
    }

    /// <summary>
    /// The qualifier of a number: a verb of change in its clause before it ("was up 19 cents", "ended down 1% at
    /// 1,463.78", "rose under 4%") wins over a written qualifier, but not over a bound ("rose to more than 50");
    /// otherwise the qualifier written just before it ("more than 50", "up to 40").
    /// </summary>
    private static string Qualify(string text, int start)
    {
        var written = WrittenBefore(text, start);
        if ((written is null || !Bounds.Contains(written.Value.Words)) && Direction(text, written?.Start ?? start) is { } direction)
        {
            return direction; // the verb is read before the written words: "lost close to $100,000" is down
        }

        return written?.Qualifier ?? "exact";
    }

    /// <summary>The written qualifier that ends just before a figure (a currency sign may stand between: "more than $5"; any spaces between its words).</summary>
    private static (string Words, string Qualifier, int Start)? WrittenBefore(string text, int start)
    {
        var end = start;
        while (end > 0 && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '$' or '€' or '£'))
        {
            end--;
        }

        if (end > 0 && text[end - 1] == '~')
        {
            return ("~", "approximate", end - 1);
        }

        // The last four words before the figure, nearest last, each with where it starts.
        Span<(int Start, int End)> words = stackalloc (int, int)[4];
        var count = 0;
        for (var i = end; count < words.Length && i > 0;)
        {
            var wordEnd = i;
            while (i > 0 && char.IsLetter(text[i - 1]))
            {
                i--;
            }

            if (i == wordEnd)
            {
                break;
            }

            words[count++] = (i, wordEnd);
            while (i > 0 && char.IsWhiteSpace(text[i - 1]) && text[i - 1] != '\n')
            {
                i--;
            }
        }

        foreach (var (phrase, parts, qualifier) in WrittenQualifierWords)
        {
            if (parts.Length > count || (words[parts.Length - 1].Start > 0 && char.IsLetterOrDigit(text[words[parts.Length - 1].Start - 1])))
            {
                continue;
            }

            var matches = true;
            for (var k = 0; k < parts.Length && matches; k++)
            {
                var (wordStart, wordEnd) = words[parts.Length - 1 - k];
                matches = text.AsSpan(wordStart, wordEnd - wordStart).Equals(parts[k], StringComparison.OrdinalIgnoreCase);
            }

            if (matches)
            {
                return (phrase, qualifier, words[parts.Length - 1].Start);
            }
        }

        return null;
    }

    /// <summary>The last verb or adverb of change in the clause before <paramref name="start"/> (a figure, or the qualifier written before it), within a few words: up or down.</summary>
    private static string? Direction(string text, int start)
    {
        var from = start;
        while (from > 0 && start - from < DirectionReach && text[from - 1] is not (',' or ';' or '.' or '(' or '\n'))
        {
            from--;
        }

        // The last change word of the clause, a whole word (not "up-to-date").
        (int Start, int End, string Direction, bool IsBase, bool IsAdverb)? last = null;
        for (var i = from; i < start;)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var end = i;
            while (end < start && char.IsLetter(text[end]))
            {
                end++;
            }

            var whole = (i == 0 || text[i - 1] != '-') && (end >= text.Length || text[end] != '-');
            if (whole && ChangeWords.TryGetValue(text.AsSpan(i, end - i), out var change))
            {
                last = (i, end, change.Direction, change.IsBase, change.IsAdverb);
            }

            i = end;
        }

        if (last is not { } verb)
        {
            return null;
        }

        var between = text.AsSpan(verb.End, start - verb.End);
        var words = between.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries); // any space, the no-break one too
        // "rose to about 135", "down from $89 billion", "easing against the yen to 108.79": a level, not the change.
        var level = words.Length > 0 && ((words.Length <= 3 && LevelPrepositions.Contains(words[0]) && words[^1] != "by") || LevelPrepositions.Contains(words[^1].TrimEnd('$')));
        var particle = verb.IsAdverb && (words.Length >= 3 || (PreviousWord(text, verb.Start).Word is { } before && ParticleVerbs.Contains(before))); // "gave up 517 yards"
        var noun = verb.IsBase && words.Length > 0 && words is not ["by"]; // "a rise of 3", "the price increase: ... $33790"
        if (level || particle || noun || words.Length > VerbReach || words.Any(ClauseWords.Contains) || between.IndexOfAnyInRange('0', '9') >= 0 || words is ["a"] or ["an"])
        {
            return null; // in "dropped 7% to $2.3 billion" only the first figure is the change; "added a 30 degree homer" has an object
        }

        return verb.Direction;
    }
}
