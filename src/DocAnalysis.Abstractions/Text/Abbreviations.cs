namespace DocAnalysis.Text;

/// <summary>Abbreviations whose full stop does not end a sentence: titles, months, states, initials.</summary>
internal static class Abbreviations
{
    private static readonly HashSet<string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Sen", "Rep", "Gov", "Gen", "Col", "Lt", "Maj", "Capt", "Sgt", "Adm", "Cpl", "Pvt", "Cmdr", "Amb", "Pres",
        "Rev", "Hon", "St", "Jr", "Sr", "Mt", "Ft", "No", "Nos", "Vol", "vs", "etc", "Inc", "Corp", "Co", "Ltd", "Dept", "Univ", "Assn", "Bros",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss",
        "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo",
        "U.S", "U.K", "U.N", "D.C", "a.m", "p.m", "e.g", "i.e",
    };

    /// <summary>True for a known abbreviation or capital initials (<c>G</c>, <c>G.K</c>).</summary>
    public static bool IsAbbreviation(ReadOnlySpan<char> word) => IsInitials(word) || Known.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    private static bool IsInitials(ReadOnlySpan<char> word)
    {
        for (var i = 0; i < word.Length; i += 2)
        {
            if (!char.IsUpper(word[i]) || (i + 1 < word.Length && word[i + 1] != '.'))
            {
                return false;
            }
        }

        return word.Length % 2 == 1;
    }
}
