using DocAnalysis.Host.Output;
using DocAnalysis.Host.Pipeline;

namespace DocAnalysis.Cli;

/// <summary>
/// An in-process analyser that ends the process (<c>Environment.Exit</c>) would end the run with its exit code and no
/// word. The process cannot be kept, but the end is reported as isolation reports it: which analyser on which
/// document, that the run stopped, and exit code 1; no temporary file is left and an output file keeps its content.
/// </summary>
internal static class UnexpectedExit
{
    private static int _expected;

    /// <summary>Watches for an end of the process that this program did not ask for.</summary>
    public static void Watch() => AppDomain.CurrentDomain.ProcessExit += OnProcessExit;

    /// <summary>The program ends now on purpose (its command returned, or a second signal).</summary>
    public static void Expect() => Volatile.Write(ref _expected, 1);

    private static void OnProcessExit(object? sender, EventArgs e)
    {
        if (Volatile.Read(ref _expected) != 0)
        {
            return;
        }

        AtomicFile.DeleteTemporaries();
        Terminal.RestoreCursor();
        var calls = CallWatch.RunningEverywhere().Select(c => Printable.Escape($"analyser '{c.Analyser}' on {c.Document}")).ToList();
        var who = calls.Count switch
        {
            0 => "an analyser (from a thread of its own)",
            1 => calls[0],
            _ => $"one of the analysers running ({string.Join(", ", calls)})",
        };
        Console.Error.WriteLine(
            $"error: {who} ended the process (exit code {Environment.ExitCode}), which an analyser running in-process may not do; " +
            "the run stopped: the records written to standard output so far stand, an output file keeps its earlier content. " +
            "Run with --isolation process to contain such a plugin: the document then fails alone (DA0002) and the run goes on.");
        Environment.ExitCode = ExitCodes.DocumentProblems;
    }
}
