using System.Globalization;
using System.Diagnostics;
using DocAnalysis.Host.Output;
using DocAnalysis.Host.Pipeline;

namespace DocAnalysis.Cli;

/// <summary>Counts what a run did, for the closing summary a person reads.</summary>
internal sealed class RunSummary
{
    private readonly long _started = Stopwatch.GetTimestamp();
    private readonly SortedDictionary<string, int> _kinds = new(StringComparer.Ordinal);

    public int Documents { get; private set; }

    public int Failed { get; private set; }

    /// <summary>Documents analysed with neither a publication date nor a reference date.</summary>
    public int Unanchored { get; private set; }

    /// <summary>Counts a result whose output could not be written as a document with problems.</summary>
    public void AddUnwritten()
    {
        Documents++;
        Failed++;
    }

    public void Add(AnalysisResult result)
    {
        Documents++;
        if (!result.Succeeded)
        {
            Failed++;
        }

        if (result.Document?.Metadata is { Published: null, ReferenceDate: null })
        {
            Unanchored++;
        }

        foreach (var annotation in result.Annotations)
        {
            _kinds[annotation.Kind] = _kinds.GetValueOrDefault(annotation.Kind) + 1;
        }
    }

    /// <summary>
    /// The live line of a run on a terminal: <c>Analysing: 120 of 1,180 documents (45/s, about 24 s left)</c> when
    /// the total is known, else <c>Analysing: 120 documents done (45/s)</c>, and how many had problems.
    /// </summary>
    public string Progress(int? total) => Progress(Documents, Failed, total, Stopwatch.GetElapsedTime(_started));

    internal static string Progress(int done, int failed, int? total, TimeSpan elapsed)
    {
        var rate = elapsed.TotalSeconds >= 1 ? done / elapsed.TotalSeconds : (double?)null;
        var speed = rate is { } r ? r.ToString(r < 10 ? "0.0" : "N0", CultureInfo.InvariantCulture) + "/s" : null;
        var left = rate is > 0 && total is { } all && all > done ? ", about " + Words.Duration(TimeSpan.FromSeconds((all - done) / rate.Value)) + " left" : "";
        var counted = total is { } known
            ? $"{done.ToString("N0", CultureInfo.InvariantCulture)} of {Words.Count(known, "document")}"
            : $"{Words.Count(done, "document")} done";
        var details = speed is null ? "" : $" ({speed}{left})";
        return $"Analysing: {counted}{details}" + (failed > 0 ? $", {failed} with problems" : "");
    }

    /// <summary>
    /// Such as "Analysed 2 documents in 0.4 s: 12 dates, 9 attributions. No problems."; <paramref name="stopped"/>
    /// says that the results could not be written, which is never "no problems".
    /// </summary>
    public string Describe(bool cancelled, bool stopped = false)
    {
        var elapsed = Stopwatch.GetElapsedTime(_started);
        var found = _kinds.Count == 0 ? "no annotations" : string.Join(", ", _kinds.Select(k => Words.Count(k.Value, k.Key)));
        var problems = (stopped, Failed) switch
        {
            (true, 0) => "The results could not be written (see above).",
            (true, _) => $"The results could not be written, and {Words.Count(Failed, "document")} had problems (see above).",
            (false, 0) => "No problems.",
            _ => $"{Words.Count(Failed, "document")} had problems (see above).",
        };
        var verb = (cancelled, stopped) switch
        {
            (true, _) => "Cancelled after analysing",
            (_, true) => "Stopped after analysing",
            _ => "Analysed",
        };
        return $"{verb} {Words.Count(Documents, "document")} in {Words.Duration(elapsed)}: {found}. {problems}";
    }
}
