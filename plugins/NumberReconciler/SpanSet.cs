namespace DocAnalysis.Plugins.Numbers;

/// <summary>
/// Spans to test others against: sorted by start with the running maximum of their ends, so whether a span overlaps
/// any of them is a binary search, not a scan (a document's dates against each of its numbers would be quadratic).
/// </summary>
internal sealed class SpanSet
{
    private readonly TextSpan[] _spans;
    private readonly int[] _maxEnd;

    public SpanSet(IEnumerable<TextSpan> spans)
    {
        _spans = [.. spans.Where(s => !s.IsEmpty).OrderBy(s => s.Start)];
        _maxEnd = new int[_spans.Length];
        for (var i = 0; i < _spans.Length; i++)
        {
            _maxEnd[i] = Math.Max(_spans[i].End, i > 0 ? _maxEnd[i - 1] : 0);
        }
    }

    /// <summary>True when <paramref name="span"/> shares a code unit with one of the spans (<see cref="TextSpan.OverlapsWith"/>).</summary>
    public bool Overlaps(TextSpan span)
    {
        if (span.IsEmpty)
        {
            return false;
        }

        // The spans that start before this one ends overlap it when one of them ends after it starts.
        var (low, high) = (0, _spans.Length);
        while (low < high)
        {
            var middle = (low + high) / 2;
            (low, high) = _spans[middle].Start < span.End ? (middle + 1, high) : (low, middle);
        }

        return low > 0 && _maxEnd[low - 1] > span.Start;
    }
}
