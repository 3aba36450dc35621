using System.Text.RegularExpressions;

namespace DocAnalysis.Plugins.CreditLines;

/// <summary>What a credit says: the agency or rights holder, the photographer, the year, where present.</summary>
internal sealed record CreditFields(string? Agency, string? Photographer, string? Year);

/// <summary>Reads agency, photographer and year out of a credit line in its common forms.</summary>
internal static partial class CreditParser
{
    private static readonly string[] OrganisationWords =
        ["Images", "Image", "Press", "News", "Times", "Agency", "Media", "Ltd", "Inc", "LLC", "Group", "Photos", "Pictures", "Wire", "Post", "Journal", "Network", "Foundation", "University", "Commons"];

    public static CreditFields Parse(string credit)
    {
        var year = CreditPatterns.Year().Match(credit) is { Success: true } y ? y.Value : null;
        var body = Prefix().Replace(credit.Trim().Trim('(', ')'), "");
        body = CreditPatterns.Year().Replace(body, " ");
        var parts = Separators().Split(body)
            .Select(p => Noise().Replace(p, "").Trim(' ', '-', ',', '.', ':'))
            .Where(p => p.Length > 0)
            .ToList();
        string? photographer = null;
        var organisations = new List<string>();
        foreach (var part in parts)
        {
            if (photographer is null && LooksLikePerson(part))
            {
                photographer = part;
            }
            else
            {
                organisations.Add(part);
            }
        }

        // "© AFP/ NAME" and "REUTERS/NAME": the photographer follows the agency even when the name is not capitalised as expected.
        if (photographer is null && organisations.Count == 2 && CreditPatterns.Agency().IsMatch(organisations[0]) && !CreditPatterns.Agency().IsMatch(organisations[1]))
        {
            photographer = organisations[1];
            organisations.RemoveAt(1);
        }

        var agency = organisations.Count == 0 ? null : string.Join("/", organisations);
        return new CreditFields(agency, photographer, year);
    }

    private static bool LooksLikePerson(string part)
    {
        var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 4
            && words.All(w => char.IsUpper(w[0]) && w.All(c => char.IsLetter(c) || c is '-' or '\'' or '’' or '.'))
            && !words.Any(w => OrganisationWords.Contains(w, StringComparer.OrdinalIgnoreCase))
            && !CreditPatterns.Agency().IsMatch(part);
    }

    [GeneratedRegex(@"^(?:©|\(c\)|@|Copyright|Image copyright|Photo copyright|Picture copyright|(?:Photo|Image|Picture|Video)s?(?: credit| courtesy)?s? ?(?::|by\b)|Credits? ?:|Image credit ?:|Photo credit ?:|\s)+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Prefix();

    [GeneratedRegex(@"\s*[/|]\s*|,\s+|\s+(?:via|for)\s+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Separators();

    [GeneratedRegex(@"\b(?:Photo|File|All rights reserved)\b\.?|©", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Noise();
}
