namespace DocAnalysis.Plugins.Numbers;

// An update: the death toll in the blast, initially 10, has risen to 12 (the second figure replaced the first)
internal static partial class Links
{
    /// <summary>
    /// <c>The death toll in the Tanzania blast, initially 10, has risen to 12</c>: a figure the text calls initial (or
    /// original, or first reported), then in the same sentence a verb of update and the figure that replaced it.
    /// </summary>
    private static bool Update(TextLayer layer, Mention a, Mention b, double tolerance)
    {
        if (b.Index != a.Index + 1 || a.Sentence != b.Sentence || !b.Updates || (a.Quantity.Unit is { } unit && b.Quantity.Unit is { } other && unit != other))
        {
            return false;
        }

        var first = layer.TokenAt(a.Quantity.Span.Start);
        var sentenceStart = layer.Sentences[a.Sentence].First;
        for (var k = first - 1; k >= Math.Max(sentenceStart, first - 3); k--)
        {
            if (layer.Tokens[k].Lower is "initially" or "originally" or "first")
            {
                return true;
            }
        }

        return false;
    }
}
