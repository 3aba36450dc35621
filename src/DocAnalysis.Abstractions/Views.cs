namespace DocAnalysis;

/// <summary>The view names the shipped plugins derive.</summary>
public static class Views
{
    /// <summary>The document as it was read.</summary>
    public const string Original = "original";

    /// <summary>The text without credit lines, captions and boilerplate.</summary>
    public const string Clean = "clean";
}
