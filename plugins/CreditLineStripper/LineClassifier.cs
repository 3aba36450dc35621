using System.Text.RegularExpressions;

namespace DocAnalysis.Plugins.CreditLines;

/// <summary>A span the classifier labelled, with how sure it is.</summary>
internal sealed record Finding(string Label, TextSpan Span, double Confidence, CreditFields? Credit = null);

/// <summary>
/// Labels lines of scraped news as credit, caption or boilerplate. Credits are recognised by their own shape;
/// captions and teasers by where they stand next to a credit; boilerplate by the phrases publishers use.
/// One pass over the lines, each rule looking at most one line either side: linear in the text.
/// </summary>
internal sealed class LineClassifier(IReadOnlyList<(Regex Pattern, string Label)> extraPatterns)
{
    /// <summary>Longest line taken for a credit; longer ones are prose that mentions a photo.</summary>
    private const int MaxCreditLength = 160;

    /// <summary>Longest line taken for a caption by position alone.</summary>
    private const int MaxCaptionLength = 400;

    /// <summary>Longest line taken for a teaser headline after a credit.</summary>
    private const int MaxTeaserLength = 120;

    public List<Finding> Classify(string text)
    {
        var lines = TextLine.Split(text);
        var labels = new Finding?[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            if (!lines[i].IsBlank)
            {
                labels[i] = ClassifyAlone(text, lines[i]);
            }
        }

        var findings = new List<Finding>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (labels[i] is not { Label: Labels.Credit } credit || credit.Span.Start != lines[i].ContentStart)
            {
                continue;
            }

            // The line just above a whole-line credit is its caption; the line just below is either the caption
            // repeated (alt text) or a related-article teaser headline.
            var above = i - 1;
            if (above >= 0 && !lines[above].IsBlank && labels[above] is null && IsCaptionCandidate(text, lines[above]))
            {
                labels[above] = new Finding(Labels.Caption, lines[above].Content, 0.8);
            }

            var below = i + 1;
            if (below < lines.Count && !lines[below].IsBlank && labels[below] is null)
            {
                var line = Slice(text, lines[below]);
                if (above >= 0 && line.SequenceEqual(Slice(text, lines[above])))
                {
                    labels[below] = new Finding(Labels.Caption, lines[below].Content, 0.9);
                }
                else if (IsTeaser(line))
                {
                    labels[below] = new Finding(Labels.Boilerplate, lines[below].Content, 0.7);
                }
            }
        }

        for (var i = 0; i < lines.Count; i++)
        {
            if (labels[i] is { } finding)
            {
                if (finding.Label == Labels.Credit && finding.Span.Start > lines[i].ContentStart)
                {
                    // A credit at the end of a caption line: the text before it is the caption.
                    var caption = TrimEnd(text, TextSpan.FromBounds(lines[i].ContentStart, finding.Span.Start));
                    if (!caption.IsEmpty)
                    {
                        findings.Add(new Finding(Labels.Caption, caption, 0.9));
                    }
                }

                findings.Add(finding);
            }
        }

        return findings;
    }

    private Finding? ClassifyAlone(string text, TextLine line)
    {
        var content = text[line.ContentStart..line.ContentEnd];
        foreach (var (pattern, label) in extraPatterns)
        {
            if (pattern.IsMatch(content))
            {
                return new Finding(label, line.Content, 1.0, label == Labels.Credit ? CreditParser.Parse(content) : null);
            }
        }

        if (content.Length <= MaxCreditLength && IsWholeLineCredit(content))
        {
            return new Finding(Labels.Credit, line.Content, 0.95, CreditParser.Parse(content));
        }

        if (CreditPatterns.TrailingCredit().Match(content) is { Success: true } trailing)
        {
            var start = line.ContentStart + trailing.Index;
            var span = TrimStart(text, TextSpan.FromBounds(start, line.ContentEnd));
            return new Finding(Labels.Credit, span, 0.9, CreditParser.Parse(text[span.Start..span.End]));
        }

        if (CreditPatterns.CaptionLead().IsMatch(content) || (content.Length <= MaxCaptionLength && CreditPatterns.ApCaptionEnding().IsMatch(content)))
        {
            return new Finding(Labels.Caption, line.Content, 0.85);
        }

        var quoted = content[0] is '"' or '“' or '‘';
        if (!quoted && (CreditPatterns.BoilerplatePhrase().IsMatch(content) || CreditPatterns.PublisherSelfDescription().IsMatch(content) || CreditPatterns.NavigationLine().IsMatch(content)))
        {
            return new Finding(Labels.Boilerplate, line.Content, 0.8);
        }

        return null;
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
