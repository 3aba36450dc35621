using DocAnalysis;

namespace Company.DocPlugin;

/// <summary>
/// A second analyser that reads another's findings rather than the text: it requires the contact finder's
/// <c>contact</c> kind (the host runs that analyser first and passes its findings in <c>context.Annotations</c>) and
/// gives each organisation's domain one finding, at its first mention, with how often it is mentioned and how.
/// </summary>
public sealed class ContactDomains : IAnalyser
{
    /// <summary>The analyser's id.</summary>
    public const string Id = "company-doc-plugin-domains";

    /// <summary>The annotation kind it reports.</summary>
    public const string Kind = "contact-domain";

    public AnalyserDescriptor Descriptor { get; } = new(Id, "Company.DocPlugin domains", AnalyserDescriptor.VersionOf(typeof(ContactDomains)))
    {
        Requires = [ContactFinder.Kind],
        Provides = [Kind],
    };

    public void Analyse(IAnalysisContext context)
    {
        // Another analyser's findings, with spans into the text this analyser reads, put in the order of the text.
        var contacts = context.Annotations.Where(a => a.Kind == ContactFinder.Kind).OrderBy(a => a.Span.Start);
        foreach (var mentions in contacts.GroupBy(c => DomainOf(c, context.Text)).Where(g => g.Key is not null))
        {
            var first = mentions.First();
            context.Add(new Annotation(Kind, first.Span, new AnnotationAttributes
            {
                { "domain", mentions.Key },
                { "mentions", mentions.Count() },
                { "types", string.Join(", ", mentions.Select(m => m.Attributes.GetString("type")).Distinct().Order(StringComparer.Ordinal)) },
            }));
        }
    }

    /// <summary>An e-mail address's domain, or a web address's host without <c>www.</c>, in lower case.</summary>
    private static string? DomainOf(Annotation contact, string text)
    {
        if (contact.Attributes.GetString("domain") is { } domain)
        {
            return domain;
        }

        if (!Uri.TryCreate(text.Substring(contact.Span.Start, contact.Span.Length), UriKind.Absolute, out var url))
        {
            return null;
        }

        var host = url.Host.ToLowerInvariant();
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }
}
