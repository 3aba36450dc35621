namespace DocAnalysis.Plugins.Numbers;

// A revision: $42 a share in cash, up from the earlier $20 amount (the first figure replaced the second)
internal static partial class Links
{
    /// <summary>
    /// <c>LIN now plans to dole out $42 a share in cash, up from the earlier $20 amount.</c>: a figure, then <c>up from</c>
    /// or <c>down from</c> and the earlier, previous, initial or original figure it replaced. A comparison with another
    /// period (<c>down from $32.3 million a year ago</c>) names no earlier figure of the same fact.
    /// </summary>
    private static bool Revision(TextLayer layer, Mention a, Mention b, double tolerance)
    {
        if (b.Index != a.Index + 1 || a.Sentence != b.Sentence || (a.Quantity.Unit is { } unit && b.Quantity.Unit is { } other && unit != other && !other.StartsWith(unit, StringComparison.Ordinal) && !unit.StartsWith(other, StringComparison.Ordinal)))
        {
            return false;
        }

        var between = layer.TokensIn(new TokenRange(default, layer.TokenAt(a.Quantity.Span.End), layer.TokenAt(b.Quantity.Span.Start)));
        var words = between.Where(t => t.IsWord).Select(t => t.Lower).ToList();
        var from = words.IndexOf("from");
        return from > 0 && words[from - 1] is "up" or "down" && words.Skip(from + 1).Any(w => w is "earlier" or "previous" or "initial" or "original" or "prior");
    }
}
