namespace DocAnalysis.Plugins.Numbers;

/// <summary>
/// The singular of a counted noun, only when the word is a plural: irregular plurals from a short list, nouns that
/// are the same in both numbers left alone (<c>series</c>, <c>sheep</c>), and the regular endings
/// (<c>companies</c> → <c>company</c>, <c>boxes</c> → <c>box</c>, <c>goals</c> → <c>goal</c>); a word that does not
/// end like a plural (<c>virus</c>, <c>analysis</c>, <c>glass</c>, <c>data</c>) is returned as written, never made
/// into another word.
/// </summary>
internal static class Plurals
{
    /// <summary>Irregular plurals, each <c>"plural singular"</c>.</summary>
    private static readonly Dictionary<string, string> Irregular = new string[]
    {
        "feet foot", "teeth tooth", "geese goose", "mice mouse", "lives life", "wives wife", "knives knife", "wolves wolf", "halves half",
        "leaves leaf", "shelves shelf", "thieves thief", "loaves loaf", "calves calf", "criteria criterion", "phenomena phenomenon", "indices index",
        "matrices matrix", "vertices vertex", "heroes hero", "potatoes potato", "tomatoes tomato", "vetoes veto", "echoes echo", "torpedoes torpedo",
        "analyses analysis", "crises crisis", "diagnoses diagnosis", "theses thesis", "oases oasis", "viruses virus", "buses bus", "bonuses bonus",
        "campuses campus", "censuses census", "statuses status", "gases gas", "movies movie", "cookies cookie", "calories calorie", "rookies rookie",
        "goalies goalie", "zombies zombie",
    }.Select(p => p.Split(' ')).ToDictionary(p => p[0], p => p[1], StringComparer.OrdinalIgnoreCase);

    /// <summary>Irregular plurals that compounds end with too: <c>servicemen</c>, <c>grandchildren</c>.</summary>
    private static readonly (string Plural, string Singular)[] IrregularEndings = [("children", "child"), ("women", "woman"), ("men", "man")];

    private static readonly HashSet<string> Invariant = new(
    [
        "series", "species", "news", "means", "headquarters", "sheep", "fish", "deer", "aircraft", "spacecraft", "offspring", "people", "police",
        "staff", "cattle", "clothes", "politics", "economics", "physics", "athletics", "mathematics", "lens", "chassis", "premises", "corps", "specimen",
        "abdomen", "regimen", "acumen", "stamen", "omen", "amen", "hymen", "ramen", "semen", "gas", "yes", "his", "its",
    ], StringComparer.OrdinalIgnoreCase);

    public static string Singular(string word)
    {
        if (Invariant.Contains(word))
        {
            return word;
        }

        foreach (var (plural, singular) in IrregularEndings)
        {
            if (EndsWith(word, plural))
            {
                return word[..^plural.Length] + singular; // men, grandchildren, policewomen
            }
        }

        if (word.Length < 3)
        {
            return word;
        }

        if (Irregular.TryGetValue(word, out var irregular))
        {
            return char.IsUpper(word[0]) ? char.ToUpperInvariant(irregular[0]) + irregular[1..] : irregular;
        }

        if (word[^1] is not ('s' or 'S') || EndsWith(word, "ss") || EndsWith(word, "us") || EndsWith(word, "is") || EndsWith(word, "'s") || EndsWith(word, "’s"))
        {
            return word; // not a plural: glass, virus, analysis, data
        }

        if (EndsWith(word, "ies") && word.Length > 4 && !IsVowel(word[^4]))
        {
            return word[..^3] + "y"; // companies, batteries (movies and rookies are irregular above)
        }

        if (EndsWith(word, "sses") || EndsWith(word, "xes") || EndsWith(word, "zzes") || EndsWith(word, "ches") || EndsWith(word, "shes"))
        {
            return word[..^2]; // classes, boxes, buzzes, matches, dishes
        }

        return word[..^1]; // goals, movies, games, dollars
    }

    private static bool EndsWith(string word, string ending) => word.EndsWith(ending, StringComparison.OrdinalIgnoreCase);

    private static bool IsVowel(char c) => "aeiouAEIOU".Contains(c, StringComparison.Ordinal);
}
