using System.Text.RegularExpressions;

namespace DocAnalysis.Plugins.CreditLines;

/// <summary>A whole-line rule: a name (for tests and debugging), the label it gives, how sure it is, and its pattern over a trimmed line.</summary>
internal sealed record LineRule(string Name, string Label, double Confidence, Regex Pattern);

/// <summary>
/// The whole-line rules, in the order they are tried; the first that matches labels the line. Each is one shape of
/// credit, caption or boilerplate seen across many publishers, never one site's wording. This class's own rules are
/// each a file of <c>Rules/</c> with its pattern and examples: a new family is a file there and a line here.
/// </summary>
internal static partial class LineRules
{
    public static IReadOnlyList<LineRule> All { get; } =
    [
        new("copyright", Labels.Credit, 0.95, Copyright()),
        new("credit-lead", Labels.Credit, 0.95, CreditPatterns.CreditLead()),
        new("caption-lead", Labels.Caption, 0.9, CreditPatterns.CaptionLead()),
        new("byline", Labels.Boilerplate, 0.9, Byline()),
        new("timestamp", Labels.Boilerplate, 0.9, Timestamp()),
        new("gallery-counter", Labels.Boilerplate, 0.9, GalleryCounter()),
        new("more-prompt", Labels.Boilerplate, 0.9, MorePrompt()),
        new("teaser-tag", Labels.Boilerplate, 0.85, TeaserTag()),
        new("newsroom-note", Labels.Boilerplate, 0.85, NewsroomNote()),
        new("page-furniture", Labels.Boilerplate, 0.85, PageFurniture()),
        new("navigation", Labels.Boilerplate, 0.8, CreditPatterns.NavigationLine()),
        new("publisher-phrase", Labels.Boilerplate, 0.8, CreditPatterns.BoilerplatePhrase()),
        new("publisher-self-description", Labels.Boilerplate, 0.8, CreditPatterns.PublisherSelfDescription()),
    ];
}
