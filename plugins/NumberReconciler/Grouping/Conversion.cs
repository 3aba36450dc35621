namespace DocAnalysis.Plugins.Numbers;

// A conversion: #300 million ($473 million) · 17 kilometers (10 miles) · 2 pence (1.26 cents); not a rate: $102 million ($174 a vote)
internal static partial class Links
{
    /// <summary>
    /// <c>#300 million ($473 million)</c>, <c>17 kilometers (10 miles)</c>, <c>2 pence (1.26 cents)</c>: a figure
    /// followed at once by another in parentheses, alone there, in another unit.
    /// </summary>
    private static bool Conversion(TextLayer layer, Mention a, Mention b, double tolerance)
    {
        if (b.Index != a.Index + 1 || a.Quantity.Unit == b.Quantity.Unit || a.Quantity.IsRange != b.Quantity.IsRange || (a.Quantity.Unit ?? b.Quantity.Unit) is null
            || IsRate(a.Quantity.Unit) != IsRate(b.Quantity.Unit))
        {
            return false;
        }

        var text = layer.Text;
        var gap = text.AsSpan(a.Quantity.Span.End, Math.Max(0, b.Quantity.Span.Start - a.Quantity.Span.End));
        var open = gap.IndexOf('(');
        if (open < 0 || gap.Length > 30 || gap[(open + 1)..].ContainsAny("(),;.") || gap[..open].ContainsAny(".;,") || !OnlyUnit(gap[..open], a.Quantity.UnitText))
        {
            return false;
        }

        var end = b.Quantity.Span.End;
        while (end < text.Length && end - b.Quantity.Span.End < 30 && (char.IsLetter(text[end]) || text[end] is ' ' or '.' or '-'))
        {
            end++;
        }

        return end < text.Length && text[end] is ')' or '/';
    }

    /// <summary>A rate is another measure than an amount: <c>$102 million ($174 a vote)</c> is no conversion.</summary>
    private static bool IsRate(string? unit) => unit?.Contains(" per ", StringComparison.Ordinal) == true;

    /// <summary>Between a figure and its conversion stands only its unit: <c>Rubio (44 years old) and Cruz (45)</c> are two figures.</summary>
    private static bool OnlyUnit(ReadOnlySpan<char> before, string? unit)
    {
        var trimmed = before.Trim();
        return trimmed.IsEmpty || (unit is not null && trimmed.Equals(unit.AsSpan().Trim(), StringComparison.OrdinalIgnoreCase));
    }
}
