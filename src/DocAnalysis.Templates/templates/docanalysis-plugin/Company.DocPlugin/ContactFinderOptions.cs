namespace Company.DocPlugin;

/// <summary>
/// The analyser's options, bound from the <c>analysers:company-doc-plugin</c> section of docanalysis.json:
/// <code>{ "analysers": { "company-doc-plugin": { "ignoreDomains": ["example.org"] } } }</code>
/// </summary>
public sealed class ContactFinderOptions
{
    /// <summary>E-mail domains not to report, such as a newsroom's own.</summary>
    public List<string> IgnoreDomains { get; set; } = [];
}
