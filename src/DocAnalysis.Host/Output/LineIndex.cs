namespace DocAnalysis.Host.Output;

/// <summary>Turns offsets into 1-based line:column positions and back, by binary search over line starts.</summary>
internal sealed class LineIndex
{
    private readonly List<int> _starts = [0];
    private readonly int _length;

    public LineIndex(string text)
    {
        _length = text.Length;
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1))
        {
            _starts.Add(i + 1);
        }
    }

    /// <summary>The offset's position as <c>LINE:COLUMN</c>.</summary>
    public string Position(int offset)
    {
        var index = _starts.BinarySearch(offset);
        var line = index >= 0 ? index : ~index - 1;
        return $"{line + 1}:{offset - _starts[line] + 1}";
    }

    /// <summary>The offset of a 1-based line and column, or null when the text has no such place.</summary>
    public int? Offset(int line, int column) =>
        line >= 1 && line <= _starts.Count && column >= 1 && _starts[line - 1] + column - 1 is var offset && offset <= _length ? offset : null;
}
