using System.Buffers;
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

    /// <summary>The agencies <see cref="TrailingCredit"/> takes alone at the end of a line after a sentence, without a slash or a colon.</summary>
    private const string BareAgencyNames = "Getty Images|Getty|Shutterstock|Statista|Alamy|iStock|Reuters|AFP|AP|EPA|NASA|ESA|Wikimedia Commons";

    /// <summary>A line that is a credit or copyright line as a whole.</summary>
    [GeneratedRegex(
        @"^(?:" +
        @"(?:©|\(c\)|Copyright\b|Image copyright\b|Photo copyright\b|Picture copyright\b)" + // © AP Photo/ NAME, Copyright © 2019 ...
        @"|@ ?(?:19|20)\d\d\b" + // @2016 - PenciDesign
        @"|\(?(?:[A-Z][A-Za-z]{1,12} )?(?:Photo|Photograph|Image|Picture|Video|Illustration|Photo illustration|Images|Photos|Pictures)s?(?: credit| courtesy)?s? ?(?::|by\b)" + // Photo: NAME, AP
        @"|\(?All (?:photos|photographs|images|pictures) ?:" + // (All photos: NAME)
        @"|\(?(?:Credits?|Image credit|Photo credit|Picture credit|Image source|Photo source) ?:" + // Credit: ESA; (Credit: NAME / Grist)
        @"|\((?:Artist|Artwork|Art|Illustrator)s? ?:" + // (Artist: NAME): who drew the picture
        @")",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    public static partial Regex CreditLead();

    /// <summary>
    /// A line made only of names joined by slashes or bars with an agency among them: <c>REUTERS/Name</c>,
    /// <c>Name/AFP/Getty Images</c>, <c>Name | Bloomberg | Getty Images</c>; a part may be one word in lower case, a
    /// photographer's handle or a library's own spelling (<c>evgenyb/iStock/Getty Images</c>).
    /// </summary>
    [GeneratedRegex(
        @"^\(?(?:" + NamePart + @") ?[/|] ?" +
        @"(?:(?:" + NamePart + @") ?[/|] ?){0,4}" +
        @"(?:" + NamePart + @")(?:, File)?\)?$",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    public static partial Regex SlashedNames();

    /// <summary>One part of a slashed credit: capitalised words (with the particles of names), or one word in lower case.</summary>
    private const string NamePart =
        @"[\p{Lu}][\p{L}.&'’\-]*(?: (?:[\p{Lu}][\p{L}.&'’\-]*|of|de|van|von|via|for))*|[\p{Ll}][\p{L}\d_.\-]{1,30}";

    /// <summary>An agency name as a whole word, to confirm a slashed line is a credit.</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:" + Agencies + @")(?![\p{L}])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    public static partial Regex Agency();

    /// <summary>
    /// A credit at the end of a caption line: <c>... (AP Photo/Name, File)</c>, <c>... (credit: NASA/Jude Guidry)</c>,
    /// <c>... (Photo by Name/Getty Images)</c>, <c>... sought treatment Credit: EPA</c>, <c>... photos © Inexhibit, 2018</c>,
    /// <c>... 2019. J. Scott Applewhite / AP file</c>, <c>... REUTERS/Name</c>, <c>... use. Getty</c>.
    /// </summary>
    [GeneratedRegex(
        @"\s(?:\((?:[A-Z][A-Za-z]{1,12} )?(?:[Pp]hotos?|[Ii]mages?|[Pp]ictures?|[Vv]ideo)(?: [Cc]redit| [Cc]ourtesy)? ?(?::|/|by\b)[^()]{1,120}\)" +
        @"|\((?:[Cc]redits?|[Ss]ource) ?:[^()]{1,120}\)" +
        @"|(?:Credits?|Photo credit|Image credit|Picture credit|Photo|Photograph|Image|Picture|Pictured|Illustration|Composite):\s[^.!?:]{1,80}" +
        @"|(?:[Pp]hotos?|[Ii]mages?|[Pp]ictures?\s)?\s?©\s?[^.!?]{1,60}" +
        @"|(?:REUTERS|Reuters|AFP|EPA|AP)/\s?[\p{Lu}][^/()]{1,60}" +
        @"|(?<=[.!?]\s)(?:[\p{Lu}][\p{L}.'’\-]*\s){1,3}[\p{Lu}][\p{L}.'’\-]*\s?/\s?(?:" + Agencies + @")(?:\s(?:file|File|Photo|photo|Images))?" +
        @"|(?<=[.!?]\s)(?:" + BareAgencyNames + ")" +
        @"|(?<=[.!?]\s)\((?:" + BareAgencyNames + @")\)" +
        @"|\((?:[\p{Lu}][\p{L}.&'’\-]*(?:\s[\p{Lu}][\p{L}.&'’\-]*){0,3}\s?/\s?){1,4}[\p{Lu}][\p{L}.&'’\-]*(?:\s[\p{Lu}][\p{L}.&'’\-]*){0,3}\)" +
        @")\.?$",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    public static partial Regex TrailingCredit();

    /// <summary>
    /// <see cref="TrailingCredit"/> on one line, run only on lines it can match: each of its forms holds a parenthesis,
    /// a colon, a slash or a copyright sign, or ends the line with an agency's name (<c>... use. Getty</c>). Most
    /// lines of an article hold none of them; the pattern itself, tried at every space of every paragraph, was the
    /// stripper's largest cost (3.6% of a whole 50 MB run's samples under <c>perf</c>).
    /// </summary>
    public static Match? FindTrailingCredit(string line) =>
        line.AsSpan().ContainsAny(TrailingCreditMarks) || EndsWithBareAgency(line) ? TrailingCredit().Match(line) : null;

    private static readonly SearchValues<char> TrailingCreditMarks = SearchValues.Create("(:/©");

    private static readonly string[] BareAgencies = BareAgencyNames.Split('|');

    /// <summary>Whether the line ends, as the pattern's <c>\.?$</c> ends it, with one of <see cref="BareAgencies"/>.</summary>
    private static bool EndsWithBareAgency(string line)
    {
        var end = line.AsSpan();
        end = end is [.., '\n'] ? end[..^1] : end;
        end = end is [.., '.'] ? end[..^1] : end;
        foreach (var agency in BareAgencies)
        {
            if (end.EndsWith(agency, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A credit the scraper glued to the end of its caption, with no space after the caption's last sentence:
    /// <c>... in Queens.CreditChang W. Lee/The New York Times</c>, <c>... in 2023.CreditCreditName/EPA, via Shutterstock</c>,
    /// <c>... measurements.Credit: Name/Xinhua/ZUMA</c>, <c>... hours later.Name Name / AFP - Getty Images</c>. A sentence
    /// never runs into a capital without a space; only these two shapes are taken, and <c>Credit</c> only before a
    /// colon or glued to the name (<c>... crews.Credit Suisse said ...</c> is a sentence).
    /// </summary>
    public static Match? FindGluedCredit(string line) =>
        line.Contains("Credit", StringComparison.Ordinal) || line.Contains('/') ? GluedCredit().Match(line) : null;

    [GeneratedRegex(
        @"(?<=[\p{Ll}\d)][.!?][""”’]?)(?:" +
        @"(?:Credit){1,2}(?::\s?)?[\p{Lu}][^\n]{1,100}" +
        @"|(?:[\p{Lu}][\p{L}.'’\-]*\s){1,3}[\p{Lu}][\p{L}.'’\-]*\s?/\s?(?:" + Agencies + @")(?:\s[-–]\s(?:" + Agencies + @"))?" +
        @")$",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex GluedCredit();

    /// <summary>An AP-style caption: <c>..., speaks during a campaign stop, Tuesday, Nov. 19, 2019, in Columbia, S.C.</c>, <c>... on Tuesday, Nov. 19, 2019, in Los Angeles.</c></summary>
    [GeneratedRegex(
        @",\s(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)\.?\s\d{1,2},\s(?:19|20)\d\d(?:[.,]|\s\(|$)" +
        @"|\son\s(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)\.?\s\d{1,2},\s(?:19|20)\d\d,\sin\s\p{Lu}",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    public static partial Regex ApCaptionDate();

    /// <summary>
    /// Caption language: <c>An artist's concept of ...</c>, <c>This satellite image ... shows</c>, <c>In this Nov. 3 file photo, ...</c>,
    /// <c>In this video still</c> (but not the adverb: <c>In a slowing market, builders still expect</c>),
    /// people placed in the picture (<c>, left,</c>, <c>, center,</c>), <c>Neil Gaiman and John M. Ford in 2002.</c>
    /// </summary>
    [GeneratedRegex(
        @"^(?:An? artist'?s (?:concept|impression|rendering|illustration|depiction)\b" +
        @"|(?:This|The|An?|These)\s(?:[\p{L}\-.'’]+\s){0,3}(?:image|photo|photograph|picture|illustration|rendering|screenshot|satellite image|graphic)s?\s(?:(?:from|by|of)\s(?:[\p{L}\-.'’()]+\s){1,5})?(?:shows?|showing|depicts?|released by|provided by|taken (?:on|in|by|from))\b" +
        @"|In (?:this|these|a|an)\s(?:[\p{L}\d\-.,'’]+\s){0,5}(?:photo|image|picture|photograph|frame grab)s?\b" +
        @"|In (?:this|these|a|an)\s(?:video\s|film\s|movie\s)?stills?\b" +
        @")" +
        @"|,\s(?:left|right|center|centre|second left|second right|second from (?:left|right)|top|bottom|front|rear|background|foreground),\s" +
        @"|\s\((?:left|right|center|centre|pictured|top|bottom|inset|above|below)\)" +
        @"|^[\p{Lu}][\p{L}.'’\-]*(?:\s(?:and\s)?[\p{Lu}][\p{L}.'’\-]*){1,6}\sin\s(?:19|20)\d\d\.?$",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    public static partial Regex CaptionLanguage();

    /// <summary>
    /// A line that is only an agency or picture library, maybe after the year of the picture: <c>Getty</c>,
    /// <c>GETTY IMAGES</c>, <c>AFP</c>, <c>PA</c>, <c>Rex</c>, <c>2011 Getty Images</c>.
    /// </summary>
    [GeneratedRegex(@"^\(?(?:©\s?)?(?:(?:19|20)\d\d\s)?(?:Getty Images|GETTY IMAGES|Getty|GETTY|Shutterstock|Alamy|iStock(?:photo)?|Reuters|REUTERS|AFP|EPA|AP|AP Photo|PA(?: Images| Wire)?|Rex(?: Features)?|Associated Press|Wikimedia Commons|Handout|Supplied)\)?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    public static partial Regex AgencyAlone();

    /// <summary>A caption announced as one: <c>Image caption ...</c>, <c>Above: ...</c>, <c>Pictured: ...</c>.</summary>
    [GeneratedRegex(@"^(?:(?:Image|Media|Photo) caption\s+\S|(?:Caption|Above|Below|Pictured|Main image|Top image)\s?:\s+\S)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    public static partial Regex CaptionLead();

    /// <summary>Boilerplate that announces itself: e-mail placeholders, submission and subscription prompts, rights notices.</summary>
    [GeneratedRegex(
        @"\[email(?:\s|&#160;)?protected\]|\bSend (?:us )?(?:your )?(?:stories|news|tips|press releases)\b|\bAll [Rr]ights? [Rr]eserved\b|" +
        @"\b(?:Sign up|Subscribe) (?:for|to) (?:our|the)\b|\bFollow us on\b|\bDownload (?:our|the) app\b",
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
