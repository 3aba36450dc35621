using static DocAnalysis.WordReader;

namespace DocAnalysis.Plugins.Numbers;

/// <summary>A number-word match: where it lies and the parts its value is read from (a part not written is null).</summary>
internal readonly record struct NumberWordMatch(TextSpan Span)
{
    /// <summary>A vague plural: <c>dozens</c>, <c>tens of thousands</c>.</summary>
    public TextSpan? Vague { get; init; }

    /// <summary>The share of <c>half a million</c>, <c>a quarter million</c>, <c>three quarters of a billion</c>.</summary>
    public TextSpan? Half { get; init; }

    /// <summary>The scale the share is of: <c>million</c> in <c>half a million</c>.</summary>
    public TextSpan? HalfScale { get; init; }

    /// <summary>The numerator of a fraction: <c>two</c> in <c>two-thirds</c>, <c>a</c> in <c>a third of</c>.</summary>
    public TextSpan? Numerator { get; init; }

    /// <summary>The parts of a fraction: <c>thirds</c> in <c>two-thirds</c>.</summary>
    public TextSpan? Part { get; init; }

    /// <summary>Number words in a row: <c>one hundred and sixteen</c>, <c>a dozen</c>, <c>twenty-one trillion</c>.</summary>
    public TextSpan? Words { get; init; }

    /// <summary><c>and a half</c> after the words (<c>one and a half</c>), with the scale after it if any.</summary>
    public TextSpan? AndHalf { get; init; }

    /// <summary>The scale after <c>and a half</c>: <c>million</c> in <c>three and a half million</c>.</summary>
    public TextSpan? HalfAfter { get; init; }
}

/// <summary>
/// Reads number words at a position, word by word, ignoring ASCII case; a word counts only whole (the letters,
/// digits and marks around it are part of it). One of four forms, the first that fits:
/// <list type="number">
/// <item>a vague plural, <c>tens of</c> before it or not, or <c>hundreds of</c> before <c>thousands</c>, <c>millions</c> or
/// <c>billions</c>: <c>dozens</c>, <c>scores</c>, <c>hundreds</c>, <c>thousands</c>,
/// <c>millions</c>, <c>billions</c>;</item>
/// <item>a share of a scale: (<c>a</c>) <c>half</c> | <c>quarter</c> | <c>three quarters</c>, then <c>a</c> or <c>of a</c> or
/// nothing, then <c>dozen</c> | <c>hundred</c> | <c>thousand</c> | <c>million</c> | <c>billion</c> | <c>trillion</c>;</item>
/// <item>a fraction: <c>one</c>…<c>nine</c> (or <c>a</c> when <c>third</c> | <c>quarter</c> | <c>fifth</c> | <c>tenth</c>
/// <c>of</c> follows), a space or hyphen, then <c>halves</c> (or <c>half</c> after <c>one</c>, not before a hyphen), <c>third(s)</c>, <c>quarter(s)</c>, <c>fifth(s)</c>,
/// <c>sixth(s)</c>, <c>eighth(s)</c>, <c>tenth(s)</c>;</item>
/// <item>words in a row: <c>a</c> or <c>an</c> and one to six of <c>one</c>…<c>nine</c>, <c>hundred</c>, <c>dozen</c> and the
/// scales; or <c>one</c>…<c>ninety</c> and up to six of any number word; in both, <c>and</c> and <c>one</c>…<c>ninety</c>
/// may follow <c>hundred</c> or a scale (<c>a hundred and two</c>); either followed by <c>and a half</c> (and a scale) or not.</item>
/// </list>
/// Words are parted by one space or hyphen (by one space around <c>of</c>, <c>and</c>, <c>a</c>). This is the grammar the
/// plug-in read with one source-generated pattern until that pattern's matcher, 20 KB of IL, cost more to compile
/// at tier 1 than the plug-in spent reading; the tests hold the reader to that pattern at every position.
/// </summary>
internal static class NumberWordReader
{
    [Flags]
    private enum Kind
    {
        None = 0,
        Unit = 1 << 0,
        Teen = 1 << 1,
        Tens = 1 << 2,
        Hundred = 1 << 3,
        Dozen = 1 << 4,
        Scale = 1 << 5,
        VaguePlural = 1 << 6,
        Parts = 1 << 7,
        PartOfA = 1 << 8,
        Share = 1 << 9,
    }

