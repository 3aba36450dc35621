using System.Text.RegularExpressions;

namespace DocAnalysis.Plugins.CreditLines;

/// <summary>The <c>gallery-counter</c> rule of <see cref="LineRules.All"/>.</summary>
internal static partial class LineRules
{
    /// <summary>Gallery and slide counters: <c>6</c>, <c>Image 2 of 5</c>, <c>1/12</c>.</summary>
    [GeneratedRegex(@"^(?:\d{1,3}|(?:Image|Photo|Picture|Slide|Video)\s\d{1,3}\s(?:of|/)\s\d{1,3}|\d{1,3}\s?/\s?\d{1,3})$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex GalleryCounter();
}
