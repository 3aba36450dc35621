namespace DocAnalysis.Text;

/// <summary>
/// One string per distinct word of a document, with its lower case, kept by id: a document of 5,000 words holds about
/// a thousand strings instead of ten thousand, equal words compare as one instance, and the tokens hold ids instead of
/// references (an array of references costs the garbage collector a write barrier per token and a scan).
/// </summary>
internal sealed class Interner
{
    private readonly List<string> _strings = [];
    private readonly Dictionary<string, (int Text, int Lower)> _seen = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Text, int Lower)>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public Interner() => _lookup = _seen.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The strings, by id.</summary>
    public string[] Strings => [.. _strings];

    /// <summary>The ids of the word's string and of its lower case, both shared with every earlier occurrence.</summary>
    public (int Text, int Lower) Intern(ReadOnlySpan<char> word)
    {
        if (_lookup.TryGetValue(word, out var known))
        {
            return known;
        }

        var text = word.ToString();
        var lower = Lower(text);
        var id = _strings.Count;
        _strings.Add(text);

        // The lower case is a word of its own: "Said" and "said" share one "said".
        var lowerId = string.Equals(lower, text, StringComparison.Ordinal) ? id : Intern(lower).Text;
        return _seen[text] = (id, lowerId);
    }

    /// <summary>
    /// Lower case as <see cref="string.ToLowerInvariant()"/> gives it character by character, with ASCII (nearly all
    /// of English news) done here: on Linux the runtime hands any string with a capital to ICU, which cost a tenth of
    /// the attribution finder's time. The same instance when it has no capital.
    /// </summary>
    public static string Lower(string text)
    {
        if (IsAsciiWithoutCapital(text))
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

    /// <summary>
    /// Whether <paramref name="text"/> is ASCII without a capital, so its own lower case. A loop rather than
    /// <c>ContainsAnyInRange('A', 'Z')</c>: the ReadyToRun code of that generic search boxed every character it read
    /// (150 MB of boxed characters in a 4.8 MB run, until the tier-1 compiler replaced it).
    /// </summary>
    public static bool IsAsciiWithoutCapital(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAscii(c) || char.IsAsciiLetterUpper(c))
            {
                return false;
            }
        }

        return true;
    }
}
