namespace DocAnalysis.Plugins.Numbers;

/// <summary>A quantity found in the text: its value (or range), the qualifier on it, and what it counts.</summary>
/// <param name="Span">Where the quantity stands: the number with its currency, scale and percent.</param>
/// <param name="Low">Its value, or the low end of a range.</param>
/// <param name="High">Its value, or the high end of a range (a range keeps the order written: "from 4.8 to 4.7").</param>
/// <param name="Qualifier">exact, approximate, more-than, less-than, at-least, at-most, up or down.</param>
/// <param name="UnitText">The unit exactly as written (<c>US$</c>, <c>miles</c>, <c>FA Cup finals</c>).</param>
/// <param name="Unit">Its canonical singular name (<c>dollar</c>, <c>mile</c>, <c>FA Cup final</c>).</param>
internal sealed record Quantity(TextSpan Span, double Low, double High, string Qualifier, string? UnitText, string? Unit)
{
    public bool IsRange => Low != High;

    /// <summary>The scale word's multiplier (<c>billion</c>), so a range can lend it to its first end: <c>$89 to $93 billion</c>.</summary>
    public double Scale { get; init; } = 1;
}
