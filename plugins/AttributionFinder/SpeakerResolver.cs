namespace DocAnalysis.Plugins.Attributions;

/// <summary>
/// Resolves a source to a person or organisation named in the text: a pronoun to the nearest person named before
/// it, a surname to the full name that appeared earlier (<c>Lavrov</c> → <c>Sergei Lavrov</c>).
/// </summary>
internal sealed class SpeakerResolver
{
    private readonly List<(int Position, string Name)> _people = [];

    /// <summary>The sex a title gave a person (<c>Mr.</c>: 'm', <c>Mrs.</c>, <c>Ms.</c>: 'f'), by name.</summary>
    private readonly Dictionary<string, char> _genders = new(StringComparer.Ordinal);

    /// <summary>The people by the last word of their name, in text order, so a surname is expanded without scanning everyone.</summary>
    private readonly Dictionary<string, List<(int Position, string Name)>> _bySurname = new(StringComparer.Ordinal);

    /// <summary>Records the people named in the tokens, so later pronouns and surnames can be resolved to them.</summary>
    public void Observe(List<Token> tokens, IReadOnlySet<int> excluded)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (excluded.Contains(tokens[i].Start) || !IsNameWord(tokens[i]))
            {
                continue;
            }

            var j = i;
            while (j < tokens.Count && IsNameWord(tokens[j]) && !excluded.Contains(tokens[j].Start))
            {
                j++;
            }

            var gender = Gender(tokens, i, j);
            if (PersonName(tokens, i, j) is { } name)
            {
                Remember(tokens[i].Start, name, gender);
            }
            else if (j == i + 1 && Expand(tokens[i].Text, tokens[i].Start) is var full && full.Contains(' ', StringComparison.Ordinal))
            {
                Remember(tokens[i].Start, full, gender);
            }
            else if (j == i + 2 && gender is not null && WordClasses.Titles.Contains(tokens[i].Text))
            {
                Remember(tokens[i].Start, Expand(tokens[i + 1].Text, tokens[i].Start), gender); // "Mrs. Clinton": a person, and a woman
            }

