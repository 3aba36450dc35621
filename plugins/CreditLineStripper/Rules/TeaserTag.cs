using System.Text.RegularExpressions;

namespace DocAnalysis.Plugins.CreditLines;

/// <summary>The <c>teaser-tag</c> rule of <see cref="LineRules.All"/>.</summary>
internal static partial class LineRules
{
    /// <summary>A teaser headline tagged by its publisher: <c>Plane passengers quarantined after outbreak [NEWS]</c>, <c>... [ VIDEO]</c>.</summary>
    [GeneratedRegex(@"\[\s?(?:NEWS|INSIGHT|WARNING|VIDEO|PICS|POLL|REVEAL|LATEST|LIVE|UPDATE|OPINION|ANALYSIS)\s?\]\|?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TeaserTag();
}
