using System.Runtime.CompilerServices;
using DocAnalysis.Host;
using DocAnalysis.Host.Output;
using DocAnalysis.Host.Pipeline;
using Microsoft.Extensions.Configuration;

namespace DocAnalysis.Testing;

/// <summary>
/// Runs one analyser, with the analysers it requires, over small texts, the way the host runs it: views, offset
/// mapping and isolation included. The analyser under test comes from the startups given in-process; what it
/// requires comes from them or from the shipped plugins, which the DocAnalysis.Host package copies to
/// <c>plugins/</c> beside the test assembly. Use <see cref="AssertMarkup"/> for span tests and
/// <see cref="Render"/> for snapshots.
/// </summary>
public sealed class AnalyserTester
{
    private readonly DocAnalysisEngine _engine;

    private AnalyserTester(DocAnalysisEngine engine, AnalyserDescriptor analyser)
    {
        _engine = engine;
        Analyser = analyser;
    }

    /// <summary>The analyser under test.</summary>
    public AnalyserDescriptor Analyser { get; }

    /// <summary>
    /// Composes the analysers of <paramref name="startups"/> (with <paramref name="configuration"/>, whose keys are
    /// those under <c>analysers</c> in docanalysis.json, such as <c>acme-emails:domains:0</c>) together with the
    /// shipped plugins, and keeps <paramref name="analyserId"/> and what it requires. An analyser of the startups
    /// replaces a shipped one of the same id.
    /// </summary>
    public static AnalyserTester Create(string analyserId, IEnumerable<IPluginStartup> startups, IReadOnlyDictionary<string, string?>? configuration = null)
    {
        ArgumentNullException.ThrowIfNull(startups);
        var options = Options(analyserId, configuration);
        foreach (var startup in startups)
        {
            options.Startups.Add(startup);
        }

        return Compose(options, analyserId);
    }

    /// <summary>Like <see cref="Create(string, IEnumerable{IPluginStartup}, IReadOnlyDictionary{string, string})"/> for one plugin's startup.</summary>
    public static AnalyserTester Create(string analyserId, IPluginStartup startup, IReadOnlyDictionary<string, string?>? configuration = null) =>
        Create(analyserId, [startup], configuration);

    /// <summary>Like <see cref="Create(string, IEnumerable{IPluginStartup}, IReadOnlyDictionary{string, string})"/>, for analysers already created.</summary>
    public static AnalyserTester Create(string analyserId, params IAnalyser[] analysers)
    {
        var options = Options(analyserId, null);
        foreach (var analyser in analysers)
        {
            options.Analysers.Add(analyser);
        }

        return Compose(options, analyserId);
    }

    /// <summary>Analyses one text.</summary>
    public AnalysisResult Analyse(string text, DocumentMetadata? metadata = null, string id = "test") =>
        _engine.AnalyseAsync(text, metadata, id).GetAwaiter().GetResult();

    /// <summary>
    /// The snapshot rendering of a result for the analyser under test: its findings with line:column, text and
    /// fields, the views it derives, and any diagnostics. Findings of the analysers it requires are left out, so
    /// their changes do not break this snapshot.
    /// </summary>
    public string Render(AnalysisResult result) => TextRenderer.Render(result, [Analyser]);

    /// <summary>
    /// Compares the findings of the analyser under test in <paramref name="result"/> (<see cref="Render"/>) with the
    /// approved snapshot <paramref name="name"/> in a <c>Snapshots</c> folder beside the test's source file. A mismatch
    /// writes <c>NAME.received.txt</c> and <c>NAME.changes.html</c>, which shows each finding added, removed or changed
    /// in the document's text around it, and fails with a unified diff.
    /// </summary>
    public void VerifySnapshot(string name, AnalysisResult result, [CallerFilePath] string sourceFile = "")
    {
        ArgumentNullException.ThrowIfNull(result);
        Snapshot.Verify(Snapshot.VerifiedPath(name, sourceFile), Render(result), accept: null, result.Document?.Text);
    }

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
            throw new MarkupMismatchException($"The analysis reported problems:{Environment.NewLine}{string.Join(Environment.NewLine, result.Diagnostics.Select(Describe))}");
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

    private static EngineOptions Options(string analyserId, IReadOnlyDictionary<string, string?>? configuration)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(analyserId);
        var analysers = (configuration ?? new Dictionary<string, string?>()).ToDictionary(kv => "analysers:" + kv.Key, kv => kv.Value);
        return new EngineOptions
        {
            // The shipped plugins, where the package put them; without them the analyser must bring what it requires.
            DefaultPlugins = Directory.Exists(EngineOptions.DefaultPluginFolder),
            Only = [analyserId],
            Configuration = new ConfigurationBuilder().AddInMemoryCollection(analysers).Build(),
        };
    }

    /// <summary>A problem as a developer reads it: its id and message, then the full error of an analyser that failed.</summary>
    private static string Describe(Diagnostic diagnostic) =>
        diagnostic.Detail is { } detail ? $"{diagnostic.Id} {diagnostic.Message}{Environment.NewLine}{detail}" : $"{diagnostic.Id} {diagnostic.Message}";

    private static AnalyserTester Compose(EngineOptions options, string analyserId)
    {
        var engine = DocAnalysisEngine.Compose(options);
        if (engine.Problems.Count > 0)
        {
            engine.Dispose();
            throw new EngineSetupException(engine.Problems);
        }

        return new AnalyserTester(engine, engine.Pipeline.Single(a => a.Id == analyserId));
    }
}

/// <summary>An analyser's spans differ from the markup; the message shows both as markup.</summary>
public sealed class MarkupMismatchException(string message) : Exception(message);
