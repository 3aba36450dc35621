namespace DocAnalysis.Plugins.CreditLines;

/// <summary>
/// Where the rules and the line model meet, body first. The rules are precise where they fire; the model decides
/// where they are silent (a line it reads as credit, caption or boilerplate by a clear margin is stripped) and where
/// they disagree with it (a line a rule took but the model reads as article text by a clear margin is kept: annotated
/// with a low confidence, not stripped). A credit cut from the end of a caption line stays the rule's. Every finding
/// lists its signals: the rule that fired and the model's reading.
/// </summary>
internal sealed class LineDecision(LineModel model, double stripMargin, double keepMargin)
{
    /// <summary>The margins chosen by grouped cross-validation on the development pages (<c>tools/CreditLineModel</c>).</summary>
    public const double DefaultStripMargin = 50;

    public const double DefaultKeepMargin = 8;

    /// <summary>The confidence of a rule's finding that the model reads as article text: below the default threshold for stripping.</summary>
    public const double OverruledConfidence = 0.3;

    /// <summary>Lines longer than this are left to the rules: a paragraph of this length is article text unless a rule says otherwise.</summary>
    private const int MaxModelLength = 200;

    public static LineDecision Default => new(LineModel.Embedded, DefaultStripMargin, DefaultKeepMargin);

    /// <summary>
    /// A sentence: closing punctuation and at least four words in lower case. The model alone never strips one, unless
    /// it stands next to a credit (where captions are sentences too).
    /// </summary>
    public static bool ReadsLikeArticleText(string text, TextLine line)
    {
        var content = text.AsSpan(line.ContentStart, line.ContentEnd - line.ContentStart);
        if (content[^1] is not ('.' or '?' or '!' or '"' or '”' or '’' or ')' or ':' or ';'))
        {
            return false;
        }

        return LineClassifier.LowercaseWords(content) >= 4;
    }

    /// <summary>
    /// Whether the model reads <paramref name="line"/>: not blank, not over <see cref="MaxModelLength"/>, and not a
    /// line a rule cut a part from (a trailing credit, a glued caption), which stays the rule's.
    /// </summary>
    public static bool Reads(TextLine line, Finding? rule) =>
        !line.IsBlank && line.ContentEnd - line.ContentStart <= MaxModelLength && (rule is null || rule.Span == line.Content);

    private static bool NextToCredit(List<TextLine> lines, Finding?[] rules, int index)
    {
        return IsCredit(LineFeatures.NonBlank(lines, index, -1, out _)) || IsCredit(LineFeatures.NonBlank(lines, index, +1, out _));

        bool IsCredit(int i) => i >= 0 && rules[i] is { Label: Labels.Credit };
    }

    /// <summary>Revises the rules' <paramref name="labels"/> of <paramref name="lines"/> in place.</summary>
    public void Apply(string text, List<TextLine> lines, Finding?[] labels)
    {
        var rules = (Finding?[])labels.Clone();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (!Reads(line, rules[i]))
            {
                continue;
            }

            var (label, margin) = model.Predict(LineFeatures.Of(text, lines, rules, i));
            var signal = $"model:{label} {margin:0.0}";
            if (rules[i] is not { } rule)
            {
                if (label != LineModel.Classes[0] && margin >= stripMargin && (!ReadsLikeArticleText(text, line) || NextToCredit(lines, rules, i)))
                {
                    var content = text[line.ContentStart..line.ContentEnd];
                    labels[i] = new Finding(label, line.Content, Math.Min(0.9, 0.6 + (0.05 * (margin - stripMargin))), "line-model", label == Labels.Credit ? CreditParser.Parse(content) : null)
                    {
                        Signals = [signal],
                    };
                }
            }
            else if (label == LineModel.Classes[0] && margin >= keepMargin)
            {
                labels[i] = rule with { Confidence = OverruledConfidence, Signals = [.. rule.Signals, signal] };
            }
            else
            {
                labels[i] = rule with { Signals = [.. rule.Signals, signal] };
            }
        }
    }
}
