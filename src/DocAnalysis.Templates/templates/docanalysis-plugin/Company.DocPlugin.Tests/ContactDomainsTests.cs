using DocAnalysis.Testing;

namespace Company.DocPlugin.Tests;

public sealed class ContactDomainsTests
{
    // The analyser under test; the tester adds the contact finder it requires, and the credit-line stripper that one needs.
    private static readonly AnalyserTester Tester = AnalyserTester.Create(ContactDomains.Id, new Startup());

    [Fact]
    public void Each_domain_is_found_once_at_its_first_mention() =>
        Tester.AssertMarkup("Write to [|press@acme.example|] or desk@acme.example, read https://www.acme.example/news, or ask [|tips@other.example|].");

    [Fact]
    public void A_domain_says_how_often_and_how_it_is_mentioned()
    {
        var result = Tester.Analyse("Write to press@acme.example or desk@acme.example, or read https://www.acme.example/news.");

        var domain = Assert.Single(result.Annotations, a => a.Kind == ContactDomains.Kind);
        Assert.Equal("acme.example", domain.Attributes.GetString("domain"));
        Assert.Equal(3, domain.Attributes.GetNumber("mentions"));
        Assert.Equal("email, url", domain.Attributes.GetString("types"));
    }
}
