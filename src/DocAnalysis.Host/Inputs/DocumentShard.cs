using System.Globalization;
using System.Text;

namespace DocAnalysis.Host.Inputs;

/// <summary>
/// Shard <see cref="Number"/> of <see cref="Count"/> (<c>--shard K/N</c>): the documents whose id's hash, modulo N, is
/// K − 1. The hash is 64-bit FNV-1a over the id's UTF-8 bytes — fixed by this definition, not by a runtime, so a
/// document falls in the same shard on every machine, run, input order and .NET version; the N shards of a corpus
/// are disjoint and together hold every document.
/// </summary>
public sealed record DocumentShard
{
    /// <summary>The most shards a corpus is cut into.</summary>
    public const int MaxCount = 1_000_000;

    private DocumentShard(int number, int count) => (Number, Count) = (number, count);

    /// <summary>Which shard, from 1.</summary>
    public int Number { get; }

    /// <summary>How many shards.</summary>
    public int Count { get; }

    /// <summary>Shard <paramref name="number"/> (from 1) of <paramref name="count"/>.</summary>
    public static DocumentShard Of(int number, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, MaxCount);
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, count);
        return new DocumentShard(number, count);
    }

    /// <summary>Reads <c>K/N</c>; the problem in words when it is not one.</summary>
    public static bool TryParse(string text, out DocumentShard? shard, out string? problem)
    {
        (shard, problem) = (null, null);
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0 || !int.TryParse(text.AsSpan(0, slash), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || !int.TryParse(text.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            problem = $"'{text}' is not a shard: write K/N, such as 2/8 for the second of eight";
            return false;
        }

        if (count is < 1 or > MaxCount || number < 1 || number > count)
        {
            problem = $"'{text}' is not a shard K/N: N is 1 to {MaxCount:N0} and K is 1 to N";
            return false;
        }

        shard = new DocumentShard(number, count);
        return true;
    }

    /// <summary>True when the document with this id belongs to this shard.</summary>
    public bool Contains(string id) => (int)(Hash(id) % (ulong)Count) == Number - 1;

    /// <summary>64-bit FNV-1a over the UTF-8 bytes of <paramref name="id"/> (offset basis 14695981039346656037, prime 1099511628211).</summary>
    public static ulong Hash(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        const ulong offsetBasis = 14695981039346656037;
        const ulong prime = 1099511628211;
        Span<byte> buffer = stackalloc byte[256];
        var bytes = Encoding.UTF8.GetMaxByteCount(id.Length) <= buffer.Length ? buffer[..Encoding.UTF8.GetBytes(id, buffer)] : Encoding.UTF8.GetBytes(id);
        var hash = offsetBasis;
        foreach (var b in bytes)
        {
            hash = (hash ^ b) * prime;
        }

        return hash;
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Number}/{Count}";
}
