namespace DocAnalysis.Plugins.CreditLines;

/// <summary>Options of the credit-line stripper.</summary>
public sealed class CreditLineOptions
{
    /// <summary>
    /// The labels whose lines are removed from the clean view; the others are annotated and kept. Unset means all
    /// three (a default list would be appended to by the configuration binder, not replaced).
    /// </summary>
    public List<string>? Strip { get; set; }

    /// <summary>Findings less sure than this are annotated but kept in the clean view (0 to 1).</summary>
    public double MinConfidence { get; set; } = 0.6;

    /// <summary>
    /// Lets the line model strip what the rules leave: navigation, menus and link lists of full-page extractions
    /// (boilerplate recall 0.11 → 0.93 on the development pages of sites held out), at a cost in article text (body
    /// loss 0.02% → about 1% there). Off by default: the clean view loses no article text without a rule's evidence.
    /// </summary>
    public bool LineModel { get; set; }

    /// <summary>Extra whole-line patterns (.NET regular expressions, matched against a trimmed line) and the label they give.</summary>
    public List<ExtraPattern> Patterns { get; set; } = [];
}

/// <summary>A user's own line pattern.</summary>
public sealed class ExtraPattern
{
    /// <summary>A .NET regular expression matched against the whole trimmed line.</summary>
    public string Pattern { get; set; } = "";

    /// <summary><c>credit</c>, <c>caption</c> or <c>boilerplate</c>.</summary>
    public string Label { get; set; } = Labels.Boilerplate;
}

/// <summary>The labels of <c>credit-line</c> annotations.</summary>
public static class Labels
{
    public const string Credit = "credit";
    public const string Caption = "caption";
    public const string Boilerplate = "boilerplate";

    public static bool IsKnown(string label) => label is Credit or Caption or Boilerplate;
}
