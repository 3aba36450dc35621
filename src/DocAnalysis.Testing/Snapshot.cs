using System.Runtime.CompilerServices;
using DocAnalysis.Reports.Snapshots;

namespace DocAnalysis.Testing;

/// <summary>
/// Snapshot assertions: <c>NAME.verified.txt</c> in a <c>Snapshots</c> folder beside the test's source file. A
/// mismatch writes <c>NAME.received.txt</c> and fails with a unified diff; accept with <c>docanalysis accept FOLDER</c>
/// or by running the tests with <c>DOCANALYSIS_ACCEPT=1</c> (never on a build server).
/// </summary>
public static class Snapshot
{
    /// <summary>Compares <paramref name="actual"/> with the approved snapshot <paramref name="name"/>.</summary>
    public static void Verify(string name, string actual, [CallerFilePath] string sourceFile = "") =>
        Verify(VerifiedPath(name, sourceFile), actual, accept: null);

    /// <summary><c>Snapshots/NAME.verified.txt</c> beside the test's source file.</summary>
    internal static string VerifiedPath(string name, string sourceFile) =>
        Path.Combine(Path.GetDirectoryName(sourceFile) ?? ".", "Snapshots", name + ".verified.txt");

    /// <summary>Compares <paramref name="actual"/> with the snapshot file at <paramref name="verifiedPath"/>.</summary>
    public static void Verify(string verifiedPath, string actual, bool? accept) => Verify(verifiedPath, actual, accept, text: null);

    /// <summary>
    /// Compares <paramref name="actual"/>, a rendering of findings in <paramref name="text"/>, with the snapshot file at
    /// <paramref name="verifiedPath"/>; a mismatch's changes page shows each change in the text around it.
    /// </summary>
    internal static void Verify(string verifiedPath, string actual, bool? accept, string? text)
    {
        var outcome = SnapshotEngine.Compare(verifiedPath, actual, accept, text);
        if (!outcome.Matched)
        {
            throw new SnapshotMismatchException(outcome.Describe());
        }
    }
}

/// <summary>A rendering differs from its approved snapshot; the message holds the diff and how to accept it.</summary>
public sealed class SnapshotMismatchException(string message) : Exception(message);
