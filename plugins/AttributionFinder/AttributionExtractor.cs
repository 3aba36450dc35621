namespace DocAnalysis.Plugins.Attributions;

/// <summary>
/// The sentence-level rules: <c>According to X, ...</c>; <c>X said (that) ...</c>; <c>"...," X said</c>;
/// <c>"...," said X</c>; <c>..., X reported, citing Y</c>; <c>X told MEDIUM that ...</c>.
/// </summary>
internal sealed partial class AttributionExtractor(string text, CueLexicon lexicon)
{
    /// <summary>Fewest words a content keeps when a later attribution in its sentence ends it.</summary>
    private const int MinCutContentWords = 3;

    /// <summary>Longest appositive, in tokens, between a subject and its verb.</summary>
    private const int MaxAppositive = 24;

    /// <summary>Most words of a quotation's signature.</summary>
    private const int MaxSignature = 4;

    /// <summary>Most words of a sentence's subject found for a participle cue.</summary>
    private const int MaxSubjectWords = 6;

    /// <summary>Longest parenthesis, in tokens, inside a source: <c>(R-Wis.)</c>, <c>(D-N.J.)</c>.</summary>
    private const int MaxParenthesis = 8;

    /// <summary>
    /// The attributions of one sentence, one for each cue the model found in it: the confident ones
    /// (<paramref name="cues"/>) first, then the weak ones (<paramref name="weakCues"/>) only where no attribution
    /// already reads the words, so a weak candidate never cuts or takes over a confident one (<c>"...," he said,
    /// adding "..."</c> stays the participle's).
    /// </summary>
    public List<Attribution> Extract(List<Token> tokens, TextSpan sentence, IReadOnlyList<TextSpan> cues, IReadOnlyList<TextSpan> weakCues)
    {
        var found = new List<Attribution>();
        if (AccordingTo(tokens, sentence) is { } according)
        {
            found.Add(according);
        }

        if (Byline(tokens, sentence) is { } byline)
        {
            found.Add(byline);
        }

        // ", adding ..." after another cue is that cue's source's further words: read the other cues first.
        var afterComma = cues.Count == 0 ? [] : cues.Where(cue => IsCommaParticiple(tokens, tokens.FindIndex(t => t.Span.OverlapsWith(cue)))).ToList();
        foreach (var cue in afterComma.Count == 0 ? cues : cues.Except(afterComma))
        {
            AddFromCue(tokens, sentence, found, cue, weak: false);
        }

        AddParticiples(tokens, sentence, found);
        foreach (var cue in afterComma)
        {
            AddFromCue(tokens, sentence, found, cue, weak: false);
        }

        foreach (var cue in weakCues)
        {
            AddFromCue(tokens, sentence, found, cue, weak: true);
        }

        for (var i = 0; i < found.Count; i++)
        {
            found[i] = EndAtClause(found[i]);
        }

        return SharedWithCited(EndContentsAtNextSource(found));
    }

    /// <summary>
    /// The attribution of one cue, completed by the first rule that reads it, unless an attribution found before holds
    /// the cue as its own cue or source, or, for a weak cue, in its content.
    /// </summary>
    private void AddFromCue(List<Token> tokens, TextSpan sentence, List<Attribution> found, TextSpan cue, bool weak)
    {
        var index = Head(tokens, cue);
        if (index < 0 || IsLoneAdverb(tokens[index], cue) || found.Any(a => a.Cue.OverlapsWith(cue) || (a.Source is { } s && s.OverlapsWith(cue)) || (weak && a.Content is { } c && c.OverlapsWith(cue))))
        {
            return;
        }

        var attribution = FromCue(tokens, index, sentence) ?? FromWordBefore(tokens, index, sentence) ?? WithoutSource(tokens, index, sentence);
        var whole = TextSpan.FromBounds(Math.Min(cue.Start, attribution.Cue.Start), Math.Max(cue.End, attribution.Cue.End));
        found.Add(attribution with { Cue = whole, Content = StartingAfter(attribution.Content, whole) });
    }

    /// <summary>
    /// The word of <paramref name="cue"/> the rules read as its verb: the first that is no auxiliary or adverb
    /// (<c>was charged</c>, <c>has also said</c>, <c>is looking</c>, <c>was widely criticized</c>), so that a passive is read as one and the words
    /// before the verb stay in the cue; the first word when all are such, or -1 when no token is in the cue.
    /// </summary>
    private static int Head(List<Token> tokens, TextSpan cue)
    {
        var first = tokens.FindIndex(t => t.Span.OverlapsWith(cue));
        var head = first;
        while (head >= 0 && head + 1 < tokens.Count && tokens[head + 1].Span.OverlapsWith(cue) && (WordClasses.Interveners.Contains(tokens[head].Lower) || IsAdverb(tokens[head])))
        {
            head++;
        }

        return head;
    }

    /// <summary>
    /// "“...,” he said, adding “...”": a participle of speech right after a cue reports the same source's further words,
    /// whether or not the model marked it.
    /// </summary>
    private void AddParticiples(List<Token> tokens, TextSpan sentence, List<Attribution> found)
    {
        for (var i = found.Count - 1; i >= 0; i--)
        {
            var after = tokens.FindIndex(t => t.Start >= found[i].Cue.End);
            if (found[i].Source is not { } source || after < 0 || after + 2 >= tokens.Count || !IsCommaParticiple(tokens, after + 1)
                || found.Any(a => a.Cue.OverlapsWith(tokens[after + 1].Span)))
            {
                continue;
            }

            found.Add(new Attribution(source, tokens[after + 1].Span, ContentAfter(tokens, after + 2, sentence), null));
        }
    }

