using System.Text.RegularExpressions;

namespace DocAnalysis.Plugins.CreditLines;

/// <summary>The <c>copyright</c> rule of <see cref="LineRules.All"/>.</summary>
internal static partial class LineRules
{
    /// <summary>A rights line anywhere in a short line: <c>The contents of this site are ©2019 X Corp.</c>, <c>This document is subject to copyright.</c></summary>
    [GeneratedRegex(@"^.{0,80}(?:©\s?(?:19|20)\d\d\b|\bsubject to copyright\b|\bCopyright\s(?:©\s?)?(?:19|20)\d\d\b)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Copyright();
}
