namespace DocAnalysis;

/// <summary>The annotation kinds the shipped plugins report, for plugins that read each other's results.</summary>
public static class Kinds
{
    /// <summary>A photo credit, caption or publisher boilerplate (<c>label</c>).</summary>
    public const string CreditLine = "credit-line";

    /// <summary>A temporal expression with its TIMEX3 <c>type</c> and <c>value</c>.</summary>
    public const string Date = "date";

    /// <summary>Reported speech: <c>source</c>, <c>cue</c>, <c>content</c>, <c>speaker</c>.</summary>
    public const string Attribution = "attribution";

    /// <summary>A quantity: <c>value</c>, <c>qualifier</c>, <c>unit</c>.</summary>
    public const string Quantity = "quantity";

    /// <summary>Quantities that count the same thing.</summary>
    public const string QuantityGroup = "quantity-group";
}
