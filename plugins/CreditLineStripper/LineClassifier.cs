using System.Text.RegularExpressions;

namespace DocAnalysis.Plugins.CreditLines;

/// <summary>A span the classifier labelled, with how sure it is.</summary>
/// <remarks><paramref name="Rule"/> names what found it (a rule of <see cref="LineRules"/>, a position rule, or the line model); <see cref="Signals"/> list the evidence shown in the annotation.</remarks>
internal sealed record Finding(string Label, TextSpan Span, double Confidence, string Rule, CreditFields? Credit = null)
{
    public IReadOnlyList<string> Signals { get; init; } = ["rule:" + Rule];
}

/// <summary>
/// Labels lines of scraped news as credit, caption or boilerplate. Credits and boilerplate are recognised by their
/// own shape (<see cref="LineRules"/>); captions by where they stand next to a credit, by AP's caption style, or by
/// being repeated (galleries and image blocks print a caption more than once, articles never repeat a sentence).
/// Each rule looks at one line and at most one line either side: linear in the text.
/// </summary>
internal sealed class LineClassifier(IReadOnlyList<(Regex Pattern, string Label)> extraPatterns)
{
    /// <summary>Lines longer than this are article paragraphs: no rule looks at them, which keeps the work per line bounded.</summary>
    public const int MaxExaminedLength = 1000;

    /// <summary>Longest line taken for a credit; longer ones are prose that mentions a photo.</summary>
    private const int MaxCreditLength = 160;

    /// <summary>Longest line taken for a caption or boilerplate by shape or position; longer ones are article paragraphs.</summary>
    private const int MaxCaptionLength = 400;

    /// <summary>Longest line taken for a teaser headline after a credit.</summary>
    private const int MaxTeaserLength = 120;

    /// <summary>Fewest words, and fewest lower-case words, of a line whose repetition marks it as a caption (a repeated table header is not one).</summary>
    private const int MinRepeatedWords = 5;

    private const int MinLowercaseWords = 3;

    /// <summary>Longest line taken for a picture's source under its caption.</summary>
    private const int MaxSourceLength = 40;

    /// <summary>Longest line taken for a caption left in the flow of the text.</summary>
    private const int MaxInlineCaptionLength = 100;

    /// <summary>A line at least this long is an article paragraph.</summary>
    public const int LongParagraph = 150;

    /// <summary>Labels the lines of <paramref name="text"/>: the rules' labels, revised by <paramref name="decision"/> when one is given.</summary>
    public List<Finding> Classify(string text, LineDecision? decision = null)
    {
        var lines = TextLine.Split(text);
        var labels = RuleLabels(text, lines);
        decision?.Apply(text, lines, labels);
        var findings = new List<Finding>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (labels[i] is not { } finding)
            {
                continue;
            }

            if (finding.Label == Labels.Credit && finding.Span.Start > lines[i].ContentStart)
            {
                // A credit at the end of a caption line: the text before it is the caption.
                var caption = TrimEnd(text, TextSpan.FromBounds(lines[i].ContentStart, finding.Span.Start));
                if (!caption.IsEmpty)
                {
                    findings.Add(new Finding(Labels.Caption, caption, 0.9, "caption-before-credit"));
                }
            }

            findings.Add(finding);
        }