    private const Kind Count = Kind.Unit | Kind.Teen | Kind.Tens;
    private const Kind Big = Kind.Hundred | Kind.Scale;

    private static readonly Dictionary<string, Kind> Lexicon = Build(
        (Kind.Unit, ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]),
        (Kind.Teen, ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]),
        (Kind.Tens, ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]),
        (Kind.Hundred, ["hundred"]),
        (Kind.Dozen, ["dozen"]),
        (Kind.Scale, ["thousand", "million", "billion", "trillion"]),
        (Kind.VaguePlural, ["dozens", "scores", "hundreds", "thousands", "millions", "billions"]),
        (Kind.Parts, ["halves", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "sixth", "sixths", "eighth", "eighths", "tenth", "tenths"]),
        (Kind.PartOfA, ["third", "quarter", "fifth", "tenth"]),
        (Kind.Share, ["half", "quarter"]));

    private static readonly Dictionary<string, Kind>.AlternateLookup<ReadOnlySpan<char>> Lookup = Lexicon.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The longest word of the lexicon: <c>seventeen</c>, <c>thousands</c>.</summary>
    private const int LongestWord = 9;

    private static Dictionary<string, Kind> Build(params (Kind Kind, string[] Words)[] families)
    {
        var lexicon = new Dictionary<string, Kind>(StringComparer.Ordinal);
        foreach (var (kind, words) in families)
        {
            foreach (var word in words)
            {
                lexicon[word] = lexicon.GetValueOrDefault(word) | kind;
            }
        }

        return lexicon;
    }

    /// <summary>The number words that start at <paramref name="start"/>, or null.</summary>
    public static NumberWordMatch? At(string text, int start)
    {
        if (start >= text.Length || (start > 0 && IsWordCharacter(text[start - 1])))
        {
            return null; // every form starts with a letter at the start of a word
        }

        var first = KindAt(text, start, out var end); // the word every form but a share after "a" starts with
        return Vague(text, start, first, end) ?? Share(text, start) ?? Fraction(text, start, first, end) ?? Words(text, start, first, end);
    }

    private static NumberWordMatch? Vague(string text, int start, Kind first, int end)
    {
        // "tens of thousands", and "hundreds of" before a scale ("hundreds of millions"): one figure.
        if ((IsPhrase(text, start, "tens of", out var of) && IsSpace(text, of) && KindAt(text, of + 1, out var plural).HasFlag(Kind.VaguePlural))
            || (IsPhrase(text, start, "hundreds of", out of) && IsSpace(text, of)
                && (Is(text, of + 1, "thousands", out plural) || Is(text, of + 1, "millions", out plural) || Is(text, of + 1, "billions", out plural))))
        {
            return Of(start, plural) with { Vague = Span(start, plural) };
        }

        return first.HasFlag(Kind.VaguePlural) ? Of(start, end) with { Vague = Span(start, end) } : null;
    }

    private static NumberWordMatch? Share(string text, int start)
    {
        var half = Is(text, start, "a", out var article) && IsSpace(text, article) ? article + 1 : start;
        if (!(KindAt(text, half, out var halfEnd).HasFlag(Kind.Share) || IsPhrase(text, half, "three quarters", out halfEnd)) || !IsSpace(text, halfEnd))
        {
            return null;
        }

        var scale = halfEnd + 1;
        if ((IsPhrase(text, scale, "a", out var a) || IsPhrase(text, scale, "of a", out a)) && IsSpace(text, a))
        {
            scale = a + 1;
        }

        return (KindAt(text, scale, out var scaleEnd) & (Kind.Dozen | Big)) != 0
            ? Of(start, scaleEnd) with { Half = Span(half, halfEnd), HalfScale = Span(scale, scaleEnd) }
            : null;
    }

    private static NumberWordMatch? Fraction(string text, int start, Kind first, int numerator)
    {
        if (!first.HasFlag(Kind.Unit) && !(Is(text, start, "a", out numerator) && IsSpace(text, numerator)
            && KindAt(text, numerator + 1, out var part).HasFlag(Kind.PartOfA) && IsSpace(text, part) && Is(text, part + 1, "of", out _)))
        {
            return null;
        }

        return IsSeparator(text, numerator) && (KindAt(text, numerator + 1, out var parts).HasFlag(Kind.Parts) || IsOneHalf(text, start, numerator + 1, parts))
            ? Of(start, parts) with { Numerator = Span(start, numerator), Part = Span(numerator + 1, parts) }
            : null;
    }

    /// <summary>
    /// <c>one half</c>, <c>one-half</c>: half is a fraction's part only after one, and not the first word of a compound
    /// (<c>one half-brother</c>, <c>two half-time goals</c> count people and goals).
    /// </summary>
    private static bool IsOneHalf(string text, int start, int half, int end) =>
        Is(text, start, "one", out _) && Is(text, half, "half", out _) && (end == text.Length || text[end] != '-');

    private static NumberWordMatch? Words(string text, int start, Kind first, int end)
    {
        var count = 0;
        var article = Is(text, start, "a", out _) || Is(text, start, "an", out _);
        if (!article && (first & Count) == 0)
        {
            return null;
        }

        // After "a" the words are hundred, dozen and the scales ("a hundred", "a dozen"; "a three-judge panel" counts three,
        // its article no part of the number); after a count,
        // any number word. Either way "and" joins a count to a hundred or a scale ("a hundred and two").
        var words = article ? Kind.Dozen | Big : Count | Kind.Dozen | Big;
        var last = article ? Kind.None : first;
        for (; count < 6; count++)
        {
            if (IsSeparator(text, end) && KindAt(text, end + 1, out var next) is var kind && (kind & words) != 0)
            {
                (end, last) = (next, kind);
            }
            else if ((last & Big) != 0 && IsSpace(text, end) && IsPhrase(text, end + 1, "and", out var and) && IsSpace(text, and)
                && KindAt(text, and + 1, out next) is var after && (after & Count) != 0)
            {
                (end, last) = (next, after);
            }
            else
            {
                break;
            }
        }

        if (article && count == 0)
        {
            return null;
        }

        var match = new NumberWordMatch(Span(start, end)) { Words = Span(start, end) };
        if (!(IsSpace(text, end) && IsPhrase(text, end + 1, "and a half", out var half)))
        {
            return match;
        }

        if (IsSpace(text, half) && (KindAt(text, half + 1, out var scale) & Big) != 0)
        {
            return match with { Span = Span(start, scale), AndHalf = Span(end, scale), HalfAfter = Span(half + 1, scale) };
        }

        return match with { Span = Span(start, half), AndHalf = Span(end, half) };
    }

    private static NumberWordMatch Of(int start, int end) => new(Span(start, end));

    private static TextSpan Span(int start, int end) => TextSpan.FromBounds(start, end);

    /// <summary>
    /// The kind of the whole word at <paramref name="position"/> (<see cref="Kind.None"/> for a word not in the
    /// lexicon, or no word), and where it ends.
    /// </summary>
    private static Kind KindAt(string text, int position, out int end)
    {
        end = WordEnd(text, position);
        return Lookup.TryGetValue(Lowered(text, position, end, stackalloc char[LongestWord]), out var kind) ? kind : Kind.None;
    }
}
