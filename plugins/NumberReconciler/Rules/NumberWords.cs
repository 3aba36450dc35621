using static DocAnalysis.WordReader;
using System.Buffers;

namespace DocAnalysis.Plugins.Numbers;

// Number words, composed word by word into any size a double holds, and the vague plurals in NewsQuant's reading.
//   ten thousand · two dozen · a hundred · one hundred and sixteen · twenty-one trillion · three billion
//   one and a half · five and a half million · half a million · a quarter million · two-thirds · a quarter of
//   dozens of = 12–120 · millions of = 10⁶–10⁷ · tens of thousands = 10⁴–10⁵ · hundreds of thousands = 10⁵–10⁶
internal static partial class QuantityExtractor
{
    private static readonly Dictionary<string, int> Ones = new(StringComparer.Ordinal)
    {
        ["zero"] = 0,
        ["one"] = 1,
        ["two"] = 2,
        ["three"] = 3,
        ["four"] = 4,
        ["five"] = 5,
        ["six"] = 6,
        ["seven"] = 7,
        ["eight"] = 8,
        ["nine"] = 9,
        ["ten"] = 10,
        ["eleven"] = 11,
        ["twelve"] = 12,
        ["thirteen"] = 13,
        ["fourteen"] = 14,
        ["fifteen"] = 15,
        ["sixteen"] = 16,
        ["seventeen"] = 17,
        ["eighteen"] = 18,
        ["nineteen"] = 19,
    };

    private static readonly Dictionary<string, int> Tens = new(StringComparer.Ordinal)
    {
        ["twenty"] = 20,
        ["thirty"] = 30,
        ["forty"] = 40,
        ["fifty"] = 50,
        ["sixty"] = 60,
        ["seventy"] = 70,
        ["eighty"] = 80,
        ["ninety"] = 90,
    };

    private static readonly Dictionary<string, double> ScaleWords = new(StringComparer.Ordinal)
    {
        ["thousand"] = 1e3,
        ["million"] = 1e6,
        ["billion"] = 1e9,
        ["trillion"] = 1e12,
    };

    private static (double Low, double High)? WordsValue(string text, NumberWordMatch m)
    {
        if (m.Vague is { } vagueSpan)
        {
            // NewsQuant's reading of vague plurals: "dozens" is 12 to 120, "millions" a million to ten million.
            var vague = Part(text, vagueSpan).ToLowerInvariant();
            var tens = vague.StartsWith("tens", StringComparison.Ordinal) ? 10 : vague.StartsWith("hundreds of", StringComparison.Ordinal) ? 100 : 1;
            var low = vague[(vague.LastIndexOf(' ') + 1)..] switch
            {
                "dozens" => 12,
                "scores" => 20,
                "hundreds" => 100,
                "thousands" => 1000,
                "millions" => 1e6,
                _ => 1e9,
            } * tens;
            return (low, low * 10);
        }

        if (m.Part is { } partSpan)
        {
            var numeratorWord = Part(text, m.Numerator).ToLowerInvariant();
            var numerator = numeratorWord is "a" ? 1 : Ones[numeratorWord];
            var part = Part(text, partSpan).ToLowerInvariant().TrimEnd('s') switch
            {
                "halve" or "half" => 2,
                "third" => 3,
                "quarter" => 4,
                "fifth" => 5,
                "sixth" => 6,
                "eighth" => 8,
                _ => 10,
            };
            return ((double)numerator / part, (double)numerator / part);
        }

        if (m.Half is { } halfSpan)
        {
            var share = Part(text, halfSpan).ToLowerInvariant() switch
            {
                "half" => 0.5,
                "three quarters" => 0.75,
                _ => 0.25, // quarter, a quarter
            };
            var value = share * Scale(Part(text, m.HalfScale), money: true);
            return (value, value);
        }

        var words = Part(text, m.Words).ToLowerInvariant().Replace('-', ' ');
        if (words.StartsWith("a ", StringComparison.Ordinal) || words.StartsWith("an ", StringComparison.Ordinal))
        {
            // "a hundred", "a dozen" count as one; "a five-year plan" is "five"
            var rest = words[(words.IndexOf(' ', StringComparison.Ordinal) + 1)..];
            words = rest.StartsWith("hundred", StringComparison.Ordinal) || rest.StartsWith("thousand", StringComparison.Ordinal) || rest.StartsWith("million", StringComparison.Ordinal)
                || rest.StartsWith("billion", StringComparison.Ordinal) || rest.StartsWith("dozen", StringComparison.Ordinal)
                ? "one " + rest
                : rest;
        }

        if (Compose(words) is not { } number)
        {
            return null;
        }

        if (m.AndHalf is not null)
        {
            // "five and a half million" is 5.5 million; "three million and a half" is 3.5 million; "one and a half" 1.5.
            var last = words[(words.LastIndexOf(' ') + 1)..];
            number = m.HalfAfter is not null ? (number + 0.5) * Scale(Part(text, m.HalfAfter), money: true)
                : number + (0.5 * ScaleWords.GetValueOrDefault(last, 1));
        }

        return (number, number);
    }

