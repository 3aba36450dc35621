namespace DocAnalysis.Cli;

/// <summary>The exit codes of every command.</summary>
internal static class ExitCodes
{
    /// <summary>Every document was analysed (or every snapshot matched).</summary>
    public const int Success = 0;

    /// <summary>Some documents had problems, or some snapshots differ.</summary>
    public const int DocumentProblems = 1;

    /// <summary>Bad usage, configuration or plugin set: nothing was analysed.</summary>
    public const int UsageOrSetup = 2;

    /// <summary>Cancelled by Ctrl+C (SIGINT); finished outputs are intact.</summary>
    public const int Cancelled = 130;

    /// <summary>Stopped by SIGTERM; finished outputs are intact.</summary>
    public const int Terminated = 143;
}

/// <summary>A problem with the command line or the configuration; the message says what to change.</summary>
internal sealed class UsageException(string message) : Exception(message);
