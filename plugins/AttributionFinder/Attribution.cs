namespace DocAnalysis.Plugins.Attributions;

/// <summary>One reported statement: who (source), the cue, what (content), and what the finder made of the source.</summary>
internal sealed record Attribution(TextSpan? Source, TextSpan Cue, TextSpan? Content, TextSpan? Via)
{
    public string? Speaker { get; init; }

    public string? Role { get; init; }

    /// <summary>The one a request is made of: <c>Russia</c> in <c>asked Russia "to consider ..."</c>.</summary>
    public TextSpan? Addressee { get; init; }
}
