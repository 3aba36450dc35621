using System.Text;
using DocAnalysis.Host.Inputs;
using DocAnalysis.Host.Output;
using DocAnalysis.Host.Pipeline;

namespace DocAnalysis.Host.Tests;

/// <summary>
/// A careless plugin author's analysers: whatever they report or do, the host turns it into a DA0001 on that
/// document, a problem at load time, or the failure threshold's DA0003, and never crashes or lets one analyser change
/// another's results.
/// </summary>
public sealed class FaultyAnalyserTests
{
    [Fact]
    public void A_span_whose_end_overflows_is_DA0001()
    {
        var overflow = new DelegateAnalyser("overflow", context => context.Add(new Annotation("overflow", new TextSpan(int.MaxValue - 1, 10))));

        var result = Analyse([overflow, DelegateAnalyser.Words("word")], "one two");

        Assert.Contains("lies outside the view", Failure(result, "overflow"), StringComparison.Ordinal);
        Assert.Equal(2, result.Annotations.Count);
    }

    [Fact]
    public void A_negative_span_made_behind_the_constructors_back_is_DA0001()
    {
        var negative = new DelegateAnalyser("negative", context => context.Add(new Annotation("negative", Negative())));

        Assert.Contains("lies outside the view", Failure(Analyse([negative], "one two"), "negative"), StringComparison.Ordinal);
    }

    [Fact]
    public void Fields_that_contain_themselves_are_DA0001_not_a_stack_overflow()
    {
        var cyclic = new DelegateAnalyser("cyclic", context =>
        {
            var fields = new AnnotationAttributes();
            fields.Set("self", fields);
            context.Add(new Annotation("cyclic", new TextSpan(0, 3), fields));
        });

        var result = Analyse([cyclic], "one two");

        Assert.Contains("nest deeper than 64 levels", Failure(result, "cyclic"), StringComparison.Ordinal);
        Assert.NotEmpty(ResultJson.Serialise(result, indented: false));
    }

    [Fact]
    public void Fields_nested_deeper_than_the_json_writer_allows_are_DA0001()
    {
        var deep = new DelegateAnalyser("deep", context =>
        {
            var fields = new AnnotationAttributes();
            for (var i = 0; i < 2_000; i++)
            {
                fields = new AnnotationAttributes().Set("inner", fields);
            }

            context.Add(new Annotation("deep", new TextSpan(0, 3), fields));
        });

        var result = Analyse([deep], "one two");

        Assert.Contains("nest deeper", Failure(result, "deep"), StringComparison.Ordinal);
        Assert.NotEmpty(ResultJson.Serialise(result, indented: false));
    }

