namespace DocAnalysis.Plugins.Dates;

/// <summary>What a hand-written reader finds in a window: where it lies, and itself moved by an offset.</summary>
internal interface IFound<out T>
{
    TextSpan Span { get; }

    /// <summary>The same find with every span moved <paramref name="offset"/> characters on.</summary>
    T MovedBy(int offset);
}

/// <summary>
/// Runs a hand-written reader over a window as a pattern runs over it: tried at every position from the window's
/// start, leftmost first, each find after the one before, seeing nothing of the text around the window.
/// </summary>
internal static class WindowScan
{
    /// <summary>What a reader finds at a position of a window (positions and spans relative to it), or null.</summary>
    public delegate T? Reader<T>(ReadOnlySpan<char> window, int position)
        where T : struct;

    public static IEnumerable<T> In<T>(string text, TextSpan window, Reader<T> at)
        where T : struct, IFound<T>
    {
        for (var position = 0; position < window.Length;)
        {
            if (at(text.AsSpan(window.Start, window.Length), position) is { } found)
            {
                yield return found.MovedBy(window.Start);
                position = found.Span.End;
            }
            else
            {
                position++;
            }
        }
    }

    public static TextSpan? Move(TextSpan? span, int offset) => span is { } s ? Move(s, offset) : null;

    public static TextSpan Move(TextSpan span, int offset) => new(span.Start + offset, span.Length);
}
