namespace DocAnalysis.Plugins.Tests;

/// <summary>
/// Decimal digits other than 0–9 (Arabic-Indic, Devanagari, full-width) where news puts numbers and dates: patterns read
/// numbers in 0–9 only, so such a figure is left alone; before, a pattern's <c>\d</c> took it and parsing it failed
/// the whole document's dates or quantities.
/// </summary>
public sealed class OtherDigitsTests
{
    private const string News =
        "16:55 GMT +3 26 April 2017\nOn March 3, 2013 and 17 September 2013 the fund lost $4.5 million (25%), 1/16 of 1.99×10−30, " +
        "at 10:30 a.m. EST on 2016-04-26 and 4/26/2016, in the 1990s, the 19th century, the 1988 second quarter, the winter of 1998, " +
        "Christmas 2016, three years, 2 1/2 years, 10 days ago, in 1996, 12,000 people, 3.5 kg, by 2120.";

    public static TheoryData<string> Texts()
    {
        var data = new TheoryData<string>();
        foreach (var zero in new[] { '\u0660', '\u0966', '\uFF10' })
        {
            data.Add(string.Concat(News.Select(c => char.IsAsciiDigit(c) ? (char)(zero + c - '0') : c)));
            data.Add(string.Concat(News.Select((c, i) => char.IsAsciiDigit(c) && i % 2 == 1 ? (char)(zero + c - '0') : c)));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Other_digits_fail_no_analyser(string text)
    {
        foreach (var tester in new[] { Testers.CreditLines, Testers.Dates, Testers.Attributions, Testers.Numbers })
        {
            Assert.Empty(tester.Analyse(text, Testers.PublishedOn("2017-04-26")).Diagnostics);
        }
    }
}
