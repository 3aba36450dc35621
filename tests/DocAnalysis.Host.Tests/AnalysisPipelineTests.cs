using System.Text;
using DocAnalysis.Host.Inputs;
using DocAnalysis.Host.Output;
using DocAnalysis.Host.Pipeline;

namespace DocAnalysis.Host.Tests;

public sealed class AnalysisPipelineTests
{
    private static DocAnalysisEngine Pipeline(TimeSpan? timeout = null, params IAnalyser[] analysers) =>
        TestEngine.Of(analysers, timeout);

    private static AnalysisResult Analyse(DocAnalysisEngine engine, string text, string id = "doc") =>
        engine.AnalyseAsync(text, null, id, TestContext.Current.CancellationToken).GetAwaiter().GetResult();

    [Fact]
    public void Annotations_made_on_the_clean_view_point_at_the_original_text()
    {
        var pipeline = Pipeline(null, DelegateAnalyser.StripHashWords(), DelegateAnalyser.Words("word", requires: ["clean"]));
        const string text = "Lavrov #credit said #photo Friday";

        var result = Analyse(pipeline, text);

        Assert.Equal("Lavrov said Friday", Assert.Single(result.Views).Value);
        Assert.Equal(["Lavrov", "said", "Friday"], result.Annotations.Select(a => text[a.Span.Start..a.Span.End]));
        Assert.All(result.Annotations, a => Assert.Equal(a.Attributes.GetString("seen"), text[a.Span.Start..a.Span.End]));
    }

