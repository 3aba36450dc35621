using System.Globalization;
using System.Text.RegularExpressions;

namespace DocAnalysis.Plugins.Numbers;

// Numbers that name, rank or tell the time rather than count.
//   in 2016 (a year; but $2000 is money) · by 2120 · 1.56pm · 10 a.m. · Mi-17 · iPhone 11 · FTSE 100 · Game 7
//   category 4 · 96th · 2018s · 575 Wilbraham Road · 787 Dreamliner · each one they lose · BBC One
internal static partial class QuantityExtractor
{
    /// <summary>
    /// <c>one</c> as a pronoun (<c>each one they lose</c>, <c>the same one across</c>) or a number word in a name
    /// (<c>BBC One</c>, <c>Formula One</c>): not a quantity.
    /// </summary>
    private static bool IsPronounOrName(TextLayer layer, TextSpan words)
    {
        var text = layer.Text;
        if (InCompound(text, words))
        {
            return true; // "a hole-in-one", "a one-on-one meeting": a word of a compound, not a count
        }

        var (word, wordStart) = PreviousWord(text, words.Start);
        if (char.IsUpper(text[words.Start]) && word is { Length: > 0 } && char.IsUpper(word[0]) && !StartsClause(layer, wordStart))
        {
            return true;
        }

        return text.AsSpan(words.Start, words.Length).Equals("one", StringComparison.OrdinalIgnoreCase)
            && PronounOne().IsMatch(text.AsSpan(Math.Max(0, words.Start - 10), Math.Min(10, words.Start))) && Noun(text, words.End).Unit is null;
    }

    /// <summary>The end of a range of dates, after a hyphen or dash right after a date: <c>September 16-19</c>, <c>the 2016-17 season</c>.</summary>
    private static bool EndsDateRange(string text, TextSpan span, SpanIndex<TextSpan> dates) =>
        span.Start >= 2 && text[span.Start - 1] is '-' or '–' && (dates.Overlaps(new TextSpan(span.Start - 2, 1)) || (span.Length == 2 && YearEndsAt(text, span.Start - 1)));

    /// <summary>A year of four digits (19xx or 20xx) ends just before <paramref name="end"/>, not part of a longer number.</summary>
    private static bool YearEndsAt(string text, int end) =>
        end >= 4 && text.AsSpan(end - 4, 4) is var year && year[0] is '1' or '2' && year[1] is '9' or '0' && char.IsAsciiDigit(year[2]) && char.IsAsciiDigit(year[3])
        && (end == 4 || !char.IsLetterOrDigit(text[end - 5]));

    /// <summary>
    /// A number word hyphened to a preposition (<c>hole-in-one</c>, <c>one-on-one</c>, <c>two-for-one</c>) is a word
    /// of a compound; hyphened to a noun it still counts (<c>a three-judge panel</c>, <c>twenty-five-year-old</c>), and
    /// so does a ratio (<c>a one-in-five chance</c>, <c>three-in-five insiders</c>, <c>two-to-one</c>).
    /// </summary>
    private static bool InCompound(string text, TextSpan words)
    {
        if (words.End + 1 < text.Length && text[words.End] == '-' && WordAt(text, words.End + 1, +1) is var after && CompoundLinks.Contains(after))
        {
            var far = words.End + 1 + after.Length;
            return !(after is "in" or "to" && far + 1 < text.Length && text[far] == '-' && IsNumberWord(WordAt(text, far + 1, +1))); // "one-in-five" is a ratio
        }

        if (words.Start >= 2 && text[words.Start - 1] == '-' && WordAt(text, words.Start - 2, -1) is var before && CompoundLinks.Contains(before))
        {
            var far = words.Start - 2 - before.Length;
            return !(before is "in" or "to" && far >= 1 && text[far] == '-' && IsNumberWord(WordAt(text, far - 1, -1)));
        }

        return false;
    }

    private static readonly HashSet<string> CompoundLinks = new(StringComparer.OrdinalIgnoreCase) { "in", "on", "for", "to", "by", "at" };

    private static bool IsNumberWord(string word) => word.ToLowerInvariant() is var lower && (Ones.ContainsKey(lower) || Tens.ContainsKey(lower));

    /// <summary>The letters from <paramref name="from"/> in direction <paramref name="step"/> (a word read forwards either way).</summary>
    private static string WordAt(string text, int from, int step)
    {
        var end = from;
        while (end >= 0 && end < text.Length && char.IsLetter(text[end]))
        {
            end += step;
        }

        return step > 0 ? text[from..end] : text[(end + 1)..(from + 1)];
    }

