using System.Text;
using System.Text.Unicode;

namespace DocAnalysis.Host.Inputs;

/// <summary>Decodes document bytes: UTF-8 with or without BOM, UTF-16 with BOM. Anything else is refused with a reason.</summary>
public static class TextDecoder
{
    private static readonly UnicodeEncoding StrictUtf16Le = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16Be = new(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    /// <summary>Decodes <paramref name="bytes"/>, or returns null and the reason it cannot.</summary>
    public static string? TryDecode(ReadOnlySpan<byte> bytes, out string? problem)
    {
        problem = null;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return DecodeUtf8(bytes[3..], 3, out problem);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Decode(StrictUtf16Le, bytes[2..], "UTF-16 (little-endian)", out problem);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Decode(StrictUtf16Be, bytes[2..], "UTF-16 (big-endian)", out problem);
        }

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            problem = $"binary content (a NUL byte at offset {nul}); expected UTF-8 text, or UTF-16 with a byte order mark";
            return null;
        }

        return DecodeUtf8(bytes, 0, out problem);
    }

    private static string? DecodeUtf8(ReadOnlySpan<byte> bytes, int offset, out string? problem)
    {
        problem = null;
        var chars = new char[bytes.Length];
        var status = Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false);
        if (status == System.Buffers.OperationStatus.Done)
        {
            return new string(chars, 0, written);
        }

        problem = read < bytes.Length
            ? $"invalid UTF-8 (byte 0x{bytes[read]:X2} at offset {read + offset}); save the file as UTF-8"
            : "invalid UTF-8 (the text ends inside a character); save the file as UTF-8";
        return null;
    }

    private static string? Decode(Encoding encoding, ReadOnlySpan<byte> bytes, string name, out string? problem)
    {
        problem = null;
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            problem = $"invalid {name} at offset {e.Index + 2}";
            return null;
        }
    }
}