            i = j - 1;
        }
    }

    /// <summary>
    /// The speaker and role for source tokens found before <paramref name="position"/>. A pronoun is the person named
    /// last before it outside <paramref name="content"/>, what the source said: in <c>"Clinton caused this," he said</c>
    /// the speaker is not Clinton.
    /// </summary>
    public (string? Speaker, string? Role) Resolve(IReadOnlyList<Token> source, int position, TextSpan? content = null)
    {
        // "Rep. Jim Jordan (R-Ohio)": a party and state in parentheses are no part of the name.
        var words = source.ToList();
        var open = words.FindIndex(t => t.Text == "(");
        if (open >= 0 && words.FindIndex(open, t => t.Text == ")") is var close and > 0)
        {
            return Resolve([.. source.Take(open), .. source.Skip(close + 1)], position, content);
        }

        // "Donald Trump, her Republican opponent,": the name stands before the appositive, which is the role.
        var comma = words.FindIndex(t => t.Text == ",");
        if (comma > 0)
        {
            // "John Smith, who leads the group,": a relative clause says something of the speaker, it is no role.
            var (headSpeaker, headRole) = Resolve(source.Take(comma).ToList(), position, content);
            var appositiveTokens = source.Skip(comma + 1).TakeWhile(t => t.Text != ",").ToList();
            var appositive = appositiveTokens.Count > 0 && appositiveTokens[0].Lower is "who" or "whose" or "which" or "that" or "where" ? null : Join(appositiveTokens);
            return (headSpeaker, headRole ?? appositive);
        }

        if (source.Count == 1 && (WordClasses.PersonPronouns.Contains(source[0].Lower) || source[0].Lower == "who"))
        {
            // "she" is not a man the text called "Mr." (nor "he" a "Mrs." or "Ms."); a person of unknown sex can be either.
            char? opposite = source[0].Lower switch { "she" => 'm', "he" => 'f', _ => null };
            return (_people.LastOrDefault(p => p.Position < position && !(content is { } said && said.Start <= p.Position && p.Position < said.End)
                && !(_genders.TryGetValue(p.Name, out var known) && known == opposite)).Name, null);
        }

        // The name is the capitalised run at the end of the source; what stands before it is the role.
        var end = source.Count;
        var start = end;
        while (start > 0 && IsNameWord(source[start - 1]))
        {
            start--;
        }

        // The name follows the last title: "Afghan Foreign Ministry Spokesman Muhammad Ashraf Haidari".
        var nameTokens = source.Skip(start).Take(end - start).ToList();
        var lastTitle = nameTokens.FindLastIndex(t => WordClasses.Titles.Contains(t.Text));
        nameTokens.RemoveRange(0, lastTitle + 1);

        // The role is what stands before the name, without an honorific of the name ("spokesperson Col. John Thomas")
        // or an article ("the Russian").
        var roleTokens = source.Take(end - nameTokens.Count).ToList();
        while (roleTokens.Count > 0 && roleTokens[^1].Text.EndsWith('.') && WordClasses.Titles.Contains(roleTokens[^1].Text))
        {
            roleTokens.RemoveAt(roleTokens.Count - 1);
        }

        var role = Join(WithoutArticle(roleTokens));
        if (nameTokens.Count == 0 || nameTokens.Any(t => WordClasses.OrganisationWords.Contains(t.Text)))
        {
            return (Join(WithoutArticle(source)), null);
        }

        var name = Join(nameTokens)!;
        name = WordClasses.IsPossessive(name) ? name[..^2] : name; // "Mr. Trump's" speaks as Trump
        return (Expand(name, position), string.IsNullOrWhiteSpace(role) ? null : role);
    }

    /// <summary>A surname alone becomes the earlier full name ending with it.</summary>
    private string Expand(string name, int position)
    {
        if (name.Contains(' ', StringComparison.Ordinal))
        {
            return name;
        }

        var full = _bySurname.TryGetValue(name, out var people) ? people.LastOrDefault(p => p.Position < position).Name : null;
        return full ?? name;
    }

    private void Remember(int position, string name, char? gender = null)
    {
        if (gender is { } known)
        {
            _genders[name] = known;
        }

        _people.Add((position, name));
        var surname = name[(name.LastIndexOf(' ') + 1)..];
        if (!_bySurname.TryGetValue(surname, out var people))
        {
            _bySurname[surname] = people = [];
        }

        people.Add((position, name));
    }

    /// <summary>The sex a title in the run <c>tokens[start..end]</c> gives: <c>Mr.</c> a man, <c>Mrs.</c>, <c>Ms.</c> and <c>Miss</c> a woman; else null.</summary>
    private static char? Gender(List<Token> tokens, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            switch (tokens[k].Text)
            {
                case "Mr." or "Mr":
                    return 'm';
                case "Mrs." or "Mrs" or "Ms." or "Ms" or "Miss":
                    return 'f';
            }
        }

        return null;
    }

    /// <summary>
    /// The person's name in the capitalised run <c>tokens[start..end]</c>: the words after the last title ("Russian
    /// Foreign Minister Sergei Lavrov" → "Sergei Lavrov", "Secretary of State Madeleine Albright" → "Madeleine Albright");
    /// a determiner, conjunction or preposition opening the sentence is no part of it ("An Afghan refugee" and "No Cuban
    /// flags" name nobody, "When Francis" is Francis, "For Clinton" Clinton); an owner is no part of it ("Miami's
    /// Cubans" names nobody, "NBC's Lester Holt" Lester Holt) and a name's own possessive goes ("Hillary Clinton's").
    /// </summary>
    private static string? PersonName(List<Token> tokens, int start, int end)
    {
        var first = start < end && (WordClasses.SentenceOpeners.Contains(tokens[start].Lower) || NobodyDeterminers.Contains(tokens[start].Lower)) ? start + 1 : start;
        for (var k = start; k < end; k++)
        {
            // The name follows the last title, the last word of an office and an owner: "Secretary of State Madeleine
            // Albright", "NBC's Lester Holt".
            if (WordClasses.Titles.Contains(tokens[k].Text) || (WordClasses.OrganisationWords.Contains(tokens[k].Text) && end - k - 1 >= 2)
                || (k < end - 1 && WordClasses.IsPossessive(tokens[k].Text)))
            {
                first = k + 1;
            }
        }

        if (end - first is < 2 or > 4)
        {
            return null;
        }

        for (var k = first; k < end; k++)
        {
            if (WordClasses.OrganisationWords.Contains(tokens[k].Text) || !char.IsUpper(tokens[k].Text[0]))
            {
                return null;
            }
        }

        var last = WordClasses.IsPossessive(tokens[end - 1].Text) ? tokens[end - 1].Text[..^2] : tokens[end - 1].Text; // "Hillary Clinton's campaign" names Hillary Clinton
        return end - first == 2 ? string.Concat(tokens[first].Text, " ", last) : string.Join(' ', tokens[first..(end - 1)].Select(t => t.Text).Append(last));
    }


    /// <summary>Determiners that open a capitalised run at a sentence's start and name nobody: "No Cuban flags", "All Democrats".</summary>
    private static readonly HashSet<string> NobodyDeterminers = new(StringComparer.Ordinal) { "no", "all", "both", "few", "other", "another", "any", "neither", "either" };

    /// <remarks>Every title is capitalised, so a word that is not is never looked up.</remarks>
    private static bool IsNameWord(Token token) =>
        token.IsCapitalised && ((token.IsWord && token.Text.Length > 1 && !IsAllUpper(token.Text)) || WordClasses.Titles.Contains(token.Text));

    private static bool IsAllUpper(string word)
    {
        foreach (var c in word)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The words after a leading article: "the Russian side" → "Russian side".</summary>
    private static List<Token> WithoutArticle(IEnumerable<Token> tokens) => [.. tokens.SkipWhile(t => t.Lower is "the" or "a" or "an")];

    private static string? Join(IReadOnlyList<Token> tokens) => tokens.Count == 0 ? null : string.Join(" ", tokens.Select(t => t.Text));
}
