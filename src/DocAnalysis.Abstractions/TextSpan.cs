namespace DocAnalysis;

/// <summary>A range of UTF-16 code units in a text: <see cref="Start"/> inclusive, <see cref="End"/> exclusive.</summary>
public readonly record struct TextSpan
{
    /// <summary>Creates a span from its start and length.</summary>
    public TextSpan(int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        Start = start;
        Length = length;
    }

    /// <summary>The first code unit of the span.</summary>
    public int Start { get; }

    /// <summary>How many code units the span covers.</summary>
    public int Length { get; }

    /// <summary>The code unit just past the span.</summary>
    public int End => Start + Length;

    /// <summary>True when the span covers nothing.</summary>
    public bool IsEmpty => Length == 0;

    /// <summary>Creates a span from its start and exclusive end.</summary>
    public static TextSpan FromBounds(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        return new TextSpan(start, end - start);
    }

    /// <summary>True when <paramref name="other"/> lies wholly inside this span.</summary>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>True when the two spans share at least one code unit.</summary>
    public bool OverlapsWith(TextSpan other) => Math.Max(Start, other.Start) < Math.Min(End, other.End);

    /// <inheritdoc/>
    public override string ToString() => $"[{Start}..{End})";
}
