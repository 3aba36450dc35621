namespace DocAnalysis.Plugins.Numbers;

/// <summary>How two mentions were found to state one fact.</summary>
internal enum LinkKind
{
    /// <summary>The second restates the first in another unit, in parentheses.</summary>
    Conversion,

    /// <summary>The same value of the same thing, said again in another sentence.</summary>
    Restatement,

    /// <summary>Two tolls of the same event.</summary>
    Toll,

    /// <summary>The first replaces an earlier figure it names (<c>$42 a share, up from the earlier $20</c>).</summary>
    Revision,

    /// <summary>The second replaces the first, which the text calls initial (<c>initially 10, has risen to 12</c>).</summary>
    Update,
}

internal readonly record struct Link(int First, int Second, LinkKind Kind);

/// <summary>
/// The families of evidence that two mentions state the same fact, in the order they are tried (the first that holds
/// links the pair). A unit alone is never evidence: a 51% stake and a 25% ownership, a price and a loss in yen, the
/// deaths of two attacks are different facts. Each family is a small method with its examples; the table is
/// <see cref="Families"/>.
/// </summary>
internal static class Links
{
    /// <summary>The families, in order.</summary>
    public static readonly (string Name, LinkKind Kind, Func<TextLayer, Mention, Mention, double, bool> Holds)[] Families =
    [
        ("conversion", LinkKind.Conversion, Conversion),
        ("revision", LinkKind.Revision, Revision),
        ("update", LinkKind.Update, Update),
        ("toll", LinkKind.Toll, Toll),
        ("restatement", LinkKind.Restatement, Restatement),
    ];

    /// <summary>
    /// <c>#300 million ($473 million)</c>, <c>17 kilometers (10 miles)</c>, <c>2 pence (1.26 cents)</c>: a figure
    /// followed at once by another in parentheses, alone there, in another unit.
    /// </summary>
    private static bool Conversion(TextLayer layer, Mention a, Mention b, double tolerance)
    {
        if (b.Index != a.Index + 1 || a.Quantity.Unit == b.Quantity.Unit || a.Quantity.IsRange != b.Quantity.IsRange || (a.Quantity.Unit ?? b.Quantity.Unit) is null
            || IsRate(a.Quantity.Unit) != IsRate(b.Quantity.Unit))
        {
            return false;
        }

        var text = layer.Text;
        var gap = text.AsSpan(a.Quantity.Span.End, Math.Max(0, b.Quantity.Span.Start - a.Quantity.Span.End));
        var open = gap.IndexOf('(');
        if (open < 0 || gap.Length > 30 || gap[(open + 1)..].ContainsAny("(),;.") || gap[..open].ContainsAny(".;,") || !OnlyUnit(gap[..open], a.Quantity.UnitText))
        {
            return false;
        }

        var end = b.Quantity.Span.End;
        while (end < text.Length && end - b.Quantity.Span.End < 30 && (char.IsLetter(text[end]) || text[end] is ' ' or '.' or '-'))
        {
            end++;
        }

        return end < text.Length && text[end] is ')' or '/';
    }

    /// <summary>
    /// <c>LIN now plans to dole out $42 a share in cash, up from the earlier $20 amount.</c>: a figure, then <c>up from</c>
    /// or <c>down from</c> and the earlier, previous, initial or original figure it replaced. A comparison with another
    /// period (<c>down from $32.3 million a year ago</c>) names no earlier figure of the same fact.
    /// </summary>
    private static bool Revision(TextLayer layer, Mention a, Mention b, double tolerance)
    {
        if (b.Index != a.Index + 1 || a.Sentence != b.Sentence || (a.Quantity.Unit is { } unit && b.Quantity.Unit is { } other && unit != other && !other.StartsWith(unit, StringComparison.Ordinal) && !unit.StartsWith(other, StringComparison.Ordinal)))
        {
            return false;
        }

        var between = layer.TokensIn(new TokenRange(default, layer.TokenAt(a.Quantity.Span.End), layer.TokenAt(b.Quantity.Span.Start)));
        var words = between.Where(t => t.IsWord).Select(t => t.Lower).ToList();
        var from = words.IndexOf("from");
        return from > 0 && words[from - 1] is "up" or "down" && words.Skip(from + 1).Any(w => w is "earlier" or "previous" or "initial" or "original" or "prior");
    }

