using DocAnalysis.Host.Inputs;
using DocAnalysis.Host.Pipeline;

namespace DocAnalysis.Host.Tests;

/// <summary>
/// A document's calls run on its own thread, timed by one watch for the whole pipeline: calls that overrun are
/// cancelled or abandoned one by one, the rest of the document still runs, and nothing an analyser does to its token
/// stops the watch or holds up the host's own cancellation.
/// </summary>
public sealed class CallWatchTests
{
    private static readonly TimeSpan Short = TimeSpan.FromMilliseconds(200);

    /// <summary>Far more than any call here takes when nothing hangs: only a hang reaches it.</summary>
    private static readonly TimeSpan HangBound = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Two_calls_that_overrun_on_one_document_are_each_reported_and_the_next_analyser_still_runs()
    {
        using var release = new ManualResetEventSlim();
        var stubborn = new DelegateAnalyser("stubborn", _ => release.Wait(HangBound));
        var polite = new DelegateAnalyser("polite", context => context.CancellationToken.WaitHandle.WaitOne(HangBound));
        using var engine = TestEngine.Of([stubborn, polite, DelegateAnalyser.Words("word")], Short);

        var result = await engine.AnalyseAsync("one two three", cancellationToken: TestContext.Current.CancellationToken).WaitAsync(HangBound, TestContext.Current.CancellationToken);
        release.Set();

        Assert.Equal(["polite", "stubborn"], result.Diagnostics.Select(d => d.Analyser).Order());
        Assert.Contains("the call was abandoned", Assert.Single(result.Diagnostics, d => d.Analyser == "stubborn").Message, StringComparison.Ordinal);
        Assert.DoesNotContain("abandoned", Assert.Single(result.Diagnostics, d => d.Analyser == "polite").Message, StringComparison.Ordinal);
        Assert.Equal(3, result.Annotations.Count);
    }

    [Fact]
    public async Task The_hosts_cancellation_ends_a_document_at_once_while_its_call_will_not_stop()
    {
        using var release = new ManualResetEventSlim();
        using var started = new ManualResetEventSlim();
        var stubborn = new DelegateAnalyser("stubborn", _ =>
        {
            started.Set();
            release.Wait(HangBound);
        });
        using var engine = TestEngine.Of([stubborn], HangBound);
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);

        var analysing = engine.AnalyseAsync("one", cancellationToken: cancellation.Token);
        Assert.True(started.Wait(HangBound, TestContext.Current.CancellationToken));
        await cancellation.CancelAsync();

        var ended = await Task.WhenAny(analysing, Task.Delay(HangBound / 3, TestContext.Current.CancellationToken));
        release.Set();
        Assert.Same(analysing, ended);
        Assert.True(analysing.IsCanceled);
    }

    [Fact]
    public async Task A_token_callback_that_throws_does_not_stop_the_watch()
    {
        var throwing = new DelegateAnalyser("throwing", context =>
        {
            using var registration = context.CancellationToken.Register(() => throw new InvalidOperationException("callback"));
            context.CancellationToken.WaitHandle.WaitOne(HangBound);
        });
        using var engine = TestEngine.Of([throwing, DelegateAnalyser.Words("word")], Short);

        foreach (var text in new[] { "first document", "second document" })
        {
            var result = await engine.AnalyseAsync(text, cancellationToken: TestContext.Current.CancellationToken).WaitAsync(HangBound, TestContext.Current.CancellationToken);

            Assert.Contains("timed out after 0.2 s", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
            Assert.Equal(2, result.Annotations.Count);
        }
    }

    [Fact]
    public void The_watch_holds_nothing_alive_once_its_calls_have_ended()
    {
        // A day-long timeout: a timer left armed after the last call would keep the watch, and through its calls the
        // pipeline and its plugins, alive for a day after the engine is gone.
        var watch = Watched(TimeSpan.FromDays(1));

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.False(watch.IsAlive);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static WeakReference Watched(TimeSpan timeout)
    {
        var watch = new CallWatch(timeout, TimeSpan.FromSeconds(1));
        using var cancellation = new CancellationTokenSource();
        Assert.True(watch.End(watch.Begin(null!, 0, cancellation, null!)));
        return new WeakReference(watch);
    }

    [Fact]
    public async Task Many_documents_with_calls_that_overrun_all_come_out_in_order_each_with_its_own_diagnostics()
    {
        using var release = new ManualResetEventSlim();
        // Generated behaviour by document: most calls are quick, every tenth waits politely for its cancellation, and
        // every fiftieth ignores it and is abandoned.
        var slow = new DelegateAnalyser("slow", context =>
        {
            var n = int.Parse(context.Document.Id, System.Globalization.CultureInfo.InvariantCulture);
            if (n % 50 == 7)
            {
                release.Wait(HangBound);
            }
            else if (n % 10 == 3)
            {
                context.CancellationToken.WaitHandle.WaitOne(HangBound);
            }
        });
        var inputs = Enumerable.Range(0, 100).Select(i => new DocumentInput($"{i}", $"{i}.txt", () => new Document($"{i}", $"w{i} x{i}"))).ToList();
        using var engine = TestEngine.Of([slow, DelegateAnalyser.Words("word")], Short, parallel: 4);

        var results = new List<AnalysisResult>();
        await foreach (var result in engine.AnalyseAllAsync(inputs, TestContext.Current.CancellationToken))
        {
            results.Add(result);
        }

        release.Set();
        Assert.Equal(inputs.Select(i => i.Id), results.Select(r => r.Id));
        Assert.All(results, result =>
        {
            var n = int.Parse(result.Id, System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(2, result.Annotations.Count);
            var diagnostics = result.Diagnostics.Select(d => d.Message).ToList();
            if (n % 50 == 7)
            {
                Assert.Contains("abandoned", Assert.Single(diagnostics), StringComparison.Ordinal);
            }
            else if (n % 10 == 3)
            {
                Assert.DoesNotContain("abandoned", Assert.Single(diagnostics), StringComparison.Ordinal);
            }
            else
            {
                Assert.Empty(diagnostics);
            }
        });
    }
}
