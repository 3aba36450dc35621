namespace DocAnalysis.Host.Workers;

/// <summary>
/// Reads lines of bytes from a pipe with a bound on a line's length, so that a worker writing without end holds no
/// more than the bound in this process. A line is returned without its <c>\n</c> and is valid until the next read.
/// </summary>
internal sealed class LineReader(Stream stream, bool truncateLongLines = false)
{
    private byte[] _buffer = new byte[1 << 16];
    private int _start;
    private int _end;
    private bool _skipping;

    /// <summary>
    /// The next line, or null at the end of the stream. A line longer than <paramref name="maxLength"/> bytes throws
    /// <see cref="LineTooLongException"/>, or, when the reader truncates long lines, comes cut to that length with the
    /// rest of it skipped unread.
    /// </summary>
    public async ValueTask<ReadOnlyMemory<byte>?> ReadLineAsync(long maxLength, CancellationToken cancellationToken = default)
    {
        var scanned = 0;
        while (true)
        {
            var newline = _buffer.AsSpan(_start + scanned, _end - _start - scanned).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                var length = scanned + newline;
                var line = _buffer.AsMemory(_start, length);
                _start += length + 1;
                if (_skipping)
                {
                    _skipping = false;
                    scanned = 0;
                    continue;
                }

                return line;
            }

            scanned = _end - _start;
            if (_skipping)
            {
                _start = _end = scanned = 0;
            }
            else if (scanned > maxLength)
            {
                if (!truncateLongLines)
                {
                    throw new LineTooLongException(maxLength);
                }

                var cut = _buffer.AsMemory(_start, (int)maxLength).ToArray();
                _start = _end = 0;
                _skipping = true;
                return cut;
            }

            MakeRoom(maxLength);
            var read = await stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                if (_end > _start && !_skipping)
                {
                    var last = _buffer.AsMemory(_start, _end - _start);
                    _start = _end;
                    return last;
                }

                return null;
            }

            _end += read;
        }
    }

    /// <summary>Moves the unread bytes to the front, and grows the buffer (never far beyond the bound) when they fill it.</summary>
    private void MakeRoom(long maxLength)
    {
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            var size = (int)Math.Min(Math.Max(_buffer.Length * 2L, 1), Math.Min(maxLength + 2, Array.MaxLength));
            Array.Resize(ref _buffer, Math.Max(size, _buffer.Length + 1));
        }
    }
}

/// <summary>A line over the reader's bound.</summary>
internal sealed class LineTooLongException(long maxLength) : IOException($"a line over {maxLength:N0} bytes");
