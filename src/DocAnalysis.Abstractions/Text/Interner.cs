using System.Text;

namespace DocAnalysis.Text;

/// <summary>
/// One string per distinct word of a document, with its lower case: a document of 5,000 words holds about a thousand
/// strings instead of ten thousand, and equal words compare as one instance.
/// </summary>
internal sealed class Interner
{
    private readonly Dictionary<string, (string Text, string Lower)> _seen = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Text, string Lower)>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public Interner() => _lookup = _seen.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The word's string and its lower case, both shared with every earlier occurrence.</summary>
    public (string Text, string Lower) Intern(ReadOnlySpan<char> word)
    {
        if (_lookup.TryGetValue(word, out var known))
        {
            return known;
        }

        var text = word.ToString();
        var lower = Lower(text);
        if (string.Equals(lower, text, StringComparison.Ordinal))
        {
            lower = text;
        }
        else
        {
            lower = Intern(lower).Text; // the lower case is a word of its own: "Said" and "said" share one "said"
        }

        return _seen[text] = (text, lower);
    }

    /// <summary>
    /// Lower case as <see cref="string.ToLowerInvariant()"/> gives it character by character, with ASCII (nearly all
    /// of English news) done here: on Linux the runtime hands any string with a capital to ICU, which cost a tenth of
    /// the attribution finder's time. The same instance when it has no capital.
    /// </summary>
    public static string Lower(string text)
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
