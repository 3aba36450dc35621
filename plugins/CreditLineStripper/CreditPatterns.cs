using System.Text.RegularExpressions;

namespace DocAnalysis.Plugins.CreditLines;

/// <summary>
/// The shapes of credits, captions and boilerplate, each a small source-generated regex over one trimmed line.
/// Every quantifier is bounded or runs over a class its neighbour cannot match, so no input backtracks badly.
/// </summary>
internal static partial class CreditPatterns
{
    /// <summary>Agencies and image libraries that sign photos.</summary>
    public const string Agencies =
        @"AP|AFP|Reuters|REUTERS|EPA|EPA-EFE|Getty(?: Images)?|Shutterstock|Bloomberg|Xinhua|Sputnik|TASS|Anadolu(?: Agency)?|Alamy|NurPhoto|" +
        @"SOPA Images|ZUMA(?: Press| Wire)?|Zuma(?: Press| Wire)?|Pool|NASA|ESA|iStock(?:photo)?|Corbis|PA(?: Images| Wire)?|Rex(?: Features)?|WENN|UPI|dpa|DPA|" +
        @"Kyodo|Yonhap|IANS|ANI|PTI|EFE|Press Association|USA TODAY Sports|Imagn|Wikimedia Commons|Wikipedia|wikipedia|Flickr|AAP|CP|The Canadian Press|" +
        @"Associated Press|Agence France-Presse|Handout|Courtesy";

    /// <summary>A line that is a credit or copyright line as a whole.</summary>
    [GeneratedRegex(
        @"^(?:" +
        @"(?:©|\(c\)|Copyright\b|Image copyright\b|Photo copyright\b|Picture copyright\b)" + // © AP Photo/ NAME, Copyright © 2019 ...
        @"|@ ?(?:19|20)\d\d\b" + // @2016 - PenciDesign
        @"|\(?(?:[A-Z][A-Za-z]{1,12} )?(?:Photo|Photograph|Image|Picture|Video|Illustration|Graphic|Photo illustration|Images|Photos|Pictures)s?(?: credit| courtesy)?s? ?(?::|by\b)" + // Photo: NAME, AP
        @"|(?:Credits?|Image credit|Photo credit|Picture credit|Image source|Photo source) ?:" + // Credit: ESA
        @")",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    public static partial Regex CreditLead();

    /// <summary>A line made only of names joined by slashes or bars with an agency among them: <c>REUTERS/Name</c>, <c>Name/AFP/Getty Images</c>, <c>Name | Bloomberg | Getty Images</c>.</summary>
    [GeneratedRegex(
        @"^\(?(?:[\p{Lu}][\p{L}.&'’\-]*(?: (?:[\p{Lu}][\p{L}.&'’\-]*|of|de|van|von|via|for))*) ?[/|] ?" +
        @"(?:[\p{Lu}][\p{L}.&'’\-]*(?: (?:[\p{Lu}][\p{L}.&'’\-]*|of|de|van|von|via|for))* ?[/|] ?){0,4}" +
        @"(?:[\p{Lu}][\p{L}.&'’\-]*(?: (?:[\p{Lu}][\p{L}.&'’\-]*|of|de|van|von|via|for))*)(?:, File)?\)?$",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    public static partial Regex SlashedNames();

    /// <summary>An agency name as a whole word, to confirm a slashed line is a credit.</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:" + Agencies + @")(?![\p{L}])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    public static partial Regex Agency();

    /// <summary>A credit at the end of a caption line: <c>... (AP Photo/Name, File)</c>, <c>... (Image credit: X)</c>, <c>... REUTERS/Name</c>.</summary>
    [GeneratedRegex(
        @"\s(?:\((?:[A-Z][A-Za-z]{1,12} )?(?:Photo|Image|Picture|Video)s?(?: credit)? ?[:/][^()]{1,120}\)" +
        @"|\((?:Credit|Photo|Image)s? ?:[^()]{1,120}\)" +
        @"|(?:REUTERS|Reuters|AFP|EPA|AP)/[\p{Lu}][^/()]{1,60})\.?$",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    public static partial Regex TrailingCredit();

    /// <summary>An AP-style caption ending: <c>..., in Kabul, Afghanistan, Tuesday, Sept. 17, 2013</c>, perhaps followed by <c>(File)</c>.</summary>
    [GeneratedRegex(
        @",\s(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)\.?\s\d{1,2},\s(?:19|20)\d\d\.?(?:\s\((?:File|AP Photo[^()]{0,80})\))?$",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    public static partial Regex ApCaptionEnding();

    /// <summary>A caption announced as one: <c>Image caption ...</c>, <c>Above: ...</c>, <c>Pictured: ...</c>.</summary>
    [GeneratedRegex(@"^(?:Image caption|Caption|Above|Below|Pictured|Top|Left|Right|Main image|Photo caption)\b\s*:?\s+\S", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    public static partial Regex CaptionLead();

    /// <summary>Boilerplate that announces itself: e-mail placeholders, submission and subscription prompts, rights notices.</summary>
    [GeneratedRegex(
        @"\[email(?:\s|&#160;)?protected\]|\bSend (?:us )?(?:your )?(?:stories|news|tips|press releases)\b|\bAll [Rr]ights? [Rr]eserved\b|" +
        @"\b(?:Sign up|Subscribe) (?:for|to) (?:our|the)\b|\bFollow us on\b|\bClick here to\b|\bDownload (?:our|the) app\b",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    public static partial Regex BoilerplatePhrase();

    /// <summary>A publisher describing itself: <c>The X News Agency is the leading and largest English news service ...</c>.</summary>
    [GeneratedRegex(
        @"^(?:The )?[\p{Lu}][\p{L}.&'’\-]*(?: [\p{Lu}][\p{L}.&'’\-]*){0,6} (?:is|are) (?:the|a|an) (?:[a-z\-]+ ){0,5}(?:leading|largest|premier|independent|only|first|biggest|top|trusted)\b[^.]{0,120}\b(?:news|media|publisher|publication|agency|newspaper|magazine|website|service|outlet|network)\b",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    public static partial Regex PublisherSelfDescription();

    /// <summary>A short navigation or sharing prompt standing alone on its line.</summary>
    [GeneratedRegex(
        @"^(?:[•·▪]\s*[\p{Lu}][\p{L}.&'’\- ]{1,40}|Share(?: this)?(?: article| story| on \w+)?|Tweet|Email|Print|Subscribe|Advertisement|ADVERTISEMENT|Read more|Read More|Related(?: Articles| Stories| coverage)?:?|Recommended|Comments?|More from [\p{L} ]{1,40}|Sign up|Log in|Loading\.*)$",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    public static partial Regex NavigationLine();

    /// <summary>A four-digit year from 1900 to 2099.</summary>
    [GeneratedRegex(@"(?<!\d)(?:19|20)\d\d(?!\d)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    public static partial Regex Year();
}