    /// <summary><c>adding</c> or <c>saying</c> at <paramref name="index"/>, right after a comma: <c>"...," he said, adding "..."</c>.</summary>
    private static bool IsCommaParticiple(List<Token> tokens, int index) =>
        index > 0 && tokens[index].Lower is "adding" or "saying" && tokens[index - 1].Text == ",";

    /// <summary>"repeatedly" or "formally" marked alone, without the verb it modifies, is no cue.</summary>
    private static bool IsLoneAdverb(Token token, TextSpan cue) => token.Span == cue && IsAdverb(token);

    /// <summary>A word in -ly of more than four letters: <c>repeatedly</c>, <c>formally</c>.</summary>
    private static bool IsAdverb(Token token) => token.IsWord && token.Text.Length > 4 && token.Lower.EndsWith("ly", StringComparison.Ordinal);

    /// <summary>"Other media reports suggested that ...": the rules read the cue's first word, so a content that starts inside the whole cue starts after it.</summary>
    private TextSpan? StartingAfter(TextSpan? content, TextSpan cue) =>
        content is { } c && c.Start >= cue.Start && c.Start < cue.End && c.End > cue.End ? Trim(TextSpan.FromBounds(cue.End, c.End)) : content;

    /// <summary>
    /// "..., the news outlet TOLO reported, citing a government official": the cited party said what the outlet
    /// reported, so its attribution takes the outlet's content rather than everything before <c>citing</c>.
    /// </summary>
    private List<Attribution> SharedWithCited(List<Attribution> found)
    {
        for (var i = 0; i < found.Count; i++)
        {
            if (found[i].Source is { } cited && text.AsSpan(found[i].Cue.Start, found[i].Cue.Length) is "citing" or "quoting"
                && found.FirstOrDefault(a => a.Via is { } via && via.OverlapsWith(cited)) is { Content: { } reported })
            {
                found[i] = found[i] with { Content = reported };
            }
        }

        return found;
    }

    /// <summary>
    /// A content after its cue ends where the sentence turns to something else, outside quotes: a participle
    /// (<c>, saying</c>), a contrast (<c>, but</c>), a semicolon, a dash, or a second verb of speech (<c>and warned</c>, <c>but noted</c>). A relative
    /// clause stays in (<c>helicopters, which were made in Russia</c>), and so does a second verb of the content
    /// (<c>stormed the headquarters and attacked</c>).
    /// </summary>
    private Attribution EndAtClause(Attribution attribution)
    {
        if (attribution.Content is not { } content || content.Start < attribution.Cue.End)
        {
            return attribution;
        }

        var words = text.AsSpan(content.Start, content.Length);
        var objectOfCue = text.AsSpan(attribution.Cue.End, content.Start - attribution.Cue.End).Trim().Length <= "about".Length;
        if (objectOfCue && !IsReporting(attribution.Cue) && words.Length > 0 && words[0] is not ('"' or '“' or ':') && !words.StartsWith("that ", StringComparison.OrdinalIgnoreCase))
        {
            // "Clinton cited it as an example", "criticism of NBC's Matt Lauer, who took heat": after a cue that is
            // not one of speech the content is its object, which ends where an adverbial clause or a relative begins.
            foreach (var adverbial in ObjectEnd().EnumerateMatches(words))
            {
                if (EndsWithLetteredWord(words[..adverbial.Index]) && IsOutsideQuotes(words[..adverbial.Index]))
                {
                    return attribution with { Content = Trim(new TextSpan(content.Start, adverbial.Index)) };
                }
            }
        }

        foreach (var boundary in ClauseBoundary().EnumerateMatches(words))
        {
            if (IsOutsideQuotes(words[..boundary.Index]) && words[..boundary.Index].Count(' ') >= MinCutContentWords - 1)
            {
                return attribution with { Content = Trim(new TextSpan(content.Start, boundary.Index)) };
            }
        }

        return attribution;
    }

