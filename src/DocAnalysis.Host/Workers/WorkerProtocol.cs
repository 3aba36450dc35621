using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using DocAnalysis.Host.Pipeline;
using Microsoft.Extensions.Configuration;

namespace DocAnalysis.Host.Workers;

/// <summary>
/// The worker protocol, version 1: JSON Lines over a worker's standard input and output, one message a line.
/// <list type="bullet">
/// <item>host → worker, first: <c>{"protocol":1,"options":{"plugins":[...],"disabled":[...],"timeoutSeconds":30, ...,"analysers":{"id:key":"value"}}}</c>
/// (every setting of <see cref="EngineOptions"/> by its JSON name, the analysers' options flattened)</item>
/// <item>worker → host, then: <c>{"protocol":1,"ready":[{"id","displayName","version","requires","uses","provides","displays"}, ...]}</c> (the pipeline, in order) or <c>{"protocol":1,"problems":["...", ...]}</c> and exit</item>
/// <item>host → worker, per document: <c>{"document":{"n":7,"id","source","text","metadata":{...},"skip":["id", ...]}}</c></item>
/// <item>worker → host, per analyser call: <c>{"calling":{"n":7,"analyser":"id"}}</c>; then once: <c>{"result":{"n":7,"annotations":[...],"views":[...],"diagnostics":[...],"abandoned":false}}</c></item>
/// </list>
/// Annotations travel as <c>{"kind","analyser","start","end","fields":[[name, value], ...]}</c> on the original text;
/// a value is <c>null</c>, a boolean, a number (shortest round-trip form), a string, or a one-key object:
/// <c>{"span":[start,end]}</c>, <c>{"list":[...]}</c>, <c>{"fields":[[name, value], ...]}</c>, <c>{"utf16":"base64"}</c>
/// (a string that is not valid UTF-16, such as one with a lone surrogate, as its UTF-16 little-endian bytes).
/// A worker that ends without a result ended with the analyser of its last <c>calling</c> message running.
/// </summary>
internal static class WorkerProtocol
{
    public const int Version = 1;

    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>One message as a line of UTF-8 JSON, newline included.</summary>
    public static byte[] Line(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Compact))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    /// <summary>The settings a worker composes its engine from: all of the host's (<see cref="EngineOptions.WriteWire"/>).</summary>
    public static void WriteOptions(Utf8JsonWriter writer, EngineOptions options)
    {
        writer.WritePropertyName("options");
        options.WriteWire(writer);
    }

    public static void WriteDocument(Utf8JsonWriter writer, long n, Document document, string source, IEnumerable<string> skip)
    {
        writer.WriteStartObject("document");
        writer.WriteNumber("n", n);
        WriteText(writer, "id", document.Id);
        WriteText(writer, "source", source);
        WriteText(writer, "text", document.Text);
        var metadata = document.Metadata;
        writer.WriteStartObject("metadata");
        WriteOptional(writer, "published", metadata.Published?.ToString());
        WriteOptional(writer, "referenceDate", metadata.ReferenceDate?.ToString());
        WriteOptional(writer, "source", metadata.Source);
        WriteOptional(writer, "culture", metadata.Culture);
        writer.WriteStartObject("extra");
        foreach (var (name, json) in metadata.Extra)
        {
            WriteText(writer, name, json);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
        WriteStrings(writer, "skip", skip);
        writer.WriteEndObject();
    }

    public static (long N, Document Document, string Source, HashSet<string> Skip) ReadDocument(JsonElement message)
    {
        var metadata = message.GetProperty("metadata");
        var extra = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in metadata.GetProperty("extra").EnumerateObject())
        {
            extra[property.Name] = ReadText(property.Value)!;
        }

        var meta = new DocumentMetadata
        {
            Published = Date(metadata, "published"),
            ReferenceDate = Date(metadata, "referenceDate"),
            Source = Optional(metadata, "source"),
            Culture = Optional(metadata, "culture"),
            Extra = extra,
        };
        var document = new Document(ReadText(message.GetProperty("id"))!, ReadText(message.GetProperty("text"))!, meta);
        return (message.GetProperty("n").GetInt64(), document, ReadText(message.GetProperty("source"))!, Strings(message.GetProperty("skip")).ToHashSet(StringComparer.Ordinal));

        static PublicationDate? Date(JsonElement metadata, string name) =>
            Optional(metadata, name) is { } text && PublicationDate.TryParse(text, out var date) ? date : null;
    }

    public static void WriteResult(Utf8JsonWriter writer, long n, AnalysisResult result, bool abandoned)
    {
        writer.WriteStartObject("result");
        writer.WriteNumber("n", n);
        writer.WriteStartArray("annotations");
        foreach (var annotation in result.Annotations)
        {
            writer.WriteStartObject();
            WriteText(writer, "kind", annotation.Kind);
            WriteText(writer, "analyser", annotation.Analyser);
            writer.WriteNumber("start", annotation.Span.Start);
            writer.WriteNumber("end", annotation.Span.End);
            writer.WritePropertyName("fields");
            WriteFields(writer, annotation.Attributes);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("views");
        foreach (var (name, text) in result.Views)
        {
            writer.WriteStartArray();
            WriteTextValue(writer, name);
            WriteTextValue(writer, text);
            writer.WriteEndArray();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("diagnostics");
        foreach (var diagnostic in result.Diagnostics)
        {
            writer.WriteStartObject();
            WriteText(writer, "id", diagnostic.Id);
            WriteText(writer, "message", diagnostic.Message);
            WriteOptional(writer, "analyser", diagnostic.Analyser);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteBoolean("abandoned", abandoned);
        writer.WriteEndObject();
    }

    /// <summary>The result of <paramref name="document"/> the worker sent; the document itself stays the host's.</summary>
    public static AnalysisResult ReadResult(JsonElement message, Document document, string source)
    {
        var annotations = new List<Annotation>();
        foreach (var item in message.GetProperty("annotations").EnumerateArray())
        {
            var span = TextSpan.FromBounds(item.GetProperty("start").GetInt32(), item.GetProperty("end").GetInt32());
            annotations.Add(new Annotation(ReadText(item.GetProperty("kind"))!, span, ReadFields(item.GetProperty("fields")).ToReadOnly(s => s))
            {
                Analyser = ReadText(item.GetProperty("analyser"))!,
            });
        }

        var views = message.GetProperty("views").EnumerateArray().Select(v => new KeyValuePair<string, string>(ReadText(v[0])!, ReadText(v[1])!)).ToList();
        var diagnostics = message.GetProperty("diagnostics").EnumerateArray()
            .Select(d => new Diagnostic(ReadText(d.GetProperty("id"))!, ReadText(d.GetProperty("message"))!, Optional(d, "analyser")))
            .ToList();
        return new AnalysisResult(document.Id, source, document, annotations, views, diagnostics);
    }

    /// <summary>The pipeline's descriptors, every property by System.Text.Json (a new one crosses without a change here).</summary>
    public static void WriteDescriptors(Utf8JsonWriter writer, string name, IEnumerable<AnalyserDescriptor> descriptors)
    {
        writer.WritePropertyName(name);
        JsonSerializer.Serialize(writer, descriptors.ToList(), WireJson.Default.ListAnalyserDescriptor);
    }

    public static List<AnalyserDescriptor> ReadDescriptors(JsonElement array) => array.Deserialize(WireJson.Default.ListAnalyserDescriptor) ?? [];

    public static void WriteStrings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            WriteTextValue(writer, value);
        }

        writer.WriteEndArray();
    }

    public static IEnumerable<string> Strings(JsonElement array) => array.EnumerateArray().Select(e => ReadText(e)!);

    public static string? Optional(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? ReadText(value) : null;

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            WriteText(writer, name, value);
        }
    }

    public static void WriteText(Utf8JsonWriter writer, string name, string value)
    {
        writer.WritePropertyName(name);
        WriteTextValue(writer, value);
    }

    public static void WriteTextValue(Utf8JsonWriter writer, string value)
    {
        if (IsValidUtf16(value))
        {
            writer.WriteStringValue(value);
            return;
        }

        writer.WriteStartObject();
        writer.WriteString("utf16", Convert.ToBase64String(MemoryMarshal.AsBytes(value.AsSpan()))); // as it is: an encoder would replace the lone surrogate
        writer.WriteEndObject();
    }

    /// <summary>Whether <paramref name="value"/> is text: no lone surrogate (half of a character written as two code units).</summary>
    /// <remarks>
    /// A loop over the characters rather than <c>IndexOfAnyInRange('\uD800', '\uDFFF')</c> first: the ReadyToRun code
    /// of that generic search boxed every character it read, for every string of every annotation.
    /// </remarks>
    internal static bool IsValidUtf16(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(value[i]))
            {
                return false;
            }
        }

        return true;
    }

    public static string? ReadText(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.Object => new string(MemoryMarshal.Cast<byte, char>(Convert.FromBase64String(element.GetProperty("utf16").GetString()!))),
        _ => element.GetString(),
    };

    private static void WriteFields(Utf8JsonWriter writer, AnnotationAttributes fields)
    {
        writer.WriteStartArray();
        foreach (var (name, value) in fields)
        {
            writer.WriteStartArray();
            WriteTextValue(writer, name);
            WriteValue(writer, value);
            writer.WriteEndArray();
        }

        writer.WriteEndArray();
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string s:
                WriteTextValue(writer, s);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case double d:
                writer.WriteRawValue(d.ToString("R", CultureInfo.InvariantCulture));
                break;
            case TextSpan span:
                writer.WriteStartObject();
                writer.WriteStartArray("span");
                writer.WriteNumberValue(span.Start);
                writer.WriteNumberValue(span.End);
                writer.WriteEndArray();
                writer.WriteEndObject();
                break;
            case AnnotationAttributes nested:
                writer.WriteStartObject();
                writer.WritePropertyName("fields");
                WriteFields(writer, nested);
                writer.WriteEndObject();
                break;
            case IEnumerable<object?> list:
                writer.WriteStartObject();
                writer.WriteStartArray("list");
                foreach (var item in list)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
                break;
            default:
                throw new InvalidOperationException($"An attribute value of type {value.GetType()} cannot be sent to the host.");
        }
    }

    private static AnnotationAttributes ReadFields(JsonElement array)
    {
        var fields = new AnnotationAttributes();
        foreach (var pair in array.EnumerateArray())
        {
            fields.SetDecoded(ReadText(pair[0])!, ReadValue(pair[1]));
        }

        return fields;
    }

    private static object? ReadValue(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Null:
                return null;
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            case JsonValueKind.Number:
                return element.GetDouble();
            case JsonValueKind.String:
                return element.GetString();
        }

        var (tag, inner) = element.EnumerateObject().Select(p => (p.Name, p.Value)).Single();
        return tag switch
        {
            "span" => TextSpan.FromBounds(inner[0].GetInt32(), inner[1].GetInt32()),
            "list" => inner.EnumerateArray().Select(ReadValue).ToArray(),
            "fields" => ReadFields(inner),
            "utf16" => ReadText(element),
            _ => throw new InvalidDataException($"the worker sent a field value tagged '{tag}', which protocol {Version} does not have"),
        };
    }
}

/// <summary>Strings as the protocol writes them (<c>{"utf16":"base64"}</c> when not valid UTF-16), for what System.Text.Json carries.</summary>
internal sealed class ProtocolStringConverter : System.Text.Json.Serialization.JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return reader.GetString();
        }

        using var element = JsonDocument.ParseValue(ref reader);
        return WorkerProtocol.ReadText(element.RootElement);
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => WorkerProtocol.WriteTextValue(writer, value);
}
