using System.Text;

namespace DocAnalysis.Plugins.Attributions;

/// <summary>
/// Lower case as <see cref="string.ToLowerInvariant()"/> gives it character by character, with ASCII (nearly all of
/// English news) done here: on Linux the runtime hands any string with a capital to ICU, which cost a tenth of the
/// finder's time.
/// </summary>
internal static class Lowercase
{
    /// <summary>The text in lower case; the same instance when it has no capital.</summary>
    public static string Of(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('A', 'Z') && Ascii.IsValid(text))
        {
            return text;
        }

        return string.Create(text.Length, text, static (lower, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                lower[i] = char.IsAscii(c) ? (char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c) : char.ToLowerInvariant(c);
            }
        });
    }
}
