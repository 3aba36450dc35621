namespace DocAnalysis.Plugins.Numbers;

/// <summary>A quantity found in the text: its value (or range), the qualifier on it, and what it counts.</summary>
internal sealed record Quantity(TextSpan Span, double Low, double High, string Qualifier, string? Unit, TextSpan? UnitSpan, string? NormalisedUnit)
{
    public bool IsRange => Low != High;
}
