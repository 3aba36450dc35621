namespace DocAnalysis.Plugins.Numbers;

/// <summary>What a figure is a figure of: a level, a part of another figure, a change, or a name that holds a number.</summary>
internal enum Role
{
    /// <summary>A level or count: <c>140 people were killed</c>, <c>a $46 million cost gap</c>.</summary>
    Level,

    /// <summary>A part of another figure: <c>including 12 Americans</c>, <c>eight of them Americans</c>.</summary>
    Part,

    /// <summary>A change: <c>a 38% jump</c>, <c>rose 4 5/8</c>, <c>down $1.125</c>.</summary>
    Change,

    /// <summary>The level a change started from: <c>profit rose to $180 million from $155 million</c>.</summary>
    Baseline,

    /// <summary>A number in a name, a model or a set's label, not a measurement: <c>'13 Hours'</c>, <c>the top 1 percent</c>, <c>the 486 chip</c>.</summary>
    Name,
}

/// <summary>
/// One quantity as the grouping reads it: what it measures (a toll: <c>killed</c> or <c>injured</c>), its role, the
/// head noun of its unit, the places and the time of its sentence, who gave it.
/// </summary>
internal sealed record Mention(
    int Index,
    Quantity Quantity,
    int Sentence,
    string? Measure,
    Role Role,
    string? Head,
    IReadOnlySet<string> Places,
    bool Cumulative,
    bool Updates,
    string? Source,
    string? Time)
{
    /// <summary>The figure is written as one already known: <c>the 28 pages</c>, <c>those two billionaires</c>, <c>the 14-day waiting period</c>.</summary>
    public bool Definite { get; init; }

    /// <summary>The plural noun the figure counts, read from the words after it (<c>the three central and eastern European countries</c> → <c>country</c>), when the unit is no measure.</summary>
    public string? Counted { get; init; }

    /// <summary>The figure is said to be of another set than one before (<c>a separate set of 27 at-large delegates</c>, <c>another 24 delegates</c>, <c>four other children</c>, <c>two more</c>).</summary>
    public bool Another { get; init; }

    /// <summary>What a share is of, the words after <c>of</c> (<c>11% of Democratic claims</c> → <c>democratic claims</c>), or null.</summary>
    public string? Whole { get; init; }

    /// <summary>The figure stands in the document's headline (its first line, when short and followed by others).</summary>
    public bool InHeadline { get; init; }

    /// <summary>The index of the headline figure this one is the first in the body to repeat, or -1.</summary>
    public int Echoes { get; set; } = -1;

    /// <summary>The words read around the figure in its sentence, before it (nearest first) and after it.</summary>
    public (List<TextToken> Before, List<TextToken> After) Around { get; init; } = ([], []);

    /// <summary>
    /// The stems of the content words around the figure (<c>represented in the Senate for eight years</c> → <c>repre</c>,
    /// <c>senat</c>), read when a restatement first asks for them.
    /// </summary>
    public IReadOnlySet<string> Context => field ??= MentionReader.Stems(Around.Before, Around.After, Head);

    /// <summary>
    /// A figure written as plural scale words alone (<c>millions</c>, <c>dozens</c>, <c>tens of thousands</c>, <c>hundreds of
    /// millions</c>): it says an order, not a value.
    /// </summary>
    public bool Vague { get; init; }

    /// <summary>The values the figure allows: <c>over 100</c> is (100, ∞), <c>about 135</c> is 135 ± the tolerance.</summary>
    public (double Low, double High) Interval(double tolerance)
    {
        var q = Quantity;
        var (low, high) = (Math.Min(q.Low, q.High), Math.Max(q.Low, q.High));
        var step = Math.Max(1, low * 1e-9);
        return q.Qualifier switch
        {
            "more-than" => (high + step, double.PositiveInfinity),
            "at-least" => (low, double.PositiveInfinity),
            "less-than" => (double.NegativeInfinity, low - step),
            "at-most" => (double.NegativeInfinity, high),
            "approximate" => (low * (1 - tolerance), high * (1 + tolerance)),
            _ => (low, high),
        };
    }
}
