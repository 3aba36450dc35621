using DocAnalysis.Host;
using DocAnalysis.Host.Output;
using DocAnalysis.Host.Pipeline;
using DocAnalysis.Host.Plugins;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace DocAnalysis.Testing;

/// <summary>
/// Runs one analyser, with the analysers it requires, over small texts, the way the host runs it: views, offset
/// mapping and isolation included. Use <see cref="AssertMarkup"/> for span tests and <see cref="Render"/> for snapshots.
/// </summary>
public sealed class AnalyserTester
{
    private readonly AnalysisPipeline _pipeline;

    private AnalyserTester(AnalysisPipeline pipeline, AnalyserDescriptor analyser)
    {
        _pipeline = pipeline;
        Analyser = analyser;
    }

    /// <summary>The analyser under test.</summary>
    public AnalyserDescriptor Analyser { get; }

    /// <summary>
    /// Composes the analysers of <paramref name="startups"/> (with <paramref name="configuration"/>, whose keys are
    /// those under <c>analysers</c> in docanalysis.json) and keeps <paramref name="analyserId"/> and what it requires.
    /// </summary>
    public static AnalyserTester Create(string analyserId, IEnumerable<IPluginStartup> startups, IReadOnlyDictionary<string, string?>? configuration = null)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(configuration ?? new Dictionary<string, string?>()).Build();
        var plugins = startups.Select(s => new LoadedPlugin(s.GetType().Assembly.GetName().Name!, "", "", "test", Contract.Version, [s])).ToList();
        var (analysers, problems, _) = AnalyserComposer.Compose(plugins, config, NullLoggerFactory.Instance);
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("The plugins cannot be composed:" + Environment.NewLine + string.Join(Environment.NewLine, problems));
        }

        return FromRegistrations(analyserId, analysers);
    }

    /// <summary>Like <see cref="Create(string, IEnumerable{IPluginStartup}, IReadOnlyDictionary{string, string})"/>, for analysers already created.</summary>
    public static AnalyserTester Create(string analyserId, params IAnalyser[] analysers) =>
        FromRegistrations(analyserId, [.. analysers.Select(a => new AnalyserRegistration(a, null))]);

    /// <summary>Analyses one text.</summary>
    public AnalysisResult Analyse(string text, DocumentMetadata? metadata = null, string id = "test") =>
        _pipeline.AnalyseAsync(new Document(id, text, metadata), id, CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>The snapshot rendering of a result: one block per analyser, findings with line:column, text and fields.</summary>
    public string Render(AnalysisResult result) => TextRenderer.Render(result, [.. _pipeline.Analysers.Select(a => a.Descriptor)]);

    /// <summary>
    /// Checks that the analyser under test annotates exactly the marked spans: <c>[|...|]</c> for <paramref name="kind"/>
    /// (default: its first provided kind), <c>{|kind:...|}</c> for others. On failure the message holds the actual result as markup to paste back.
    /// </summary>
    public AnalysisResult AssertMarkup(string markup, DocumentMetadata? metadata = null, string? kind = null)
    {
        var mainKind = kind ?? Analyser.Provides.FirstOrDefault(p => p != Views.Clean) ?? throw new InvalidOperationException($"'{Analyser.Id}' provides no kind.");
        var (text, expected) = Markup.Parse(markup);
        var result = Analyse(text, metadata);
        if (result.Diagnostics.Count > 0)
        {
            throw new MarkupMismatchException($"The analysis reported problems:{Environment.NewLine}{string.Join(Environment.NewLine, result.Diagnostics)}");
        }

        var kinds = expected.Select(e => e.Kind ?? mainKind).Append(mainKind).ToHashSet(StringComparer.Ordinal);
        var actual = result.Annotations
            .Where(a => a.Analyser == Analyser.Id && kinds.Contains(a.Kind))
            .Select(a => new ExpectedSpan(a.Kind == mainKind ? null : a.Kind, a.Span))
            .Distinct()
            .OrderBy(s => s.Span.Start).ThenByDescending(s => s.Span.End)
            .ToList();
        var wanted = expected.Select(e => e with { Kind = e.Kind == mainKind ? null : e.Kind }).Distinct().ToList();
        if (!actual.SequenceEqual(wanted))
        {
            throw new MarkupMismatchException(
                $"'{Analyser.Id}' found other spans than marked.{Environment.NewLine}" +
                $"expected: {Markup.Write(text, wanted, null)}{Environment.NewLine}" +
                $"actual:   {Markup.Write(text, actual, null)}");
        }

        return result;
    }

    private static AnalyserTester FromRegistrations(string analyserId, IReadOnlyList<AnalyserRegistration> pool)
    {
        var target = pool.FirstOrDefault(a => a.Descriptor.Id == analyserId)
            ?? throw new ArgumentException($"No analyser '{analyserId}' among {string.Join(", ", pool.Select(a => a.Descriptor.Id))}.", nameof(analyserId));

        // Keep the analyser and, transitively, the providers of what it requires or uses.
        var keep = new HashSet<AnalyserRegistration> { target };
        var queue = new Queue<AnalyserRegistration>([target]);
        while (queue.TryDequeue(out var next))
        {
            foreach (var need in next.Descriptor.Requires.Concat(next.Descriptor.Uses))
            {
                foreach (var provider in pool.Where(p => p.Descriptor.Provides.Contains(need) && keep.Add(p)))
                {
                    queue.Enqueue(provider);
                }
            }
        }

        var ordered = PipelinePlanner.Plan(pool.Where(keep.Contains));
        return new AnalyserTester(new AnalysisPipeline(ordered, TimeSpan.FromSeconds(30), NullLoggerFactory.Instance), target.Descriptor);
    }
}

/// <summary>An analyser's spans differ from the markup; the message shows both as markup.</summary>
public sealed class MarkupMismatchException(string message) : Exception(message);