    /// <summary>
    /// <c>The death toll in the Tanzania blast, initially 10, has risen to 12</c>: a figure the text calls initial (or
    /// original, or first reported), then in the same sentence a verb of update and the figure that replaced it.
    /// </summary>
    private static bool Update(TextLayer layer, Mention a, Mention b, double tolerance)
    {
        if (b.Index != a.Index + 1 || a.Sentence != b.Sentence || !b.Updates || (a.Quantity.Unit is { } unit && b.Quantity.Unit is { } other && unit != other))
        {
            return false;
        }

        var first = layer.TokenAt(a.Quantity.Span.Start);
        var sentenceStart = layer.Sentences[a.Sentence].First;
        for (var k = first - 1; k >= Math.Max(sentenceStart, first - 3); k--)
        {
            if (layer.Tokens[k].Lower is "initially" or "originally" or "first")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <c>over 50 individuals ... were killed</c> (John Thomas), <c>the death toll then rose to about 135 soldiers</c>
    /// (TOLO), <c>the death toll rose to 140 people</c>: tolls of the same kind (killed or injured) of the same event —
    /// neither a part (<c>including 12 Americans</c>) nor a running total (<c>since 1985</c>, <c>last year</c>), no two
    /// different places named (<c>74 killed in Nairobi</c>, <c>seven dead in Dar es Salaam</c>), no two different years.
    /// Figures that disagree are the same toll only when a later one is an update (<c>rose to</c>) or two sources give
    /// them: a writer who gives two different tolls in their own voice is writing of two events (three killed in Boston,
    /// nine in Charleston).
    /// </summary>
    private static bool Toll(TextLayer layer, Mention a, Mention b, double tolerance)
    {
        if (a.Measure is null || a.Measure != b.Measure || a.Role != Role.Level || b.Role != Role.Level || a.Cumulative || b.Cumulative || a.Vague || b.Vague)
        {
            return false;
        }

        if (!a.Places.SetEquals(b.Places) && (a.Places.Count > 0 && b.Places.Count > 0 || !b.Updates))
        {
            return false;
        }

        if (Year(a.Time) is { } year && Year(b.Time) is { } other && year != other)
        {
            return false;
        }

        var (low, high) = a.Interval(tolerance);
        var (otherLow, otherHigh) = b.Interval(tolerance);
        if (Math.Max(low, otherLow) <= Math.Min(high, otherHigh))
        {
            return a.Sentence != b.Sentence || a.Source != b.Source;
        }

        return b.Updates || (a.Source is not null && b.Source is not null && a.Source != b.Source);
    }

    /// <summary>
    /// <c>the 28-page section</c> ... <c>28 pages related to the Saudis</c> ... <c>release the 28 pages</c>; <c>a four-year
    /// deal</c> ... <c>would last four years</c>: the same value of the same counted noun or unit, in another sentence.
    /// Not a name (<c>'13 Hours'</c>), an order of magnitude (<c>millions</c>), one (<c>one of the</c>), a part or a
    /// change, nor a figure said to be of another set (<c>a separate set of 27 delegates</c>); a percentage or a point is of the same whole (<c>35 percent of Mexican jobs</c> is not a <c>35 percent
    /// tariff</c>), as two polls' 44 percent are not one figure; a number of one significant digit is said again as a known one
    /// (<c>the 28 pages</c>, <c>those two billionaires</c>) or after the headline that gave it (<c>Verizon, striking
    /// unions reach four-year deal.</c> ... <c>would last four years</c>), as five years of tax returns and five years of
    /// a contract are not one figure. The counted noun may be the unit or the plural after the figure (<c>the three
    /// central and eastern European countries</c>, <c>the three countries</c>).
    /// </summary>
    private static bool Restatement(TextLayer layer, Mention a, Mention b, double tolerance)
    {
        var (qa, qb) = (a.Quantity, b.Quantity);
        var same = (a.Head is { Length: >= 3 } && a.Head == b.Head) || (a.Counted is not null && a.Counted == b.Counted);
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

        return share ? a.Whole is not null : SignificantDigits(qa.Low) >= 2;
    }

    /// <summary>A rate is another measure than an amount: <c>$102 million ($174 a vote)</c> is no conversion.</summary>
    private static bool IsRate(string? unit) => unit?.Contains(" per ", StringComparison.Ordinal) == true;

    /// <summary>Between a figure and its conversion stands only its unit: <c>Rubio (44 years old) and Cruz (45)</c> are two figures.</summary>
    private static bool OnlyUnit(ReadOnlySpan<char> before, string? unit)
    {
        var trimmed = before.Trim();
        return trimmed.IsEmpty || (unit is not null && trimmed.Equals(unit.AsSpan().Trim(), StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The significant digits of a value: 1,237 has four, $4.5 billion two, $100 million and 0.1 one.</summary>
    private static int SignificantDigits(double value)
    {
        var digits = Math.Abs(value).ToString("R", System.Globalization.CultureInfo.InvariantCulture).Split('E')[0].Replace(".", "", StringComparison.Ordinal).Trim('0');
        return digits.Length;
    }

    /// <summary><c>I was a million votes higher than Marco, one million votes.</c>: the next figure, set off by a comma, says it again.</summary>
    private static bool Apposition(TextLayer layer, Mention a, Mention b) =>
        b.Index == a.Index + 1 && a.Sentence == b.Sentence && layer.Text.AsSpan(a.Quantity.Span.End, b.Quantity.Span.Start - a.Quantity.Span.End).TrimEnd().EndsWith(",");

    /// <summary>The year of a TIMEX3 date value (<c>2017-04-21</c> → <c>2017</c>), or null for none or a reference (<c>PRESENT_REF</c>).</summary>
    public static string? Year(string? time) => time is { Length: >= 4 } && char.IsAsciiDigit(time[0]) ? time[..4] : null;
}
