using System.Text.Json;

namespace DocAnalysis.Host.Inputs;

/// <summary>Reads a JSON Lines file of <c>{"id", "text", "metadata"}</c> records, one document a line; a bad line (bad JSON, invalid UTF-8) fails alone.</summary>
internal static class JsonLinesReader
{
    /// <summary>The longest line read: a document's limit, with room for JSON escapes and metadata.</summary>
    public const long MaxLineBytes = 2 * DocumentSource.MaxDocumentBytes;

    private const int BufferSize = 1 << 16;

    public static IEnumerable<DocumentInput> Read(string fullPath, string display, PublicationDate? referenceDate)
    {
        FileStream stream;
        try
        {
            // A pipe or a device has no size: never opened (opening a pipe waits for a writer).
            if (DocumentSource.SizeOf(fullPath) == 0)
            {
                return [DocumentInput.Failed(Path.GetFileNameWithoutExtension(display), display, "the file is empty, or is not a regular file (a pipe or a device); it is not read")];
            }

            stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [DocumentInput.Failed(Path.GetFileNameWithoutExtension(display), display, $"cannot be read ({e.Message})")];
        }

        return ReadLines(stream, display, referenceDate);
    }

    /// <summary>Reads records from a stream as they arrive (standard input under a pipe), one line at a time, and disposes of it at the end.</summary>
    public static IEnumerable<DocumentInput> Read(Stream stream, string display, PublicationDate? referenceDate, long firstLine = 1) => ReadLines(stream, display, referenceDate, firstLine);

    /// <summary>Each line is decoded on its own and strictly, so a line of invalid UTF-8 fails alone, by number, instead of being silently repaired.</summary>
    private static IEnumerable<DocumentInput> ReadLines(Stream stream, string display, PublicationDate? referenceDate, long firstLine = 1)
    {
        using (stream)
        {
            var number = firstLine - 1;
            foreach (var bytes in ByteLines(stream))
            {
                number++;
                var source = $"{display}:{number}";
                var fallbackId = $"{Path.GetFileNameWithoutExtension(display)}#{number}";
                if (bytes is null)
                {
                    yield return DocumentInput.Failed(fallbackId, source, $"the line is over {MaxLineBytes:N0} bytes; longer lines are not read");
                    continue;
                }

                var line = TextDecoder.TryDecode(bytes, out var problem);
                if (line is null)
                {
                    yield return DocumentInput.Failed(fallbackId, source, problem!);
                }
                else if (!string.IsNullOrWhiteSpace(line))
                {
                    yield return Parse(line, source, fallbackId, referenceDate);
                }
            }
        }
    }

    /// <summary>
    /// The file's lines as bytes, without their <c>\n</c> or <c>\r\n</c>; null for a line over
    /// <see cref="MaxLineBytes"/>, which is skipped without being held in memory.
    /// </summary>
    private static IEnumerable<byte[]?> ByteLines(Stream stream)
    {
        var buffer = new byte[BufferSize];
        using var line = new MemoryStream();
        var tooLong = false;
        int count;
        while ((count = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            var start = 0;
            int newline;
            while ((newline = Array.IndexOf(buffer, (byte)'\n', start, count - start)) >= 0)
            {
                Append(start, newline - start);
                yield return tooLong ? null : WithoutCarriageReturn(line);
                line.SetLength(0);
                tooLong = false;
                start = newline + 1;
            }

            Append(start, count - start);
        }

        if (line.Length > 0 || tooLong)
        {
            yield return tooLong ? null : WithoutCarriageReturn(line);
        }

        void Append(int start, int length)
        {
            if (!tooLong && line.Length + length > MaxLineBytes)
            {
                tooLong = true;
                line.SetLength(0);
            }

            if (!tooLong)
            {
                line.Write(buffer, start, length);
            }
        }
    }

    private static byte[] WithoutCarriageReturn(MemoryStream line)
    {
        var bytes = line.GetBuffer().AsSpan(0, (int)line.Length);
        return (bytes.EndsWith((byte)'\r') ? bytes[..^1] : bytes).ToArray();
    }

    private static DocumentInput Parse(string line, string source, string fallbackId, PublicationDate? referenceDate)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return DocumentInput.Failed(fallbackId, source, "a record must be a JSON object with \"id\" and \"text\"");
            }

            var id = root.TryGetProperty("id", out var idElement) && idElement.ValueKind == JsonValueKind.String ? MetadataReader.Text(idElement, "id", source) : null;
            if (string.IsNullOrWhiteSpace(id))
            {
                return DocumentInput.Failed(fallbackId, source, "the record has no \"id\" string");
            }

            if (!root.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String)
            {
                return DocumentInput.Failed(id, source, "the record has no \"text\" string");
            }

            var text = MetadataReader.Text(textElement, "text", source);
            if (text.Length == 0)
            {
                return DocumentInput.Failed(id, source, "the record's text is empty");
            }

            var metadata = root.TryGetProperty("metadata", out var metadataElement) && metadataElement.ValueKind != JsonValueKind.Null
                ? MetadataReader.Read(metadataElement, source)
                : DocumentMetadata.Empty;
            var document = new Document(id, text, metadata with { ReferenceDate = referenceDate });
            return new DocumentInput(id, source, () => document);
        }
        catch (JsonException e)
        {
            return DocumentInput.Failed(fallbackId, source, $"is not valid JSON ({JsonProblem.Describe(e)})");
        }
        catch (DocumentLoadException e)
        {
            return DocumentInput.Failed(fallbackId, source, e.Problem);
        }
    }
}
