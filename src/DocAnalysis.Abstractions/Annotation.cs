namespace DocAnalysis;

/// <summary>
/// One finding: a kind (<c>date</c>, <c>attribution</c>, ...), the span of text it covers and its typed fields.
/// An analyser reports spans in the view it reads; the host maps them to the original text.
/// </summary>
public sealed record Annotation(string Kind, TextSpan Span, AnnotationAttributes Attributes)
{
    /// <summary>Creates an annotation with no fields yet.</summary>
    public Annotation(string kind, TextSpan span)
        : this(kind, span, new AnnotationAttributes())
    {
    }

    /// <summary>The id of the analyser that reported it; the host fills this in.</summary>
    public string Analyser { get; init; } = "";
}
