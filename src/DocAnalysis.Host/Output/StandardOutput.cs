using DocAnalysis.Host.Platform;
using Microsoft.Win32.SafeHandles;

namespace DocAnalysis.Host.Output;

/// <summary>
/// Standard output as the results stream. In-process analysers share the process with it: what they print
/// (<c>Console.WriteLine</c>, native code writing to descriptor 1) must not land among the records.
/// </summary>
public static class StandardOutput
{
    private static int _results = -1;
    private static bool? _terminal;

    /// <summary>
    /// Keeps standard output for the results alone: they go on through a private copy of descriptor 1, and
    /// descriptor 1 itself (so <see cref="Console.Out"/> and anything a plugin prints) now writes to standard error.
    /// Call once, before plugins are loaded; later calls do nothing.
    /// </summary>
    public static void ReserveForResults()
    {
        if (_results >= 0 || OperatingSystem.IsWindows())
        {
            return;
        }

        _terminal = !Console.IsOutputRedirected;
        var copy = Posix.Duplicate(1);
        if (copy >= 0 && Posix.Redirect(2, 1))
        {
            _results = copy;

            // Console.Out, if made already, holds a copy of the old descriptor 1 of its own.
            Console.SetOut(Console.Error);
        }
    }

    /// <summary>True when results written to standard output reach a terminal (as it was before <see cref="ReserveForResults"/>).</summary>
    public static bool IsTerminal => _terminal ?? !Console.IsOutputRedirected;

    /// <summary>A stream to standard output for results (the reserved descriptor, when reserved); disposing it leaves standard output open.</summary>
    public static Stream OpenForResults() => _results < 0
        ? Console.OpenStandardOutput()
        : new FileStream(new SafeFileHandle(_results, ownsHandle: false), FileAccess.Write, bufferSize: 0);

    /// <summary>True when <paramref name="path"/> names standard output: <c>-</c>, <c>/dev/stdout</c> or <c>/proc/self/fd/1</c>.</summary>
    public static bool IsNamedBy(string path) => path is "-" or "/dev/stdout" or "/dev/fd/1" or "/proc/self/fd/1";
}
