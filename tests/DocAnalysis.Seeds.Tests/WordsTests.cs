using DocAnalysis.Host.Output;

namespace DocAnalysis.Seeds.Tests;

/// <summary>The counts and durations of the CLI's messages.</summary>
public sealed class WordsTests
{
    [Theory]
    [InlineData(1, "document", "1 document")]
    [InlineData(2, "document", "2 documents")]
    [InlineData(0, "date", "0 dates")]
    [InlineData(3, "quantity", "3 quantities")]
    [InlineData(2, "quantity-group", "2 quantity-groups")]
    [InlineData(2, "day", "2 days")]
    [InlineData(2, "box", "2 boxes")]
    [InlineData(2, "match", "2 matches")]
    [InlineData(12345, "attribution", "12,345 attributions")]
    public void Counts_take_the_regular_plural(int count, string noun, string expected) => Assert.Equal(expected, Words.Count(count, noun));

    [Theory]
    [InlineData(0.412, "0.4 s")]
    [InlineData(59.94, "59.9 s")]
    [InlineData(125, "2 min 5 s")]
    [InlineData(3780, "1 h 3 min")]
    public void Durations_are_short(double seconds, string expected) => Assert.Equal(expected, Words.Duration(TimeSpan.FromSeconds(seconds)));
}