    [Fact]
    public void A_throwing_analyser_becomes_DA0001_and_the_others_still_run()
    {
        var throwing = new DelegateAnalyser("broken", _ => throw new InvalidOperationException("rule table is empty"));
        var pipeline = Pipeline(null, throwing, DelegateAnalyser.Words("word"));

        var result = Analyse(pipeline, "one two");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("DA0001", diagnostic.Id);
        Assert.Equal("broken", diagnostic.Analyser);
        Assert.Contains("analyser 'broken' failed on doc: rule table is empty (an error in its code, at ", diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(2, result.Annotations.Count);
    }

    [Fact]
    public void DA0001_names_the_analysers_own_code_not_the_runtime_helper_that_threw()
    {
        var outOfRange = new DelegateAnalyser("broken", context => context.Add(new Annotation("word", new TextSpan(new List<int>()[1], 1))));

        var result = Analyse(Pipeline(null, outOfRange), "one two");

        var message = Assert.Single(result.Diagnostics).Message;
        Assert.Contains("(an error in its code, at DocAnalysis.Host.Tests.", message, StringComparison.Ordinal);
        Assert.DoesNotContain("ThrowHelper", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_markup_test_of_an_analyser_that_fails_shows_the_full_error_with_its_stack_trace()
    {
        var words = new[] { "one" };
        var tester = DocAnalysis.Testing.AnalyserTester.Create("broken", new DelegateAnalyser("broken", context => context.Add(new Annotation("word", new TextSpan(0, words[words.Length].Length))), provides: ["word"]));

        var failure = Assert.Throws<DocAnalysis.Testing.MarkupMismatchException>(() => tester.AssertMarkup("[|one|] two"));

        Assert.Contains("DA0001 analyser 'broken' failed on test", failure.Message, StringComparison.Ordinal);
        Assert.Contains("System.IndexOutOfRangeException", failure.Message, StringComparison.Ordinal);
        Assert.Contains("   at DocAnalysis.Host.Tests.", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_snapshot_test_of_an_analyser_shows_its_changes_in_the_documents_text()
    {
        var folder = Directory.CreateTempSubdirectory("docanalysis-tester-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, "Snapshots"));
            File.WriteAllText(Path.Combine(folder, "Snapshots", "words.verified.txt"), "an older rendering\n");
            var tester = DocAnalysis.Testing.AnalyserTester.Create("words", DelegateAnalyser.Words("words"));
            var result = tester.Analyse("Lavrov said on Friday");

            Assert.Throws<DocAnalysis.Testing.SnapshotMismatchException>(() => tester.VerifySnapshot("words", result, Path.Combine(folder, "WordsTests.cs")));

            var page = File.ReadAllText(Path.Combine(folder, "Snapshots", "words.changes.html"));
            Assert.Contains("<mark>Lavrov</mark> said on Friday", page, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void DA0001_names_the_analysers_file_and_line_and_keeps_the_full_error_for_its_tests()
    {
        var words = new[] { "one" };
        var pastTheEnd = new DelegateAnalyser("broken", context => context.Add(new Annotation("word", new TextSpan(0, words[words.Length].Length))));

        var diagnostic = Assert.Single(Analyse(Pipeline(null, pastTheEnd), "one two").Diagnostics);

        Assert.Matches(@"\(an error in its code, at DocAnalysis\.Host\.Tests\.[^ ]+, AnalysisPipelineTests\.cs:line \d+\)$", diagnostic.Message);
        Assert.DoesNotContain("ThrowHelpers", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("IndexOutOfRangeException", diagnostic.Detail, StringComparison.Ordinal);
        Assert.Contains("AnalysisPipelineTests.cs:line ", diagnostic.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void DA0001_says_what_failed_in_a_static_initialiser_not_that_an_initialiser_failed()
    {
        var failing = new DelegateAnalyser("broken", _ => FailingTable.Touch());

        var message = Assert.Single(Analyse(Pipeline(null, failing), "one two").Diagnostics).Message;

        Assert.Contains("failed on doc: the lexicon has no entries (an error in its code, at DocAnalysis.Host.Tests.", message, StringComparison.Ordinal);
        Assert.DoesNotContain("type initializer", message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_analyser_that_does_not_return_in_time_becomes_DA0001_and_its_results_are_dropped()
    {
        using var release = new ManualResetEventSlim();
        var hanging = new DelegateAnalyser("slow", context =>
        {
            context.Add(new Annotation("slow", new TextSpan(0, 1)));
            release.Wait(TimeSpan.FromSeconds(30));
        });
        var pipeline = Pipeline(TimeSpan.FromMilliseconds(200), hanging, DelegateAnalyser.Words("word"));

        var result = Analyse(pipeline, "one two");
        release.Set();

        Assert.Contains("timed out", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Annotations, a => a.Kind == "slow");
        Assert.Equal(2, result.Annotations.Count);
    }

    [Fact]
    public void An_annotation_of_a_kind_the_analyser_does_not_provide_is_refused()
    {
        var sneaky = new DelegateAnalyser("sneaky", context => context.Add(new Annotation("date", new TextSpan(0, 1))));

        var result = Analyse(Pipeline(null, sneaky), "x");

        Assert.Contains("does not provide 'date'", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
        Assert.Empty(result.Annotations);
    }

    [Fact]
    public void A_span_outside_the_view_is_refused()
    {
        var outside = new DelegateAnalyser("outside", context => context.Add(new Annotation("outside", new TextSpan(0, context.Text.Length + 1))));

        Assert.Contains("outside the view", Assert.Single(Analyse(Pipeline(null, outside), "abc").Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_output_is_the_same_whatever_the_parallelism()
    {
        var inputs = Enumerable.Range(0, 40)
            .Select(i => new DocumentInput($"doc{i:00}", $"doc{i:00}.txt", () => new Document($"doc{i:00}", string.Join(" #x ", Enumerable.Repeat($"w{i}", i % 7 + 1)))))
            .ToList();

        async Task<string> Run(int parallelism)
        {
            var output = new StringBuilder();
            using var engine = TestEngine.Of([DelegateAnalyser.StripHashWords(), DelegateAnalyser.Words("word", requires: ["clean"])], parallel: parallelism);
            await foreach (var result in engine.AnalyseAllAsync(inputs, TestContext.Current.CancellationToken))
            {
                output.Append(Encoding.UTF8.GetString(ResultJson.Serialise(result, indented: false))).Append('\n');
            }

            return output.ToString();
        }

        var one = await Run(1);
        Assert.Equal(one, await Run(4));
        Assert.Equal(one, await Run(16));
    }
}

/// <summary>A table whose static initialiser throws, as a plugin's lexicon that cannot be read does.</summary>
internal static class FailingTable
{
    private static readonly int[] Entries = Load();

    public static void Touch() => GC.KeepAlive(Entries);

    private static int[] Load() => throw new InvalidDataException("the lexicon has no entries");
}
