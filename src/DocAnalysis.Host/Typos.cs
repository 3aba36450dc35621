namespace DocAnalysis.Host;

/// <summary>"Did you mean": the known name closest to a mistyped one, for options and configuration settings alike.</summary>
internal static class Typos
{
    /// <summary>The most edits a typo is taken to be away from what was meant: <c>paralel</c> for <c>parallel</c>.</summary>
    private const int MaxEdits = 3;

    /// <summary>
    /// The known name closest to <paramref name="given"/>, ignoring case, when it is a typo's distance away (at most a
    /// third of its characters changed, and three); else null: <c>--bogus</c> is not a typo of <c>--out</c>.
    /// </summary>
    public static string? Closest(string given, IEnumerable<string> known)
    {
        var lower = given.ToLowerInvariant();
        var (name, edits) = known.Select(k => (Name: k, Edits: Distance(k.ToLowerInvariant(), lower))).MinBy(k => k.Edits);
        return name is not null && edits <= Math.Min(MaxEdits, given.Length / 3) ? name : null;
    }

    /// <summary>Levenshtein distance.</summary>
    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
