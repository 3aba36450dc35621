using System.Globalization;
using System.Text;
using System.Text.Json;

namespace DocAnalysis.Reports.Html;

/// <summary>
/// The looks the report pages share: the one stylesheet and script (embedded resources), and the rules and field
/// orders each kind's <see cref="KindDisplay"/> asks for. Only what is safe reaches a stylesheet: a kind made of
/// letters, digits, <c>-</c>, <c>_</c> and <c>.</c>, and a colour of the form <c>#rrggbb</c>.
/// </summary>
internal static class ReportStyles
{
    /// <summary>An embedded asset of the report, <c>report.css</c> or <c>report.js</c>.</summary>
    public static string Asset(string name)
    {
        using var resource = typeof(ReportStyles).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"the report's {name} is missing from the host assembly");
        using var reader = new StreamReader(resource, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>The displays the analysers declare, by kind; the first analyser in pipeline order wins a kind declared twice.</summary>
    public static Dictionary<string, KindDisplay> Displays(IEnumerable<AnalyserDescriptor> analysers)
    {
        var displays = new Dictionary<string, KindDisplay>(StringComparer.Ordinal);
        foreach (var display in analysers.SelectMany(a => a.Displays))
        {
            displays.TryAdd(display.Kind, display);
        }

        return displays;
    }

    /// <summary>A rule per kind with a safe name and colour: its highlight (a fill, or an underline) and its swatch.</summary>
    public static string Css(IEnumerable<KindDisplay> displays)
    {
        var css = new StringBuilder("/* The kinds' highlights, as their analysers declare them (KindDisplay). */\n");
        foreach (var display in displays.Where(d => IsSafeKind(d.Kind) && IsColour(d.Colour)).OrderBy(d => d.Kind, StringComparer.Ordinal))
        {
            var selector = string.Create(CultureInfo.InvariantCulture, $"mark[data-kind=\"{display.Kind}\"]");
            css.Append(selector).Append(display.Underline
                ? $" {{ background: transparent; box-shadow: inset 0 -4px 0 {display.Colour}; }}\n"
                : $" {{ background: {display.Colour}; }}\n");
        }

        return css.ToString();
    }

    /// <summary>What the page's script needs of each kind: its name and the fields its details show first.</summary>
    public static string Json(IEnumerable<KindDisplay> displays, JsonWriterOptions options)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, options))
        {
            writer.WriteStartObject();
            foreach (var display in displays.OrderBy(d => d.Kind, StringComparer.Ordinal))
            {
                writer.WriteStartObject(display.Kind);
                writer.WriteString("name", display.Name ?? display.Kind);
                writer.WriteStartArray("fields");
                foreach (var field in display.Fields)
                {
                    writer.WriteStringValue(field);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static bool IsSafeKind(string kind) =>
        kind.Length is > 0 and <= 64 && kind.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');

    private static bool IsColour(string? colour) =>
        colour is { Length: 7 } && colour[0] == '#' && colour.AsSpan(1).ContainsAnyExcept("0123456789abcdefABCDEF") is false;
}
