using System.Globalization;
using System.Text;
using DocAnalysis.Host.Pipeline;

namespace DocAnalysis.Host.Output;

/// <summary>
/// Renders a result for people and for snapshots: one block per analyser in pipeline order, each finding with its
/// line:column, the quoted text and its fields; then the derived views and the diagnostics. LF line endings only.
/// </summary>
public static class TextRenderer
{
    /// <summary>Renders <paramref name="result"/>: the findings and derived views of <paramref name="analysers"/>, in their order.</summary>
    public static string Render(AnalysisResult result, IReadOnlyList<AnalyserDescriptor> analysers)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Render(result, analysers, writer);
        return writer.ToString();
    }

    /// <summary>Renders <paramref name="result"/> to <paramref name="writer"/> as it goes, never holding the whole rendering.</summary>
    public static void Render(AnalysisResult result, IReadOnlyList<AnalyserDescriptor> analysers, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var output = new StringBuilder();
        var text = result.Document?.Text ?? "";
        var lines = new LineIndex(text);
        output.Append("document ").Append(result.Id).Append('\n');
        output.Append("  source: ").Append(result.Source).Append('\n');
        if (result.Document?.Metadata is { } metadata)
        {
            AppendIfSet("published", metadata.Published?.ToString());
            AppendIfSet("reference date", metadata.ReferenceDate?.ToString());
            AppendIfSet("publisher", metadata.Source);
        }

        var byAnalyser = result.Annotations.ToLookup(a => a.Analyser, StringComparer.Ordinal);
        foreach (var descriptor in analysers)
        {
            var found = byAnalyser[descriptor.Id].ToList();
            output.Append('\n').Append(descriptor.Id).Append(' ').Append(descriptor.Version.ToString(3))
                .Append(" (").Append(descriptor.DisplayName).Append("): ").Append(Words.Count(found.Count, "annotation")).Append('\n');
            foreach (var annotation in found)
            {
                output.Append("  ").Append(lines.Position(annotation.Span.Start)).Append(' ').Append(annotation.Kind)
                    .Append(' ').Append(Quote(text.AsSpan(annotation.Span.Start, annotation.Span.Length))).Append('\n');
                AppendFields(output, annotation.Attributes, text, lines, "      ");
                if (output.Length > 1 << 16)
                {
                    writer.Write(output);
                    output.Clear();
                }
            }
        }

        foreach (var (name, viewText) in result.Views.Where(v => analysers.Any(a => a.Provides.Contains(v.Key, StringComparer.Ordinal))))
        {
            output.Append("\nview ").Append(name).Append(": ").Append(Words.Count(viewText.Length, "character")).Append('\n');
            foreach (var line in viewText.Split('\n'))
            {
                output.Append("  | ").Append(line.TrimEnd('\r')).Append('\n');
            }
        }

        if (result.Diagnostics.Count > 0)
        {
            output.Append("\ndiagnostics\n");
            foreach (var diagnostic in result.Diagnostics)
            {
                output.Append("  ").Append(diagnostic.Id).Append(' ').Append(diagnostic.Message).Append('\n');
            }
        }

        writer.Write(output);

        void AppendIfSet(string name, string? value)
        {
            if (value is not null)
            {
                output.Append("  ").Append(name).Append(": ").Append(value).Append('\n');
            }
        }
    }

    private static void AppendFields(StringBuilder output, AnnotationAttributes attributes, string text, LineIndex lines, string indent)
    {
        foreach (var (name, value) in attributes)
        {
            output.Append(indent).Append(name).Append(':');
            if (value is AnnotationAttributes nested)
            {
                output.Append('\n');
                AppendFields(output, nested, text, lines, indent + "  ");
            }
            else if (value is IReadOnlyList<object?> list && list.Any(item => item is AnnotationAttributes))
            {
                output.Append('\n');
                foreach (var item in list)
                {
                    output.Append(indent).Append("  -").Append(item is AnnotationAttributes ? "\n" : " " + Format(item, text, lines) + "\n");
                    if (item is AnnotationAttributes element)
                    {
                        AppendFields(output, element, text, lines, indent + "    ");
                    }
                }
            }
            else
            {
                output.Append(' ').Append(Format(value, text, lines)).Append('\n');
            }
        }
    }

    private static string Format(object? value, string text, LineIndex lines) => value switch
    {
        null => "null",
        string s => s,
        bool b => b ? "true" : "false",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        TextSpan span => $"{Quote(text.AsSpan(span.Start, span.Length))} at {lines.Position(span.Start)}",
        IReadOnlyList<object?> list => "[" + string.Join(", ", list.Select(item => Format(item, text, lines))) + "]",
        _ => value.ToString() ?? "",
    };

    /// <summary>The text in double quotes, with line breaks and other control characters made visible.</summary>
    private static string Quote(ReadOnlySpan<char> value)
    {
        var quoted = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            _ = c switch
            {
                '\n' => quoted.Append("\\n"),
                '\r' => quoted.Append("\\r"),
                '\t' => quoted.Append("\\t"),
                '"' => quoted.Append("\\\""),
                '\\' => quoted.Append("\\\\"),
                _ when char.IsControl(c) => quoted.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
                _ => quoted.Append(c),
            };
        }

        return quoted.Append('"').ToString();
    }
}
