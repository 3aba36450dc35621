using System.Globalization;
using System.Text;

namespace DocAnalysis.Host.Output;

/// <summary>Text from documents and file names, made safe to show: control characters (escape sequences among them) are written as <c>\uXXXX</c>.</summary>
public static class Printable
{
    /// <summary>The text with every control character written as <c>\n</c>, <c>\t</c> or <c>\uXXXX</c>.</summary>
    public static string Escape(string text) => Escape(text, keepLines: false);

    /// <summary>
    /// The text as a terminal may show it: line breaks and tabs kept, every other control character (escape
    /// sequences, carriage returns, bidirectional overrides) written as <c>\uXXXX</c>.
    /// </summary>
    public static string EscapeKeepingLines(string text) => Escape(text, keepLines: true);

    private static string Escape(string text, bool keepLines)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Any(c => (char.IsControl(c) && !(keepLines && c is '\n' or '\t')) || char.IsSurrogate(c) || c is '\u2028' or '\u2029' or '\u200E' or '\u200F' or '\u202A' or '\u202B' or '\u202C' or '\u202D' or '\u202E'))
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                escaped.Append(c).Append(text[++i]);
            }
            else if (keepLines && c is '\n' or '\t')
            {
                escaped.Append(c);
            }
            else if (c == '\n')
            {
                escaped.Append("\\n");
            }
            else if (c == '\t')
            {
                escaped.Append("\\t");
            }
            else if (char.IsControl(c) || char.IsSurrogate(c) || c is '\u2028' or '\u2029' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E'))
            {
                escaped.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }
}
