using System.Diagnostics;

namespace DocAnalysis.Host.Pipeline;

/// <summary>
/// Keeps time for the analyser calls of one pipeline, which run on their documents' threads: a call still running
/// <see cref="AnalysisPipeline.Timeout"/> after it began is cancelled, and one still running
/// <see cref="AnalysisPipeline.StopGrace"/> after that is abandoned to its thread while its document goes on without it.
/// One timer serves every call, armed for the earliest moment something can be due: a call costs a lock and a set
/// entry, where a timer and a thread pool hand-off per call cost more than a short analyser's work.
/// </summary>
internal sealed class CallWatch
{
    /// <summary>Every watch of this process, held weakly: a disposed engine's pipeline is not kept alive by it.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<CallWatch, object?> Live = new();

    private readonly long _timeout;
    private readonly long _grace;
    private readonly Lock _gate = new();
    private readonly HashSet<Call> _running = [];
    private readonly Timer _timer;
    private long _due = long.MaxValue;

    public CallWatch(TimeSpan timeout, TimeSpan grace)
    {
        _timeout = Ticks(timeout);
        _grace = Ticks(grace);
        _timer = new Timer(static watch => ((CallWatch)watch!).Tick(), this, Timeout.Infinite, Timeout.Infinite);
        Live.Add(this, null);
    }

    /// <summary>
    /// The analyser calls running now in every pipeline of this process, as (analyser, document) in order: said when an
    /// in-process analyser ends the process, whose exit handlers do not run on the thread that called exit.
    /// </summary>
    public static List<(string Analyser, string Document)> RunningEverywhere()
    {
        var calls = new List<(string Analyser, string Document)>();
        foreach (var (watch, _) in Live)
        {
            lock (watch._gate)
            {
                calls.AddRange(watch._running.Select(c => (c.Context.AnalyserId, c.Context.Document.Id)));
            }
        }

        calls.Sort();
        return calls;
    }

    /// <summary>Starts timing a call that is about to run on the current thread.</summary>
    public Call Begin(DocumentRun run, int analyser, CancellationTokenSource cancellation, AnalysisContext context)
    {
        var call = new Call(run, analyser, cancellation, context, Stopwatch.GetTimestamp());
        lock (_gate)
        {
            _running.Add(call);
            ArmBy(call.Started + _timeout);
        }

        return call;
    }

    /// <summary>
    /// Ends a call when it returns; false when the watch abandoned it first, and its document went on without it.
    /// </summary>
    public bool End(Call call)
    {
        if (!call.TryEnd())
        {
            return false;
        }

        lock (_gate)
        {
            Remove(call);
        }

        return true;
    }

    private void Tick()
    {
        List<Call>? cancel = null;
        List<Call>? abandon = null;
        lock (_gate)
        {
            _due = long.MaxValue;
            var now = Stopwatch.GetTimestamp();
            foreach (var call in _running)
            {
                if (call.CancelledAt == 0 && now - call.Started >= _timeout)
                {
                    call.CancelledAt = now;
                    (cancel ??= []).Add(call);
                }
                else if (call.CancelledAt != 0 && now - call.CancelledAt >= _grace)
                {
                    (abandon ??= []).Add(call);
                    continue;
                }

                ArmBy(call.CancelledAt == 0 ? call.Started + _timeout : call.CancelledAt + _grace);
            }
        }

        foreach (var call in cancel ?? [])
        {
            call.Cancel();
        }

        foreach (var call in abandon ?? [])
        {
            if (call.TryAbandon())
            {
                lock (_gate)
                {
                    Remove(call);
                }

                call.Run.Abandoned(call);
            }
        }
    }

    /// <summary>
    /// Forgets a call; with none left the timer is stopped, so that it holds nothing alive between runs (a timeout may
    /// be a day long). Called under the lock.
    /// </summary>
    private void Remove(Call call)
    {
        _running.Remove(call);
        if (_running.Count == 0 && _due != long.MaxValue)
        {
            _due = long.MaxValue;
            _timer.Change(Timeout.Infinite, Timeout.Infinite);
        }
    }

    /// <summary>Makes the timer fire no later than <paramref name="due"/> (a timestamp); called under the lock.</summary>
    private void ArmBy(long due)
    {
        if (due >= _due)
        {
            return;
        }

        _due = due;
        var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
        _timer.Change(wait < TimeSpan.Zero ? TimeSpan.Zero : wait + TimeSpan.FromMilliseconds(1), Timeout.InfiniteTimeSpan);
    }

    private static long Ticks(TimeSpan span) => (long)(span.TotalSeconds * Stopwatch.Frequency);

    /// <summary>One analyser's call on one document, from its start until it returns or is abandoned.</summary>
    internal sealed class Call(DocumentRun run, int analyser, CancellationTokenSource cancellation, AnalysisContext context, long started)
    {
        private const int Running = 0;
        private const int Ended = 1;
        private const int Given = 2;

        private int _state;
        private long _cancelledAt;

        public DocumentRun Run => run;

        public int Analyser => analyser;

        public AnalysisContext Context => context;

        public long Started => started;

        /// <summary>When the watch cancelled the call for taking too long (a timestamp; 0 while it has not).</summary>
        public long CancelledAt
        {
            get => Volatile.Read(ref _cancelledAt);
            set => Volatile.Write(ref _cancelledAt, value);
        }

        /// <summary>Whether the call was cancelled for taking too long; read once it has returned.</summary>
        public bool TimedOut => CancelledAt != 0;

        public bool TryEnd() => Interlocked.CompareExchange(ref _state, Ended, Running) == Running;

        public bool TryAbandon() => Interlocked.CompareExchange(ref _state, Given, Running) == Running;

        public void Cancel()
        {
            try
            {
                cancellation.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // It returned and its thread disposed of the source between the watch's look and now.
            }
            catch (AggregateException)
            {
                // A callback the analyser registered on its token threw: the call is timed out all the same, and the
                // watch's thread must not fall with it.
            }
        }
    }
}
