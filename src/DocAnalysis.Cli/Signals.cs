using System.Runtime.InteropServices;
using DocAnalysis.Host.Output;

namespace DocAnalysis.Cli;

/// <summary>
/// Ctrl+C (SIGINT) and SIGTERM: the first stops the run cleanly (no new documents, those in flight finish or are
/// cancelled within a few seconds, every finished record is kept, the terminal restored, exit 130 or 143); a second
/// ends the process at once, deleting any temporary file first, so no partial file is left either way.
/// </summary>
internal sealed class Signals : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly PosixSignalRegistration[] _registrations;
    private int _received;

    public Signals()
    {
        _registrations =
        [
            PosixSignalRegistration.Create(PosixSignal.SIGINT, Handle),
            PosixSignalRegistration.Create(PosixSignal.SIGTERM, Handle),
        ];
    }

    /// <summary>Cancelled at the first signal.</summary>
    public CancellationToken Token => _stop.Token;

    /// <summary>130 after SIGINT (Ctrl+C), 143 after SIGTERM: 128 plus the signal's number, as shells report it.</summary>
    public int ExitCode => Volatile.Read(ref _received) == (int)PosixSignal.SIGTERM ? ExitCodes.Terminated : ExitCodes.Cancelled;

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }

        _stop.Dispose();
    }

    private void Handle(PosixSignalContext context)
    {
        context.Cancel = true;
        if (Interlocked.CompareExchange(ref _received, (int)context.Signal, 0) == 0)
        {
            Terminal.Note(context.Signal == PosixSignal.SIGINT
                ? "Stopping: finishing the documents in flight (Ctrl+C again to stop at once)."
                : "Stopping: finishing the documents in flight.");
            _stop.Cancel();
            return;
        }

        // A second signal: end now, leaving no temporary file and the cursor visible.
        AtomicFile.DeleteTemporaries();
        Terminal.RestoreCursor();
        UnexpectedExit.Expect();
        Environment.Exit(context.Signal == PosixSignal.SIGTERM ? ExitCodes.Terminated : ExitCodes.Cancelled);
    }
}