        return findings;
    }

    /// <summary>What the rules alone make of each line (null where none fired), before the line model has its say.</summary>
    public Finding?[] RuleLabels(string text, List<TextLine> lines)
    {
        var labels = new Finding?[lines.Count];
        var repeats = CountRepeats(text, lines);
        for (var i = 0; i < lines.Count; i++)
        {
            if (!lines[i].IsBlank)
            {
                labels[i] = ClassifyAlone(text, lines[i]) ?? Repeated(text, lines, i, repeats) ?? InlineCaption(text, lines, i);
            }
        }

        for (var i = 1; i < lines.Count; i++)
        {
            if (labels[i] is null && IsSourceUnderCaption(text, lines, i))
            {
                labels[i] = new Finding(Labels.Credit, lines[i].Content, 0.7, "source-under-caption", CreditParser.Parse(text[lines[i].ContentStart..lines[i].ContentEnd]));
            }
        }

        for (var i = 0; i < lines.Count; i++)
        {
            if (labels[i] is { Label: Labels.Credit } credit && credit.Span.Start == lines[i].ContentStart)
            {
                LabelNeighbours(text, lines, labels, i);
            }
        }

        var first = lines.FindIndex(l => !l.IsBlank);
        if (first >= 0 && labels[first] is null && GluedCaption.Find(text, lines[first]) is { } glued)
        {
            labels[first] = new Finding(Labels.Caption, glued, 0.7, "glued-caption");
        }

        return labels;
    }

    /// <summary>
    /// The line just above a whole-line credit is its caption; the line just below is either the caption repeated
    /// (alt text) or a related-article teaser headline.
    /// </summary>
    private static void LabelNeighbours(string text, List<TextLine> lines, Finding?[] labels, int credit)
    {
        var above = credit - 1;
        if (above >= 0 && !lines[above].IsBlank && labels[above] is null && IsCaptionCandidate(text, lines[above]))
        {
            labels[above] = new Finding(Labels.Caption, lines[above].Content, 0.8, "caption-above-credit");
        }

        var below = credit + 1;
        if (below < lines.Count && !lines[below].IsBlank && labels[below] is null)
        {
            var line = Slice(text, lines[below]);
            if (above >= 0 && line.SequenceEqual(Slice(text, lines[above])))
            {
                labels[below] = new Finding(Labels.Caption, lines[below].Content, 0.9, "caption-repeated-below-credit");
            }
            else if (IsTeaser(line))
            {
                labels[below] = new Finding(Labels.Boilerplate, lines[below].Content, 0.7, "teaser-below-credit");
            }
        }
    }

    private Finding? ClassifyAlone(string text, TextLine line)
    {
        if (line.ContentEnd - line.ContentStart > MaxExaminedLength)
        {
            return null;
        }

        var content = text[line.ContentStart..line.ContentEnd];
        foreach (var (pattern, label) in extraPatterns)
        {
            if (pattern.IsMatch(content))
            {
                return new Finding(label, line.Content, 1.0, "configured-pattern", label == Labels.Credit ? CreditParser.Parse(content) : null);
            }
        }

        var quoted = content[0] is '"' or '“' or '‘';
        if (content.Length <= MaxCreditLength && !quoted && IsWholeLineCredit(content))
        {
            return new Finding(Labels.Credit, line.Content, 0.95, "whole-line-credit", CreditParser.Parse(content));
        }

        if (!quoted && CreditPatterns.AgencyAlone().IsMatch(content))
        {
            return new Finding(Labels.Credit, line.Content, 0.9, "agency-alone", CreditParser.Parse(content));
        }

        if (CreditPatterns.FindTrailingCredit(content) is { Success: true } trailing && trailing.Index > 0)
        {
            var start = line.ContentStart + trailing.Index;
            var span = TrimStart(text, TextSpan.FromBounds(start, line.ContentEnd));
            return new Finding(Labels.Credit, span, 0.9, "trailing-credit", CreditParser.Parse(text[span.Start..span.End]));
        }

        if (content.Length > MaxCaptionLength || quoted)
        {
            return null;
        }

        if (CreditPatterns.ApCaptionDate().IsMatch(content) || CreditPatterns.CaptionLanguage().IsMatch(content))
        {
            return new Finding(Labels.Caption, line.Content, 0.85, "caption-shape");
        }

        foreach (var rule in LineRules.All)
        {
            if (rule.Pattern.IsMatch(content))
            {
                return new Finding(rule.Label, line.Content, rule.Confidence, rule.Name, rule.Label == Labels.Credit ? CreditParser.Parse(content) : null);
            }
        }

        return null;
    }

    /// <summary>
    /// A sentence-like line printed more than once in the document: a gallery or image-block caption. An occurrence
    /// standing between two long paragraphs is article text quoted again (a pull quote), and stays.
    /// </summary>
    private static Finding? Repeated(string text, List<TextLine> lines, int index, Dictionary<string, int> repeats)
    {
        var line = lines[index];
        var content = text[line.ContentStart..line.ContentEnd];
        if (repeats.GetValueOrDefault(content) < 2 || content.Length > MaxCaptionLength)
        {
            return null;
        }

        var words = content.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < MinRepeatedWords || words.Count(w => char.IsLower(w[0])) < MinLowercaseWords)
        {
            return null;
        }

        return IsLongParagraph(text, lines, index, -1) && IsLongParagraph(text, lines, index, +1) ? null : new Finding(Labels.Caption, line.Content, 0.75, "repeated-line");
    }

    /// <summary>
    /// A short line without closing punctuation set directly between two paragraphs, with no blank line around it:
    /// an image's caption left in the flow of the text. Headings stand apart with blank lines, and stay.
    /// </summary>
    private static Finding? InlineCaption(string text, List<TextLine> lines, int index)
    {
        var line = lines[index];
        var content = text.AsSpan(line.ContentStart, line.ContentEnd - line.ContentStart);
        if (content.Length > MaxInlineCaptionLength || content[^1] is '.' or '!' or '?' or ':' or '"' or '”' or ';' or ',' || !char.IsUpper(content[0]))
        {
            return null;
        }

        var words = content.Count(' ') + 1;
        return words >= 3 && LowercaseWords(content) * 3 >= words
            && index > 0 && index + 1 < lines.Count && !lines[index - 1].IsBlank && !lines[index + 1].IsBlank
            && IsLongParagraph(text, lines, index, -1) && IsLongParagraph(text, lines, index, +1)
            ? new Finding(Labels.Caption, line.Content, 0.6, "inline-caption")
            : null;
    }

    /// <summary>
    /// A picture block of two lines standing between blank lines: a sentence-like caption, then a short capitalised
    /// source without punctuation (<c>NASA Worldview</c>, <c>Berkeley Earth</c>). A paragraph is never followed,
    /// without a blank line, by a two-word name alone.
    /// </summary>
    private static bool IsSourceUnderCaption(string text, List<TextLine> lines, int index)
    {
        var line = lines[index];
        var content = text.AsSpan(line.ContentStart, line.ContentEnd - line.ContentStart);
        if (line.IsBlank || content.Length > MaxSourceLength || !char.IsUpper(content[0]) || char.IsPunctuation(content[^1]))
        {
            return false;
        }

        foreach (var range in content.Split(' '))
        {
            if (content[range] is not [var first, ..] || !(char.IsUpper(first) || char.IsDigit(first)))
            {
                return false;
            }
        }

        var caption = lines[index - 1];
        var captionText = text.AsSpan(caption.ContentStart, caption.ContentEnd - caption.ContentStart);
        return !caption.IsBlank && captionText.Length > MaxSourceLength && captionText[^1] is '.' or ')'
            && (index - 2 < 0 || lines[index - 2].IsBlank)
            && (index + 1 >= lines.Count || lines[index + 1].IsBlank);
    }

    /// <summary>How many of the space-separated words of <paramref name="content"/> start in lower case.</summary>
    public static int LowercaseWords(ReadOnlySpan<char> content)
    {
        var lowercase = 0;
        foreach (var range in content.Split(' '))
        {
            lowercase += content[range] is [var c, ..] && char.IsLower(c) ? 1 : 0;
        }

        return lowercase;
    }

    /// <summary>True when the nearest non-blank line in <paramref name="direction"/> is a long paragraph.</summary>
    private static bool IsLongParagraph(string text, List<TextLine> lines, int index, int direction)
    {
        for (var i = index + direction; i >= 0 && i < lines.Count; i += direction)
        {
            if (!lines[i].IsBlank)
            {
                return lines[i].ContentEnd - lines[i].ContentStart >= LongParagraph;
            }
        }

        return false;
    }

    private static Dictionary<string, int> CountRepeats(string text, List<TextLine> lines)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            if (!line.IsBlank && line.ContentEnd - line.ContentStart <= MaxCaptionLength)
            {
                var key = text[line.ContentStart..line.ContentEnd];
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }

        return counts;
    }

    private static bool IsWholeLineCredit(string content) =>
        CreditPatterns.CreditLead().IsMatch(content)
        || (CreditPatterns.SlashedNames().IsMatch(content) && CreditPatterns.Agency().IsMatch(content));

    /// <summary>A line that can caption a photo: not a heading ending in a colon, not a quotation opening a paragraph.</summary>
    private static bool IsCaptionCandidate(string text, TextLine line)
    {
        var content = Slice(text, line);
        return content.Length <= MaxCaptionLength && !content.EndsWith(':') && content[0] is not ('"' or '“');
    }

    /// <summary>A headline-like line: short, no closing punctuation, most words capitalised.</summary>
    private static bool IsTeaser(ReadOnlySpan<char> line)
    {
        if (line.Length > MaxTeaserLength || line[^1] is '.' or '!' or '?' or '"' or '”' or ':' or ',')
        {
            return false;
        }

        int words = 0, capitalised = 0;
        foreach (var range in line.Split(' '))
        {
            var word = line[range];
            if (word.Length == 0)
            {
                continue;
            }

            words++;
            if (char.IsUpper(word[0]) || char.IsDigit(word[0]) || word.Length <= 3)
            {
                capitalised++;
            }
        }

        return words > 0 && capitalised * 10 >= words * 8;
    }

    private static ReadOnlySpan<char> Slice(string text, TextLine line) => text.AsSpan(line.ContentStart, line.ContentEnd - line.ContentStart);

    private static TextSpan TrimStart(string text, TextSpan span)
    {
        var start = span.Start;
        while (start < span.End && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        return TextSpan.FromBounds(start, span.End);
    }

    private static TextSpan TrimEnd(string text, TextSpan span)
    {
        var end = span.End;
        while (end > span.Start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return TextSpan.FromBounds(span.Start, end);
    }
}
