using System.Buffers;

namespace DocAnalysis.Plugins.Dates;

/// <summary>
/// The cheap first pass: each expression rule names the literals that every match of it contains (a unit word, a
/// month, <c>quarter</c>); one vectorised search finds them, and the rule's regex runs only in small windows around
/// the hits. Text without a rule's literals costs that rule a scan and nothing more.
/// </summary>
internal static class Triggers
{
    public static SearchValues<string> Of(StringComparison comparison, params string[] literals) => SearchValues.Create(literals, comparison);

    /// <summary>
    /// Disjoint windows of the text, in order, around every occurrence of <paramref name="literals"/>: from
    /// <paramref name="before"/> characters before it (where an expression may start: <c>the past three months</c>)
    /// to <paramref name="after"/> after it, widened to white space.
    /// </summary>
    public static List<TextSpan> Windows(string text, SearchValues<string> literals, int before, int after)
    {
        var windows = new List<TextSpan>();
        var position = 0;
        while (position < text.Length)
        {
            var hit = text.AsSpan(position).IndexOfAny(literals);
            if (hit < 0)
            {
                break;
            }

            hit += position;
            var start = ToBoundary(text, Math.Max(0, hit - before), -1);
            var end = ToBoundary(text, Math.Min(text.Length, hit + after), +1);
            if (windows.Count > 0 && start <= windows[^1].End)
            {
                windows[^1] = TextSpan.FromBounds(windows[^1].Start, end);
            }
            else
            {
                windows.Add(TextSpan.FromBounds(start, end));
            }

            position = Math.Max(hit + 1, end - after);
        }

        return windows;
    }

    /// <summary>Moves a window edge outwards to white space, so no word is cut and a rule sees whole words around it.</summary>
    private static int ToBoundary(string text, int position, int direction)
    {
        while (position > 0 && position < text.Length && !char.IsWhiteSpace(text[position]))
        {
            position += direction;
        }

        return position;
    }
}
