using System.Text.Json;

namespace DocAnalysis.Host.Inputs;

/// <summary>Reads a JSON Lines file of <c>{"id", "text", "metadata"}</c> records, one document a line; a bad line fails alone.</summary>
internal static class JsonLinesReader
{
    public static IEnumerable<DocumentInput> Read(string fullPath, string display, PublicationDate? referenceDate)
    {
        IEnumerable<string> lines;
        try
        {
            lines = File.ReadLines(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [DocumentInput.Failed(Path.GetFileNameWithoutExtension(display), display, $"cannot be read ({e.Message})")];
        }

        return ReadLines(lines, display, referenceDate);
    }

    private static IEnumerable<DocumentInput> ReadLines(IEnumerable<string> lines, string display, PublicationDate? referenceDate)
    {
        var number = 0;
        foreach (var line in lines)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var source = $"{display}:{number}";
            yield return Parse(line, source, $"{Path.GetFileNameWithoutExtension(display)}#{number}", referenceDate);
        }
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

            var id = root.TryGetProperty("id", out var idElement) && idElement.ValueKind == JsonValueKind.String ? idElement.GetString() : null;
            if (string.IsNullOrWhiteSpace(id))
            {
                return DocumentInput.Failed(fallbackId, source, "the record has no \"id\" string");
            }

            if (!root.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String)
            {
                return DocumentInput.Failed(id, source, "the record has no \"text\" string");
            }

            var text = textElement.GetString()!;
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
            return DocumentInput.Failed(fallbackId, source, $"is not valid JSON ({e.Message})");
        }
        catch (DocumentLoadException e)
        {
            return DocumentInput.Failed(fallbackId, source, e.Problem);
        }
    }
}
