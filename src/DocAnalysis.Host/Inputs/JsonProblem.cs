using System.Text.Json;

namespace DocAnalysis.Host.Inputs;

/// <summary>Says where JSON went wrong in words a user can act on: the line and the column, not the parser's internals.</summary>
public static class JsonProblem
{
    /// <summary>The parser's message with its position as line and column (1-based).</summary>
    public static string Describe(JsonException e)
    {
        var where = e.LineNumber is { } line ? $"line {line + 1}, column {(e.BytePositionInLine ?? 0) + 1}" : "";
        var what = e.Message;
        var cut = what.IndexOf(" LineNumber:", StringComparison.Ordinal);
        what = (cut > 0 ? what[..cut] : what).TrimEnd('.', ' ');
        return where.Length == 0 ? what : $"{what}, at {where}";
    }
}
