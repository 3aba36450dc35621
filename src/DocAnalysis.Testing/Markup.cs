using System.Text;

namespace DocAnalysis.Testing;

/// <summary>An expected annotation from markup: its kind (null for the analyser's main kind) and its span in the plain text.</summary>
public sealed record ExpectedSpan(string? Kind, TextSpan Span);

/// <summary>
/// Inline markup for expected spans, in the style of Microsoft.CodeAnalysis.Testing: <c>[|said|]</c> marks a span of
/// the analyser's main kind, <c>{|date:last Friday|}</c> a span of a named kind. Marks may nest.
/// </summary>
public static class Markup
{
    /// <summary>Strips the markup, returning the plain text and the marked spans in order of their start.</summary>
    public static (string Text, IReadOnlyList<ExpectedSpan> Spans) Parse(string markup)
    {
        ArgumentNullException.ThrowIfNull(markup);
        var text = new StringBuilder(markup.Length);
        var open = new Stack<(string? Kind, int Start)>();
        var spans = new List<ExpectedSpan>();
        for (var i = 0; i < markup.Length; i++)
        {
            if (At(markup, i, "[|"))
            {
                open.Push((null, text.Length));
                i++;
            }
            else if (At(markup, i, "{|"))
            {
                var colon = markup.IndexOf(':', i + 2);
                if (colon < 0)
                {
                    throw new FormatException($"'{{|' at {i} needs a kind and a colon, as in {{|date:Monday|}}.");
                }

                open.Push((markup[(i + 2)..colon], text.Length));
                i = colon;
            }
            else if (At(markup, i, "|]") || At(markup, i, "|}"))
            {
                if (open.Count == 0)
                {
                    throw new FormatException($"'{markup.Substring(i, 2)}' at {i} closes no open mark.");
                }

                var (kind, start) = open.Pop();
                if ((markup[i + 1] == ']') != (kind is null))
                {
                    throw new FormatException($"'{markup.Substring(i, 2)}' at {i} closes a mark opened with the other bracket.");
                }

                spans.Add(new ExpectedSpan(kind, TextSpan.FromBounds(start, text.Length)));
                i++;
            }
            else
            {
                text.Append(markup[i]);
            }
        }

        if (open.Count > 0)
        {
            throw new FormatException($"{open.Count} mark(s) are not closed.");
        }

        return (text.ToString(), [.. spans.OrderBy(s => s.Span.Start).ThenByDescending(s => s.Span.End)]);
    }

    /// <summary>Writes spans back into text as markup; <paramref name="mainKind"/> is written as <c>[|...|]</c>.</summary>
    public static string Write(string text, IEnumerable<ExpectedSpan> spans, string? mainKind)
    {
        var inserts = new List<(int Position, int Order, string Mark)>();
        foreach (var (kind, span) in spans)
        {
            var main = kind is null || kind == mainKind;
            inserts.Add((span.Start, -span.End, main ? "[|" : $"{{|{kind}:"));
            inserts.Add((span.End, -span.Start, main ? "|]" : "|}"));
        }

        var output = new StringBuilder(text);
        foreach (var (position, _, mark) in inserts.OrderByDescending(x => x.Position).ThenBy(x => x.Mark.StartsWith('|') ? 0 : 1).ThenBy(x => x.Order))
        {
            output.Insert(position, mark);
        }

        return output.ToString();
    }

    private static bool At(string s, int i, string token) => string.CompareOrdinal(s, i, token, 0, token.Length) == 0;
}
