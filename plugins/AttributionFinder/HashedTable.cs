namespace DocAnalysis.Plugins.Attributions;

/// <summary>
/// A read-only table keyed by 64-bit hashes that are already well mixed (FNV-1a of a feature's text): open addressing
/// with linear probing in a power-of-two array at most a quarter full, so a lookup is one multiply, a shift and, on
/// average, little more than one probe. It replaces a frozen dictionary that cost more per lookup than the cue model's
/// whole scoring (measured with <c>perf</c> on the real-news corpus) and took longer to build at start-up.
/// Most lookups miss (a feature the model never saw): which slots are used is a bitmap small enough to stay in the
/// fastest cache, so a miss rarely reads the entries, and a hit reads one entry, its key and value side by side.
/// </summary>
internal sealed class HashedTable<TValue>
{
    private readonly ulong[] _used;
    private readonly Entry[] _entries;
    private readonly int _shift;

    public HashedTable(ReadOnlySpan<KeyValuePair<ulong, TValue>> entries)
    {
        var bits = Math.Max(6, 64 - ulong.LeadingZeroCount((ulong)entries.Length * 4));
        _entries = new Entry[1 << (int)bits];
        _used = new ulong[_entries.Length / 64];
        _shift = 64 - (int)bits;
        foreach (var (key, value) in entries)
        {
            var slot = Slot(key);
            if (IsUsed(slot))
            {
                throw new ArgumentException($"The key {key} occurs twice.", nameof(entries));
            }

            _entries[slot] = new Entry(key, value);
            _used[slot >> 6] |= 1UL << slot;
        }
    }

    /// <summary>The value of <paramref name="key"/>, or <paramref name="otherwise"/> when the table does not hold it.</summary>
    public TValue Get(ulong key, TValue otherwise)
    {
        var slot = Slot(key);
        return IsUsed(slot) ? _entries[slot].Value : otherwise;
    }

    /// <summary>The slot holding <paramref name="key"/>, or the empty slot where it would go.</summary>
    private int Slot(ulong key)
    {
        var mask = _entries.Length - 1;
        var slot = (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);
        while (IsUsed(slot) && _entries[slot].Key != key)
        {
            slot = (slot + 1) & mask;
        }

        return slot;
    }

    private bool IsUsed(int slot) => (_used[slot >> 6] & (1UL << slot)) != 0;

    private readonly record struct Entry(ulong Key, TValue Value);
}