    /// <summary>
    /// A number that names or ranks rather than counts: an ordinal or decade (<c>96th</c>, <c>2018s</c>), a number after
    /// a name or a naming word (<c>Big 12</c>, <c>iPhone 11</c>, <c>Game 7</c>, <c>category 4</c>), or the number of an
    /// address or a model before a proper name (<c>575 Wilbraham Road</c>, <c>787 Dreamliner</c>).
    /// </summary>
    private static bool NamesSomething(TextLayer layer, Match m)
    {
        var text = layer.Text;
        if (m.Groups["glued"].Value is "st" or "nd" or "rd" or "th" or "s" or "S" || m.Groups["sign"].Success || m.Groups["percent"].Success || m.Groups["scale"].Success)
        {
            return m.Groups["glued"].Value is "st" or "nd" or "rd" or "th" or "s" or "S";
        }

        if (m.Groups["glued"] is { Success: true, Length: > 5 } glued && glued.Value[0] != '-' && !UnitNames.IsKnown(glued.Value))
        {
            return true; // a code or a word glued to the number ("bit.ly/1NJeFcM", "5ptsmoderator"), not a unit ("16ounces")
        }

        // A number with its own unit is a quantity, whatever stands around it: "MacBook Pro 16 inch", "Tylenol 500mg", "6.1-inch Super Retina".
        var (next, _) = Noun(text, m.Index + m.Length);
        if (m.Groups["glued"].Success || (next is not null && UnitNames.IsKnown(next.Split(' ')[0])))
        {
            return false;
        }

        var (word, wordStart) = PreviousWord(text, m.Index);
        if (word is { Length: > 0 } && !StopWords.Contains(word) && (NamingWords.Contains(word) || (word.Any(char.IsUpper) && !StartsClause(layer, wordStart) && !Months.Contains(word[..Math.Min(3, word.Length)]))))
        {
            return true;
        }

        if (next is not { Length: > 0 } || next.Contains('-', StringComparison.Ordinal))
        {
            return false;
        }

        var words = next.Split(' ');
        return (words.Length >= 2 && words.All(w => char.IsUpper(w[0]))) || NameEnds.Any(e => next.EndsWith(e, StringComparison.Ordinal));
    }

    private static readonly HashSet<string> NamingWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "game", "channel", "category", "level", "grade", "phase", "stage", "round", "section", "article", "no", "no.", "number", "room", "route", "highway",
        "flight", "model", "version", "chapter", "season", "week", "episode", "page", "figure", "table", "row", "gate", "platform", "terminal", "covid", "apollo",
    };

    private static readonly string[] NameEnds = ["Road", "Street", "St", "Avenue", "Ave", "Way", "Lane", "Drive", "Boulevard", "Place", "Square", "Max", "Pro", "Ultra", "Mini", "Plus"];

    private static readonly HashSet<string> Months = new(StringComparer.Ordinal) { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };

    /// <summary>A four-digit number that is a year: 1800–2100, or a later year after <c>by</c>, <c>in</c>, <c>until</c>, with nothing counted after it.</summary>
    private static bool LooksLikeYear(Match m, string text)
    {
        var number = m.Groups["number"].Value;
        if (number.Length != 4 || !number.All(char.IsAsciiDigit) || m.Groups["sign"].Success || m.Groups["scale"].Success || m.Groups["percent"].Success || m.Groups["glued"].Success)
        {
            return false;
        }

        var value = int.Parse(number, CultureInfo.InvariantCulture);
        var future = value is > 2100 and <= 2500 && YearPreposition().IsMatch(text.AsSpan(Math.Max(0, m.Index - 8), Math.Min(8, m.Index))); // "by 2120"
        return (value is >= 1800 and <= 2100 || future) && UnitNames.CurrencyBefore(text, m.Index) is null && Noun(text, m.Index + m.Length).Unit is null;
    }

    /// <summary><c>1.56pm</c>, <c>10 a.m.</c>, <c>9.30</c> before am/pm: a clock time, not a quantity.</summary>
    private static bool IsClockTime(string text, Match m) =>
        ClockSuffix().IsMatch(text.AsSpan(m.Groups["number"].Index + m.Groups["number"].Length, Math.Min(6, text.Length - (m.Groups["number"].Index + m.Groups["number"].Length))));

    [GeneratedRegex(@"^\s?(?:[ap]\.?m\.?|o'clock)(?![\p{L}])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ClockSuffix();

    [GeneratedRegex(@"\b(?:by|in|until|till|before|after|through)\s$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex YearPreposition();

    [GeneratedRegex(@"\b(?:each|every|the\ssame|this|that|which|any|no)\s$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PronounOne();

    /// <summary>
    /// Whether a word starts a sentence or what follows a colon, where a capital says nothing of a name:
    /// <c>Mexico earthquake: Huge 6.3 magnitude quake strikes</c>, <c>Saudi Aramco IPO: Top 10 initial public offers</c>.
    /// </summary>
    private static bool StartsClause(TextLayer layer, int wordStart) =>
        layer.StartsSentence(wordStart) || layer.Text.AsSpan(0, wordStart).TrimEnd(" \"“").EndsWith(":");
}
