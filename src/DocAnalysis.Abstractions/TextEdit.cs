namespace DocAnalysis;

/// <summary>One change from a view to the view derived from it: the span is replaced by <see cref="Replacement"/>.</summary>
public readonly record struct TextEdit(TextSpan Span, string Replacement)
{
    /// <summary>An edit that removes the span.</summary>
    public static TextEdit Remove(TextSpan span) => new(span, "");
}
