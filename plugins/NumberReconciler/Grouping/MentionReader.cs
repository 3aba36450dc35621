namespace DocAnalysis.Plugins.Numbers;

/// <summary>
/// Reads what each quantity measures from the shared text layer's tokens around it, in its own sentence:
/// <list type="bullet">
/// <item>a toll: a count of people next to a casualty word (<c>140 people were killed</c>, <c>killing at least 81</c>,
/// <c>the death toll then rose to about 135 soldiers</c>, <c>injured more than 1,700 others</c>); money, a claim or a
/// percentage near such a word is no toll (<c>32 death claims</c>);</item>
/// <item>its role: a part (<c>including 12 Americans</c>, <c>eight of them</c>), a change (<c>a 38% jump</c>,
/// <c>down $1.125</c>) or a name (<c>'13 Hours'</c>, <c>The movie 13 Hours</c>, <c>the top 10 markets</c>);</item>
/// <item>the places its sentence names after <c>in</c>, <c>at</c>, <c>near</c> (<c>killed in Nairobi</c>) and whether it
/// counts since a date (<c>since 1985</c>, <c>last year</c>: a running total, not one event's).</item>
/// </list>
/// </summary>
internal static class MentionReader
{
    private static readonly HashSet<string> PeopleNouns = new(StringComparer.Ordinal)
    {
        "people", "person", "individual", "soldier", "serviceman", "civilian", "troop", "member", "resident", "child", "man",
        "woman", "worker", "officer", "fighter", "militant", "student", "victim", "passenger", "migrant", "refugee", "protester",
        "patient", "other", "injured", "dead", "wounded",
    };

    private static readonly HashSet<string> Killed = new(StringComparer.Ordinal) { "killed", "killing", "kill", "dead", "died", "deaths", "death", "toll", "fatalities", "slain", "perished", "lives" };

    private static readonly HashSet<string> Injured = new(StringComparer.Ordinal) { "injured", "injuring", "wounded", "wounding", "hurt", "injuries", "casualties" };

    private static readonly HashSet<string> ChangeNouns = new(StringComparer.Ordinal)
    {
        "increase", "decrease", "rise", "jump", "drop", "decline", "fall", "gain", "loss", "cut", "surge", "growth", "hike", "plunge", "slide", "rally", "climb",
    };

    private static readonly HashSet<string> UpdateWords = new(StringComparer.Ordinal)
    {
        "rose", "risen", "rising", "climbed", "increased", "jumped", "grew", "now", "updated", "revised",
    };

    private static readonly HashSet<string> PlaceWords = new(StringComparer.Ordinal) { "in", "at", "near", "outside" };

