using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using DocAnalysis.Host.Pipeline;

namespace DocAnalysis.Host.Output;

/// <summary>
/// Writes a result as the documented JSON record: <c>{"id", "source", "metadata", "annotations", "views", "diagnostics"}</c>.
/// Every annotation carries <c>kind</c>, <c>analyser</c>, <c>start</c>, <c>end</c> (UTF-16 offsets into the original
/// text, end exclusive) and <c>text</c>, then its own fields; spans among them are <c>{"start", "end", "text"}</c>.
/// </summary>
public static class ResultJson
{
    private const int FlushThreshold = 1 << 16;

    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions Indented = Compact with { Indented = true, NewLine = "\n" };

    /// <summary>Writes the record on one line, and the newline, to <paramref name="stream"/> as it goes: never held whole.</summary>
    public static void WriteLine(Stream stream, AnalysisResult result)
    {
        using (var writer = new Utf8JsonWriter(stream, Compact))
        {
            Write(writer, result);
        }

        stream.WriteByte((byte)'\n');
    }

    /// <summary>The record as UTF-8 JSON bytes, on one line or indented.</summary>
    public static byte[] Serialise(AnalysisResult result, bool indented)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, indented ? Indented : Compact))
        {
            Write(writer, result);
        }

        return buffer.ToArray();
    }

    /// <summary>Writes the record.</summary>
    public static void Write(Utf8JsonWriter writer, AnalysisResult result)
    {
        var text = result.Document?.Text ?? "";
        writer.WriteStartObject();
        writer.WriteString("id", result.Id);
        writer.WriteString("source", result.Source);
        writer.WritePropertyName("metadata");
        WriteMetadata(writer, result.Document?.Metadata);
        writer.WriteStartArray("annotations");
        foreach (var annotation in result.Annotations)
        {
            WriteAnnotation(writer, annotation, text);
            if (writer.BytesPending > FlushThreshold)
            {
                // A record can be a hundred times its document (overlapping findings each quote their text): it goes
                // out as it is written rather than being held whole.
                writer.Flush();
            }
        }

        writer.WriteEndArray();
        writer.WriteStartObject("views");
        foreach (var (name, viewText) in result.Views)
        {
            writer.WriteString(name, viewText);
        }

        writer.WriteEndObject();
        writer.WriteStartArray("diagnostics");
        foreach (var diagnostic in result.Diagnostics)
        {
            writer.WriteStartObject();
            writer.WriteString("id", diagnostic.Id);
            writer.WriteString("message", diagnostic.Message);
            if (diagnostic.Analyser is not null)
            {
                writer.WriteString("analyser", diagnostic.Analyser);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Writes one annotation: kind, analyser, start, end, text, then its fields in order.</summary>
    internal static void WriteAnnotation(Utf8JsonWriter writer, Annotation annotation, string text)
    {
        writer.WriteStartObject();
        writer.WriteString("kind", annotation.Kind);
        writer.WriteString("analyser", annotation.Analyser);
        writer.WriteNumber("start", annotation.Span.Start);
        writer.WriteNumber("end", annotation.Span.End);
        writer.WriteString("text", text.AsSpan(annotation.Span.Start, annotation.Span.Length));
        foreach (var (name, value) in annotation.Attributes)
        {
            writer.WritePropertyName(name);
            WriteValue(writer, value, text);
        }

        writer.WriteEndObject();
    }

    private static void WriteMetadata(Utf8JsonWriter writer, DocumentMetadata? metadata)
    {
        writer.WriteStartObject();
        if (metadata is not null)
        {
            WriteIfSet("published", metadata.Published?.ToString());
            WriteIfSet("reference_date", metadata.ReferenceDate?.ToString());
            WriteIfSet("source", metadata.Source);
            WriteIfSet("culture", metadata.Culture);
            foreach (var (name, json) in metadata.Extra)
            {
                writer.WritePropertyName(name);
                writer.WriteRawValue(json);
            }
        }

        writer.WriteEndObject();

        void WriteIfSet(string name, string? value)
        {
            if (value is not null)
            {
                writer.WriteString(name, value);
            }
        }
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value, string text)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case double d when d == Math.Floor(d) && Math.Abs(d) < 1e15:
                writer.WriteNumberValue((long)d);
                break;
            case double d:
                writer.WriteRawValue(d.ToString("R", CultureInfo.InvariantCulture));
                break;
            case TextSpan span:
                writer.WriteStartObject();
                writer.WriteNumber("start", span.Start);
                writer.WriteNumber("end", span.End);
                writer.WriteString("text", text.AsSpan(span.Start, span.Length));
                writer.WriteEndObject();
                break;
            case AnnotationAttributes nested:
                writer.WriteStartObject();
                foreach (var (name, item) in nested)
                {
                    writer.WritePropertyName(name);
                    WriteValue(writer, item, text);
                }

                writer.WriteEndObject();
                break;
            case IEnumerable<object?> list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    WriteValue(writer, item, text);
                }

                writer.WriteEndArray();
                break;
            default:
                throw new InvalidOperationException($"An attribute value of type {value.GetType()} cannot be written as JSON.");
        }
    }
}
