using System.Text.RegularExpressions;

namespace DocAnalysis.Plugins.CreditLines;

/// <summary>The <c>page-furniture</c> rule of <see cref="LineRules.All"/>.</summary>
internal static partial class LineRules
{
    /// <summary>What the page says around the article: players, cookies, comments, newsletters, app prompts.</summary>
    [GeneratedRegex(
        @"\bMedia playback is unsupported\b|\benable JavaScript\b|\buses cookies\b|\bcookie policy\b|\bmoderating (?:all )?comments\b|\bTell us what (?:YOU|you) think\b|" +
        @"\b(?:GET|Get|Download) THE [\p{Lu} ]{2,30} APP\b|\bCLICK HERE\b|\b(?:Sign up|Subscribe|sign up|subscribe)\b.{0,60}\bnewsletters?\b|\bdelivered (?:to your inbox|weekday mornings)\b|\bmeet your inbox\b|" +
        @"^(?:Advert|Advertisement|ADVERTISEMENT|Sponsored|SPONSORED|Share Submit|Share this:?|Comments?|comments|SUBSCRIBE|Subscribe|VIDEO|Video|Watch:?|PHOTOS|Listen|Print|Email|Facebook|Twitter|WhatsApp|Pinterest|LinkedIn|Reddit|Close|Skip Ad|Loading\.*|Sign in|Log in|Register)$",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PageFurniture();
}
