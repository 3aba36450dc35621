namespace DocAnalysis.Plugins.Attributions;

/// <summary>
/// A read-only table keyed by 64-bit hashes that are already well mixed (FNV-1a of a feature's text): open addressing
/// with linear probing in a power-of-two array at most half full, so a lookup is one multiply, a shift and, on
/// average, under two probes. It replaces a frozen dictionary that cost more per lookup than the cue model's whole
/// scoring (measured with <c>perf</c> on the real-news corpus) and took longer to build at start-up.
/// </summary>
internal sealed class HashedTable<TValue>
{
    private readonly ulong[] _keys;
    private readonly TValue[] _values;
    private readonly bool[] _used;
    private readonly int _shift;

    public HashedTable(IEnumerable<KeyValuePair<ulong, TValue>> entries)
    {
        var list = entries.ToList();
        var bits = Math.Max(4, 64 - ulong.LeadingZeroCount((ulong)list.Count * 2));
        _keys = new ulong[1 << (int)bits];
        _values = new TValue[_keys.Length];
        _used = new bool[_keys.Length];
        _shift = 64 - (int)bits;
        foreach (var (key, value) in list)
        {
            var slot = Slot(key);
            if (_used[slot])
            {
                throw new ArgumentException($"The key {key} occurs twice.", nameof(entries));
            }

            _keys[slot] = key;
            _values[slot] = value;
            _used[slot] = true;
        }
    }

    /// <summary>The value of <paramref name="key"/>, or <paramref name="otherwise"/> when the table does not hold it.</summary>
    public TValue Get(ulong key, TValue otherwise)
    {
        var slot = Slot(key);
        return _used[slot] ? _values[slot] : otherwise;
    }

    /// <summary>The slot holding <paramref name="key"/>, or the empty slot where it would go.</summary>
    private int Slot(ulong key)
    {
        var mask = _keys.Length - 1;
        var slot = (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);
        while (_used[slot] && _keys[slot] != key)
        {
            slot = (slot + 1) & mask;
        }

        return slot;
    }
}
