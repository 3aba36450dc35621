namespace DocAnalysis;

/// <summary>
/// How a report shows one kind of finding (declared in <see cref="AnalyserDescriptor.Displays"/>): its name in the
/// legend, the colour of its highlight, the fields its details show first, when a finding is set apart from the text,
/// and whether its findings are also drawn as tables below the text. A kind without one gets the generic view: a
/// dashed highlight and every field. Plain data, so it reaches a report written by another process or from JSON Lines.
/// <code>
/// new KindDisplay("email") { Name = "e-mail address", Colour = "#ffd8b1", Fields = ["domain"] }
/// </code>
/// </summary>
public sealed record KindDisplay(string Kind)
{
    /// <summary>The kind's name for a reader (<c>quantity group</c>); the kind itself when null.</summary>
    public string? Name { get; init; }

    /// <summary>
    /// The highlight's background as <c>#rrggbb</c>, light enough for #1b1b1b text to keep a contrast of 7:1; the
    /// generic highlight when null or not of that form.
    /// </summary>
    public string? Colour { get; init; }

    /// <summary>
    /// Whether <see cref="Colour"/> underlines the text instead of filling it: for a kind whose findings hold others
    /// (a group of quantities). The colour is then a dark one.
    /// </summary>
    public bool Underline { get; init; }

    /// <summary>The fields a finding's details show first, in this order; the others follow.</summary>
    public IReadOnlyList<string> Fields { get; init; } = [];

    /// <summary>
    /// A boolean field that, when true, sets the finding apart (struck through, labelled with <see cref="LabelField"/>):
    /// text that a derived view leaves out, such as a stripped credit line.
    /// </summary>
    public string? SetApartWhen { get; init; }

    /// <summary>The field whose value labels a finding set apart; the kind's name when null or absent.</summary>
    public string? LabelField { get; init; }

    /// <summary>The findings of this kind drawn as tables below the text, one per finding; none when null.</summary>
    public KindTable? Table { get; init; }
}

/// <summary>
/// One table per finding of a kind: a caption from some of its fields, and a row per item of one of its list fields
/// (each item a set of fields), such as a quantity group and its members.
/// </summary>
/// <param name="Heading">The heading above the tables (<c>Quantity groups</c>).</param>
/// <param name="Rows">The list field whose items are the rows (<c>members</c>).</param>
/// <param name="Columns">The fields of each row, in order; a field holding a span shows the text it covers.</param>
public sealed record KindTable(string Heading, string Rows, IReadOnlyList<string> Columns)
{
    /// <summary>The fields the caption shows, joined: the first as the title, the others after it (<c>measure</c>, <c>status</c>, <c>explanation</c>).</summary>
    public IReadOnlyList<string> Caption { get; init; } = [];
}
