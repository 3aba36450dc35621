using DocAnalysis.Plugins.CreditLines;
using FsCheck;
using FsCheck.Fluent;

namespace DocAnalysis.Plugins.Tests.CreditLines;

/// <summary>
/// The trailing-credit pattern runs only on lines holding one of its marks or ending with a bare agency
/// (<see cref="CreditPatterns.FindTrailingCredit"/>): on any line it finds what the pattern finds on every line.
/// </summary>
public sealed class TrailingCreditTests
{
    private static readonly string[] Pieces =
    [
        "The", "minister", "said", "on", "Friday", "in", "Kabul", ".", ",", " ", " ", " ", "(", ")", ":", "/", "©", "\n",
        "Photo", "photos", "Image", "Picture", "Pictured", "Video", "Credit", "Credits", "Source", "courtesy", "by", "file",
        "AP", "AFP", "EPA", "REUTERS", "Reuters", "Getty", "Getty Images", "Shutterstock", "Statista", "Alamy", "iStock",
        "NASA", "ESA", "Wikimedia Commons", "Jude Guidry", "J. Scott Applewhite", "2018", "use", "!", "?", "—",
        "Credit:", "Photo:", "Pictured:", "(Photo:", "(credit:", "(Source:", "(AP", "Photo/Name)", "REUTERS/Kevin", "AP/",
        "Lamarque/AFP", "/", "(Name/Getty", "Images)", "©Inexhibit,", "photos",
    ];

    private static Arbitrary<string> LineTexts() =>
        Gen.ListOf(Gen.Elements(Pieces)).Select(pieces => string.Join(" ", pieces.Take(24))).ToArbitrary();

    private static string Describe(System.Text.RegularExpressions.Match? match) =>
        match is { Success: true } ? $"{match.Index}+{match.Length}" : "none";

    [Fact]
    public void Lines_without_a_mark_or_a_bare_agency_at_the_end_are_never_credits() =>
        Prop.ForAll(LineTexts(), line => Describe(CreditPatterns.FindTrailingCredit(line)) == Describe(CreditPatterns.TrailingCredit().Match(line)))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(5000));

    [Theory]
    [InlineData("A cross-section of the module showing the crew quarters. Credit: ESA")]
    [InlineData("Flames rise over the hills above the town. Photo: Jude Guidry")]
    [InlineData("The pavilion at night, photos © Inexhibit, 2018")]
    [InlineData("Demonstrators gather outside parliament. (AP Photo/Name, File)")]
    [InlineData("Use of the image is restricted to editorial use. Getty")]
    [InlineData("The rocket lifts off from the pad. NASA.")]
    [InlineData("Officials said the talks would resume on Monday")]
    public void News_lines_are_found_as_the_pattern_finds_them(string line) =>
        Assert.Equal(Describe(CreditPatterns.TrailingCredit().Match(line)), Describe(CreditPatterns.FindTrailingCredit(line)));
}
