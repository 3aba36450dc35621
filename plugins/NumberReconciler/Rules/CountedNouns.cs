using System.Text.RegularExpressions;

namespace DocAnalysis.Plugins.Numbers;

// What a figure counts: a currency, a percent, a unit glued to it, a known unit, or the head of the noun phrase after it.
//   $4bn → dollar · 25% → percentage · 6kW → kilowatt · 10,000 assault rifles → assault rifle
//   17 first-team players → first-team player · 517 rushing yards → yard · 52,000 barrel-a-day refinery → barrel per day
//   one of the best screens → good screen · one of Trump's messages → message · Maddon, 66, → year of age · over the age of 21 → age
internal static partial class QuantityExtractor
{
    private static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as", "than", "that", "which", "who", "were", "was", "is", "are", "had",
        "have", "has", "be", "been", "will", "would", "could", "should", "said", "including", "while", "when", "where", "each", "this", "these", "those", "it", "its",
        "more", "less", "up", "down", "over", "under", "about", "into", "after", "before", "last", "next", "ago", "since", "until", "between", "per", "out", "off",
        "behind", "across", "against", "during", "through", "within", "among", "toward", "towards", "without", "despite", "via", "like", "near", "beyond",
        "they", "he", "she", "we", "you", "i", "may", "might", "can", "must", "shall", "did", "do", "does",
    };

    /// <summary>Whether a noun phrase after a figure stops at <paramref name="word"/> (<c>in</c>, <c>at</c>, <c>the</c>).</summary>
    public static bool IsStopWord(string word) => StopWords.Contains(word);

    /// <summary>
    /// Verbs of saying and thinking that follow a count of people as its verb, never a counted noun: "six in 10 say",
    /// "40 percent believe", "two-thirds oppose" (forms that are also plural nouns, "reports", "plans", are left out).
    /// </summary>
    private static readonly HashSet<string> OpinionVerbs = new(
        ["say", "says", "think", "thinks", "believe", "believes", "want", "expect", "expects", "oppose", "opposes", "agree", "agrees",
         "disagree", "disagrees", "approve", "approves", "disapprove", "disapproves", "prefer", "prefers"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>The unit: the currency written before the number, a percent, a unit glued to it, or the noun after it (with <c>per X</c>).</summary>
    private static (string? Unit, string? UnitText) UnitOf(string text, Match m, string? currency, TextSpan span, bool scaleIsUnit, double value)
    {
        if (m.Groups["percent"].Success)
        {
            return ("percentage", m.Groups["percent"].Value.Trim());
        }

        var glued = m.Groups["glued"];
        var after = glued.Success ? glued.Index + glued.Length : span.End;
        if (AppositiveAge().IsMatch(text.AsSpan(Math.Max(0, span.Start - 40), Math.Min(40, span.Start))) && span.End < text.Length && text[span.End] == ',' && !glued.Success)
        {
            return ("year of age", null); // "Maddon, 66, has used the downtime": a person's age
        }

        if (AgeOf().IsMatch(text.AsSpan(Math.Max(0, span.Start - 12), Math.Min(12, span.Start))) && !glued.Success && Noun(text, span.End).Unit is null)
        {
            return ("age", null); // "players over the age of 21", "aged 65 and over"
        }

        if (currency is not null)
        {
            return RateAfter(text, after, money: true) is { } per
                ? (currency + " per " + UnitNames.Normalise(per.Groups["unit"].Value), text.Substring(span.Start, per.Index + per.Length - span.Start))
                : (currency, text.Substring(span.Start, span.Length - m.Length));
        }

        string? noun;
        int end;
        if (glued.Success)
        {
            noun = glued.Value.TrimStart('-');
            end = after;
        }
        else
        {
            var from = m.Groups["slash"].Success && PartOf().Match(text, span.End) is { Success: true } part && part.Index == span.End ? span.End + part.Length : span.End; // "1/16 of a US pint"
            var (found, nounSpan) = Noun(text, from, one: value == 1);
            (noun, end) = (found, nounSpan?.End ?? span.End);
        }

        if (scaleIsUnit)
        {
            (noun, end) = (m.Groups["scale"].Value, span.End + m.Groups["scale"].Length);
        }

        if (noun is null)
        {
            return (null, null);
        }

        if (RateAfter(text, end) is { } perNoun)
        {
            return (UnitNames.Normalise(noun) + " per " + UnitNames.Normalise(perNoun.Groups["unit"].Value), noun + perNoun.Value);
        }

        return Aged(text, Sterling(UnitNames.Normalise(noun), value, text, end), noun, end);
    }

    /// <summary>Pounds by the million are money, unless they weigh something: "361 million pounds" is sterling, "5 million pounds of beef" is not.</summary>
    private static string Sterling(string unit, double amount, string text, int end) =>
        unit == "pound-mass" && amount >= 1e6 && !(OfNoun().Match(text, end) is { Success: true } of && of.Index == end) ? "pound sterling" : unit;

    /// <summary>A time unit followed by <c>of age</c> or <c>old</c> is an age: <c>3 years of age</c> is <c>year of age</c>.</summary>
    private static (string? Unit, string? UnitText) Aged(string text, string unit, string unitText, int end) =>
        Time.AgeAfter(unit, text, end) is { } age ? (age.Age, unitText + text.Substring(end, age.Length)) : (unit, unitText);

    /// <summary>
    /// What a number word counts: the noun after it (<c>dozens of people</c>), the group it picks one from with a
    /// superlative read as its base (<c>one of the best wireless speakers</c> counts good wireless speakers), or
    /// the noun of <c>another pick or two</c>.
    /// </summary>
    private static (string? Unit, string? UnitText) WordsUnit(string text, TextSpan number, double value)
    {
        var end = number.End;
        if (value == 1 && OfTheNoun().Match(text, end) is { Success: true } of && of.Index == end && Noun(text, end + of.Length).Unit is { } group)
        {
            var words = group.Split(' ');
            var start = words.Length > 1 && words[0] is "most" or "least" ? 1 : 0;
            words[start] = Superlative(words[start]);
            return (UnitNames.Normalise(string.Join(' ', words[start..])), group);
        }

        var nounStart = OfOwner().Match(text, end) is { Success: true } owner && owner.Index == end && !StartsFigure(text, end + owner.Length) ? end + owner.Length // "two of Trump's advisers"
            : OfNoun().Match(text, end) is { Success: true } ofNoun && ofNoun.Index == end ? end + ofNoun.Length : end; // "dozens of people"
        if (Noun(text, nounStart, one: value == 1 && nounStart == end) is { Unit: { } counted, Span: { } span })
        {
            if (RateAfter(text, span.End) is { } per)
            {
                return (UnitNames.Normalise(counted) + " per " + UnitNames.Normalise(per.Groups["unit"].Value), counted + per.Value); // "four times per week"
            }

            return Aged(text, Sterling(UnitNames.Normalise(counted), value, text, span.End), counted, span.End);
        }

        var noun = OrTwo().Match(text, Math.Max(0, number.Start - 30), Math.Min(30, number.Start)) is { Success: true } orTwo ? orTwo.Groups["noun"].Value : null;
        return (noun is null ? null : UnitNames.Normalise(noun), noun);
    }

    /// <summary>Whether a figure starts at <paramref name="position"/>, a digit or number words: <c>two of the firm's five directors</c> counts no noun of its own.</summary>
    private static bool StartsFigure(string text, int position) =>
        position < text.Length && (char.IsAsciiDigit(text[position]) || NumberWordReader.At(text, position) is not null);

    /// <summary>The base of a superlative adjective (<c>best</c> → <c>good</c>, <c>largest</c> → <c>large</c>, <c>biggest</c> → <c>big</c>); other words unchanged.</summary>
    private static string Superlative(string word)
    {
        switch (word.ToLowerInvariant())
        {
            case "best": return "good";
            case "worst": return "bad";
        }

        if (word.Length < 6 || !word.EndsWith("est", StringComparison.OrdinalIgnoreCase))
        {
            return word;
        }

        var stem = word[..^3];
        if (stem[^1] == stem[^2] && !"aeiou".Contains(stem[^1], StringComparison.Ordinal))
        {
            return stem[..^1]; // biggest, hottest
        }

        return stem[^1] is 'i' ? stem[..^1] + "y" // happiest, earliest
            : stem[^1] is 'c' or 'v' or 'z' or 'u' or 's' || (stem[^1] == 'g' && stem[^2] != 'n') || (stem[^1] == 'l' && stem[^2] is 'b' or 'p' or 'g') ? stem + "e" // largest, nicest, simplest
            : stem; // proudest, longest, highest
    }

    /// <summary>
    /// The length of a power written after a unit at <paramref name="at"/>: <c>^2</c>, <c>^3</c>, <c>−1</c>,
    /// <c>⁻¹</c> (<c>km^2</c>, <c>fb−1</c>); 0 when none, or when a digit follows (<c>5 km−10 km</c> is a range).
    /// </summary>
    private static int PowerLength(string text, int at)
    {
        var length = text.AsSpan(at) switch
        {
            ['^', '2' or '3', ..] => 2,
            ['−', '1', ..] or ['⁻', '¹', ..] => 2,
            _ => 0,
        };
        return length > 0 && at + length < text.Length && char.IsDigit(text[at + length]) ? 0 : length;
    }

    /// <summary>A word followed by an apostrophe and a contraction (<c>wasn't</c>, <c>don’t</c>, <c>they'll</c>): a verb, no noun.</summary>
    private static bool Contracted(string text, int end) =>
        end + 1 < text.Length && text[end] is '\'' or '’' && text[end + 1] is 't' or 'l' or 'v' or 'r' or 'd' or 'm' && (end + 2 >= text.Length || !char.IsLetter(text[end + 2]) || text[end + 1] is 'l' or 'v' or 'r');

    /// <summary>
    /// The counted noun after the number, as written: a known unit of one to three words (<c>degrees Celsius</c>,
    /// <c>miles per hour</c>), the noun of a hyphenated compound (<c>six-cylinder engine</c>), else the head of the
    /// noun phrase: participles are dropped (<c>recorded songs</c>, <c>rushing yards</c>, but <c>shipping
    /// containers</c> stay), and the phrase ends at its first plural (<c>first-team players left</c>), at a rate
    /// (<c>barrel-a-day</c>), at a word that cannot be part of it, or after three words.
    /// </summary>
    private static (string? Unit, TextSpan? Span) Noun(string text, int from, bool one = false)
    {
        if ((UnitWithStopWord(text, from) ?? InchesOfSize(text, from)) is { } unit)
        {
            return (text[unit.Start..unit.End], unit);
        }

        var words = new List<TextSpan>();
        var hyphenated = from < text.Length && text[from] == '-';
        var i = hyphenated ? from + 1 : from;
        while (words.Count < (hyphenated ? 1 : 4)) // "six-cylinder engine": the compound's noun is the unit
        {
            var start = i;
            while (start < text.Length && text[start] is ' ' or '\u00A0')
            {
                start++;
            }

            var end = start;
            while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] is '°' or '/' or '²' or '³' || text[end] is '-' && end + 1 < text.Length && char.IsLetterOrDigit(text[end + 1])))
            {
                end++;
            }

            end += end > start ? PowerLength(text, end) : 0;

            if (end == start || !(char.IsLetter(text[start]) || text[start] == '°') || StopWords.Contains(text[start..end]) || OpinionVerbs.Contains(text[start..end]) || Contracted(text, end))
            {
                break; // "one Democrat wasn't": a verb with its contraction ends the noun
            }

            words.Add(TextSpan.FromBounds(start, end));
            i = end;
        }

        for (var n = Math.Min(3, words.Count); n >= 1; n--)
        {
            var phrase = TextSpan.FromBounds(words[0].Start, words[n - 1].End);
            if (UnitNames.IsKnown(text[phrase.Start..phrase.End]))
            {
                return (text[phrase.Start..phrase.End], phrase);
            }
        }

        var first = 0;
        while (first < words.Count - 1 && IsVerbForm(text, words[first]) && (text[words[first].End - 1] == 'd' || UnitNames.IsKnown(text[words[first + 1].Start..words[first + 1].End])))
        {
            first++;
        }

        if (first < words.Count && text.AsSpan(words[first].Start, words[first].Length).EndsWith("ing", StringComparison.OrdinalIgnoreCase) && TakesObject().IsMatch(text.AsSpan(words[first].End)))
        {
            return (null, null); // "around 73 raising the prospect": a verb with its object, not a counted noun
        }

        // "most treasured holidays", "most economically vulnerable groups": after "most" or "least" an adjective of
        // any form goes on, and the phrase may hold one word more.
        var superlative = IsMostOrLeast(text, words.Count > 0 ? words[first] : default);
        var last = first;
        while (last < words.Count && last - first < (superlative ? 4 : 3))
        {
            var word = text.AsSpan(words[last].Start, words[last].Length);
            if (last > first && one && IsPlural(word))
            {
                break; // after "one" the counted noun is singular: in "one proposal asks" the plural is the verb
            }

            var afterSuperlative = superlative && (last == first + 1 || (last == first + 2 && text.AsSpan(words[first + 1].Start, words[first + 1].Length).EndsWith("ly", StringComparison.Ordinal)));
            if (last > first && !afterSuperlative && (IsVerbForm(text, words[last]) || word.EndsWith("ly", StringComparison.Ordinal) || (char.IsUpper(word[0]) && !char.IsUpper(text[words[first].Start]))))
            {
                break;
            }

            last++;
            if (IsPlural(word) || word.Contains("-a-", StringComparison.Ordinal) || word.Contains("-per-", StringComparison.Ordinal))
            {
                break; // a plural ends the phrase, and so does a rate ("52,000 barrel-a-day refinery")
            }
        }

        if (last == first)
        {
            return (null, null);
        }

        var span = TextSpan.FromBounds(words[first].Start, words[last - 1].End);
        return (text[span.Start..span.End], span);
    }

    /// <summary><c>most</c> or <c>least</c>, in any case, at <paramref name="word"/>.</summary>
    private static bool IsMostOrLeast(string text, TextSpan word) =>
        text.AsSpan(word.Start, word.Length) is var w && (w.Equals("most", StringComparison.OrdinalIgnoreCase) || w.Equals("least", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// A known unit of two or three words right after the figure that holds a word a noun phrase stops at
    /// (<c>sq in</c>, <c>per mille</c>, <c>speed of light</c>, <c>centimetres of water</c>), the longest first; a lone
    /// such word is never a unit here (<c>3 in a row</c>).
    /// </summary>
    private static TextSpan? UnitWithStopWord(string text, int from)
    {
        Span<int> starts = stackalloc int[3];
        Span<int> ends = stackalloc int[3];
        var count = 0;
        var i = from;
        while (count < 3)
        {
            var start = i;
            while (start < text.Length && text[start] == ' ')
            {
                start++;
            }

            var end = start;
            while (end < text.Length && (char.IsLetter(text[end]) || text[end] is '-' or '.'))
            {
                end++;
            }

            if (end == start || (start == i && count > 0) || (count == 0 && start == from && from > 0 && char.IsLetter(text[from - 1])))
            {
                break;
            }

            (starts[count], ends[count]) = (start, end);
            count++;
            i = end;
        }

        var stops = StopWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var anyStop = false;
        for (var w = 0; w < count && !anyStop; w++)
        {
            anyStop = stops.Contains(text.AsSpan(starts[w], ends[w] - starts[w]).TrimEnd('.'));
        }

        for (var n = anyStop ? count : 0; n >= 2; n--)
        {
            var last = ends[n - 1];
            foreach (var stop in (ReadOnlySpan<int>)[last, last - (text[last - 1] == '.' ? 1 : 0)]) // "sq in." at the end of a sentence
            {
                var phrase = text[starts[0]..stop];
                if (UnitNames.IsKnown(phrase))
                {
                    return TextSpan.FromBounds(starts[0], stop);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// <c>in</c> as the inch when a word of size follows it (<c>2 in thick</c>, <c>30 in. long</c>, <c>4 in wide</c>):
    /// the preposition never stands between a figure and such a word.
    /// </summary>
    private static TextSpan? InchesOfSize(string text, int from)
    {
        var start = from;
        while (start < text.Length && text[start] == ' ')
        {
            start++;
        }

        var end = start + 2;
        if (start == from && from > 0 && char.IsLetter(text[from - 1]) || !text.AsSpan(start).StartsWith("in", StringComparison.Ordinal) || WordReader.WordEnd(text, start) != end)
        {
            return null;
        }

        var unitEnd = end < text.Length && text[end] == '.' ? end + 1 : end;
        var next = unitEnd < text.Length && text[unitEnd] == ' ' ? unitEnd + 1 : -1;
        var size = next < 0 ? 0 : WordReader.WordEnd(text, next) - next;
        return size > 0 && SizeWords.Contains(text.Substring(next, size)) ? TextSpan.FromBounds(start, unitEnd) : null;
    }

    private static readonly HashSet<string> SizeWords = new(StringComparer.Ordinal) { "thick", "long", "wide", "tall", "high", "deep", "across", "square" };

    private static bool IsVerbForm(string text, TextSpan word)
    {
        var w = text.AsSpan(word.Start, word.Length);
        return w.Length > 4 && (w.EndsWith("ing", StringComparison.OrdinalIgnoreCase) || w.EndsWith("ed", StringComparison.OrdinalIgnoreCase)) && !UnitNames.IsKnown(w.ToString());
    }

    private static bool IsPlural(ReadOnlySpan<char> word) =>
        word.Length > 3 && word[^1] == 's' && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal) && !word.EndsWith("is", StringComparison.Ordinal)
        || word is "people" or "men" or "women" or "children" or "feet";

    [GeneratedRegex(@"\b\p{Lu}[\p{L}'’\-]+,\s$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AppositiveAge();

    [GeneratedRegex(@"\b(?:age\sof|aged)\s$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AgeOf();

    [GeneratedRegex(@"^\s(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those)\s", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TakesObject();

    [GeneratedRegex(@"\G\sof\s", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OfNoun();

    [GeneratedRegex(@"\G\sof\san?\s", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PartOf();

    /// <summary>
    /// An owner in the possessive, a name or <c>the</c> and a noun: <c>Trump's</c>, <c>Mr. Bush's</c>, <c>the party's</c>; a
    /// contraction (<c>the things that's</c>) is no owner.
    /// </summary>
    private const string Owner = @"(?-i:(?:the\s(?:\p{Ll}[\p{L}\-]*\s)?(?!(?:that|it|there|what|who|which|he|she|this|here|where)['’]s)\p{Ll}[\p{L}\-]*|(?:\p{Lu}[\p{L}\-]*\.?\s){0,2}\p{Lu}[\p{L}\-]*)['’]s)";

    /// <summary>
    /// <c>of the</c>, <c>of its</c>, or <c>of</c> and an <see cref="Owner"/> (<c>one of Trump's messages</c>, <c>one of Mr.
    /// Bush's sons</c>, <c>one of the party's leaders</c>): the group one is picked from follows it.
    /// </summary>
    [GeneratedRegex(@"\G\sof\s(?:" + Owner + @"|the|its|his|her|their|our|my|your)\s", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OfTheNoun();

    /// <summary><c>of</c> and an <see cref="Owner"/>: in <c>dozens of Clinton's emails</c> the emails are counted.</summary>
    [GeneratedRegex(@"\G\sof\s" + Owner + @"\s", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OfOwner();

    [GeneratedRegex(@"\b(?:a|an|another|one)\s(?<noun>\p{Ll}{3,})\sor\s$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OrTwo();

    /// <summary>
    /// The rate's second unit right after <paramref name="end"/>: after <c>per</c> or a slash any noun (<c>$80 per sq m</c>,
    /// <c>$15.40/hour</c>) and after money any noun (<c>$1 million an episode</c>, <c>$8,000 a pop</c>); after a count and
    /// <c>a</c> or <c>an</c> only a unit of the lexicon or a measure noun (<c>3 million hits a month</c>, <c>19 cents a
    /// share</c>), since there the article more often opens an object: <c>one candidate got a lot</c>, <c>only a handful</c>.
    /// </summary>
    private static Match? RateAfter(string text, int end, bool money = false) =>
        PerUnit().Match(text, end) is { Success: true } per && per.Index == end && (money || !per.Groups["article"].Success || UnitNames.IsKnown(per.Groups["unit"].Value)) ? per : null;

    [GeneratedRegex(@"\G(?:[\s\-](?:per|(?<article>a|an))[\s\-]|/)(?!(?:every|each|the|a|an)\b)(?<unit>(?:square\s|cubic\s|sq\.?\s|cu\.?\s)?[\p{L}]+)(?!\s(?:earlier|later|ago|before|after)\b)(?![\p{L}])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PerUnit();
}