    /// <summary>
    /// The value of number words in order (<c>twenty one trillion three hundred</c>): ones, tens, <c>hundred</c> and
    /// <c>dozen</c> multiply what stands before them, a scale word closes a group; null for words that do not make a
    /// number (<c>two three</c>, <c>twenty twelve</c>).
    /// </summary>
    private static double? Compose(string words)
    {
        double total = 0, group = 0;
        var last = "start";
        foreach (var word in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word == "and")
            {
                continue;
            }

            if (Ones.TryGetValue(word, out var one))
            {
                if (last is "one" || (last is "ten" && one >= 10))
                {
                    return null;
                }

                (group, last) = (group + one, "one");
            }
            else if (Tens.TryGetValue(word, out var ten))
            {
                if (last is "one" or "ten")
                {
                    return null;
                }

                (group, last) = (group + ten, "ten");
            }
            else if (word is "hundred" or "dozen")
            {
                (group, last) = ((group == 0 ? 1 : group) * (word == "hundred" ? 100 : 12), word);
            }
            else if (ScaleWords.TryGetValue(word, out var scale))
            {
                (total, group, last) = (total + ((group == 0 ? 1 : group) * scale), 0, "scale");
            }
            else
            {
                return null;
            }
        }

        return total + group;
    }

    /// <summary>
    /// Strings one of which every number-word match holds within <see cref="MaxLead"/> characters of its start: the
    /// number words, the vague plurals' stems and the fractions (a match starts with one of them, with <c>a</c> or
    /// <c>an</c> before one, or with <c>tens of</c> before a vague plural). Found ignoring case, more widely than the
    /// reader ignores it (ASCII only): the reader refuses what the search finds too much.
    /// </summary>
    private static readonly SearchValues<string> NumberWordStems = SearchValues.Create(
        [.. Ones.Keys, .. Tens.Keys, .. ScaleWords.Keys, "hundred", "dozen", "score", "half", "quarter", "third", "fifth", "tenth"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>The most characters a match has before its first stem: <c>tens of </c>.</summary>
    private const int MaxLead = 8;

    /// <summary>
    /// The number words of <paramref name="text"/> (<see cref="NumberWordReader"/>), leftmost first, each after the
    /// previous one, as a scan trying the reader at every position would find them; but the reader is tried only at
    /// the few positions a stem stands just after, for almost every word of news starts with a letter a number word or
    /// an article starts with.
    /// </summary>
    internal static IEnumerable<NumberWordMatch> NumberWordMatches(string text)
    {
        var next = 0; // every position before it was tried, or lies inside a match already given
        while (next < text.Length)
        {
            var found = text.AsSpan(next).IndexOfAny(NumberWordStems);
            if (found < 0)
            {
                yield break;
            }

            var stem = next + found;
            NumberWordMatch? match = null;
            for (var start = Math.Max(next, stem - MaxLead); start <= stem && match is null; start++)
            {
                match = NumberWordReader.At(text, start);
            }

            if (match is not { Span: var span })
            {
                next = stem + 1;
                continue;
            }

            yield return match.Value;
            next = span.End;
        }
    }
}
