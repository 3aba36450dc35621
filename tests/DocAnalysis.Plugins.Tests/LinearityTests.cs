using System.Text;

namespace DocAnalysis.Plugins.Tests;

/// <summary>
/// Adversarial texts cost the analysers work in proportion to their length. Work is counted as bytes allocated by
/// the whole pipeline (all four analysers), not as time: four times the text may allocate at most six times as
/// much (linear is four, quadratic sixteen; a run-on sentence allocated eleven times as much before sentences were
/// bounded). Timings belong to bench/, never to a test.
/// </summary>
[Collection(nameof(LinearityTests))]
[CollectionDefinition(nameof(LinearityTests), DisableParallelization = true)]
public sealed class LinearityTests
{
    [Theory]
    [InlineData("the official said that ")] // one run-on sentence of reported speech
    [InlineData("said told according to said Smith ")] // a soup of cues
    [InlineData("Alpha Bravo Charlie Delta Echo Foxtrot ")] // capitalised words, no sentence end
    [InlineData("Monday January last week next year spring ")] // date words in a row
    [InlineData("1234567 ")] // numbers in a row
    [InlineData("twenty-one thousand and a half million dozens of ")] // number words in a row, no sentence end
    [InlineData("Monday twenty-one January thousand last week and a half next year million spring dozens of ")] // dates and figures in one sentence
    [InlineData("Tuesday, Sept. 17, 2013 the week of March ")] // months with days in a row
    [InlineData("\"He said \" ")] // quote marks
    [InlineData("a.b.c.d.e.f.g.h.i.j.")] // letters and dots, an abbreviation that never ends
    [InlineData("Police said 40 people were killed in the blast. Officials said 90 people were killed. ")] // tolls that conflict, every one linked
    [InlineData("Congress may release the 28 pages. The 28 pages stay secret. ")] // one figure said again and again: one group
    [InlineData("#300 million ($473 million) and the death toll, initially 10, has risen to 12, ")] // conversions and updates in one sentence
    public void Four_times_the_text_costs_at_most_six_times_the_work(string unit)
    {
        var small = Allocated(Repeat(unit, 16 * 1024));
        var large = Allocated(Repeat(unit, 64 * 1024));

        Assert.True(large <= 6 * small, $"16 KB allocated {small:N0} bytes, 64 KB {large:N0} ({(double)large / small:0.0}x)");
    }

    [Fact]
    public void A_number_too_long_for_a_double_is_refused_alone()
    {
        var text = "The company said it had " + new string('9', 400) + " customers and 12 stores.";

        var result = Testers.Numbers.Analyse(text, Testers.PublishedOn("2017-04-26"));

        Assert.Empty(result.Diagnostics);
        Assert.Equal(["12"], result.Annotations.Where(a => a.Kind == "quantity").Select(a => text[a.Span.Start..a.Span.End]));
    }

    [Fact]
    public void The_date_normaliser_stops_within_a_document_once_cancelled()
    {
        var text = Repeat("Monday January last week next year spring ", 64 * 1024);
        var resolver = new DocAnalysis.Plugins.Dates.DateResolver(DocAnalysis.Plugins.Dates.Anchor.None);

        Assert.ThrowsAny<OperationCanceledException>(() => resolver.Resolve(TextLayer.Create(text), new CancellationToken(canceled: true)));
    }

    [Fact]
    public void The_number_reconciler_stops_within_a_document_once_cancelled()
    {
        var text = Repeat("1234567 and two dozen ", 64 * 1024);

        Assert.ThrowsAny<OperationCanceledException>(() => DocAnalysis.Plugins.Numbers.QuantityExtractor.Extract(TextLayer.Create(text), [], new CancellationToken(canceled: true)));
    }

    private static long Allocated(string text)
    {
        Testers.Numbers.Analyse(text[..Math.Min(text.Length, 2048)], Testers.PublishedOn("2017-04-26"));
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var result = Testers.Numbers.Analyse(text, Testers.PublishedOn("2017-04-26"));
        Assert.Empty(result.Diagnostics);
        return GC.GetTotalAllocatedBytes(precise: true) - before;
    }

    private static string Repeat(string unit, int length)
    {
        var text = new StringBuilder(length + unit.Length);
        while (text.Length < length)
        {
            text.Append(unit);
        }

        return text.ToString(0, length);
    }
}
