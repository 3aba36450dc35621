using DocAnalysis;

namespace Company.DocPlugin;

/// <summary>
/// Finds e-mail addresses and web addresses in the clean view, the article without its photo credits, captions
/// and publisher boilerplate (the credit-line stripper derives it; this analyser requires it), each with the sentence
/// it stands in, from the text layer the host shares between analysers.
/// </summary>
public sealed class ContactFinder(ContactFinderOptions options) : IAnalyser
{
    /// <summary>The analyser's id: its options live under analysers:company-doc-plugin in docanalysis.json.</summary>
    public const string Id = "company-doc-plugin";

    /// <summary>The annotation kind it reports.</summary>
    public const string Kind = "contact";

    public AnalyserDescriptor Descriptor { get; } = new(Id, "Company.DocPlugin", AnalyserDescriptor.VersionOf(typeof(ContactFinder)))
    {
        Requires = [Views.Clean],
        Provides = [Kind],
        // How the HTML report and the page of docanalysis serve draw it: a highlight colour, the fields shown first.
        Displays = [new(Kind) { Colour = "#ffd8b1", Fields = ["type", "sentence"] }],
    };

    public void Analyse(IAnalysisContext context)
    {
        // The text of the view this analyser reads (clean): spans index into it, and the host maps them back to the
        // exact characters of the original document.
        var text = context.Text;

        // Tokens, sentences and paragraphs of this view, computed once by the host for every analyser that reads them:
        // never split the text into sentences or words yourself.
        var layer = context.Layer;
        var urls = ContactScanner.WebAddresses(text).ToList();
        foreach (var span in urls)
        {
            context.Add(new Annotation(Kind, span, new AnnotationAttributes { { "type", "url" }, { "sentence", SentenceOf(layer, span) } }));
        }

        foreach (var span in ContactScanner.EmailAddresses(text))
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var address = text.Substring(span.Start, span.Length);
            var domain = address[(address.IndexOf('@') + 1)..].ToLowerInvariant();
            if (urls.Any(url => url.OverlapsWith(span)) || options.IgnoreDomains.Contains(domain, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            context.Add(new Annotation(Kind, span, new AnnotationAttributes { { "type", "email" }, { "domain", domain }, { "sentence", SentenceOf(layer, span) } }));
        }
    }

    /// <summary>The sentence a span starts in: every character but white space lies in one sentence of the layer.</summary>
    private static TextSpan SentenceOf(TextLayer layer, TextSpan span) => layer.Sentences[layer.SentenceAt(span.Start)].Span;
}
