using DocAnalysis.Testing;

namespace Company.DocPlugin.Tests;

public sealed class ContactFinderTests
{
    // The analyser under test from its startup, with the shipped credit-line stripper for the clean view it requires.
    private static readonly AnalyserTester Tester = AnalyserTester.Create(ContactFinder.Id, new Startup());

    [Fact]
    public void Finds_email_and_web_addresses() =>
        Tester.AssertMarkup("Write to [|press@acme.example|] or read [|https://acme.example/news?id=7|].");

    [Fact]
    public void Ignored_domains_come_from_the_options()
    {
        var tester = AnalyserTester.Create(ContactFinder.Id, new Startup(), new Dictionary<string, string?>
        {
            [$"{ContactFinder.Id}:ignoreDomains:0"] = "example.org",
        });

        tester.AssertMarkup("Ask [|desk@acme.example|], not tips@example.org.");
    }

    [Fact]
    public void A_contact_page_matches_its_snapshot()
    {
        var result = Tester.Analyse("Contact the newsroom at news@acme.example (or http://acme.example/contact).\nAn address without a domain, like user@localhost, is not one.\n");

        // The findings against Snapshots/contact-page.verified.txt; a change writes a page of it in the text around it.
        Tester.VerifySnapshot("contact-page", result);
    }
}
