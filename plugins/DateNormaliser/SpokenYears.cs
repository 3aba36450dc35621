using static DocAnalysis.Plugins.Dates.WindowScan;
using static DocAnalysis.WordReader;

namespace DocAnalysis.Plugins.Dates;

/// <summary>A year in words: where it lies and the parts its value is read from (a part not written is null).</summary>
internal readonly record struct SpokenYear(TextSpan Span) : IFound<SpokenYear>
{
    /// <summary>The month before it: <c>January</c> in <c>January nineteen ninety-seven</c>.</summary>
    public TextSpan? Month { get; init; }

    /// <summary><c>nineteen</c> or <c>twenty</c>, the century of <c>nineteen ninety-six</c>.</summary>
    public TextSpan? Century { get; init; }

    /// <summary>The year of the century: <c>ninety-six</c> in <c>nineteen ninety-six</c>.</summary>
    public TextSpan? Rest { get; init; }

    /// <summary>The units after <c>two thousand</c>: <c>two</c> in <c>two thousand and two</c>.</summary>
    public TextSpan? Units { get; init; }

    public SpokenYear MovedBy(int offset) => new(Move(Span, offset))
    {
        Month = Move(Month, offset),
        Century = Move(Century, offset),
        Rest = Move(Rest, offset),
        Units = Move(Units, offset),
    };
}

/// <summary>
/// Reads years in words: <c>nineteen ninety-six</c>, <c>January nineteen ninety-seven</c>, <c>the year two thousand</c>,
/// <c>two thousand and two</c>; not the start of a larger number (<c>two thousand and two hundred pounds</c>). Word by
/// word, ignoring ASCII case; a word counts only whole. The form, the first that fits at a word's start:
/// <list type="bullet">
/// <item>a month (<c>January</c> … <c>December</c>, or <c>Jan</c> … <c>Dec</c>, <c>Sept</c> with a full stop or not) and a
/// space, or not; then <c>the year</c> and a space, or not;</item>
/// <item>then <c>nineteen</c> or <c>twenty</c>, a space or hyphen and <c>ten</c> … <c>nineteen</c> or <c>twenty</c> …
/// <c>ninety</c> (with a space or hyphen and <c>one</c> … <c>nine</c>, or not);</item>
/// <item>or <c>two thousand</c>, then a space, <c>and</c> and a space or not, and <c>one</c> … <c>nine</c> not followed by a
/// space or hyphen and <c>hundred</c>, <c>thousand</c>, <c>million</c>, <c>billion</c> (or no units); and not followed by
/// a space, <c>and</c> and a space or not, and a number word up to <c>ninety</c> or <c>hundred</c>.</item>
/// </list>
/// This is the grammar the date normaliser read with one source-generated pattern until that pattern's matcher, 11 KB
/// of IL, cost the JIT more at tier 1 than the plug-in spent matching; the tests hold the reader to that pattern, in
/// windows as the rules run, at every position.
/// </summary>
internal static class SpokenYears
{
    private enum Kind
    {
        None,
        FullMonth,
        ShortMonth,
        Unit,
        Teen,
        Ten,
        Scale,
    }

