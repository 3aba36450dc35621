namespace DocAnalysis.Host.Views;

/// <summary>
/// A text the analysers read: the original document, or a view derived from another by edits. Every view knows how
/// its offsets map back to the original, so annotations made on any view point at the original characters.
/// </summary>
public sealed class DocumentView
{
    private readonly DocumentView? _parent;
    private readonly Segment[] _segments;
    private TextLayer? _layer;

    private DocumentView(string name, string text, DocumentView? parent, Segment[] segments)
    {
        Name = name;
        Text = text;
        _parent = parent;
        _segments = segments;
    }

    /// <summary>The view's name: <c>original</c> or the name its analyser gave it.</summary>
    public string Name { get; }

    /// <summary>The view's text.</summary>
    public string Text { get; }

    /// <summary>The tokens, sentences and paragraphs of <see cref="Text"/>, computed when first asked and then shared by every analyser that reads this view.</summary>
    public TextLayer Layer => LazyInitializer.EnsureInitialized(ref _layer, () => TextLayer.Create(Text));

    /// <summary>True for the original document's text.</summary>
    public bool IsOriginal => _parent is null;

    /// <summary>The view of a document's original text.</summary>
    public static DocumentView Original(string text) => new(DocAnalysis.Views.Original, text, null, []);

    /// <summary>Derives a view by applying edits, which must lie inside the text and not overlap.</summary>
    public DocumentView Derive(string name, IEnumerable<TextEdit> edits)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var sorted = edits.OrderBy(e => e.Span.Start).ThenBy(e => e.Span.End).ToList();
        var text = new System.Text.StringBuilder(Text.Length);
        var segments = new List<Segment>(sorted.Count * 2 + 1);
        var position = 0;
        foreach (var edit in sorted)
        {
            if (edit.Span.Start > Text.Length || edit.Span.Length > Text.Length - edit.Span.Start)
            {
                throw new ArgumentException($"The edit at {edit.Span} lies outside the view '{Name}' of length {Text.Length}.", nameof(edits));
            }

            if (edit.Span.Start < position)
            {
                throw new ArgumentException($"The edit at {edit.Span} overlaps an earlier edit ending at {position}.", nameof(edits));
            }

            Keep(position, edit.Span.Start);
            if (edit.Replacement.Length > 0)
            {
                segments.Add(new Segment(text.Length, edit.Replacement.Length, edit.Span.Start, edit.Span.Length, Inserted: true));
                text.Append(edit.Replacement);
            }

            position = edit.Span.End;
        }

        Keep(position, Text.Length);
        return new DocumentView(name, text.ToString(), this, [.. segments]);

        void Keep(int from, int to)
        {
            if (to > from)
            {
                segments.Add(new Segment(text.Length, to - from, from, to - from, Inserted: false));
                text.Append(Text, from, to - from);
            }
        }
    }

    /// <summary>
    /// Maps a span of this view to the original text. Kept text maps exactly; text an edit inserted maps to the
    /// whole span it replaced, so <c>original[result]</c> is always real original text.
    /// </summary>
    public TextSpan ToOriginal(TextSpan span)
    {
        if (_parent is null)
        {
            return span;
        }

        if (span.End > Text.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(span), span, $"The span lies outside the view '{Name}' of length {Text.Length}.");
        }

        int start, end;
        if (span.IsEmpty)
        {
            start = end = PositionInParent(span.Start);
        }
        else
        {
            var first = _segments[SegmentAt(span.Start)];
            var last = _segments[SegmentAt(span.End - 1)];
            start = first.Inserted ? first.ParentStart : first.ParentStart + (span.Start - first.ViewStart);
            end = last.Inserted ? last.ParentStart + last.ParentLength : last.ParentStart + (span.End - last.ViewStart);
        }

        return _parent.ToOriginal(TextSpan.FromBounds(start, end));
    }

    /// <summary>Maps a span of the original text into this view, or null when its first or last character is not in the view.</summary>
    public TextSpan? FromOriginal(TextSpan span)
    {
        if (_parent is null)
        {
            return span;
        }

        return _parent.FromOriginal(span) is { } inParent ? FromParent(inParent) : null;
    }

    private TextSpan? FromParent(TextSpan span)
    {
        if (span.IsEmpty)
        {
            return ViewPosition(span.Start) is { } p ? new TextSpan(p, 0) : null;
        }

        var start = ViewPosition(span.Start);
        var last = ViewPosition(span.End - 1);
        return start is { } s && last is { } l && l >= s ? TextSpan.FromBounds(s, l + 1) : null;
    }

    /// <summary>The view position of a parent position that lies in kept text, by binary search on the kept segments.</summary>
    private int? ViewPosition(int parentPosition)
    {
        int lo = 0, hi = _segments.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var segment = _segments[mid];
            if (parentPosition < segment.ParentStart)
            {
                hi = mid - 1;
            }
            else if (parentPosition >= segment.ParentStart + segment.ParentLength)
            {
                lo = mid + 1;
            }
            else
            {
                return segment.Inserted ? null : segment.ViewStart + (parentPosition - segment.ParentStart);
            }
        }

        return null;
    }

    private int PositionInParent(int viewPosition)
    {
        if (viewPosition >= Text.Length)
        {
            return _segments.Length == 0 ? 0 : _segments[^1].ParentStart + _segments[^1].ParentLength;
        }

        var segment = _segments[SegmentAt(viewPosition)];
        return segment.Inserted ? segment.ParentStart : segment.ParentStart + (viewPosition - segment.ViewStart);
    }

    private int SegmentAt(int viewPosition)
    {
        int lo = 0, hi = _segments.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) >>> 1;
            if (_segments[mid].ViewStart <= viewPosition)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo;
    }

    /// <summary>A run of the view that is either parent text kept as it was or text an edit inserted in place of a parent span.</summary>
    private readonly record struct Segment(int ViewStart, int Length, int ParentStart, int ParentLength, bool Inserted);
}
