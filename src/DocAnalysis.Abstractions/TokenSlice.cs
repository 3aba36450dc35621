using System.Collections;

namespace DocAnalysis;

/// <summary>
/// Tokens of a <see cref="TextLayer"/>, in order: all of them, or a sentence's or a paragraph's. A view, not a copy:
/// index it, count it, <c>foreach</c> over it, or copy it (<c>[.. slice]</c>) into a list of your own.
/// </summary>
public readonly struct TokenSlice : IReadOnlyList<TextToken>
{
    private readonly TextLayer _layer;
    private readonly int _first;

    internal TokenSlice(TextLayer layer, int first, int count)
    {
        _layer = layer;
        _first = first;
        Count = count;
    }

    /// <summary>How many tokens it holds.</summary>
    public int Count { get; }

    /// <summary>Its <paramref name="index"/>th token.</summary>
    public TextToken this[int index] => (uint)index < (uint)Count ? _layer.TokenAtIndex(_first + index) : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>Its tokens, in order, without allocating.</summary>
    public Enumerator GetEnumerator() => new(this);

    IEnumerator<TextToken> IEnumerable<TextToken>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Walks a <see cref="TokenSlice"/>.</summary>
    public struct Enumerator : IEnumerator<TextToken>
    {
        private readonly TokenSlice _slice;
        private int _index;

        internal Enumerator(TokenSlice slice)
        {
            _slice = slice;
            _index = -1;
        }

        /// <inheritdoc/>
        public readonly TextToken Current => _slice[_index];

        readonly object IEnumerator.Current => Current;

        /// <inheritdoc/>
        public bool MoveNext() => ++_index < _slice.Count;

        /// <inheritdoc/>
        public void Reset() => _index = -1;

        /// <inheritdoc/>
        public readonly void Dispose()
        {
        }
    }
}
