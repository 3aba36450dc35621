using System.Globalization;
using System.Text.RegularExpressions;
using Humanizer;

namespace DocAnalysis.Plugins.Numbers;

/// <summary>
/// Finds numerals and number words with their qualifier and unit, joins ranges (<c>between 100 and 140</c>,
/// <c>from 4.8 to 4.7 percent</c>, <c>2-0</c>), and skips dates, clock times, years and model names.
/// </summary>
internal static partial class QuantityExtractor
{
    /// <summary>How far back in its clause a direction verb still governs a number ("plunged 4.28 percent to Y=28,030").</summary>
    private const int DirectionReach = 60;

    private static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as", "than", "that", "which", "who", "were", "was", "is", "are", "had",
        "have", "has", "be", "been", "will", "would", "could", "should", "said", "including", "while", "when", "where", "each", "this", "these", "those", "it", "its",
        "more", "less", "up", "down", "over", "under", "about", "into", "after", "before", "last", "next", "ago", "since", "until", "between", "per", "out", "off",
        "behind", "across", "against", "during", "through", "within", "among", "toward", "towards", "without", "despite", "via", "like", "near", "beyond",
        "they", "he", "she", "we", "you", "i", "may", "might", "can", "must", "shall", "did", "do", "does",
    };

    public static List<Quantity> Extract(string text, IReadOnlyList<TextSpan> excluded, CancellationToken cancellationToken = default)
    {
        var found = new List<Quantity>();
        var dates = new SpanIndex<TextSpan>(excluded, s => s);
        foreach (Match m in NumberPatterns.Numeral().Matches(text))
        {
            cancellationToken.ThrowIfCancellationRequested(); // a call past its timeout stops within one number
            var span = new TextSpan(m.Index, m.Length);
            if (dates.Overlaps(span) || LooksLikeYear(m, text) || IsClockTime(text, m))
            {
                continue;
            }

            var first = m.Groups["sign"].Success ? m.Groups["sign"].Index : m.Groups["number"].Index;
            var currency = m.Groups["minus"].Success || m.Groups["sub"].Success ? null : Units.CurrencyBefore(text, first);
            if (currency is null && ((m.Index > 0 && char.IsLetter(text[m.Index - 1])) || NamesSomething(text, m)))
            {
                continue; // a name or a code (B12, iPhone 11, FTSE 100, Game 7, 96th, 2018s, 575 Wilbraham Road), not a quantity
            }

            if (currency is { } c)
            {
                span = TextSpan.FromBounds(span.Start - c.Length, span.End);
            }

            var scaleWord = m.Groups["scale"].Value;
            var scale = scaleWord == "M" ? 1e6 : Scale(scaleWord, currency is not null);
            if (scale == 1 && m.Groups["scale"].Success)
            {
                span = TextSpan.FromBounds(span.Start, m.Groups["scale"].Index); // "10m" without money is ten metres: the letter is a unit
            }

            var negative = m.Groups["minus"].Success || m.Groups["sign"].Value is "-" or "−";
            if (Fraction(m) is not { } number)
            {
                continue; // "24/7", "9/11", "5/10": a name or a score, not a part of a whole
            }

            var value = (negative ? -1 : 1) * number * scale;
            if (!double.IsFinite(value))
            {
                continue; // beyond what a number can hold (over 300 digits): refused alone, the document's other quantities stay
            }

            var (unit, unitText) = UnitOf(text, m, currency?.Currency, span, scale == 1 && m.Groups["scale"].Success, value == 1);
            if (currency is null && unit is null && Units.CurrencyAfter(text, span.End) is { } sign)
            {
                (unit, unitText, span) = (sign.Currency, sign.Sign, new TextSpan(span.Start, span.Length + sign.Length));
            }

            var qualifier = m.Groups["sub"].Success ? "less-than" : m.Groups["sign"].Value == "+" ? "up" : Qualify(text, span.Start);
            found.Add(new Quantity(span, value, value, qualifier, unitText, unit) { Scale = scale });
        }

        var numerals = new SpanIndex<Quantity>(found, q => q.Span); // number words never overlap one another
        foreach (Match m in NumberPatterns.NumberWords().Matches(text))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var span = new TextSpan(m.Index, m.Length);
            if (numerals.Overlaps(span) || dates.Overlaps(span) || WordsValue(m) is not { } value || !double.IsFinite(value.Low) || !double.IsFinite(value.High))
            {
                continue;
            }

            if (IsPronounOrName(text, m))
            {
                continue;
            }

            var (unit, unitText) = WordsUnit(text, m, value.Low);
            var qualifier = value.Low == value.High ? Qualify(text, span.Start) : "exact";
            found.Add(new Quantity(span, value.Low, value.High, qualifier, unitText, unit));
        }

        found.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return InheritIntoConversions(text, ShareUnits(text, JoinRanges(text, found)));
    }

    /// <summary>
    /// A bare number coordinated with a later one shares its unit: <c>280 million of the 1.5 billion shekels</c>,
    /// <c>four-, five- and six-cylinder engines</c>, <c>two or three goals</c> that did not join as a range; the end of
    /// a change from a figure with its unit shares that unit: <c>from about 14-18 mpg to 24</c>.
    /// </summary>
    private static List<Quantity> ShareUnits(string text, List<Quantity> found)
    {
        for (var i = found.Count - 2; i >= 0; i--)
        {
            var (quantity, next) = (found[i], found[i + 1]);
            if (quantity.Unit is null && next.Unit is not null && next.Span.Start >= quantity.Span.End
                && SharedUnitJoint().IsMatch(text.AsSpan(quantity.Span.End, next.Span.Start - quantity.Span.End)))
            {
                found[i] = quantity with { Unit = next.Unit, UnitText = next.UnitText };
            }
        }

        for (var i = 1; i < found.Count; i++)
        {
            var (previous, quantity) = (found[i - 1], found[i]);
            if (quantity.Unit is null && previous.Unit is not null && GapAfterUnit(text, previous, quantity) is " to "
                && RangeOpener().IsMatch(text.AsSpan(Math.Max(0, previous.Span.Start - 12), Math.Min(12, previous.Span.Start))))
            {
                found[i] = quantity with { Unit = previous.Unit, UnitText = previous.UnitText }; // "from about 14-18 mpg to 24"
            }
        }

        return found;
    }

    /// <summary>
    /// A conversion in parentheses says the same figure again, so it keeps the figure's qualifier:
    /// <c>just under 296 hp (224 kW / 300 PS)</c>, <c>dropped by 1 to 1.5 degrees Celsius (1.8 to 2.7 Fahrenheit)</c>.
    /// </summary>
    private static List<Quantity> InheritIntoConversions(string text, List<Quantity> found)
    {
        var inParentheses = false;
        for (var i = 1; i < found.Count; i++)
        {
            var (before, quantity) = (found[i - 1], found[i]);
            var gap = GapAfterUnit(text, before, quantity).Trim();
            inParentheses = gap is "(" || (inParentheses && gap is "/");
            if (inParentheses && before.Qualifier != "exact" && quantity.Qualifier == "exact")
            {
                found[i] = quantity with { Qualifier = before.Qualifier };
            }
        }

        return found;
    }

    /// <summary><c>between 100 and 140 people</c>, <c>from 4.8 to 4.7 percent</c>, <c>100-140</c>, <c>three or four years</c>, <c>2-0</c>: one quantity with both ends, in the order written.</summary>
    private static List<Quantity> JoinRanges(string text, List<Quantity> found)
    {
        var joined = new List<Quantity>(found.Count);
        for (var i = 0; i < found.Count; i++)
        {
            var first = found[i];
            var gap = i + 1 < found.Count ? GapAfterUnit(text, first, found[i + 1]) : default; // "from 208 pounds to 193"

            var before = text.AsSpan(Math.Max(0, first.Span.Start - 12), Math.Min(12, first.Span.Start));
            if (i + 1 < found.Count && first.Low == first.High && found[i + 1].Low == found[i + 1].High
                && RangeJoint().Match(gap.ToString()) is { Success: true } joint && joint.Length == gap.Length
                && !(ChangeBy().IsMatch(before) && first.UnitText is not null) // "by $43.6 billion to $419.2 billion": a change, then the level
                && (!joint.Value.Trim().Equals("and", StringComparison.OrdinalIgnoreCase) || Between().IsMatch(before))
                && (joint.Groups["dash"].Success || RangeOpener().IsMatch(before) || first.Unit is null || first.Unit == found[i + 1].Unit))
            {
                var second = found[i + 1];
                var lent = first.Scale == 1 && second.Scale > 1 && first.Low * second.Scale <= second.Low * 10 ? second.Scale : 1;
                joined.Add(second with
                {
                    Span = TextSpan.FromBounds(first.Span.Start, second.Span.End),
                    Low = first.Low * lent,
                    High = second.Low,
                    Qualifier = first.Qualifier is "up" or "down" or "approximate" ? first.Qualifier : "exact", // "dropped by 1 to 1.5 degrees", "about 14-18 mpg"
                    UnitText = second.UnitText ?? first.UnitText,
                    Unit = second.Unit ?? first.Unit,
                });
                i++;
            }
            else
            {
                joined.Add(first);
            }
        }

        return joined;
    }

    /// <summary>The text between two quantities, without the first one's unit: <c>" to "</c> in <c>208 pounds to 193</c>.</summary>
    private static ReadOnlySpan<char> GapAfterUnit(string text, Quantity first, Quantity next)
    {
        var gap = text.AsSpan(first.Span.End, Math.Max(0, next.Span.Start - first.Span.End));
        return first.UnitText is { } unitText && gap.TrimStart().StartsWith(unitText, StringComparison.Ordinal) ? gap.TrimStart()[unitText.Length..] : gap;
    }

    /// <summary>The unit: the currency written before the number, a percent, a unit glued to it, or the noun after it (with <c>per X</c>).</summary>
    private static (string? Unit, string? UnitText) UnitOf(string text, Match m, string? currency, TextSpan span, bool scaleIsUnit, bool one)
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
            return PerUnit().Match(text, after) is { Success: true } per && per.Index == after
                ? (currency + " per " + Units.Normalise(per.Groups["unit"].Value), text.Substring(span.Start, per.Index + per.Length - span.Start))
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
            var (found, nounSpan) = Noun(text, from, one);
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

        if (PerUnit().Match(text, end) is { Success: true } perNoun && perNoun.Index == end)
        {
            return (Units.Normalise(noun) + " per " + Units.Normalise(perNoun.Groups["unit"].Value), noun + perNoun.Value);
        }

        return Aged(text, Units.Normalise(noun), noun, end);
    }

    /// <summary>A time unit followed by <c>of age</c> or <c>old</c> is an age: <c>3 years of age</c> is <c>year of age</c>.</summary>
    private static (string? Unit, string? UnitText) Aged(string text, string unit, string unitText, int end) =>
        Time.AgeAfter(unit, text, end) is { } age ? (age.Age, unitText + text.Substring(end, age.Length)) : (unit, unitText);

    /// <summary>
    /// <c>one</c> as a pronoun (<c>each one they lose</c>, <c>the same one across</c>) or a number word in a name
    /// (<c>BBC One</c>, <c>Formula One</c>): not a quantity.
    /// </summary>
    private static bool IsPronounOrName(string text, Match m)
    {
        var (word, wordStart) = PreviousWord(text, m.Index);
        if (char.IsUpper(text[m.Index]) && word is { Length: > 0 } && char.IsUpper(word[0]) && !IsSentenceStart(text, wordStart - 1))
        {
            return true;
        }

        return m.Value.Equals("one", StringComparison.OrdinalIgnoreCase) && PronounOne().IsMatch(text.AsSpan(Math.Max(0, m.Index - 10), Math.Min(10, m.Index)))
            && Noun(text, m.Index + m.Length).Unit is null;
    }

    /// <summary>
    /// What a number word counts: the noun after it (<c>dozens of people</c>), the group it picks one from with a
    /// superlative read as its base (<c>one of the best wireless speakers</c> counts good wireless speakers), or
    /// the noun of <c>another pick or two</c>.
    /// </summary>
    private static (string? Unit, string? UnitText) WordsUnit(string text, Match m, double value)
    {
        var end = m.Index + m.Length;
        if (value == 1 && OfTheNoun().Match(text, end) is { Success: true } of && of.Index == end && Noun(text, end + of.Length).Unit is { } group)
        {
            var words = group.Split(' ');
            var start = words.Length > 1 && words[0] is "most" or "least" ? 1 : 0;
            words[start] = Superlative(words[start]);
            return (Units.Normalise(string.Join(' ', words[start..])), group);
        }

        var nounStart = OfNoun().Match(text, end) is { Success: true } ofNoun && ofNoun.Index == end ? end + ofNoun.Length : end; // "dozens of people"
        if (Noun(text, nounStart, one: value == 1 && nounStart == end) is { Unit: { } counted, Span: { } span })
        {
            return Aged(text, Units.Normalise(counted), counted, span.End);
        }

        var noun = OrTwo().Match(text, Math.Max(0, m.Index - 30), Math.Min(30, m.Index)) is { Success: true } orTwo ? orTwo.Groups["noun"].Value : null;
        return (noun is null ? null : Units.Normalise(noun), noun);
    }

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

    private static (double Low, double High)? WordsValue(Match m)
    {
        if (m.Groups["vague"].Success)
        {
            // NewsQuant's reading of vague plurals: "dozens" is 12 to 120, "millions" a million to ten million.
            var vague = m.Groups["vague"].Value.ToLowerInvariant();
            var tens = vague.StartsWith("tens", StringComparison.Ordinal) ? 10 : 1;
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

        if (m.Groups["part"].Success)
        {
            var numeratorWord = m.Groups["numerator"].Value.ToLowerInvariant();
            var numerator = numeratorWord is "a" ? 1 : numeratorWord.ToNumber(Units.Culture);
            var part = m.Groups["part"].Value.ToLowerInvariant().TrimEnd('s') switch
            {
                "halve" => 2,
                "third" => 3,
                "quarter" => 4,
                "fifth" => 5,
                "sixth" => 6,
                "eighth" => 8,
                _ => 10,
            };
            return ((double)numerator / part, (double)numerator / part);
        }

        if (m.Groups["half"].Success)
        {
            var half = 0.5 * Scale(m.Groups["halfscale"].Value, money: true);
            return (half, half);
        }

        var words = m.Groups["words"].Value.ToLowerInvariant();
        if (words.StartsWith("a ", StringComparison.Ordinal) || words.StartsWith("an ", StringComparison.Ordinal))
        {
            // "a hundred", "a dozen" count; "a five-year plan" is "five"
            var rest = words[(words.IndexOf(' ', StringComparison.Ordinal) + 1)..];
            words = rest.StartsWith("hundred", StringComparison.Ordinal) || rest.StartsWith("thousand", StringComparison.Ordinal) || rest.StartsWith("million", StringComparison.Ordinal) || rest.StartsWith("dozen", StringComparison.Ordinal)
                ? "one " + rest
                : rest;
        }

        words = words.Replace('-', ' ');
        if (words.EndsWith(" dozen", StringComparison.Ordinal))
        {
            return words[..^6].TryToNumber(out var dozens, Units.Culture) ? (dozens * 12, dozens * 12) : null;
        }

        return words.TryToNumber(out var number, Units.Culture) ? (number, number) : null;
    }

    /// <summary>
    /// The qualifier of a number: a direction verb in its clause before it ("was up 19 cents", "ended down 1% at
    /// 1,463.78", "rose under 4%") wins; otherwise the qualifier written just before it ("more than 50", "up to 40").
    /// </summary>
    private static string Qualify(string text, int start)
    {
        var window = text.AsSpan(Math.Max(0, start - 30), Math.Min(30, start)).ToString();
        var match = NumberPatterns.Qualifier().Match(window);
        var written = match.Success ? string.Join(' ', match.Groups["q"].Value.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) : "";
        if (written is not ("up to" or "at most" or "no more than" or "more than" or "over" or "at least") && Direction(text, start) is { } direction)
        {
            return direction;
        }

        if (!match.Success)
        {
            return "exact";
        }

        return written switch
        {
            "~" or "averaged" or "averaging" or "barely" => "approximate",
            "average of" => "exact",
            "more than" or "over than" or "over" or "above" or "exceeding" or "in excess of" or "upwards of" => "more-than",
            "at least" or "no fewer than" or "no less than" or "a minimum of" => "at-least",
            "up to" or "at most" or "no more than" or "a maximum of" or "as many as" => "at-most",
            "under" or "fewer than" or "less than" or "below" => "less-than",
            var q when q.StartsWith("rose", StringComparison.Ordinal) || q.StartsWith("grew", StringComparison.Ordinal) || q.StartsWith("increased", StringComparison.Ordinal)
                || q.StartsWith("climbed", StringComparison.Ordinal) || q.StartsWith("jumped", StringComparison.Ordinal) || q == "gained" || q == "up" => "up",
            var q when q.StartsWith("fell", StringComparison.Ordinal) || q.StartsWith("dropped", StringComparison.Ordinal) || q.StartsWith("declined", StringComparison.Ordinal)
                || q.StartsWith("decreased", StringComparison.Ordinal) || q == "lost" || q == "down" => "down",
            _ => "approximate",
        };
    }

    /// <summary>The last direction verb in the clause before a number, within a few words: up or down.</summary>
    private static string? Direction(string text, int start)
    {
        var from = start;
        while (from > 0 && start - from < DirectionReach && text[from - 1] is not (',' or ';' or '.' or '(' or '\n'))
        {
            from--;
        }

        Match? last = null;
        foreach (Match verb in NumberPatterns.Direction().Matches(text[from..start]))
        {
            last = verb;
        }

        if (last is null)
        {
            return null;
        }

        // "rose to about 135" is the new level; in "dropped 7% to $2.3 billion" only the first figure is the change;
        // "up" and "down" alone are particles unless the figure follows them closely ("up 19 cents", not "gave up ... 517").
        var between = text.AsSpan(from + last.Index + last.Length, start - (from + last.Index + last.Length));
        var isParticle = last.Value.Equals("up", StringComparison.OrdinalIgnoreCase) || last.Value.Equals("down", StringComparison.OrdinalIgnoreCase);
        var beforeVerb = PhrasalVerb().IsMatch(text.AsSpan(Math.Max(0, from + last.Index - 12), Math.Min(12, from + last.Index)));
        var bareBaseForm = BaseForm().IsMatch(last.Value) && !between.Trim().IsEmpty && !between.Trim().Equals("by", StringComparison.OrdinalIgnoreCase);
        if (LevelAfter().IsMatch(between) || between.IndexOfAnyInRange('0', '9') >= 0 || (isParticle && (between.Count(' ') > 3 || beforeVerb)) || bareBaseForm || between is " a " or " an ")
        {
            return null; // "gave up 517 yards" is a particle; "the price increase: ... $33790" a noun; "added a 30 degree homer" an object
        }

        return last.Groups["up"].Success ? "up" : "down";
    }

    /// <summary>
    /// The counted noun after the number, as written: a known unit of one to three words (<c>degrees Celsius</c>,
    /// <c>miles per hour</c>), the noun of a hyphenated compound (<c>six-cylinder engine</c>), else the head of the
    /// noun phrase: participles are dropped (<c>recorded songs</c>, <c>rushing yards</c>, but <c>shipping
    /// containers</c> stay), and the phrase ends at its first plural (<c>first-team players left</c>), at a rate
    /// (<c>barrel-a-day</c>), at a word that cannot be part of it, or after three words.
    /// </summary>
    private static (string? Unit, TextSpan? Span) Noun(string text, int from, bool one = false)
    {
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
            while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] is '°' or '/' or '²' || text[end] is '-' && end + 1 < text.Length && char.IsLetterOrDigit(text[end + 1])))
            {
                end++;
            }

            if (end == start || !(char.IsLetter(text[start]) || text[start] == '°') || StopWords.Contains(text[start..end]))
            {
                break;
            }

            words.Add(TextSpan.FromBounds(start, end));
            i = end;
        }

        for (var n = Math.Min(3, words.Count); n >= 1; n--)
        {
            var phrase = TextSpan.FromBounds(words[0].Start, words[n - 1].End);
            if (Units.IsKnown(text[phrase.Start..phrase.End]))
            {
                return (text[phrase.Start..phrase.End], phrase);
            }
        }

        var first = 0;
        while (first < words.Count - 1 && IsVerbForm(text, words[first]) && (text[words[first].End - 1] == 'd' || Units.IsKnown(text[words[first + 1].Start..words[first + 1].End])))
        {
            first++;
        }

        if (first < words.Count && text.AsSpan(words[first].Start, words[first].Length).EndsWith("ing", StringComparison.OrdinalIgnoreCase) && TakesObject().IsMatch(text.AsSpan(words[first].End)))
        {
            return (null, null); // "around 73 raising the prospect": a verb with its object, not a counted noun
        }

        var last = first;
        while (last < words.Count && last - first < 3)
        {
            var word = text.AsSpan(words[last].Start, words[last].Length);
            if (last > first && one && IsPlural(word))
            {
                break; // after "one" the counted noun is singular: in "one proposal asks" the plural is the verb
            }

            if (last > first && (IsVerbForm(text, words[last]) || word.EndsWith("ly", StringComparison.Ordinal) || (char.IsUpper(word[0]) && !char.IsUpper(text[words[first].Start]))))
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

    private static bool IsVerbForm(string text, TextSpan word)
    {
        var w = text.AsSpan(word.Start, word.Length);
        return w.Length > 4 && (w.EndsWith("ing", StringComparison.OrdinalIgnoreCase) || w.EndsWith("ed", StringComparison.OrdinalIgnoreCase)) && !Units.IsKnown(w.ToString());
    }

    private static bool IsPlural(ReadOnlySpan<char> word) =>
        word.Length > 3 && word[^1] == 's' && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal) && !word.EndsWith("is", StringComparison.Ordinal)
        || word is "people" or "men" or "women" or "children" or "feet";

    /// <summary>
    /// A number that names or ranks rather than counts: an ordinal or decade (<c>96th</c>, <c>2018s</c>), a number after
    /// a name or a naming word (<c>Big 12</c>, <c>iPhone 11</c>, <c>Game 7</c>, <c>category 4</c>), or the number of an
    /// address or a model before a proper name (<c>575 Wilbraham Road</c>, <c>787 Dreamliner</c>).
    /// </summary>
    private static bool NamesSomething(string text, Match m)
    {
        if (m.Groups["glued"].Value is "st" or "nd" or "rd" or "th" or "s" or "S" || m.Groups["sign"].Success || m.Groups["percent"].Success || m.Groups["scale"].Success)
        {
            return m.Groups["glued"].Value is "st" or "nd" or "rd" or "th" or "s" or "S";
        }

        // A number with its own unit is a quantity, whatever stands around it: "MacBook Pro 16 inch", "Tylenol 500mg", "6.1-inch Super Retina".
        var (next, _) = Noun(text, m.Index + m.Length);
        if (m.Groups["glued"].Success || (next is not null && Units.IsKnown(next.Split(' ')[0])))
        {
            return false;
        }

        var (word, wordStart) = PreviousWord(text, m.Index);
        if (word is { Length: > 0 } && !StopWords.Contains(word) && (NamingWords.Contains(word) || (word.Any(char.IsUpper) && !IsSentenceStart(text, wordStart - 1) && !Months.Contains(word[..Math.Min(3, word.Length)]))))
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

    private static (string? Word, int Start) PreviousWord(string text, int position)
    {
        var end = position;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        var start = end;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] is '&' or '.'))
        {
            start--;
        }

        return end > start && end < position ? (text[start..end], start) : (null, start);
    }

    private static bool IsSentenceStart(string text, int position)
    {
        var i = position;
        while (i >= 0 && text[i] is ' ' or '"' or '“')
        {
            i--;
        }

        return i < 0 || text[i] is '.' or '!' or '?' or '\n' or ':';
    }

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
        return (value is >= 1800 and <= 2100 || future) && Units.CurrencyBefore(text, m.Index) is null && Noun(text, m.Index + m.Length).Unit is null;
    }

    /// <summary><c>1.56pm</c>, <c>10 a.m.</c>, <c>9.30</c> before am/pm: a clock time, not a quantity.</summary>
    private static bool IsClockTime(string text, Match m) =>
        ClockSuffix().IsMatch(text.AsSpan(m.Groups["number"].Index + m.Groups["number"].Length, Math.Min(6, text.Length - (m.Groups["number"].Index + m.Groups["number"].Length))));

    /// <summary>
    /// The numeral's value: a plain number, a fraction (a fraction slash <c>1⁄32</c> always, a solidus only for a proper
    /// fraction of halves to 64ths, <c>3/4</c>, so that <c>24/7</c> and <c>9/11</c> are not read), or scientific notation.
    /// </summary>
    private static double? Fraction(Match m)
    {
        var number = Parse(m.Groups["number"].Value);
        if (m.Groups["slash"].Success)
        {
            var denominator = int.Parse(m.Groups["denominator"].Value, CultureInfo.InvariantCulture);
            if (denominator == 0 || (m.Groups["slash"].Value == "/" && (denominator is not (2 or 3 or 4 or 8 or 16 or 32 or 64) || number >= denominator)))
            {
                return null;
            }

            number /= denominator;
        }

        return m.Groups["exponent"].Success ? number * Math.Pow(10, int.Parse(m.Groups["exponent"].Value.Replace('−', '-'), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture)) : number;
    }

    private static double Parse(string number) => double.Parse(number.Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>The multiplier of a scale word; a bare <c>m</c> or <c>k</c> is a scale only for money.</summary>
    private static double Scale(string scale, bool money) => scale.ToLowerInvariant() switch
    {
        var s when s.StartsWith("hundred ", StringComparison.Ordinal) => 100 * Scale(s[8..], money),
        "thousand" => 1e3,
        "k" when money => 1e3,
        "million" or "mn" => 1e6,
        "m" when money => 1e6,
        "billion" or "bn" => 1e9,
        "trillion" or "tn" => 1e12,
        "hundred" => 1e2,
        "dozen" => 12,
        _ => 1,
    };

    [GeneratedRegex(@"^\s?(?:[ap]\.?m\.?|o'clock)(?![\p{L}])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ClockSuffix();

    [GeneratedRegex(@"^\s?(?:(?<dash>-|–|—)|to|and|or)\s?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RangeJoint();

    [GeneratedRegex(@"\b\p{Lu}[\p{L}'’\-]+,\s$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AppositiveAge();

    [GeneratedRegex(@"\b(?:by|in|until|till|before|after|through)\s$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex YearPreposition();

    [GeneratedRegex(@"\b(?:age\sof|aged)\s$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AgeOf();

    [GeneratedRegex(@"^\s(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those)\s", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TakesObject();

    [GeneratedRegex(@"\G\sof\s", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OfNoun();

    [GeneratedRegex(@"\G\sof\san?\s", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PartOf();

    [GeneratedRegex(@"\G\sof\s(?:the|its|his|her|their|our|my|your)\s", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OfTheNoun();

    [GeneratedRegex(@"\b(?:each|every|the\ssame|this|that|which|any|no)\s$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PronounOne();

    [GeneratedRegex(@"\b(?:a|an|another|one)\s(?<noun>\p{Ll}{3,})\sor\s$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OrTwo();

    [GeneratedRegex(@"^\s(?:to|at|from|towards?)\s(?:[\p{L}]+\s){0,2}\$?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LevelAfter();

    [GeneratedRegex(@"\b(?:gave|give|gives|giving|given|turn|turns|turned|turning|trade|trades|traded|back|set|make|makes|made|break|broke|shut|cut|cuts|pick|picked|sum|summed|end|ended\sup|wind|wound|step|stepped|play|played|slow|slowed)\s$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PhrasalVerb();

    [GeneratedRegex(@"^(?:rise|fall|drop|climb|gain|jump|grow|increase|decrease|decline|surge|soar|sink|slide|plunge)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex BaseForm();

    [GeneratedRegex(@"^(?:-,\s|-?\s(?:and|or)\s|\sof\s(?:the\s)?)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SharedUnitJoint();

    [GeneratedRegex(@"\bbetween\s\$?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Between();

    [GeneratedRegex(@"\bby\s(?:about\s|some\s)?\$?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ChangeBy();

    [GeneratedRegex(@"\b(?:between|from|range of|ranging from)\s(?:up\sto\s|about\s)?\$?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RangeOpener();

    [GeneratedRegex(@"\G[\s\-](?:per|a|an)[\s\-](?<unit>(?:square\s|cubic\s|sq\.?\s|cu\.?\s)?[\p{L}]+)(?!\s(?:earlier|later|ago|before|after)\b)(?![\p{L}])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PerUnit();
}
