namespace DocAnalysis.Plugins.Numbers;

/// <summary>
/// Counted things whose name is irregular (<c>people</c>) and the measure nouns of news (points, goals, votes, seats,
/// shares): the counted-noun phrase ends at one of these (<c>a 30 degree average launch</c> counts degrees).
/// </summary>
internal static class Counts
{
    public static UnitFamily Family { get; } = new("counted things", "irregular plurals of people",
    [
        new("people", ["people", "persons"], "Police said [|40|] people were hurt."),
    ]);

    /// <summary>Nouns that name a measure: a unit phrase ends with them.</summary>
    public static readonly string[] MeasureNouns =
    [
        "point", "points", "goal", "goals", "run", "runs", "game", "games", "time", "share", "shares", "vote", "votes", "seat", "seats",
    ];
}
