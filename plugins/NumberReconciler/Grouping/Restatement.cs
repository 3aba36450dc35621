namespace DocAnalysis.Plugins.Numbers;

// A restatement: the 28-page section · the 28 pages; a four-year deal (headline) · would last four years; the union invested $10 million
// in the mine · the union invested $10 million and took a stake; two hedge fund billionaires · two billionaire hedge fund managers;
// not five years of returns and a five-year law
internal static partial class Links
{
    /// <summary>
    /// <c>the 28-page section</c> ... <c>28 pages related to the Saudis</c> ... <c>release the 28 pages</c>; <c>a four-year
    /// deal</c> ... <c>would last four years</c>: the same value of the same counted noun or unit, in another sentence.
    /// Not a name (<c>'13 Hours'</c>), an order of magnitude (<c>millions</c>), one (<c>one of the</c>), a part or a
    /// change, nor a figure said to be of another set (<c>a separate set of 27 delegates</c>); a percentage or a point is of the same whole (<c>35 percent of Mexican jobs</c> is not a <c>35 percent
    /// tariff</c>), as two polls' 44 percent are not one figure; a number of one significant digit is said again as a known one
    /// (<c>the 28 pages</c>, <c>those two billionaires</c>) or after the headline that gave it (<c>Verizon, striking
    /// unions reach four-year deal.</c> ... <c>would last four years</c>), as five years of tax returns and five years of
    /// a contract are not one figure, unless two content words around it say it again (<c>the miners' union invested $10
    /// million</c>, <c>the coal miners' union invested $10 million</c>). The counted noun may be the unit or the plural
    /// after the figure (<c>the three central and eastern European countries</c>, <c>the three countries</c>), or one
    /// figure's counted noun a word of the other's unit (<c>two hedge fund billionaires</c>, <c>two billionaire hedge fund
    /// managers</c>).
    /// </summary>
    private static bool Restatement(TextLayer layer, Mention a, Mention b, double tolerance)
    {
        var (qa, qb) = (a.Quantity, b.Quantity);
        var same = (a.Head is { Length: >= 3 } && a.Head == b.Head) || (a.Counted is not null && a.Counted == b.Counted)
            || (a.Counted is not null && b.Counted is not null && (Names(a.Quantity.Unit, b.Counted) || Names(b.Quantity.Unit, a.Counted)));
        if (!same || (a.Sentence == b.Sentence && !Apposition(layer, a, b)) || a.Role != b.Role || a.Role is Role.Name or Role.Part
            || a.Role == Role.Baseline || qa.Unit == "year of age" || a.Vague || b.Vague || qa.Low != qb.Low || qa.High != qb.High || qa.Low is 0 or 1 || (a.Role == Role.Change && qa.Qualifier != qb.Qualifier))
        {
            return false;
        }

        var (low, high) = a.Interval(tolerance);
        var (otherLow, otherHigh) = b.Interval(tolerance);
        if (Math.Max(low, otherLow) > Math.Min(high, otherHigh))
        {
            return false; // "$23 million" and "more than $23 million" are not one figure said again
        }

        // Said again as a known one, after the headline that gave it, or with the comma of an apposition, a figure is
        // the same. Otherwise a share is the same only of the same whole ("11% of Democratic claims" is not "11% of
        // Republican claims"; "48 percent chose Clinton" is not "48 percent chose Rubio"), and a number of one
        // significant digit recurs by chance (five years, three doctors, $100 million).
        var share = qa.Unit is "percentage" or "percentage point" or "point";
        if (b.Another || (share && a.Whole != b.Whole))
        {
            return false; // "another 24 delegates", "a separate set of 27"; "50% of its capital" and "the 50% stake"; "as much as 30%" and "the 30% threshold"
        }

        if (b.Definite || Apposition(layer, a, b) || b.Echoes == a.Index || qa.IsRange)
        {
            return true;
        }

        return share ? a.Whole is not null : SignificantDigits(qa.Low) >= 2 || a.Context.Count(b.Context.Contains) >= 2;
    }

    /// <summary>The unit holds the noun as one of its words: <c>billionaire hedge fund</c> names <c>billionaire</c>.</summary>
    private static bool Names(string? unit, string noun) => unit is not null && unit.Split(' ').Contains(noun);

    /// <summary>The significant digits of a value: 1,237 has four, $4.5 billion two, $100 million and 0.1 one.</summary>
    private static int SignificantDigits(double value)
    {
        var digits = Math.Abs(value).ToString("R", System.Globalization.CultureInfo.InvariantCulture).Split('E')[0].Replace(".", "", StringComparison.Ordinal).Trim('0');
        return digits.Length;
    }

    /// <summary><c>I was a million votes higher than Marco, one million votes.</c>: the next figure, set off by a comma, says it again.</summary>
    private static bool Apposition(TextLayer layer, Mention a, Mention b) =>
        b.Index == a.Index + 1 && a.Sentence == b.Sentence && layer.Text.AsSpan(a.Quantity.Span.End, b.Quantity.Span.Start - a.Quantity.Span.End).TrimEnd().EndsWith(",");
}
