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
        for (var i = 0; i < lines.Count; i++)
        {
            if (!lines[i].IsBlank)
            {
                labels[i] = ClassifyAlone(text, lines[i]) ?? InlineCaption(text, lines, i);
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

        var quoted = OpensQuotation(content);
        if (content.Length <= MaxCreditLength && !quoted && IsWholeLineCredit(content))
        {
            return WholeOrGluedCredit(line, content, 0.95, "whole-line-credit");
        }

        if (!quoted && CreditPatterns.AgencyAlone().IsMatch(content))
        {
            return new Finding(Labels.Credit, line.Content, 0.9, "agency-alone", CreditParser.Parse(content));
        }

        if (CreditPatterns.FindTrailingCredit(content) is { Success: true } trailing && trailing.Index > 0 && !AfterDeterminer(content, trailing.Index))
        {
            var start = line.ContentStart + trailing.Index;
            var span = TrimStart(text, TextSpan.FromBounds(start, line.ContentEnd));
            return new Finding(Labels.Credit, span, 0.9, "trailing-credit", CreditParser.Parse(text[span.Start..span.End]));
        }

        if (content.Length <= MaxCaptionLength && CreditPatterns.FindGluedCredit(content) is { Success: true } glued)
        {
            return new Finding(Labels.Credit, new TextSpan(line.ContentStart + glued.Index, glued.Length), 0.9, "glued-credit", CreditParser.Parse(glued.Value));
        }

        if (content.Length > MaxCaptionLength || quoted)
        {
            return null;
        }

        if ((CreditPatterns.ApCaptionDate().Match(content) is { Success: true } date && InFirstSentence(content, date.Index))
            || (CreditPatterns.CaptionLanguage().Match(content) is { Success: true } language && InFirstSentence(content, language.Index)))
        {
            return new Finding(Labels.Caption, line.Content, 0.85, "caption-shape");
        }

        foreach (var rule in LineRules.All)
        {
            if (rule.Pattern.IsMatch(content))
            {
                return rule.Name == "credit-lead"
                    ? WholeOrGluedCredit(line, content, rule.Confidence, rule.Name)
                    : new Finding(rule.Label, line.Content, rule.Confidence, rule.Name, rule.Label == Labels.Credit ? CreditParser.Parse(content) : null);
            }
        }

        return null;
    }

    /// <summary>
    /// A credit line, or only its credit when the scraper glued it to the article's first sentence (<c>© Provided by
    /// Business Insider Inc Nintendo/Apple Nintendo and Apple shocked the world ...</c>): the line goes on as article text
    /// and the credit has a clear end, a word joined by a slash or a bar. A copyright notice in sentences stays whole.
    /// </summary>
    private static Finding WholeOrGluedCredit(TextLine line, string content, double confidence, string rule) =>
        RunsIntoArticle(content) && CreditEnd(content) is { } end
            ? new Finding(Labels.Credit, new TextSpan(line.ContentStart, end), confidence, rule + "-glued", CreditParser.Parse(content[..end]))
            : new Finding(Labels.Credit, line.Content, confidence, rule, CreditParser.Parse(content));

    /// <summary>A credit line that goes on as article text: at least eight words in lower case and a sentence end.</summary>
    private static bool RunsIntoArticle(ReadOnlySpan<char> content) =>
        content[^1] is '.' or '!' or '?' or '"' or '”' && LowercaseWords(content) >= 8;

    /// <summary>
    /// Where a credit glued to a sentence ends: after the last word joined by a slash or a bar before the first run of
    /// lower-case words (<c>Nintendo/Apple</c>), when a capitalised word follows it; else null.
    /// </summary>
    private static int? CreditEnd(ReadOnlySpan<char> content)
    {
        var firstLowerRun = 0;
        for (var i = 0; i + 1 < content.Length; i++)
        {
            if (content[i] == ' ' && char.IsLower(content[i + 1]) && NextWordIsLower(content, i + 1))
            {
                firstLowerRun = i;
                break;
            }
        }

        var slash = content[..firstLowerRun].LastIndexOfAny('/', '|');
        if (slash < 0)
        {
            return null;
        }

        var end = content[slash..].IndexOf(' ');
        return end > 0 && slash + end + 1 < content.Length && char.IsUpper(content[slash + end + 1]) ? slash + end : null;

        static bool NextWordIsLower(ReadOnlySpan<char> text, int start)
        {
            var space = text[start..].IndexOf(' ');
            return space > 0 && start + space + 1 < text.Length && char.IsLower(text[start + space + 1]);
        }
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

    private static bool IsWholeLineCredit(string content) =>
        CreditPatterns.CreditLead().IsMatch(content)
        || (CreditPatterns.SlashedNames().IsMatch(content) && CreditPatterns.Agency().IsMatch(content));

    /// <summary>A line that can caption a photo: not a heading ending in a colon, not a quotation opening a paragraph.</summary>
    private static bool IsCaptionCandidate(string text, TextLine line)
    {
        var content = Slice(text, line);
        return content.Length <= MaxCaptionLength && !content.EndsWith(':') && !OpensQuotation(content);
    }

    /// <summary>
    /// A line that opens with a quotation, in any convention (<c>"</c>, <c>“</c>, <c>‘</c>, and the <c>``</c> and
    /// <c>''</c> of wire copy): article text, never a credit or a caption by its shape.
    /// </summary>
    private static bool OpensQuotation(ReadOnlySpan<char> content) =>
        content[0] is '"' or '“' or '‘' || content.StartsWith("''") || content.StartsWith("``");

    /// <summary>
    /// Whether <paramref name="position"/> lies in the first sentence of the line (its sentences as the text layer
    /// splits them): a caption places its people (<c>, left,</c>) and dates its picture in its opening sentence; a
    /// paragraph that mentions a picture later on (<c>A 2010 video (above) shows ...</c>) is article text.
    /// </summary>
    private static bool InFirstSentence(string content, int position) =>
        TextLayer.Create(content).Sentences is [var first, ..] && position < first.Span.End;

    /// <summary>
    /// Whether the word before <paramref name="position"/> is an article or a demonstrative: <c>According to a
    /// Reuters/Ipsos poll, ...</c> names a poll in a sentence, it does not credit a picture.
    /// </summary>
    private static bool AfterDeterminer(string content, int position)
    {
        var before = content.AsSpan(0, position).TrimEnd();
        var word = before[(before.LastIndexOf(' ') + 1)..];
        return word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase)
            || word.Equals("the", StringComparison.OrdinalIgnoreCase) || word.Equals("this", StringComparison.OrdinalIgnoreCase)
            || word.Equals("that", StringComparison.OrdinalIgnoreCase);
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