    [Fact]
    public void A_span_that_splits_a_surrogate_pair_is_DA0001()
    {
        var splitter = new DelegateAnalyser("splitter", context => context.Add(new Annotation("splitter", new TextSpan(0, 2))));

        var result = Analyse([splitter], "a😀b");

        Assert.Contains("inside a surrogate pair", Failure(result, "splitter"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_descriptor_that_throws_is_a_problem_at_load_and_is_read_once()
    {
        var reads = 0;
        var throwing = new CountingDescriptor(() => throw new InvalidOperationException("no descriptor today"));
        var counted = new CountingDescriptor(() => new AnalyserDescriptor("counted", "Counted", new Version(1, 0)) { Provides = ["counted"] }, () => reads++);

        using var broken = DocAnalysisEngine.Compose(TestEngine.Options([throwing]));
        Assert.Contains(broken.Problems, p => p.Contains("its Descriptor cannot be read: no descriptor today", StringComparison.Ordinal));

        using var engine = TestEngine.Of([counted]);
        for (var i = 0; i < 5; i++)
        {
            await engine.AnalyseAsync("one", cancellationToken: TestContext.Current.CancellationToken);
        }

        Assert.Equal(1, reads);
    }

    [Fact]
    public void No_analyser_can_change_what_another_reported_nor_its_own_after_reporting()
    {
        AnnotationAttributes? kept = null;
        var first = new DelegateAnalyser("first", context =>
        {
            kept = new AnnotationAttributes { { "value", "original" } };
            context.Add(new Annotation("first", new TextSpan(0, 3), kept));
            kept.Set("value", "changed by its own analyser");
        });
        var second = new DelegateAnalyser("second", context => context.Annotations[0].Attributes.Set("value", "changed by another"), uses: ["first"]);

        var result = Analyse([first, second], "one two");

        Assert.Equal("original", Assert.Single(result.Annotations).Attributes.GetString("value"));
        Assert.Contains("read-only", Failure(result, "second"), StringComparison.Ordinal);
        Assert.Equal("changed by its own analyser", kept!.GetString("value"));
    }

    [Fact]
    public async Task An_analyser_failing_on_every_document_is_disabled_after_the_threshold_the_same_at_any_parallelism()
    {
        var inputs = Enumerable.Range(0, 30).Select(i => new DocumentInput($"d{i:00}", $"d{i:00}", () => new Document($"d{i:00}", $"word{i} other"))).ToList();

        async Task<string> Run(int parallel)
        {
            var options = TestEngine.Options([new DelegateAnalyser("broken", _ => throw new InvalidOperationException("always")), DelegateAnalyser.Words("word")], parallel: parallel);
            options.MaxConsecutiveFailures = 4;
            using var engine = DocAnalysisEngine.Compose(options);
            var output = new StringBuilder();
            await foreach (var result in engine.AnalyseAllAsync(inputs, TestContext.Current.CancellationToken))
            {
                output.Append(Encoding.UTF8.GetString(ResultJson.Serialise(result, indented: false))).Append('\n');
            }

            return output.ToString();
        }

        var one = await Run(1);
        var lines = one.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(lines.Take(4), line => Assert.Contains("\"DA0001\"", line, StringComparison.Ordinal));
        Assert.Contains("\"DA0003\"", lines[3], StringComparison.Ordinal);
        Assert.Contains("failed on 4 documents in a row, the last d03; it is disabled for the rest of the run", lines[3], StringComparison.Ordinal);
        Assert.All(lines.Skip(4), line => Assert.Contains("\"diagnostics\":[]", line, StringComparison.Ordinal));
        Assert.All(lines, line => Assert.Contains("\"kind\":\"word\"", line, StringComparison.Ordinal));
        Assert.Equal(one, await Run(4));
        Assert.Equal(one, await Run(8));
    }

    [Fact]
    public void A_timed_out_call_that_ignores_cancellation_is_reported_as_abandoned()
    {
        using var release = new ManualResetEventSlim();
        var stubborn = new DelegateAnalyser("stubborn", _ => release.Wait(TimeSpan.FromSeconds(20)));
        var polite = new DelegateAnalyser("polite", context => context.CancellationToken.WaitHandle.WaitOne(TimeSpan.FromSeconds(20)));

        var ignoring = Failure(Analyse([stubborn], "x", TimeSpan.FromMilliseconds(200)), "stubborn");
        var stopping = Failure(Analyse([polite], "x", TimeSpan.FromMilliseconds(200)), "polite");
        release.Set();

        Assert.Contains("the call was abandoned", ignoring, StringComparison.Ordinal);
        Assert.DoesNotContain("abandoned", stopping, StringComparison.Ordinal);
    }

    private static AnalysisResult Analyse(IAnalyser[] analysers, string text, TimeSpan? timeout = null)
    {
        using var engine = TestEngine.Of(analysers, timeout);
        return engine.AnalyseAsync(text, cancellationToken: TestContext.Current.CancellationToken).GetAwaiter().GetResult();
    }

    private static string Failure(AnalysisResult result, string analyser) =>
        Assert.Single(result.Diagnostics, d => d.Id == "DA0001" && d.Analyser == analyser).Message;

    private static TextSpan Negative()
    {
        object span = new TextSpan(0, 1);
        typeof(TextSpan).GetField("<Length>k__BackingField", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!.SetValue(span, -5);
        return (TextSpan)span;
    }

    private sealed class CountingDescriptor(Func<AnalyserDescriptor> descriptor, Action? onRead = null) : IAnalyser
    {
        public AnalyserDescriptor Descriptor
        {
            get
            {
                onRead?.Invoke();
                return descriptor();
            }
        }

        public void Analyse(IAnalysisContext context)
        {
        }
    }
}
