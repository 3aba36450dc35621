namespace DocAnalysis.Plugins.Numbers;

/// <summary>
/// Items with spans, sorted by start with the running maximum of their ends, so the questions asked for every number
/// of a document (does a date overlap it, which date is in its sentence, which attribution's content holds it) are
/// binary searches and short scans, not a pass over every item (which would be quadratic in the document's length).
/// Where several items answer, the first in the order given wins, as a scan would find it.
/// </summary>
internal sealed class SpanIndex<T>
{
    private readonly (TextSpan Span, int Order, T Item)[] _entries;

    /// <summary>The largest end of the non-empty spans up to each entry (an empty span overlaps and covers nothing non-empty).</summary>
    private readonly int[] _maxEnd;

    public SpanIndex(IEnumerable<T> items, Func<T, TextSpan?> spanOf)
    {
        _entries = [.. items.Select((item, order) => (Span: spanOf(item), Order: order, Item: item))
            .Where(e => e.Span is not null)
            .Select(e => (e.Span!.Value, e.Order, e.Item))
            .OrderBy(e => e.Item1.Start).ThenBy(e => e.Order)];
        _maxEnd = new int[_entries.Length];
        for (var i = 0; i < _entries.Length; i++)
        {
            var span = _entries[i].Span;
            _maxEnd[i] = Math.Max(span.IsEmpty ? 0 : span.End, i > 0 ? _maxEnd[i - 1] : 0);
        }
    }

    /// <summary>True when <paramref name="span"/> shares a code unit with one of the spans (<see cref="TextSpan.OverlapsWith"/>).</summary>
    public bool Overlaps(TextSpan span)
    {
        var before = StartingBefore(span.End);
        return !span.IsEmpty && before > 0 && _maxEnd[before - 1] > span.Start;
    }

    /// <summary>The first item whose span lies within <c>[start, end)</c>.</summary>
    public T? FirstWithin(int start, int end)
    {
        (T Item, int Order)? first = null;
        for (var i = StartingBefore(start); i < _entries.Length && _entries[i].Span.Start <= end; i++)
        {
            if (_entries[i].Span.End <= end && (first is null || _entries[i].Order < first.Value.Order))
            {
                first = (_entries[i].Item, _entries[i].Order);
            }
        }

        return first is { } found ? found.Item : default;
    }

    /// <summary>The first item whose span contains the non-empty <paramref name="span"/>; the scan stops where no earlier span reaches its end.</summary>
    public T? FirstCovering(TextSpan span)
    {
        (T Item, int Order)? first = null;
        for (var i = StartingBefore(span.Start + 1) - 1; i >= 0 && _maxEnd[i] >= span.End; i--)
        {
            if (_entries[i].Span.Contains(span) && (first is null || _entries[i].Order < first.Value.Order))
            {
                first = (_entries[i].Item, _entries[i].Order);
            }
        }

        return first is { } found ? found.Item : default;
    }

    /// <summary>How many entries start before <paramref name="position"/>.</summary>
    private int StartingBefore(int position)
    {
        var (low, high) = (0, _entries.Length);
        while (low < high)
        {
            var middle = (low + high) / 2;
            (low, high) = _entries[middle].Span.Start < position ? (middle + 1, high) : (low, middle);
        }

        return low;
    }
}
