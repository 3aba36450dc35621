using DocAnalysis.Host.Output;

namespace DocAnalysis.Reports.Snapshots;

/// <summary>The outcome of comparing a rendering with its approved snapshot.</summary>
public sealed record SnapshotOutcome(bool Matched, string VerifiedPath, string? ReceivedPath, string Diff, bool Accepted)
{
    /// <summary>True when there was no verified file yet: a first snapshot, not a change.</summary>
    public bool IsNew { get; init; }

    /// <summary>On a mismatch, the page of changed findings written beside the received file (<c>NAME.changes.html</c>).</summary>
    public string? ReportPath { get; init; }

    /// <summary>On a mismatch, the change itself, for a report of several documents (<see cref="SnapshotReport"/>).</summary>
    public SnapshotChange? Change { get; init; }

    /// <summary>A message for a test failure or a console: what differs and how to accept it.</summary>
    public string Describe() => Matched
        ? $"{VerifiedPath}: {(Accepted ? "accepted" : "matches")}"
        : $"{VerifiedPath} does not match the received output ({ReceivedPath}).{'\n'}{Diff}" +
          (ReportPath is null ? "" : $"{'\n'}The changed findings, as a page to open in a browser: {ReportPath}") +
          $"{'\n'}If the change is intended, accept it: docanalysis accept {Path.GetDirectoryName(VerifiedPath)}" +
          $"{'\n'}(or run the tests with {SnapshotEngine.AcceptVariable}=1).";
}

/// <summary>
/// Compares renderings with approved snapshots, with Verify's conventions: <c>NAME.verified.txt</c> holds what was
/// approved; on a mismatch <c>NAME.received.txt</c> is written beside it and the outcome carries a unified diff;
/// accepting moves received over verified. A mismatch also writes <c>NAME.changes.html</c>, the changed findings as a
/// page (<see cref="SnapshotReport"/>), removed again when the snapshot matches or is accepted. Text is UTF-8 without BOM with LF endings. On a build server nothing is
/// ever accepted automatically.
/// </summary>
public static class SnapshotEngine
{
    /// <summary>Set to <c>1</c> to accept every mismatch of a run (ignored on a build server).</summary>
    public const string AcceptVariable = "DOCANALYSIS_ACCEPT";

    /// <summary>True when this run accepts mismatches: <see cref="AcceptVariable"/> is set and this is not a build server.</summary>
    public static bool AutoAccept =>
        Environment.GetEnvironmentVariable(AcceptVariable) is "1" or "true" or "TRUE" or "True" && !BuildServer.IsDetected;

    /// <summary>The received path that goes with a verified path.</summary>
    public static string ReceivedPathFor(string verifiedPath) =>
        verifiedPath.Contains(".verified.", StringComparison.Ordinal)
            ? verifiedPath.Replace(".verified.", ".received.", StringComparison.Ordinal)
            : throw new ArgumentException($"'{verifiedPath}' is not a *.verified.* path.", nameof(verifiedPath));

    /// <summary>The page of changed findings that goes with a verified path: <c>NAME.changes.html</c>.</summary>
    public static string ReportPathFor(string verifiedPath) =>
        ReceivedPathFor(verifiedPath).Replace(".received.txt", ".changes.html", StringComparison.Ordinal);

