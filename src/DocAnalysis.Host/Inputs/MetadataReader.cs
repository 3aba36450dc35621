using System.Text.Json;

namespace DocAnalysis.Host.Inputs;

/// <summary>Reads document metadata from a JSON object: <c>published</c>, <c>source</c>, <c>culture</c>, and any other fields as they are.</summary>
internal static class MetadataReader
{
    public static DocumentMetadata Read(JsonElement element, string display)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new DocumentLoadException(display, $"metadata must be a JSON object, not {element.ValueKind}");
        }

        PublicationDate? published = null;
        string? source = null, culture = null;
        var extra = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in Properties(element, display))
        {
            switch (property.Name)
            {
                case "published" when property.Value.ValueKind == JsonValueKind.Null:
                    break;
                case "published":
                    if (property.Value.ValueKind != JsonValueKind.String || !PublicationDate.TryParse(Text(property.Value, "published", display), out published))
                    {
                        throw new DocumentLoadException(display, $"\"published\" is {property.Value.GetRawText()}, not an ISO 8601 date such as \"2017-04-26\" or \"2017-04-26T16:55+03:00\"");
                    }

                    break;
                case "source":
                    source = property.Value.ValueKind == JsonValueKind.String ? Text(property.Value, "source", display) : property.Value.GetRawText();
                    break;
                case "culture" when property.Value.ValueKind == JsonValueKind.Null:
                    break;
                case "culture":
                    culture = property.Value.ValueKind == JsonValueKind.String
                        ? Text(property.Value, "culture", display)
                        : throw new DocumentLoadException(display, $"\"culture\" is {property.Value.GetRawText()}, not a language tag such as \"en-US\"");
                    break;
                default:
                    extra[property.Name] = property.Value.GetRawText();
                    break;
            }
        }

        return new DocumentMetadata { Published = published, Source = source, Culture = culture, Extra = extra };
    }

    private static List<JsonProperty> Properties(JsonElement element, string display)
    {
        try
        {
            // Reading a name decodes it: a name that is no text fails here, for this document alone.
            return [.. element.EnumerateObject().Where(p => p.Name.Length >= 0)];
        }
        catch (InvalidOperationException)
        {
            throw new DocumentLoadException(display, "a metadata field name holds an escape that is no text (a lone surrogate such as \\ud800)");
        }
    }

    /// <summary>A JSON string as text; an escape that makes no text (a lone surrogate, <c>"\ud800"</c>) is the input's problem.</summary>
    public static string Text(JsonElement element, string name, string display)
    {
        try
        {
            return element.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw new DocumentLoadException(display, $"\"{name}\" holds an escape that is no text (a lone surrogate such as \\ud800)");
        }
    }
}
