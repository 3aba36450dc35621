namespace DocAnalysis.Plugins.Attributions;

/// <summary>
/// A read-only table keyed by 64-bit hashes that are already well mixed (FNV-1a of a feature's text): open addressing
/// with linear probing in a power-of-two array at most half full, so a lookup is one multiply, a shift and, on
/// average, under two probes. It replaces a frozen dictionary that cost more per lookup than the cue model's whole
/// scoring (measured with <c>perf</c> on the real-news corpus) and took longer to build at start-up. Key, value and
/// the slot's use sit side by side, so a probe touches one cache line, not three arrays (the 24,000 weights' table
/// is larger than the caches: three arrays made <see cref="Slot"/> 3.6% of a whole run's CPU under <c>perf</c>).
/// </summary>
internal sealed class HashedTable<TValue>
{
    private readonly Entry[] _entries;
    private readonly int _shift;

    public HashedTable(IEnumerable<KeyValuePair<ulong, TValue>> entries)
    {
        var list = entries as IReadOnlyList<KeyValuePair<ulong, TValue>> ?? entries.ToList();
        var bits = Math.Max(4, 64 - ulong.LeadingZeroCount((ulong)list.Count * 2));
        _entries = new Entry[1 << (int)bits];
        _shift = 64 - (int)bits;
        foreach (var (key, value) in list)
        {
            var slot = Slot(key);
            if (_entries[slot].Used)
            {
                throw new ArgumentException($"The key {key} occurs twice.", nameof(entries));
            }

            _entries[slot] = new Entry(key, value, true);
        }
    }

    /// <summary>The value of <paramref name="key"/>, or <paramref name="otherwise"/> when the table does not hold it.</summary>
    public TValue Get(ulong key, TValue otherwise)
    {
        ref readonly var entry = ref _entries[Slot(key)];
        return entry.Used ? entry.Value : otherwise;
    }

    /// <summary>The slot holding <paramref name="key"/>, or the empty slot where it would go.</summary>
    private int Slot(ulong key)
    {
        var entries = _entries;
        var mask = entries.Length - 1;
        var slot = (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);
        while (entries[slot].Used && entries[slot].Key != key)
        {
            slot = (slot + 1) & mask;
        }

        return slot;
    }

    private readonly record struct Entry(ulong Key, TValue Value, bool Used);
}