    private static readonly HashSet<string> NotPlaces = new(StringComparer.Ordinal)
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "The", "A", "An", "This", "That", "It",
    };

    private static readonly HashSet<string> Vague = new(StringComparer.OrdinalIgnoreCase) { "dozens", "hundreds", "thousands", "millions", "billions", "trillions", "scores", "tens" };

    /// <summary>Whether every word of a figure is a plural scale word or the <c>of</c> between two: <c>millions</c>, <c>hundreds of thousands</c>.</summary>
    private static bool IsVague(ReadOnlySpan<char> figure)
    {
        var (words, lookup) = (0, Vague.GetAlternateLookup<ReadOnlySpan<char>>());
        var trimmed = figure.Trim();
        foreach (var range in trimmed.Split(' '))
        {
            var word = trimmed[range];
            if (!lookup.Contains(word) && !(words > 0 && word is "of"))
            {
                return false;
            }

            words++;
        }

        return words > 0;
    }

    private static readonly HashSet<string> CountedStops = new(StringComparer.Ordinal)
    {
        "of", "to", "in", "on", "at", "by", "for", "from", "with", "who", "that", "which", "were", "was", "are", "is", "have", "has", "had", "be",
        "will", "would", "could", "the", "a", "an", "or", "but", "than", "as", "per", "each",
    };

    private static readonly HashSet<string> NotPlural = new(StringComparer.Ordinal) { "does", "goes", "always", "whereas", "perhaps", "sometimes", "afterwards" };

    /// <summary>Words too common to say what a share is of.</summary>
    private static readonly HashSet<string> Common = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "of", "to", "in", "and", "or", "but", "for", "with", "on", "at", "by", "from", "as", "that", "this", "is", "was", "were",
        "be", "been", "has", "have", "had", "its", "it", "their", "his", "her", "he", "she", "they", "who", "which", "than", "more", "less", "over",
        "under", "about", "nearly", "almost", "only", "just", "some", "percent", "per", "cent", "said", "says", "while", "compared",
    };

    public static List<Mention> Read(TextLayer layer, IReadOnlyList<Quantity> quantities, Func<Quantity, string?> sourceOf, Func<Quantity, string?> timeOf, CancellationToken cancellationToken)
    {
        var mentions = new List<Mention>(quantities.Count);
        var headline = Headline(layer);
        var (lastSentence, places, cumulative) = (-1, (IReadOnlySet<string>)new HashSet<string>(), false);
        for (var i = 0; i < quantities.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var q = quantities[i];
            var sentenceIndex = layer.SentenceAt(q.Span.Start);
            var sentence = layer.Sentences[sentenceIndex];
            var first = layer.TokenAt(q.Span.Start);
            var last = Math.Max(first, layer.TokenAt(Math.Max(q.Span.Start, q.Span.End - 1)));
            var before = Window(layer, first, sentence.First, -1, 8);
            var after = Window(layer, last + 1, sentence.End, +1, 10);
            var head = Head(q.Unit);
            var isPeople = q.Unit is null || (head is not null && PeopleNouns.Contains(head));
            var measure = isPeople ? Toll(before, after) : null;
            if (sentenceIndex != lastSentence)
            {
                // read once per sentence: the figures of one sentence share its places and its period
                var sentenceTokens = layer.TokensIn(sentence);
                (lastSentence, places, cumulative) = (sentenceIndex, Places(sentenceTokens), sentenceTokens.Any(t => t.Lower is "since") || HasLastYear(sentenceTokens));
            }

            mentions.Add(new Mention(
                i,
                q,
                sentenceIndex,
                measure,
                RoleOf(q, before, after, layer, first, sentence.First),
                head,
                places,
                cumulative,
                before.Take(5).Any(t => UpdateWords.Contains(t.Lower)),
                sourceOf(q),
                timeOf(q))
            {
                Vague = IsVague(layer.Text.AsSpan(q.Span.Start, q.Span.Length)),
                Whole = Whole(after, q.Span.End),
                Another = before.Take(4).Any(t => t.Lower is "another" or "separate" or "other" or "different" or "additional") || (after.Count > 0 && after[0].Lower is "other" or "more" or "additional" or "further"),
                Counted = q.Unit is { } unit && UnitLexicon.IsKnown(q.UnitText ?? unit) ? null : Counted(after),
                InHeadline = headline is { } h && q.Span.Start < h.End,
                Around = (before, after),
                Definite = before.Count > 0 && before[0].Lower is "the" or "those" or "these" or "both" or "all",
            });
        }

        foreach (var title in mentions.Where(m => m.InHeadline))
        {
            if (mentions.FirstOrDefault(m => !m.InHeadline && m.Quantity.Low == title.Quantity.Low && m.Quantity.High == title.Quantity.High
                && ((m.Head is not null && m.Head == title.Head) || (m.Counted is not null && m.Counted == title.Counted))) is { Echoes: -1 } echo)
            {
                echo.Echoes = title.Index;
            }
        }

        return mentions;
    }

    /// <summary>Up to <paramref name="count"/> word tokens from <paramref name="from"/> towards <paramref name="limit"/>, stopping at another number.</summary>
    private static List<TextToken> Window(TextLayer layer, int from, int limit, int step, int count)
    {
        var words = new List<TextToken>(count);
        var tokens = layer.Tokens;
        for (var k = step < 0 ? from - 1 : from; step < 0 ? k >= limit : k < limit; k += step)
        {
            var token = tokens[k];
            if (token.Kind == TokenKind.Number || words.Count == count)
            {
                break;
            }

            if (token.IsWord || token.Lower is "," or ";" or ":")
            {
                words.Add(token);
            }
        }

        return words;
    }

    /// <summary>What a share is of: the noun it modifies (<c>a 35 percent tariff</c>), or the words after <c>of</c> (<c>of Democratic claims</c>), over an article.</summary>
    private static string? Whole(List<TextToken> after, int end)
    {
        if (after.Count > 0 && after[0].Start <= end + 1 && after[0].Kind == TokenKind.Word && after[0].Lower is not ("of" or "percent" or "per" or "cent" or "points" or "point") && !CountedStops.Contains(after[0].Lower) && !Common.Contains(after[0].Lower))
        {
            return after[0].Lower; // "a 35 percent tariff", "the 5 percent unemployment rate"
        }

        if (after.Count < 2 || after[0].Lower != "of")
        {
            return null;
        }

        var words = after.Skip(1).SkipWhile(t => t.Lower is "the" or "a" or "an" or "its" or "their").TakeWhile(t => t.Kind == TokenKind.Word && !CountedStops.Contains(t.Lower)).Take(3).Select(t => t.Lower).ToList();
        return words.Count == 0 ? null : string.Join(' ', words);
    }

    /// <summary>The stems (first five letters of the singular) of the content words of the windows around a figure, but its counted noun.</summary>
    public static HashSet<string> Stems(List<TextToken> before, List<TextToken> after, string? head)
    {
        var stems = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in before.Concat(after))
        {
            if (token.Kind == TokenKind.Word && token.Lower.Length >= 4 && !Common.Contains(token.Lower) && !CountedStops.Contains(token.Lower) && token.Lower.All(char.IsAsciiLetterLower))
            {
                var singular = Plurals.Singular(token.Lower);
                if (singular != head)
                {
                    stems.Add(singular.Length > 5 ? singular[..5] : singular);
                }
            }
        }

        return stems;
    }

    /// <summary>The first line, when it is short (at most 150 characters) and two more lines follow: a headline.</summary>
    private static TextSpan? Headline(TextLayer layer) =>
        layer.Paragraphs.Count >= 3 && layer.Paragraphs[0].Span.Length <= 150 ? layer.Paragraphs[0].Span : null;

    /// <summary>
    /// The first plural noun among the five words after a figure, over adjectives, names and <c>and</c>
    /// (<c>two U.S. embassies</c>, <c>five previous Security Council resolutions</c>), singular; null at a function word.
    /// </summary>
    private static string? Counted(List<TextToken> after)
    {
        foreach (var token in after.Take(5))
        {
            if (token.Kind != TokenKind.Word || CountedStops.Contains(token.Lower))
            {
                return null;
            }

            if (token.Lower.Length > 3 && token.Lower[^1] == 's' && token.Lower[^2] is not ('s' or 'u' or 'i') && !NotPlural.Contains(token.Lower) && token.Lower.All(char.IsAsciiLetterLower))
            {
                return Plurals.Singular(token.Lower);
            }
        }

        return null;
    }

    /// <summary><c>killed</c> or <c>injured</c> when a casualty word stands next to the count, after it first, else null.</summary>
    private static string? Toll(List<TextToken> before, List<TextToken> after) => Casualty(after, nounsCount: false) ?? Casualty(before, nounsCount: true);

    /// <summary>
    /// The first casualty word among <paramref name="words"/>, up to a semicolon or colon. After a count only a verb or an
    /// adjective says what it counts (<c>140 people were killed</c>); before it a noun does too (<c>the death toll rose to 135</c>).
    /// </summary>
    private static string? Casualty(List<TextToken> words, bool nounsCount)
    {
        foreach (var token in words)
        {
            if (token.Lower is ";" or ":")
            {
                break;
            }

            if (Killed.Contains(token.Lower) && (nounsCount || token.Lower is not ("toll" or "death" or "lives")))
            {
                return "killed";
            }

            if (Injured.Contains(token.Lower))
            {
                return "injured";
            }
        }

        return null;
    }

    private static Role RoleOf(Quantity q, List<TextToken> before, List<TextToken> after, TextLayer layer, int first, int sentenceStart)
    {
        var previous = before.Count > 0 ? before[0].Lower : "";
        var next = after.Count > 0 ? after[0].Lower : "";
        if (previous is "including" or "top" or "bottom" || (previous == "them" && before.Count > 1 && before[1].Lower == "among"))
        {
            return previous is "top" or "bottom" ? Role.Name : Role.Part;
        }

        if (next == "of" && after.Count > 1 && after[1].Lower is "them" or "whom" or "those" or "the" or "its" or "their")
        {
            return Role.Part;
        }

        if (q.Qualifier is "up" or "down" || ChangeNouns.Contains(next) || (after.Count > 1 && after[0].Kind == TokenKind.Word && ChangeNouns.Contains(after[1].Lower) && after[0].Lower.EndsWith("ly", StringComparison.Ordinal)))
        {
            return Role.Change;
        }

        if (previous == "from" && ChangeBefore(layer, first, sentenceStart))
        {
            return Role.Baseline;
        }

        return IsName(q, layer, first, sentenceStart) || IsModel(q, layer) || IsParticiple(q, layer) ? Role.Name : Role.Level;
    }

    /// <summary>A verb of change (the qualifiers' table) among the twenty tokens before a figure in its sentence (<c>rose to $180 million from</c>).</summary>
    private static bool ChangeBefore(TextLayer layer, int first, int sentenceStart)
    {
        for (var k = first - 1; k >= Math.Max(sentenceStart, first - 20); k--)
        {
            if (layer.Tokens[k].Lower is var word && (QuantityExtractor.IsChangeWord(word) || word == "compared"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A number joined by a hyphen to a participle describes, it counts nothing: <c>486-based machines</c>.</summary>
    private static bool IsParticiple(Quantity q, TextLayer layer) =>
        q.UnitText is { Length: > 3 } unit && unit.EndsWith("ed", StringComparison.Ordinal) && layer.Text.AsSpan(q.Span.Start, q.Span.Length).Contains('-');

    /// <summary>A number before a singular counted noun, with a space between: a model or a name (<c>the 486 chip</c>, <c>the Fight for 15 Movement</c>), not a count.</summary>
    private static bool IsModel(Quantity q, TextLayer layer) =>
        q.Low > 1 && !q.IsRange && q.UnitText is { Length: > 2 } unit && char.IsLetter(unit[0]) && !UnitLexicon.IsKnown(unit) && !unit.Contains(' ', StringComparison.Ordinal)
        && unit[^1] != 's' && q.Span.End < layer.Text.Length && layer.Text[q.Span.End] == ' ' && !layer.Text.AsSpan(q.Span.Start, q.Span.Length).ContainsAnyInRange('a', 'z')
        && Plurals.Singular(unit) == unit;

    /// <summary>A capitalised unit after a capitalised word or an opening mark (<c>'13 Hours'</c>, <c>(41 Shots)</c>), or a lexicon unit written capitalised mid-sentence (<c>The movie 13 Hours</c>).</summary>
    private static bool IsName(Quantity q, TextLayer layer, int first, int sentenceStart)
    {
        if (q.UnitText is not { Length: > 0 } unit || !char.IsUpper(unit[0]) || !char.IsLetter(unit[0]))
        {
            return false;
        }

        if (first <= sentenceStart)
        {
            return UnitLexicon.IsKnown(unit);
        }

        var previous = layer.Tokens[first - 1];
        var opens = previous.Text is "'" or "‘" or "’" or "\"" or "“" or "(";
        return opens || (previous.Kind == TokenKind.Word && previous.IsCapitalised) || UnitLexicon.IsKnown(unit);
    }

    /// <summary>The last word of a unit, the noun it counts (<c>hedge fund billionaire</c> → <c>billionaire</c>).</summary>
    private static string? Head(string? unit)
    {
        if (unit is null)
        {
            return null;
        }

        var space = unit.LastIndexOf(' ');
        return (space < 0 ? unit : unit[(space + 1)..]).ToLowerInvariant();
    }

    private static HashSet<string> Places(TokenSlice sentence)
    {
        var places = new HashSet<string>(StringComparer.Ordinal);
        for (var k = 0; k + 1 < sentence.Count; k++)
        {
            if (PlaceWords.Contains(sentence[k].Lower) && sentence[k + 1] is { Kind: TokenKind.Word, IsCapitalised: true } place && !NotPlaces.Contains(place.Text))
            {
                places.Add(place.Text);
            }
            else if (sentence[k].Lower == "there" && k > 0 && sentence[k - 1].Kind == TokenKind.Word && sentence[k - 1].Lower is not ("is" or "are" or "was" or "were" or "be" or "been"))
            {
                places.Add("there"); // "1,643 wounded there": a place named before
            }
        }

        return places;
    }

    private static bool HasLastYear(TokenSlice sentence)
    {
        for (var k = 0; k + 1 < sentence.Count; k++)
        {
            if (sentence[k].Lower is "last" or "this" && sentence[k + 1].Lower is "year" or "decade")
            {
                return true;
            }
        }

        return false;
    }
}