    /// <summary>True when the last word of <paramref name="before"/> has a letter: an object ends only after one.</summary>
    private static bool EndsWithLetteredWord(ReadOnlySpan<char> before)
    {
        for (var i = before.Length - 1; i >= 0 && !char.IsWhiteSpace(before[i]); i--)
        {
            if (char.IsLetter(before[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when every quotation opened in <paramref name="before"/> is closed in it.</summary>
    private static bool IsOutsideQuotes(ReadOnlySpan<char> before) => before.Count('"') % 2 == 0 && before.Count('“') == before.Count('”');

    [System.Text.RegularExpressions.GeneratedRegex(@",\s(?!including\b|according\b)\p{Ll}{2,12}ing\s|,\s(?:but|although|though|whereas)\b|;\s|\s(?:—|―|--)\s|\sand\s(?:says|said|vows|vowed|warns|warned|calls|called|adds|added|told|tells|urged|urges|encouraged|encourages)\b|\s(?:but|and)\s(?:also\s)?(?:said|says|asserted|noted|stopped|added|argued|insisted|acknowledged)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial System.Text.RegularExpressions.Regex ClauseBoundary();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:\s(?:during|since|after|when|while|because|amid|despite|following)\s|,\s(?!including\b|according\b)\p{Ll}{2,12}ing\s|\s(?:and|but)\s(?:also\s|then\s|later\s|since\s)?(?:has|had|is|was|said|says|\p{Ll}{2,12}ed)\s|,\s(?:who|which|where)\s|\sin\s(?:a|an|his|her|their|its)\s(?:statement|interview|speech|tweets?|remarks|letter|op-ed|post)\b|\son\s(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Twitter|Facebook|social\smedia|national\stelevision)\b|\sat\s(?:a|the)\s(?:rally|debate|press|news|campaign|hearing|forum|town|meeting|event)\b)", System.Text.RegularExpressions.RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial System.Text.RegularExpressions.Regex ObjectEnd();

    /// <summary>A quotation signed with a dash after it: <c>“The most unqualified child to ever run for president.” ― Francisco Herrero</c>.</summary>
    private Attribution? Byline(List<Token> tokens, TextSpan sentence)
    {
        var dash = tokens.FindLastIndex(t => t.Text is "―" or "—" or "--");
        if (dash < 1 || tokens[dash - 1].Text is not ("”" or "\"" or "''"))
        {
            return null;
        }

        var end = dash + 1;
        while (end < tokens.Count && end - dash <= MaxSignature && (tokens[end].IsCapitalised || tokens[end].Text.EndsWith('.') && end + 1 < tokens.Count))
        {
            end++;
        }

        var rest = end < tokens.Count ? text.AsSpan(tokens[end].Start, sentence.End - tokens[end].Start).Trim() : default;
        return end > dash + 1 && (rest.IsEmpty || rest is ".")
            ? new Attribution(TextSpan.FromBounds(tokens[dash + 1].Start, tokens[end - 1].End), tokens[dash].Span, Trim(TextSpan.FromBounds(sentence.Start, tokens[dash].Start)), null)
            : null;
    }

    /// <summary>
    /// The model may mark only the end of a phrasal cue ("spoke out"): the rules try the word just before it too. A
    /// comma there ("Moscow, also expressed hope") lends the rules its position but is no part of the cue.
    /// </summary>
    private Attribution? FromWordBefore(List<Token> tokens, int index, TextSpan sentence)
    {
        if (index == 0 || tokens[index - 1].IsCapitalised || tokens[index - 1].Lower is "and" or "but" || FromCue(tokens, index - 1, sentence) is not { } attribution)
        {
            return null;
        }

        return tokens[index - 1].Text == "," ? attribution with { Cue = tokens[index].Span } : attribution;
    }

    /// <summary>A cue whose source the rules cannot find: the attribution keeps a null source and the content after the cue, else before it.</summary>
    private Attribution WithoutSource(List<Token> tokens, int cueIndex, TextSpan sentence)
    {
        var after = cueIndex + 1 < tokens.Count ? Trim(TextSpan.FromBounds(tokens[cueIndex + 1].Start, sentence.End)) : default;
        TextSpan? content = !after.IsEmpty ? after : Before(tokens, cueIndex, sentence);
        return new Attribution(null, tokens[cueIndex].Span, content, null);
    }

    /// <summary>
    /// "Other media reports suggested that the toll rose to 140, while the Defense Ministry confirmed that ...":
    /// an attribution's content ends where the next attribution of its sentence begins.
    /// </summary>
    private List<Attribution> EndContentsAtNextSource(List<Attribution> found)
    {
        for (var i = 0; i < found.Count; i++)
        {
            if (found[i].Content is not { } content)
            {
                continue;
            }

            var next = found.Where(b => b != found[i] && b.Source is { } s && s.Start > content.Start && s.Start < content.End && IsReporting(b.Cue))
                .Select(b => b.Source!.Value.Start).DefaultIfEmpty(-1).Min();
            if (next > 0)
            {
                var end = next;
                var clause = text.AsSpan(content.Start, end - content.Start).TrimEnd();
                foreach (var joiner in Joiners)
                {
                    if (clause.EndsWith(joiner, StringComparison.OrdinalIgnoreCase))
                    {
                        clause = clause[..^joiner.Length].TrimEnd();
                    }
                }

                var cut = Trim(new TextSpan(content.Start, clause.Length));
                if (text.AsSpan(cut.Start, cut.Length).Count(' ') >= MinCutContentWords - 1)
                {
                    found[i] = found[i] with { Content = cut }; // never cut a content down to "that"
                }
            }
        }

        return found;
    }

    /// <summary>A cue of reported speech: a strong cue, or one followed by "that", a colon or a quote ("confirmed later on Friday that").</summary>
    private bool IsReporting(TextSpan cue) =>
        lexicon.IsStrongCue(TextLayer.ToLower(text.Substring(cue.Start, cue.Length)))
        || ReportingComplement().IsMatch(text.AsSpan(cue.End, Math.Min(40, text.Length - cue.End)));

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:[\p{L}]+\s+){0,4}?(?:that\b|:|""|“)", System.Text.RegularExpressions.RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial System.Text.RegularExpressions.Regex ReportingComplement();

    private static readonly string[] Joiners = ["while", "whereas", "but", "and", "as", ","];

    private Attribution? AccordingTo(List<Token> tokens, TextSpan sentence)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].Lower != "according" || tokens[i + 1].Lower != "to")
            {
                continue;
            }

            var cue = TextSpan.FromBounds(tokens[i].Start, tokens[i + 1].End);
            var sourceEnd = i + 2;
            while (sourceEnd < tokens.Count && tokens[sourceEnd].Text is not ("," or "." or ";" or ":"))
            {
                sourceEnd++;
            }

            if (sourceEnd == i + 2)
            {
                return null;
            }

            var source = TextSpan.FromBounds(tokens[i + 2].Start, tokens[sourceEnd - 1].End);
            var content = i == 0
                ? Trim(TextSpan.FromBounds(sourceEnd < tokens.Count ? tokens[sourceEnd].End : source.End, sentence.End))
                : Trim(TextSpan.FromBounds(sentence.Start, tokens[i].Start));
            return new Attribution(source, cue, content, null);
        }

        return null;
    }

    private Attribution? FromCue(List<Token> tokens, int cueIndex, TextSpan sentence)
    {
        var cueToken = tokens[cueIndex];

        if (cueToken.Lower is "said" or "says" or "asked" or "added" or "wrote" && cueIndex + 1 < tokens.Count && tokens[cueIndex + 1].IsCapitalised && Inverted(tokens, cueIndex, sentence) is { } inverted)
        {
            return inverted; // "..., said Batchelder", "...,'' said Mr. Holtz-Eakin": the name after the cue, before any subject rule
        }

        if (cueIndex == 0 && cueToken.Lower.EndsWith("ing", StringComparison.Ordinal) && OpeningParticiple(tokens) is { } opening)
        {
            return opening;
        }

        // "The act was passed by Congress", "a penalty imposed by the bureau": the source of a passive follows "by".
        var by = PassiveAgent(tokens, cueIndex);
        if (by > 0)
        {
            var end = SourceRunEnd(tokens, by + 1);
            if (end > by + 1)
            {
                var before = cueIndex;
                while (before > 0 && WordClasses.Interveners.Contains(tokens[before - 1].Lower))
                {
                    before--;
                }

                return new Attribution(TextSpan.FromBounds(tokens[by + 1].Start, tokens[end - 1].End), cueToken.Span, Before(tokens, before, sentence), null);
            }
        }

        // "Trump attacked Clinton over Iraq, saying ...": a participle after a comma says what the sentence's subject said.
        if (cueIndex > 1 && tokens[cueIndex - 1].Text == "," && cueToken.Lower.EndsWith("ing", StringComparison.Ordinal) && cueToken.Lower is not "according"
            && ClauseSubject(tokens, cueIndex - 1) is { } clauseSubject)
        {
            var (via, contentStart) = AfterCue(tokens, cueIndex + 1, tells: false);
            return new Attribution(clauseSubject, cueToken.Span, ContentAfter(tokens, contentStart, sentence), via);
        }

        var subjectEnd = cueIndex;
        while (subjectEnd > 0)
        {
            if (WordClasses.Interveners.Contains(tokens[subjectEnd - 1].Lower) || IsAdverb(tokens[subjectEnd - 1]))
            {
                subjectEnd--;
            }
            else if (subjectEnd > 1 && tokens[subjectEnd - 2].Lower is "in" or "on" or "last" or "this" && IsTimeWord(tokens[subjectEnd - 1]))
            {
                subjectEnd -= 2; // "McConnell, who in 2010 said", "Trump on Monday said"
            }
            else
            {
                break;
            }
        }

        // "Quina Jones, 25, said", "Donald Trump, her Republican opponent, bemoaned", "Kall -- co-editor of a book --
        // said": the subject stands before the appositive.
        if (subjectEnd > 0 && tokens[subjectEnd - 1].Text is "," or "--" or "—")
        {
            var mark = tokens[subjectEnd - 1].Text;
            var open = subjectEnd - 2;
            while (open > 0 && subjectEnd - open < MaxAppositive && tokens[open].Text != mark)
            {
                open--;
            }

            if (open > 0 && tokens[open].Text == mark && (IsSourceToken(tokens[open - 1]) || tokens[open - 1].Text == ")"))
            {
                var nameStart = SubjectStart(tokens, open);
                if (nameStart < open)
                {
                    var (via, contentStart) = AfterCue(tokens, cueIndex + 1, Tells(cueToken));
                    var content = (FollowsQuote(tokens, nameStart) && !OpensContent(tokens, contentStart) ? null : ContentAfter(tokens, contentStart, sentence))
                        ?? Before(tokens, nameStart, sentence);
                    return new Attribution(TextSpan.FromBounds(tokens[nameStart].Start, tokens[subjectEnd - 1].End), cueToken.Span, content, via);
                }
            }
        }

        // "Trump attacked the plan and vowed": a verb after "and" shares the clause's subject (below), whatever stands before "and".
        var coordinated = subjectEnd > 0 && tokens[subjectEnd - 1].Lower is "and" or "but";
        var subjectStart = coordinated ? subjectEnd : SubjectStart(tokens, subjectEnd);
        if (subjectStart < subjectEnd && IsPassive(tokens, cueIndex, subjectEnd))
        {
            // "a blood clot was confirmed", "it is considered a threat": a passive without "by" names no source.
            return WithoutSource(tokens, cueIndex, sentence);
        }

        if (subjectStart < subjectEnd)
        {
            var source = TextSpan.FromBounds(tokens[subjectStart].Start, tokens[subjectEnd - 1].End);
            var (via, contentStart) = AfterCue(tokens, cueIndex + 1, Tells(cueToken));
            var addressee = Addressee(tokens, cueToken, ref contentStart);

            // "..., the news outlet TOLO reported, citing a government official.": the source comes after what it said;
            // after a quote it does whatever follows the cue ("...," Cummings said in a phone interview).
            var afterQuote = FollowsQuote(tokens, subjectStart) && contentStart < tokens.Count && !OpensContent(tokens, contentStart);
            var postposed = subjectStart > 0 && tokens[subjectStart - 1].Text == ",";
            if (afterQuote || (postposed && (contentStart >= tokens.Count || tokens[contentStart].Text == "." || tokens[contentStart].Lower is "citing" or "quoting" or "according")))
            {
                TextSpan? cited = contentStart < tokens.Count && tokens[contentStart].Lower is "citing" or "quoting"
                    ? Trim(TextSpan.FromBounds(tokens[Math.Min(contentStart + 1, tokens.Count - 1)].Start, sentence.End))
                    : via;
                return new Attribution(source, cueToken.Span, Before(tokens, subjectStart, sentence), cited);
            }

            var content = ContentAfter(tokens, contentStart, sentence) ?? Before(tokens, subjectStart, sentence);
            return new Attribution(source, cueToken.Span, content, via) { Addressee = addressee };
        }

        // "Donald Trump bemoaned the unrest and said he ...": the verb shares the sentence's subject.
        if (coordinated && ClauseSubject(tokens, subjectEnd - 1) is var clauseOfVerb && (clauseOfVerb is not null || lexicon.IsStrongCue(cueToken.Lower)))
        {
            // "demonstrators, who have taken to the streets and called for": the relative pronoun is the shared subject.
            var relative = subjectEnd > 1 ? tokens.FindLastIndex(subjectEnd - 2, subjectEnd - 1, t => WordClasses.RelativePronouns.Contains(t.Lower)) : -1;
            var subjectOfSentence = relative >= 0 ? tokens[relative].Span : clauseOfVerb ?? SentenceSubject(tokens, subjectEnd - 1);
            var (via, contentStart) = AfterCue(tokens, cueIndex + 1, Tells(cueToken));
            TextSpan? content = contentStart < tokens.Count ? Trim(TextSpan.FromBounds(tokens[contentStart].Start, sentence.End)) : null;
            return new Attribution(subjectOfSentence, cueToken.Span, content is { IsEmpty: false } ? content : null, via);
        }

        return Inverted(tokens, cueIndex, sentence);
    }

    /// <summary>"...," said Lavrov: after a comma or a closing quote, the source follows the cue and the content precedes it.</summary>
    private Attribution? Inverted(List<Token> tokens, int cueIndex, TextSpan sentence)
    {
        if (cueIndex == 0 || tokens[cueIndex - 1].Text is not ("," or "”" or "\"" or "''") || (cueIndex + 1 < tokens.Count && IsTimeWord(tokens[cueIndex + 1])))
        {
            return null; // "...," McConnell said Tuesday: a day after the cue is when, not who
        }

        if (NameAndAppositiveBefore(tokens, cueIndex))
        {
            return null; // "Jimmy Ghazal, 39, a visitor from Lebanon, told ABC News that ...": the name before is the subject
        }

        var end = InvertedSourceEnd(tokens, cueIndex + 1);

        // "said McConnell's trip was", "said Ivanka Trump's statement didn't": a possessive or a verb after the name
        // makes it the subject of what was said, not the one who said it.
        return end > cueIndex + 1 && !IsReportedClause(tokens, end)
            ? new Attribution(TextSpan.FromBounds(tokens[cueIndex + 1].Start, tokens[end - 1].End), tokens[cueIndex].Span, Before(tokens, cueIndex, sentence), null)
            : null;
    }

    /// <summary>
    /// Whether the sentence up to the cue is a name set off by a comma and what describes it, then a comma, with no quotation: the
    /// subject of the cue and its appositive (<c>Frank Luntz, a Republican expert on messaging, said Mr. Cameron
    /// ...</c>, <c>Mr. Kopachko, the pollster, said</c>), never what is reported. On PolNeAR's training split all 19
    /// verb cues the rules had read the other way round there had the name as the gold source. An opening word set off
    /// by a comma (<c>However,</c>, <c>In Iowa,</c>) is no name, and a conjunction after the comma opens a clause, no
    /// appositive (<c>Mexico, but it is unknown whether he went there, said Freeh</c>).
    /// </summary>
    private static bool NameAndAppositiveBefore(List<Token> tokens, int cueIndex)
    {
        var name = 0;
        while (name < cueIndex && tokens[name].IsWord && tokens[name].IsCapitalised)
        {
            name++;
        }

        if (name == 0 || name >= cueIndex - 1 || tokens[name].Text != "," || tokens[cueIndex - 1].Text != "," || tokens[cueIndex].Lower == "according"
            || tokens[name + 1].Lower is "but" or "and" or "or" or "so" or "yet" or "for" or "nor" // "Mexico, but it is unknown whether ..., said Freeh"
            || (name == 1 && (WordClasses.SentenceAdverbs.Contains(tokens[0].Lower) || WordClasses.SentenceOpeners.Contains(tokens[0].Lower)))
            || WordClasses.Prepositions.Contains(tokens[0].Lower))
        {
            return false;
        }

        for (var j = name; j < cueIndex; j++)
        {
            if ((tokens[j].Flags & (TokenFlags.OpensQuote | TokenFlags.ClosesQuote)) != 0 || tokens[j].Text is "\"" or "“" or "”" or "''" or "``")
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Where a source after its cue ends: its run of source words, and when that run stops on a function word
    /// (<c>said the chairman of a local committee in a statement</c>, <c>said a longtime adviser to both Clintons</c>) the
    /// rest of the noun phrase, up to five words, when a preposition, a relative pronoun or a mark ends it; otherwise the
    /// run without the function words it ends on (<c>the chairman of a</c> is no source).
    /// </summary>
    private static int InvertedSourceEnd(List<Token> tokens, int start)
    {
        var end = start;
        while (end < tokens.Count && IsSourceToken(tokens[end]))
        {
            end++;
        }

        if (end > start && end < tokens.Count && IsFunctionWord(tokens[end - 1]))
        {
            var phrase = end;
            while (phrase < tokens.Count && phrase - end < 5 && tokens[phrase].IsWord && !EndsNounPhrase(tokens[phrase]))
            {
                phrase++;
            }

            if (phrase > end && (phrase == tokens.Count || !tokens[phrase].IsWord || EndsNounPhrase(tokens[phrase])))
            {
                return phrase;
            }
        }

        var trimmed = end;
        while (trimmed > start && IsFunctionWord(tokens[trimmed - 1]))
        {
            trimmed--;
        }

        return trimmed > start ? trimmed : end;

        static bool IsFunctionWord(Token token) => token.Lower is "the" or "a" or "an" or "of" or "for" or "and" or "his" or "her" or "their" or "its";

        static bool EndsNounPhrase(Token token) => WordClasses.Prepositions.Contains(token.Lower) || token.Lower is "who" or "which" or "that" or "and" or "said" or "says";
    }

    /// <summary>
    /// "Citing an unfounded conspiracy theory, Trump accused ...", "Lamenting their luck, Mexicans often say": a participle
    /// that opens the sentence reports what the subject after its clause said, and its clause is the content.
    /// </summary>
    private static Attribution? OpeningParticiple(List<Token> tokens)
    {
        var comma = tokens.FindIndex(t => t.Text == ",");
        if (comma < 2 || comma + 1 >= tokens.Count)
        {
            return null;
        }

        var end = WordClasses.Pronouns.Contains(tokens[comma + 1].Lower) ? comma + 2 : SourceRunEnd(tokens, comma + 1);

        return end > comma + 1 && end < tokens.Count && tokens[end].IsWord && !tokens[end].IsCapitalised
            ? new Attribution(TextSpan.FromBounds(tokens[comma + 1].Start, tokens[end - 1].End), tokens[0].Span, TextSpan.FromBounds(tokens[1].Start, tokens[comma - 1].End), null)
            : null;
    }

    /// <summary>Where a source that starts at <paramref name="start"/> after the cue ends: its run of source words, not over <c>and</c>, <c>of</c>, <c>for</c>.</summary>
    private static int SourceRunEnd(List<Token> tokens, int start)
    {
        var end = start;
        while (end < tokens.Count && IsSourceToken(tokens[end]) && tokens[end].Lower is not ("and" or "of" or "for"))
        {
            end++;
        }

        return end;
    }

    /// <summary>True when the name ending at <paramref name="nameEnd"/> is possessive or followed by an auxiliary: the subject of a reported clause.</summary>
    private static bool IsReportedClause(List<Token> tokens, int nameEnd) =>
        tokens[nameEnd - 1].Lower.EndsWith("'s", StringComparison.Ordinal) || tokens[nameEnd - 1].Lower.EndsWith("’s", StringComparison.Ordinal)
        || (nameEnd < tokens.Count && WordClasses.Auxiliaries.Contains(tokens[nameEnd].Lower));

    /// <summary>
    /// The subject of the sentence's main clause, before <paramref name="limit"/>: the first run of source words after
    /// an opening adverbial ("In August, several environmental groups granted ..."), or a pronoun.
    /// </summary>
    private static TextSpan? ClauseSubject(List<Token> tokens, int limit)
    {
        var start = 0;
        if (tokens[0].Lower is "in" or "on" or "at" or "after" or "before" or "earlier" or "later" or "meanwhile" or "however" or "but" or "and" or "last" or "during" or "since" or "still" or "instead")
        {
            var comma = tokens.FindIndex(1, t => t.Text == ",");
            start = comma > 0 && comma < limit ? comma + 1 : start;
        }

        if (start < limit && (WordClasses.Pronouns.Contains(tokens[start].Lower) || WordClasses.RelativePronouns.Contains(tokens[start].Lower)))
        {
            return tokens[start].Span;
        }

        // The noun phrase ends at its last source word, over lower-case modifiers but not past a verb in -ed:
        // "several environmental groups granted", "Trump attacked".
        var end = start;
        for (var j = start; j < limit && j - start < MaxSubjectWords && (tokens[j].IsWord || tokens[j].Text is "'s" or "’s") && !(j > start && !tokens[j].IsCapitalised && tokens[j].Lower.EndsWith("ed", StringComparison.Ordinal)); j++)
        {
            if (IsSourceToken(tokens[j]))
            {
                end = j + 1;
            }
            else if (end < j)
            {
                break;
            }
        }

        while (end > start && tokens[end - 1].Lower is "the" or "a" or "an" or "of" or "and" or "for" or "his" or "her" or "their" or "its")
        {
            end--; // "The death toll ...": an article alone is no subject
        }

        return end > start && end < limit && tokens[end].IsWord && !tokens[end].IsCapitalised ? TextSpan.FromBounds(tokens[start].Start, tokens[end - 1].End) : null;
    }

    /// <summary>The first run of source words at the start of the sentence, up to <paramref name="limit"/>: the subject coordinated verbs share.</summary>
    private static TextSpan? SentenceSubject(List<Token> tokens, int limit)
    {
        var end = 0;
        while (end < limit && IsSourceToken(tokens[end]))
        {
            end++;
        }

        return end > 0 ? TextSpan.FromBounds(tokens[0].Start, tokens[end - 1].End) : null;
    }

    /// <summary>Where the subject before the cue starts: a run of names, role words and pronouns, and a name before an appositive.</summary>
    private static int SubjectStart(List<Token> tokens, int end)
    {
        if (end < tokens.Count && NameAndAppositiveBefore(tokens, end))
        {
            return 0; // "Tom Ray, 41, a nurse visiting the city with his family, told": the name and all that describes it
        }

        if (end > 0 && (WordClasses.Pronouns.Contains(tokens[end - 1].Lower) || WordClasses.RelativePronouns.Contains(tokens[end - 1].Lower)))
        {
            return end - 1;
        }

        var start = end;

        // "one questioner claimed", "the euro crisis highlighted": a plain lower-case noun right before the cue heads
        // the subject, with the determiner or modifier before it.
        if (end > 0 && IsBareHead(tokens[end - 1]))
        {
            start = end - 1;
            if (start > 0 && tokens[start - 1].IsWord && (IsSourceToken(tokens[start - 1]) || tokens[start - 1].Lower is "one" or "this" or "that" or "each" or "every" or "no" || IsBareHead(tokens[start - 1])))
            {
                start--;
            }
        }

        while (start > 0)
        {
            // "House Speaker Paul D. Ryan (R-Wis.) said": a short parenthesis after a name is part of the source.
            if (tokens[start - 1].Text == ")" && OpeningParenthesis(tokens, start - 1) is { } open && open > 0 && IsSourceToken(tokens[open - 1]))
            {
                start = open;
                continue;
            }

            if (!IsSourceToken(tokens[start - 1]))
            {
                break;
            }

            start--;
        }

        // "Haidari, head of the Afghan Foreign Ministry's Department ..., told": the name before the appositive.
        if (start > 1 && start < end && tokens[start - 1].Text == "," && tokens[start].Lower is "head" or "chief" or "director" or "spokesman" or "spokeswoman" or "spokesperson" or "a" or "the" or "who")
        {
            var nameEnd = start - 1;
            var nameStart = nameEnd;
            while (nameStart > 0 && tokens[nameStart - 1].IsWord && tokens[nameStart - 1].IsCapitalised)
            {
                nameStart--;
            }

            return nameStart < nameEnd && !(nameEnd - nameStart == 1 && WordClasses.SentenceAdverbs.Contains(tokens[nameStart].Lower)) ? nameStart : start; // not "Meanwhile, a source told"
        }

        // A subject starts a clause: drop leading words that cannot begin one ("that", "and").
        while (start < end && tokens[start].Lower is "and" or "of" or "for" or "'s" or "’s")
        {
            start++;
        }

        return start;
    }

    private static bool IsTimeWord(Token token) =>
        (token.Text.Length == 4 && token.Text.All(char.IsAsciiDigit)) || token.Lower is "monday" or "tuesday" or "wednesday" or "thursday" or "friday" or "saturday" or "sunday" or "week" or "month" or "year"
        or "january" or "february" or "march" or "april" or "may" or "june" or "july" or "august" or "september" or "october" or "november" or "december";

    /// <summary>A past participle after a form of "be" among the words between subject and cue: "was confirmed", "has been harshly criticized".</summary>
    private static bool IsPassive(List<Token> tokens, int cueIndex, int subjectEnd)
    {
        if (!tokens[cueIndex].Lower.EndsWith("ed", StringComparison.Ordinal) || (cueIndex + 1 < tokens.Count && tokens[cueIndex + 1].Lower == "by"))
        {
            return false;
        }

        for (var i = subjectEnd; i < cueIndex; i++)
        {
            if (tokens[i].Lower is "was" or "were" or "is" or "are" or "been" or "be" or "being")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The index of the <c>by</c> that follows a passive cue within two words (<c>imposed by</c>, <c>were echoed by</c>), or -1.</summary>
    private static int PassiveAgent(List<Token> tokens, int cueIndex)
    {
        for (var j = cueIndex + 1; j <= cueIndex + 2 && j < tokens.Count; j++)
        {
            if (tokens[j].Lower == "by" && tokens[j - 1].Lower.EndsWith("ed", StringComparison.Ordinal))
            {
                return j;
            }
        }

        return -1;
    }

    private static bool Tells(Token cue) => cue.Lower is "told" or "tell" or "tells" or "telling";

    /// <summary>The most words taken for the one a request is made of (<c>the Afghan government's security council</c>).</summary>
    private const int MaxAddresseeWords = 6;

    /// <summary>
    /// The one a request is made of, between the cue and what is asked: <c>asked Russia "to consider ..."</c>,
    /// <c>urged the council to act</c>, <c>pressed the minister whether</c>. It is the attribution's own field, not the
    /// content's first words; <paramref name="contentStart"/> moves past it.
    /// </summary>
    private static TextSpan? Addressee(List<Token> tokens, Token cue, ref int contentStart)
    {
        if (cue.Lower is not ("asked" or "asks" or "ask" or "asking" or "urged" or "urges" or "urge" or "urging" or "pressed" or "presses" or "invited" or "invites" or "begged" or "implored"))
        {
            return null;
        }

        var end = contentStart;
        while (end < tokens.Count && end - contentStart < MaxAddresseeWords && (tokens[end].IsWord || (end > contentStart && tokens[end].Text is "'s" or "’s")) && tokens[end].Lower is not ("to" or "that" or "whether" or "if" or "for" or "about"))
        {
            end++;
        }

        if (end == contentStart || end >= tokens.Count
            || !(tokens[end].Lower is "to" or "that" or "whether" or "if" || tokens[end].Flags.HasFlag(TokenFlags.OpensQuote)))
        {
            return null;
        }

        var addressee = TextSpan.FromBounds(tokens[contentStart].Start, tokens[end - 1].End);
        contentStart = end;
        return addressee;
    }

    /// <summary>True when a closing quote mark stands right before the source: <c>"...," Cummings said</c>.</summary>
    private static bool FollowsQuote(List<Token> tokens, int sourceStart) => sourceStart > 0 && tokens[sourceStart - 1].Text is "”" or "\"" or "''";

    /// <summary>True when the words after a cue open its content: <c>that</c>, a colon or a quote.</summary>
    private static bool OpensContent(List<Token> tokens, int contentStart) => contentStart < tokens.Count && tokens[contentStart].Text is "that" or ":" or "“" or "\"" or "``";

    /// <summary>The rest of the sentence from <paramref name="contentStart"/>, or null when the cue ends it.</summary>
    private TextSpan? ContentAfter(List<Token> tokens, int contentStart, TextSpan sentence) =>
        contentStart < tokens.Count && tokens[contentStart].Text != "." ? Trim(TextSpan.FromBounds(tokens[contentStart].Start, sentence.End)) : null;

    /// <summary>A lower-case word that can head a subject: not a function word, an adverb, a participle or a number.</summary>
    private static bool IsBareHead(Token token) =>
        token.IsWord && !token.IsCapitalised && token.Text.Length > 2 && token.Text.All(char.IsLetter) && !NotHeads.Contains(token.Lower)
        && !token.Lower.EndsWith("ly", StringComparison.Ordinal) && !token.Lower.EndsWith("ing", StringComparison.Ordinal) && !token.Lower.EndsWith("ed", StringComparison.Ordinal);

    private static readonly HashSet<string> NotHeads = new(StringComparer.Ordinal)
    {
        "that", "which", "who", "whom", "what", "and", "but", "nor", "for", "than", "then", "there", "this", "these", "those", "not", "also", "because", "when",
        "while", "where", "whether", "though", "although", "unless", "until", "since", "after", "before", "about", "into", "from", "with", "without", "over", "under",
        "the", "its", "his", "her", "their", "our", "your", "has", "have", "had", "was", "were", "are", "will", "would", "can", "could", "may", "might", "shall",
        "should", "must", "does", "did", "been", "being", "him", "them", "you", "she", "they", "all", "any", "some", "more", "most", "much", "many", "very", "too",
        "just", "even", "still", "yet", "now", "here", "how", "why", "out", "off", "per", "via", "amid", "upon", "onto", "both", "either", "neither", "such", "own",
    };

    /// <summary>The index of the "(" that the ")" at <paramref name="close"/> closes, a few tokens back, or null.</summary>
    private static int? OpeningParenthesis(List<Token> tokens, int close)
    {
        for (var i = close - 1; i >= 0 && close - i <= MaxParenthesis; i--)
        {
            if (tokens[i].Text == "(")
            {
                return i;
            }
        }

        return null;
    }

    private static bool IsSourceToken(Token token) =>
        token.IsWord && (token.IsCapitalised || WordClasses.SourceWords.Contains(token.Lower) || SourceHeads.Contains(token.Lower)) || token.Text is "'s" or "’s" || token.Text.EndsWith('.') && token.IsCapitalised;

    /// <summary>Skips what stands between a cue and its content: the medium told (<c>told Sputnik Dari</c>), time words, <c>:</c>.</summary>
    private static (TextSpan? Via, int ContentStart) AfterCue(List<Token> tokens, int i, bool tells)
    {
        TextSpan? via = null;
        var mediumStart = i;
        while (tells && i < tokens.Count && tokens[i].IsWord && tokens[i].IsCapitalised)
        {
            i++;
        }

        if (i > mediumStart)
        {
            via = TextSpan.FromBounds(tokens[mediumStart].Start, tokens[i - 1].End);
        }

        while (i < tokens.Count && (tokens[i].Lower is "later" or "on" or "earlier" or "in" or "a" or "statement" or "today" or "yesterday" or "monday" or "tuesday" or "wednesday" or "thursday" or "friday" or "saturday" or "sunday" || tokens[i].Text is ":" or ","))
        {
            i++;
        }

        // A preposition that completes a phrasal cue is the cue's, not the content's: "called for", "spoke out about".
        if (i < tokens.Count && tokens[i].Lower is "about" or "for" or "against" or "of")
        {
            i++;
        }

        return (via, i);
    }

    /// <summary>The content before the source: the sentence up to it, without the comma that joins them.</summary>
    private TextSpan? Before(List<Token> tokens, int sourceStart, TextSpan sentence)
    {
        if (sourceStart == 0)
        {
            return null;
        }

        var span = Trim(TextSpan.FromBounds(sentence.Start, tokens[sourceStart].Start));
        return span.IsEmpty ? null : span;
    }

    /// <summary>Trims white space, a joining comma and a final full stop outside quotes.</summary>
    private TextSpan Trim(TextSpan span)
    {
        int start = span.Start, end = span.End;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is ',' or '.' or ';'))
        {
            end--;
        }

        return TextSpan.FromBounds(start, end);
    }
}
