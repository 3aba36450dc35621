using DocAnalysis;
using DocAnalysis.Plugins.Attributions;

/// <summary>
/// One training article as the rules complete it: its layer, its gold attributions, and the finder's candidates with
/// the rules' source and the cue model's score (null for a cue a rule found on its own). Computed once; every model is
/// trained and cross-validated on these.
/// </summary>
internal sealed record Run(TextLayer Layer, List<Spans> Golds, List<(Attribution Attribution, double? CueScore)> Candidates)
{
    /// <summary>The candidates' attributions.</summary>
    public List<Attribution> Attributions => [.. Candidates.Select(c => c.Attribution)];

    /// <summary>Where every candidate's cue starts, as the content-end model reads it.</summary>
    public HashSet<int> Cues => [.. Candidates.Select(c => c.Attribution.Cue.Start)];

    /// <summary>
    /// The candidates <paramref name="acceptance"/> keeps, with their contents ended by <paramref name="ends"/> (the
    /// rules' ends when null), as the finder reports them.
    /// </summary>
    public List<Attribution> Reported(Acceptance acceptance, ContentEnds? ends)
    {
        var (cues, kept) = (Cues, Candidates.Where(c => c.CueScore is not { } score || acceptance.Accepts(Layer, c.Attribution, score)).Select(c => c.Attribution));
        return ends is null ? [.. kept] : [.. kept.Select(a => ends.Revise(Layer, a, cues))];
    }
}