    /// <summary>
    /// Compares <paramref name="actual"/> with the snapshot at <paramref name="verifiedPath"/> (missing = empty). On a
    /// mismatch the received file and a page of the changed findings are written beside it; <paramref name="text"/>,
    /// the document's text when known, gives that page the text around each finding. A verified file that is a link
    /// is read only when it leads to a file inside <paramref name="root"/> (default: the verified file's folder), as
    /// inputs are; a folder or a link leaving it throws <see cref="SnapshotFileException"/>.
    /// </summary>
    public static SnapshotOutcome Compare(string verifiedPath, string actual, bool? accept = null, string? text = null, string? root = null)
    {
        actual = Normalise(actual);
        var receivedPath = ReceivedPathFor(verifiedPath);
        var reportPath = ReportPathFor(verifiedPath);
        var verified = ReadVerified(verifiedPath, root ?? Path.GetDirectoryName(Path.GetFullPath(verifiedPath))!);
        if (verified == actual)
        {
            File.Delete(receivedPath);
            File.Delete(reportPath);
            return new SnapshotOutcome(true, verifiedPath, null, "", false);
        }

        if (accept ?? AutoAccept)
        {
            AtomicFile.WriteAllText(verifiedPath, actual);
            File.Delete(receivedPath);
            File.Delete(reportPath);
            return new SnapshotOutcome(true, verifiedPath, null, "", true);
        }

        AtomicFile.WriteAllText(receivedPath, actual);
        var name = Path.GetFileName(verifiedPath).Replace(".verified.txt", "", StringComparison.Ordinal);
        var change = new SnapshotChange(name, verified, actual, text);
        AtomicFile.WriteAllText(reportPath, SnapshotReport.Render([change], $"Changes in {name}"));
        var diff = UnifiedDiff.Create(verified ?? "", actual, verified is null ? "/dev/null (no verified file yet)" : Path.GetFileName(verifiedPath), Path.GetFileName(receivedPath));
        return new SnapshotOutcome(false, verifiedPath, receivedPath, diff, false) { IsNew = verified is null, ReportPath = reportPath, Change = change };
    }

    /// <summary>
    /// Moves every <c>*.received.*</c> file under <paramref name="folder"/> over its <c>*.verified.*</c> file; returns
    /// the verified paths written. One that cannot be accepted (its verified path is a folder, or cannot be written)
    /// is skipped and said in <paramref name="problems"/>.
    /// </summary>
    public static IReadOnlyList<string> AcceptAll(string folder, ICollection<string>? problems = null)
    {
        var accepted = new List<string>();
        foreach (var received in Directory.EnumerateFiles(folder, "*.received.*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var verified = received.Replace(".received.", ".verified.", StringComparison.Ordinal);
            if (Directory.Exists(verified))
            {
                problems?.Add($"{Printable.Escape(verified)}: is a folder, not a snapshot file; {Printable.Escape(Path.GetFileName(received))} is not accepted");
                continue;
            }

            try
            {
                File.Move(received, verified, overwrite: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problems?.Add($"{Printable.Escape(verified)}: cannot be written ({OutputTargetException.Reason(e)}); not accepted");
                continue;
            }

            if (verified.EndsWith(".verified.txt", StringComparison.Ordinal))
            {
                File.Delete(ReportPathFor(verified));
            }

            accepted.Add(verified);
        }

        return accepted;
    }

    /// <summary>The approved rendering, or null when there is none yet.</summary>
    private static string? ReadVerified(string verifiedPath, string root)
    {
        if (Directory.Exists(verifiedPath))
        {
            throw new SnapshotFileException($"{Printable.Escape(verifiedPath)}: is a folder, not a snapshot file");
        }

        if (!File.Exists(verifiedPath))
        {
            return null;
        }

        if (new FileInfo(verifiedPath).LinkTarget is not null)
        {
            var target = new FileInfo(verifiedPath).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? "";
            var inside = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
            if (!target.StartsWith(inside, StringComparison.Ordinal))
            {
                throw new SnapshotFileException($"{Printable.Escape(verifiedPath)}: is a link to {Printable.Escape(target)}, outside {Printable.Escape(root)}; links leaving the snapshot folder are not followed");
            }
        }

        try
        {
            return Normalise(File.ReadAllText(verifiedPath));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SnapshotFileException($"{Printable.Escape(verifiedPath)}: cannot be read ({OutputTargetException.Reason(e)})");
        }
    }

    private static string Normalise(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimStart('\uFEFF');
}

/// <summary>A snapshot file that cannot be compared or accepted (a folder, a link leaving its folder, no rights); the message names it.</summary>
public sealed class SnapshotFileException(string message) : Exception(message);
