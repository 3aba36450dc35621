using System.Text.RegularExpressions;

namespace DocAnalysis.Plugins.CreditLines;

/// <summary>The <c>byline</c> rule of <see cref="LineRules.All"/>.</summary>
internal static partial class LineRules
{
    /// <summary>A byline: <c>By Mike Wuerthele and Malcolm Owen</c>, <c>Meg Kinnard and Errin Haines, Associated Press</c>, <c>Steve Peoples, AP National Political Writer</c>.</summary>
    [GeneratedRegex(
        @"^(?:By\s[\p{Lu}][^.!?]{0,100}" +
        @"|[\p{Lu}][\p{L}.'’\-]+(?:\s[\p{Lu}][\p{L}.'’\-]+){1,3}(?:(?:,|\sand)\s[\p{Lu}][\p{L}.'’\-]+(?:\s[\p{Lu}][\p{L}.'’\-]+){1,3})*,?\s(?:Associated Press|The Associated Press|Reuters|AFP|AP|USA TODAY|Bloomberg)(?:\s[\p{L}\s]{0,40}(?:Writer|Reporter|Correspondent|Editor))?)$",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Byline();
}
