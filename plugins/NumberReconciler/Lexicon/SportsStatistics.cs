namespace DocAnalysis.Plugins.Numbers;

/// <summary>
/// The statistics sports pages write after a figure as capitalised abbreviations, which count a measure of their own
/// (<c>0.5 WAR</c>, <c>3 RBIs</c>, <c>2.45 ERA</c>, <c>1.8 xG</c>); by their case only, so that an era or a war in prose is never one.
/// </summary>
internal static class SportsStatistics
{
    public static UnitFamily Family { get; } = new("sports statistics", "a statistic of the game, written as its abbreviation",
    [
        new("win above replacement", [], "The reliever was worth [|0.5|] WAR last season.", ["WAR", "fWAR", "bWAR"]),
        new("run batted in", [], "He drove in [|3|] RBIs in the opener.", ["RBI", "RBIs"]),
        new("earned run average", [], "The starter holds a [|2.45|] ERA this year.", ["ERA"]),
        new("home run", [], "The slugger has [|41|] HRs so far.", ["HR", "HRs"]),
        new("expected goal", [], "City created [|1.8|] xG in the first half.", ["xG"]),
        new("point per game", [], "The guard averages [|27.4|] PPG this season.", ["PPG", "ppg"]),
    ]);
}
