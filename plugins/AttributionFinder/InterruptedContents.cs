namespace DocAnalysis.Plugins.Attributions;

/// <summary>
/// A content the attribution interrupts: the source and cue set off by commas inside what is reported, which goes on
/// on both sides of them. PolNeAR marks both pieces as the content; the finder reports one span from the first piece
/// to the last, as it does for a quotation that goes on in the next sentence.
/// <list type="bullet">
/// <item><c>“We will win,” Smith said, “and we will win big.”</c>: the content is both quotations, not the second alone.</item>
/// <item><c>''We will win,'' Smith said, ''and we will win big.''</c>: wire copy's marks, not the first alone.</item>
/// <item><c>The plan, Smith said, is dead on arrival.</c>: both clauses.</item>
/// <item>Not <c>“We will win,” Smith said, adding that ...</c> (another cue follows), nor <c>“We will win,” Smith said,
/// referring to the polls.</c> (after the cue the quotation does not resume), nor <c>Meanwhile Smith said the plan is
/// dead</c> (no comma after the cue).</item>
/// </list>
/// </summary>
internal static class InterruptedContents
{
    /// <summary>
    /// The attribution with its content reaching over its source and cue when they interrupt it, or as it was. Asked
    /// only of a sentence's single attribution: in a sentence of two or more, a content another cue may share is left alone.
    /// </summary>
    public static Attribution Join(string text, TextSpan sentence, Attribution attribution)
    {
        if (attribution.Content is not { } content || attribution.Via is not null)
        {
            return attribution;
        }

        var cue = attribution.Cue;
        var (clauseStart, clauseEnd) = attribution.Source is { } source
            ? (Math.Min(source.Start, cue.Start), Math.Max(source.End, cue.End))
            : (cue.Start, cue.End);

        if (content.Start >= clauseEnd && IsComma(text.AsSpan(clauseEnd, content.Start - clauseEnd))
            && FirstPiece(text.AsSpan(sentence.Start, clauseStart - sentence.Start), IsOpeningMark(text.AsSpan(content.Start, content.Length))) is { } first)
        {
            // "The plan, Smith said, is dead", "“We will win,” Smith said, “and ...”": the content begins with the first piece.
            return attribution with { Content = TextSpan.FromBounds(sentence.Start + first, content.End) };
        }

        if (content.End <= clauseStart && IsOpeningMark(text.AsSpan(content.Start, content.Length))
            && EndsWithComma(text.AsSpan(content.End, clauseStart - content.End))
            && ResumedQuotation(text.AsSpan(clauseEnd, sentence.End - clauseEnd)) is { } resumed)
        {
            // "“We will win,” Smith said, “and ...”": the quotation resumes after the cue.
            return attribution with { Content = TextSpan.FromBounds(content.Start, clauseEnd + resumed) };
        }

        return attribution;
    }

    /// <summary>Only a comma and spaces, perhaps before an opening quotation mark.</summary>
    private static bool IsComma(ReadOnlySpan<char> gap)
    {
        gap = gap.Trim();
        return gap.Length > 0 && gap[0] == ',' && gap[1..].TrimStart() is var rest && (rest.IsEmpty || IsOpeningMark(rest));
    }

    /// <summary>
    /// Where the first piece of an interrupted content begins in <paramref name="before"/> (the sentence up to the
    /// source and cue), or null when it is none. A quotation resumed after the cue was opened before it and closed
    /// with a comma (<c>“We will win,”</c>, <c>''We will win,''</c>, <c>“We will win”,</c>): its opening mark. A
    /// clause resumed after the cue without quotation marks begins after the last comma, dash, colon or semicolon
    /// before the source (<c>The plan,</c>; <c>..., which,</c> is <c>which</c>) and holds no quotation mark: an
    /// opening phrase before a quotation (<c>At the debate, Smith said, “...”</c>) is no piece of it.
    /// </summary>
    private static int? FirstPiece(ReadOnlySpan<char> before, bool quoted)
    {
        var words = before.TrimEnd();
        var mark = words.EndsWith("''") ? 2 : words.Length > 0 && words[^1] is '"' or '”' ? 1 : 0;
        var comma = words.Length > 0 && words[^1] == ',' ? 1 : 0;
        if (quoted)
        {
            // the comma inside the closing mark, or outside it
            var closed = mark > 0 && words[..^mark].EndsWith(',') ? words[..^mark]
                : comma == 1 && words[..^1].EndsWith("''") ? words[..^3]
                : comma == 1 && words.Length > 1 && words[^2] is '"' or '”' ? words[..^2] : default;
            var open = closed.IsEmpty ? -1 : Math.Max(Math.Max(closed.LastIndexOf('“'), closed.LastIndexOf('"')), closed.LastIndexOf("``"));
            var wire = closed.IsEmpty ? -1 : closed.LastIndexOf("''");
            open = Math.Max(open, wire);
            return open >= 0 && HasWord(closed[open..]) ? open : null;
        }

        if (comma == 0 || words[..^1].IndexOfAny("\"“”") >= 0 || words[..^1].Contains("''", StringComparison.Ordinal))
        {
            return null;
        }

        var piece = words[..^1];
        var start = piece.LastIndexOfAny(",;:—") + 1;
        var dash = piece.LastIndexOf(" - ");
        start = Math.Max(start, dash >= 0 ? dash + 3 : 0);
        start = Math.Max(start, piece.LastIndexOf("--") is var d and >= 0 ? d + 2 : 0);
        while (start < piece.Length && char.IsWhiteSpace(piece[start]))
        {
            start++;
        }

        return HasWord(piece[start..]) ? start : null;
    }

    /// <summary>Whether <paramref name="before"/> (between a quotation and the source) is only a comma, inside or outside the closing mark, or nothing.</summary>
    private static bool EndsWithComma(ReadOnlySpan<char> before)
    {
        var words = before.Trim();
        return words.IsEmpty || words is "," or ",”" or ",\"" or ",''" or "”," or "\",";
    }

    /// <summary>
    /// After the cue (and the source after it, perhaps with its role: <c>said Ann Lowe, the minister,</c>): a comma,
    /// then a quotation that opens and closes by the sentence's end; where that quotation ends, counted from the cue's
    /// clause, or null.
    /// </summary>
    private static int? ResumedQuotation(ReadOnlySpan<char> after)
    {
        var trimmed = after.TrimEnd();
        var open = trimmed.IndexOfAny("\"“`'");
        while (open >= 0 && !IsOpeningMark(trimmed[open..]))
        {
            open = trimmed[(open + 1)..].IndexOfAny("\"“`'") is var next and >= 0 ? open + 1 + next : -1;
        }

        if (open < 0 || !trimmed[..open].TrimStart().StartsWith(',') || !trimmed[..open].TrimEnd().EndsWith(',')
            || trimmed[..open].Count(' ') > 12 || trimmed[..open].IndexOfAny(".!?;:") >= 0)
        {
            return null;
        }

        var rest = trimmed[open..];
        return QuotationMarks.ClosesAtEnd(rest) && rest.Length >= 4 ? trimmed.Length : null;
    }

    private static bool IsOpeningMark(ReadOnlySpan<char> text) => QuotationMarks.OpeningWidth(text) > 0;

    private static bool HasWord(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }
}
