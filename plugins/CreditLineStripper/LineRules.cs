using System.Text.RegularExpressions;

namespace DocAnalysis.Plugins.CreditLines;

/// <summary>A whole-line rule: a name (for tests and debugging), the label it gives, how sure it is, and its pattern over a trimmed line.</summary>
internal sealed record LineRule(string Name, string Label, double Confidence, Regex Pattern);

/// <summary>
/// The whole-line rules, in the order they are tried; the first that matches labels the line. Each is one shape of
/// credit, caption or boilerplate seen across many publishers, never one site's wording.
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

    /// <summary>A rights line anywhere in a short line: <c>The contents of this site are ©2019 X Corp.</c>, <c>This document is subject to copyright.</c></summary>
    [GeneratedRegex(@"^.{0,80}(?:©\s?(?:19|20)\d\d\b|\bsubject to copyright\b|\bCopyright\s(?:©\s?)?(?:19|20)\d\d\b)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Copyright();

    /// <summary>A byline: <c>By Mike Wuerthele and Malcolm Owen</c>, <c>Meg Kinnard and Errin Haines, Associated Press</c>, <c>Steve Peoples, AP National Political Writer</c>.</summary>
    [GeneratedRegex(
        @"^(?:By\s[\p{Lu}][^.!?]{0,100}" +
        @"|[\p{Lu}][\p{L}.'’\-]+(?:\s[\p{Lu}][\p{L}.'’\-]+){1,3}(?:(?:,|\sand)\s[\p{Lu}][\p{L}.'’\-]+(?:\s[\p{Lu}][\p{L}.'’\-]+){1,3})*,?\s(?:Associated Press|The Associated Press|Reuters|AFP|AP|USA TODAY|Bloomberg)(?:\s[\p{L}\s]{0,40}(?:Writer|Reporter|Correspondent|Editor))?)$",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Byline();

    /// <summary>A line that only dates the page: <c>Published 7:07 PM EST Nov 19, 2019</c>, <c>Updated 12:24 am EST, Wednesday, November 20, 2019</c>, <c>Monday, November 18, 2019</c>.</summary>
    [GeneratedRegex(
        @"^(?:(?:Published|Updated|Posted|Last updated|First published)(?:\son)?:?\s(?=[^.]{0,60}\d)[^\p{Ll}]{0,8}[\p{L}\d,:.\s\-/()]{0,70}" +
        @"|(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s)?(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)\s\d{1,2},?\s\d{4}(?:,?\s(?:-\s)?\d{1,2}:\d\d(?:\s?[apAP]\.?[mM]\.?)?(?:\s[A-Z]{2,4})?(?:\s\([^()]{0,30}\))?)?" +
        @"|\d{1,2}:\d\d\s?(?:[apAP]\.?[mM]\.?)?\s?(?:[A-Z]{2,4})?,?\s(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s)?(?:[A-Z][a-z]{2,8}\.?)\s\d{1,2},?\s\d{4})$",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Timestamp();

    /// <summary>Gallery and slide counters: <c>6</c>, <c>Image 2 of 5</c>, <c>1/12</c>.</summary>
    [GeneratedRegex(@"^(?:\d{1,3}|(?:Image|Photo|Picture|Slide|Video)\s\d{1,3}\s(?:of|/)\s\d{1,3}|\d{1,3}\s?/\s?\d{1,3})$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex GalleryCounter();

    /// <summary>Pointers to other articles: <c>Related: ...</c>, <c>READ MORE: ...</c>, <c>SEE MORE: ...</c>, <c>You may also like...</c>.</summary>
    [GeneratedRegex(
        @"^(?:(?:Related(?:\s(?:Articles?|Stories|Story|Coverage|Content|Links?|Reading|News))?|READ MORE|Read [Mm]ore|SEE MORE|See [Mm]ore|ALSO READ|Also [Rr]ead|MORE|WATCH|Watch|LISTEN|DON'T MISS|Don't [Mm]iss|RECOMMENDED|Recommended|Trending|TRENDING|Most [Rr]ead|MOST READ|Top [Ss]tories|Latest|LATEST|Editor's [Pp]icks?|More [Gg]reat [\p{L} ]{1,30}[Ss]tories|More from [\p{L}\s&'’.]{1,40})\s?:?.{0,200}" +
        @"|You (?:may|might) (?:also )?(?:like|enjoy|be interested in)\.*|Recommended for you|More [Ss]tories|Related)$",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MorePrompt();

    /// <summary>A teaser headline tagged by its publisher: <c>Plane passengers quarantined after outbreak [NEWS]</c>, <c>... [ VIDEO]</c>.</summary>
    [GeneratedRegex(@"\[\s?(?:NEWS|INSIGHT|WARNING|VIDEO|PICS|POLL|REVEAL|LATEST|LIVE|UPDATE|OPINION|ANALYSIS)\s?\]\|?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TeaserTag();

    /// <summary>Notes from the newsroom: <c>... contributed to this report.</c>, <c>X is a reporter for NBC News.</c>, <c>Reach the reporter at ...</c>.</summary>
    [GeneratedRegex(
        @"\bcontributed (?:to )?(?:this|the) (?:report|story|article)\.?$" +
        @"|^[\p{Lu}][\p{L}.'’\-]+(?:\s[\p{Lu}][\p{L}.'’\-]+){1,3}\s(?:\([^()]{1,60}\)\s)?is (?:a|an|the) (?:[\p{L}\-]+\s){0,4}(?:reporter|writer|correspondent|editor|columnist|journalist|contributor|producer|publisher)\b" +
        @"|^(?:Reach|Contact|Email) (?:the )?(?:reporters?|writers?|authors?|editors?|us)\b" +
        @"|^Have a (?:news )?tip\?" +
        @"|\bmay be reached at\b|^Follow (?:him|her|them|us|@)\b|^Citation:",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NewsroomNote();

    /// <summary>What the page says around the article: players, cookies, comments, newsletters, app prompts.</summary>
    [GeneratedRegex(
        @"\bMedia playback is unsupported\b|\benable JavaScript\b|\buses cookies\b|\bcookie policy\b|\bmoderating (?:all )?comments\b|\bTell us what (?:YOU|you) think\b|" +
        @"\b(?:GET|Get|Download) THE [\p{Lu} ]{2,30} APP\b|\bCLICK HERE\b|\b(?:Sign up|Subscribe|sign up|subscribe)\b.{0,60}\bnewsletters?\b|\bdelivered (?:to your inbox|weekday mornings)\b|\bmeet your inbox\b|" +
        @"^(?:Advert|Advertisement|ADVERTISEMENT|Sponsored|SPONSORED|Share Submit|Share this:?|Comments?|comments|SUBSCRIBE|Subscribe|VIDEO|Video|Watch:?|PHOTOS|Listen|Print|Email|Facebook|Twitter|WhatsApp|Pinterest|LinkedIn|Reddit|Close|Skip Ad|Loading\.*|Sign in|Log in|Register)$",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PageFurniture();
}
