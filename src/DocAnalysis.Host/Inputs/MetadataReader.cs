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
        foreach (var property in element.EnumerateObject())
        {
            switch (property.Name)
            {
                case "published" when property.Value.ValueKind == JsonValueKind.Null:
                    break;
                case "published":
                    if (property.Value.ValueKind != JsonValueKind.String || !PublicationDate.TryParse(property.Value.GetString(), out published))
                    {
                        throw new DocumentLoadException(display, $"\"published\" is {property.Value.GetRawText()}, not an ISO 8601 date such as \"2017-04-26\" or \"2017-04-26T16:55+03:00\"");
                    }

                    break;
                case "source":
                    source = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : property.Value.GetRawText();
                    break;
                case "culture":
                    culture = property.Value.GetString();
                    break;
                default:
                    extra[property.Name] = property.Value.GetRawText();
                    break;
            }
        }

        return new DocumentMetadata { Published = published, Source = source, Culture = culture, Extra = extra };
    }
}
