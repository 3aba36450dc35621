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

    /// <summary>
    /// Reads a rendering back (a snapshot file, say): its findings (analyser header lines are unindented; a finding is
    /// <c>  L:C kind "text"</c>, its fields indented six spaces or more) and every other line (header, views,
    /// diagnostics). The inverse of <see cref="Render(AnalysisResult, IReadOnlyList{AnalyserDescriptor})"/> for the
    /// findings: each comes back with its analyser, kind, position, text length and field lines.
    /// </summary>
    public static RenderedSnapshot Read(string rendering)
    {
        ArgumentNullException.ThrowIfNull(rendering);
        var findings = new List<RenderedFinding>();
        var other = new List<string>();
        var analyser = "";
        RenderedFinding? current = null;
        foreach (var line in rendering.Split('\n'))
        {
            if (current is not null && line.StartsWith("      ", StringComparison.Ordinal))
            {
                current.FieldLines.Add(line[6..]);
                continue;
            }

            current = null;
            if (line.Length > 0 && line[0] != ' ' && line.Contains(" annotation", StringComparison.Ordinal) && line.Contains("): ", StringComparison.Ordinal))
            {
                analyser = line[..line.IndexOf(' ', StringComparison.Ordinal)];
            }
            else if (analyser.Length > 0 && line.StartsWith("  ", StringComparison.Ordinal) && line.Length > 2 && char.IsAsciiDigit(line[2]) && RenderedFinding.TryRead(analyser, line[2..]) is { } finding)
            {
                findings.Add(current = finding);
                continue;
            }
            else if (line.StartsWith("view ", StringComparison.Ordinal) || line == "diagnostics")
            {
                analyser = "";
            }

            other.Add(line);
        }

        return new RenderedSnapshot(findings, other);
    }

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

/// <summary>A rendering read back: its findings, and every other line.</summary>
public sealed record RenderedSnapshot(IReadOnlyList<RenderedFinding> Findings, IReadOnlyList<string> Other);

/// <summary>One finding of a rendering: its analyser, its header (<c>L:C kind "text"</c>) and its field lines.</summary>
public sealed class RenderedFinding(string analyser, string header, int line, int column, int length)
{
    /// <summary>The id of the analyser whose block it is in.</summary>
    public string Analyser => analyser;

    /// <summary>Its first line, without the indent: <c>L:C kind "text"</c>.</summary>
    public string Header => header;

    /// <summary>Its line in the document, from 1.</summary>
    public int Line => line;

    /// <summary>Its column in the line, from 1.</summary>
    public int Column => column;

    /// <summary>The length of the quoted text once its escapes are read.</summary>
    public int Length => length;

    /// <summary>Its field lines, as rendered, without their indent.</summary>
    public IReadOnlyList<string> Fields => FieldLines;

    internal List<string> FieldLines { get; } = [];

    /// <summary>What the finding is, wherever it stands: its analyser, kind and quoted text.</summary>
    public string Content { get; } = analyser + "\n" + header[(header.IndexOf(' ', StringComparison.Ordinal) + 1)..];

    /// <summary>Its kind, the word after its position.</summary>
    public string Kind { get; } = header.Split(' ', 3)[1];

    internal static RenderedFinding? TryRead(string analyser, string header)
    {
        var space = header.IndexOf(' ', StringComparison.Ordinal);
        var colon = header.IndexOf(':', StringComparison.Ordinal);
        var quote = header.IndexOf('"', StringComparison.Ordinal);
        if (space < 0 || colon < 0 || colon > space || quote < 0
            || !int.TryParse(header.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out var line)
            || !int.TryParse(header.AsSpan(colon + 1, space - colon - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var column))
        {
            return null;
        }

        return new RenderedFinding(analyser, header, line, column, UnquotedLength(header.AsSpan(quote + 1, Math.Max(0, header.Length - quote - 2))));
    }

    private static int UnquotedLength(ReadOnlySpan<char> quoted)
    {
        var length = 0;
        for (var i = 0; i < quoted.Length; i++, length++)
        {
            if (quoted[i] == '\\' && i + 1 < quoted.Length)
            {
                i += quoted[i + 1] == 'u' ? 5 : 1;
            }
        }

        return length;
    }
}