    private static readonly Dictionary<string, Kind> Lexicon = new (Kind Kind, string[] Words)[]
    {
        (Kind.FullMonth, ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]),
        (Kind.ShortMonth, ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep", "oct", "nov", "dec"]),
        (Kind.Unit, ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]),
        (Kind.Teen, ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]),
        (Kind.Ten, ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]),
        (Kind.Scale, ["hundred", "thousand", "million", "billion"]),
    }.SelectMany(family => family.Words.Select(word => (word, family.Kind))).ToDictionary(StringComparer.Ordinal);

    private static readonly Dictionary<string, Kind>.AlternateLookup<ReadOnlySpan<char>> Lookup = Lexicon.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The longest word of the lexicon: <c>september</c>.</summary>
    private const int LongestWord = 9;

    /// <summary>
    /// The years in words in <paramref name="window"/> of <paramref name="text"/>, leftmost first, each after the one
    /// before; the window is all they see (as a pattern run over it sees nothing around it).
    /// </summary>
    public static IEnumerable<SpokenYear> In(string text, TextSpan window) => WindowScan.In<SpokenYear>(text, window, At);

    /// <summary>The year in words that starts at <paramref name="start"/> of <paramref name="text"/>, or null.</summary>
    private static SpokenYear? At(ReadOnlySpan<char> text, int start)
    {
        if (start > 0 && IsWordCharacter(text[start - 1]))
        {
            return null;
        }

        if (Month(text, start) is { } month && IsSpace(text, month) && AfterMonth(text, start, month + 1) is { } withMonth)
        {
            return withMonth with { Month = TextSpan.FromBounds(start, month) };
        }

        return AfterMonth(text, start, start);
    }

    /// <summary>Where a month that starts at <paramref name="start"/> ends (after the full stop of an abbreviation), or null.</summary>
    private static int? Month(ReadOnlySpan<char> text, int start)
    {
        var end = WordEnd(text, start);
        return KindOf(text, start, end) switch
        {
            Kind.FullMonth => end,
            Kind.ShortMonth when end < text.Length && text[end] == '.' && IsSpace(text, end + 1) => end + 1,
            Kind.ShortMonth => end,
            _ => null,
        };
    }

    private static SpokenYear? AfterMonth(ReadOnlySpan<char> text, int start, int position) =>
        (IsPhrase(text, position, "the year", out var year) && IsSpace(text, year) ? Year(text, start, year + 1) : null) ?? Year(text, start, position);

    private static SpokenYear? Year(ReadOnlySpan<char> text, int start, int position)
    {
        var end = WordEnd(text, position);
        if ((Is(text, position, "nineteen", out _) || Is(text, position, "twenty", out _)) && IsSeparator(text, end))
        {
            var century = TextSpan.FromBounds(position, end);
            var restEnd = WordEnd(text, end + 1);
            switch (KindOf(text, end + 1, restEnd))
            {
                case Kind.Teen:
                    return Century(start, century, TextSpan.FromBounds(end + 1, restEnd));
                case Kind.Ten:
                    var unitEnd = IsSeparator(text, restEnd) ? WordEnd(text, restEnd + 1) : restEnd;
                    return Century(start, century, TextSpan.FromBounds(end + 1, KindOf(text, restEnd + 1, unitEnd) == Kind.Unit ? unitEnd : restEnd));
            }
        }

        if (!IsPhrase(text, position, "two thousand", out var thousand))
        {
            return null;
        }

        var units = IsSpace(text, thousand) && Is(text, thousand + 1, "and", out var and) && IsSpace(text, and) ? and + 1 : thousand + 1;
        var unitsEnd = WordEnd(text, units);
        if (IsSpace(text, thousand) && KindOf(text, units, unitsEnd) == Kind.Unit
            && !(IsSeparator(text, unitsEnd) && KindOf(text, unitsEnd + 1, WordEnd(text, unitsEnd + 1)) == Kind.Scale) && !NumberFollows(text, unitsEnd))
        {
            return new SpokenYear(TextSpan.FromBounds(start, unitsEnd)) { Units = TextSpan.FromBounds(units, unitsEnd) };
        }

        return NumberFollows(text, thousand) ? null : new SpokenYear(TextSpan.FromBounds(start, thousand));
    }

    private static SpokenYear Century(int start, TextSpan century, TextSpan rest) =>
        new(TextSpan.FromBounds(start, rest.End)) { Century = century, Rest = rest };

    /// <summary>Whether a space, <c>and</c> and a space or not, and a number word up to <c>ninety</c> or <c>hundred</c> follow.</summary>
    private static bool NumberFollows(ReadOnlySpan<char> text, int position)
    {
        if (!IsSpace(text, position))
        {
            return false;
        }

        var next = position + 1;
        if (IsNumberWord(text, next))
        {
            return true;
        }

        return Is(text, next, "and", out var and) && IsSpace(text, and) && IsNumberWord(text, and + 1);
    }

    private static bool IsNumberWord(ReadOnlySpan<char> text, int position) =>
        KindOf(text, position, WordEnd(text, position)) is Kind.Unit or Kind.Teen or Kind.Ten || Is(text, position, "hundred", out _);

    /// <summary>The kind of the word from <paramref name="start"/> to <paramref name="end"/>, case folded.</summary>
    private static Kind KindOf(ReadOnlySpan<char> text, int start, int end) =>
        Lookup.TryGetValue(Lowered(text, start, end, stackalloc char[LongestWord]), out var kind) ? kind : Kind.None;
}
