using System.Text.RegularExpressions;

namespace DocAnalysis.Plugins.CreditLines;

/// <summary>The <c>newsroom-note</c> rule of <see cref="LineRules.All"/>.</summary>
internal static partial class LineRules
{
    /// <summary>Notes from the newsroom: <c>... contributed to this report.</c>, <c>X is a reporter for NBC News.</c>, <c>Reach the reporter at ...</c>.</summary>
    [GeneratedRegex(
        @"\bcontributed (?:to )?(?:this|the) (?:report|story|article)\.?$" +
        @"|^[\p{Lu}][\p{L}.'’\-]+(?:\s[\p{Lu}][\p{L}.'’\-]+){1,3}\s(?:\([^()]{1,60}\)\s)?is (?:a|an|the) (?:[\p{L}\-]+\s){0,4}(?:reporter|writer|correspondent|editor|columnist|journalist|contributor|producer|publisher)\b" +
        @"|^(?:Reach|Contact|Email) (?:the )?(?:reporters?|writers?|authors?|editors?|us)\b" +
        @"|^Have a (?:news )?tip\?" +
        @"|\bmay be reached at\b|^Follow (?:him|her|them|us|@)\b|^Citation:",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NewsroomNote();
}
