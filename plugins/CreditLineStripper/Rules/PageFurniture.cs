using System.Text.RegularExpressions;

namespace DocAnalysis.Plugins.CreditLines;

/// <summary>The <c>page-furniture</c> rule of <see cref="LineRules.All"/>.</summary>
internal static partial class LineRules
{
    /// <summary>
    /// What the page says around the article: players, cookies, comments, newsletters, app prompts, calls to like or
    /// follow (<c>Do you support the plan? Like the page:</c>), a form's prompt (<c>Enter your email address:</c>), and a
    /// section's or network's label alone in capitals (<c>LETTERS.</c>, <c>FULL TEXT.</c>, <c>TWITTER.</c>; a sub-heading
    /// of the article in capitals is not one of them).
    /// </summary>
    [GeneratedRegex(
        @"\bMedia playback is unsupported\b|\benable JavaScript\b|\buses cookies\b|\bcookie policy\b|\bmoderating (?:all )?comments\b|\bTell us what (?:YOU|you) think\b|" +
        @"\b(?:GET|Get|Download) THE [\p{Lu} ]{2,30} APP\b|\bCLICK HERE\b|\b(?:Sign up|Subscribe|sign up|subscribe)\b.{0,60}\bnewsletters?\b|\bdelivered (?:to your inbox|weekday mornings)\b|\bmeet your inbox\b|" +
        @"\bLike (?:the|our) (?:Facebook )?page\b|\bLike us on Facebook\b|\bFollow us on (?:Twitter|Facebook|Instagram)\b|" +
        @"^(?:Advert|Advertisement|ADVERTISEMENT|Sponsored|SPONSORED|Share Submit|Share this:?|Comments?|comments|SUBSCRIBE|Subscribe|VIDEO|Video|Watch:?|PHOTOS|Listen|Print|Email|Facebook|Twitter|WhatsApp|Pinterest|LinkedIn|Reddit|Close|Skip Ad|Loading\.*|Sign in|Log in|Register)$|" +
        @"^(?:Enter|Type) your e-?mail(?: address)?(?: here)?[.:]?$|" +
        @"^(?:ABSTRACT|FULL TEXT|CORRECTION APPENDED|LETTERS|IN BRIEF|TOP STORIES|BEFORE YOU GO|ON THE BLOG|RELATED|FACEBOOK|TWITTER|INSTAGRAM|YOUTUBE)[.:]?$",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PageFurniture();
}
