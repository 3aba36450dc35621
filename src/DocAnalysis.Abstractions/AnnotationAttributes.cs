using System.Collections;

namespace DocAnalysis;

/// <summary>
/// The typed fields of an annotation, in the order they were set. Values are strings, numbers, booleans, spans,
/// nested attribute sets, or lists of those: nothing of a plugin's own types, so any plugin can read any other's
/// results and the host can write them as JSON. Spans are mapped to the original text like the annotation's own.
/// </summary>
public sealed class AnnotationAttributes : IEnumerable<KeyValuePair<string, object?>>
{
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal) { "kind", "analyser", "start", "end", "text" };
    private readonly List<KeyValuePair<string, object?>> _items = [];
    private bool _readOnly;

    /// <summary>
    /// True for the fields of an annotation already reported: the host keeps a read-only copy, so no analyser can
    /// change another's results, nor its own after reporting them.
    /// </summary>
    public bool IsReadOnly => _readOnly;

    /// <summary>How many fields are set.</summary>
    public int Count => _items.Count;

    /// <summary>The value of a field, or null when it is absent or null.</summary>
    public object? this[string name] => TryGet(name, out var value) ? value : null;

    /// <summary>Sets a text field.</summary>
    public AnnotationAttributes Set(string name, string? value) => SetValue(name, value);

    /// <summary>Sets a number field.</summary>
    public AnnotationAttributes Set(string name, double value) => SetValue(name, CheckFinite(value));

    /// <summary>Sets a true/false field.</summary>
    public AnnotationAttributes Set(string name, bool value) => SetValue(name, value);

    /// <summary>Sets a span field (written as <c>{"start","end","text"}</c>), or null.</summary>
    public AnnotationAttributes Set(string name, TextSpan? value) => SetValue(name, value);

    /// <summary>Sets a nested set of fields.</summary>
    public AnnotationAttributes Set(string name, AnnotationAttributes? value) => SetValue(name, value);

    /// <summary>Sets a list of numbers, such as a <c>[low, high]</c> range.</summary>
    public AnnotationAttributes Set(string name, IEnumerable<double> values) => SetValue(name, values.Select(v => (object?)CheckFinite(v)).ToArray());

    /// <summary>Sets a list of texts.</summary>
    public AnnotationAttributes Set(string name, IEnumerable<string> values) => SetValue(name, values.Cast<object?>().ToArray());

    /// <summary>Sets a list of spans.</summary>
    public AnnotationAttributes Set(string name, IEnumerable<TextSpan> values) => SetValue(name, values.Select(v => (object?)v).ToArray());

    /// <summary>Sets a list of nested field sets.</summary>
    public AnnotationAttributes Set(string name, IEnumerable<AnnotationAttributes> values) => SetValue(name, values.Cast<object?>().ToArray());

    /// <summary>Collection-initialiser form of <see cref="Set(string, string)"/>.</summary>
    public void Add(string name, string? value) => Set(name, value);

    /// <summary>Collection-initialiser form of <see cref="Set(string, double)"/>.</summary>
    public void Add(string name, double value) => Set(name, value);

    /// <summary>Collection-initialiser form of <see cref="Set(string, bool)"/>.</summary>
    public void Add(string name, bool value) => Set(name, value);

    /// <summary>Collection-initialiser form of <see cref="Set(string, TextSpan?)"/>.</summary>
    public void Add(string name, TextSpan? value) => Set(name, value);

    /// <summary>Collection-initialiser form of <see cref="Set(string, AnnotationAttributes)"/>.</summary>
    public void Add(string name, AnnotationAttributes? value) => Set(name, value);

    /// <summary>True when the field is present (its value may be null).</summary>
    public bool TryGet(string name, out object? value)
    {
        var index = IndexOf(name);
        value = index >= 0 ? _items[index].Value : null;
        return index >= 0;
    }

    /// <summary>The field as text, or null.</summary>
    public string? GetString(string name) => this[name] as string;

    /// <summary>The field as a number, or null.</summary>
    public double? GetNumber(string name) => this[name] as double?;

    /// <summary>The field as a boolean, or null.</summary>
    public bool? GetBoolean(string name) => this[name] as bool?;

    /// <summary>The field as a span, or null.</summary>
    public TextSpan? GetSpan(string name) => this[name] as TextSpan?;

    /// <summary>The field as a nested field set, or null.</summary>
    public AnnotationAttributes? GetObject(string name) => this[name] as AnnotationAttributes;

    /// <summary>The field as a list, or null.</summary>
    public IReadOnlyList<object?>? GetList(string name) => this[name] as IReadOnlyList<object?>;

    /// <summary>
    /// A copy in which every span, however deeply nested, is replaced by <paramref name="map"/>'s answer; read-only
    /// when this set is.
    /// </summary>
    public AnnotationAttributes MapSpans(Func<TextSpan, TextSpan?> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        var copy = new AnnotationAttributes { _readOnly = _readOnly };
        foreach (var (name, value) in _items)
        {
            copy._items.Add(new(name, MapValue(value, map)));
        }

        return copy;
    }

    /// <summary>
    /// A read-only deep copy, with every span passed through <paramref name="check"/> (which may throw). Throws
    /// <see cref="InvalidOperationException"/> when the fields nest deeper than <paramref name="maxDepth"/> levels,
    /// as a set that contains itself does.
    /// </summary>
    public AnnotationAttributes ToReadOnly(Func<TextSpan, TextSpan> check, int maxDepth = 64)
    {
        ArgumentNullException.ThrowIfNull(check);
        return Copy(this, check, maxDepth, 1);

        static AnnotationAttributes Copy(AnnotationAttributes source, Func<TextSpan, TextSpan> check, int maxDepth, int depth)
        {
            if (depth > maxDepth)
            {
                throw new InvalidOperationException($"Annotation fields nest deeper than {maxDepth} levels (a field set that contains itself does).");
            }

            var copy = new AnnotationAttributes { _readOnly = true };
            foreach (var (name, value) in source._items)
            {
                copy._items.Add(new(name, CopyValue(value, check, maxDepth, depth)));
            }

            return copy;
        }

        static object? CopyValue(object? value, Func<TextSpan, TextSpan> check, int maxDepth, int depth) => value switch
        {
            TextSpan span => check(span),
            AnnotationAttributes nested => Copy(nested, check, maxDepth, depth + 1),
            object?[] list => list.Select(item => CopyValue(item, check, maxDepth, depth)).ToArray(),
            _ => value,
        };
    }

    /// <summary>Sets a field to a value already in the form the setters store (a worker's result, read back by the host).</summary>
    internal AnnotationAttributes SetDecoded(string name, object? value) => SetValue(name, value);

    /// <inheritdoc/>
    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static object? MapValue(object? value, Func<TextSpan, TextSpan?> map) => value switch
    {
        TextSpan span => map(span),
        AnnotationAttributes nested => nested.MapSpans(map),
        object?[] list => list.Select(item => MapValue(item, map)).ToArray(),
        _ => value,
    };

    private static double CheckFinite(double value) =>
        double.IsFinite(value) ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "Attribute numbers must be finite: JSON has no NaN or infinity.");

    private AnnotationAttributes SetValue(string name, object? value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (_readOnly)
        {
            throw new InvalidOperationException($"The fields of a reported annotation are read-only; '{name}' cannot be set. Build a new set to report changed fields.");
        }

        if (Reserved.Contains(name))
        {
            throw new ArgumentException($"'{name}' is written by the host for every annotation and cannot be an attribute name.", nameof(name));
        }

        var index = IndexOf(name);
        if (index >= 0)
        {
            _items[index] = new(name, value);
        }
        else
        {
            _items.Add(new(name, value));
        }

        return this;
    }

    private int IndexOf(string name) => _items.FindIndex(item => string.Equals(item.Key, name, StringComparison.Ordinal));
}
