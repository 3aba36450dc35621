using BenchmarkDotNet.Attributes;
using DocAnalysis.Plugins.Attributions;
using DocAnalysis.Plugins.CreditLines;
using DocAnalysis.Plugins.Dates;
using DocAnalysis.Plugins.Numbers;

namespace DocAnalysis.Benchmarks;

/// <summary>
/// Single-threaded throughput of one analyser over a whole development corpus; the MB/s column divides the corpus
/// size by the mean time of one pass. Each pass computes each document's text layer once, as the host does for the
/// analysers of one view; <c>text-layer</c> measures that alone, on the attribution corpus.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class AnalyserThroughput
{
    private IAnalyser _analyser = null!;
    private Corpus _corpus = null!;

    [Params("text-layer", "credit-line-stripper", "date-normaliser", "attribution-finder", "number-reconciler")]
    public string Analyser { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        (_analyser, _corpus) = Analyser switch
        {
            "text-layer" => ((IAnalyser)new LayerOnly(), Corpus.Load("attribution/dev/corpus")),
            "credit-line-stripper" => (new CreditLineStripper(new CreditLineOptions()), Corpus.Load("credits/dev/corpus")),
            "date-normaliser" => (new DateNormaliser(), Corpus.Load("dates/tbaq/corpus")),
            "number-reconciler" => (new NumberReconciler(new NumberOptions()), Corpus.Load("attribution/dev/corpus")),
            _ => (CreateAttributionFinder(), Corpus.Load("attribution/dev/corpus")),
        };
        ThroughputConfig.Bytes[Analyser] = _corpus.Bytes;
    }

    /// <summary>The attribution finder with the lexicon and models it ships, as its plugin's start-up registers it.</summary>
    internal static AttributionFinder CreateAttributionFinder()
    {
        var lexicon = CueLexicon.LoadEmbedded();
        return new AttributionFinder(lexicon, CueModel.LoadEmbedded(lexicon), Acceptance.LoadEmbedded(), ContentEnds.LoadEmbedded(), SourceChoices.LoadEmbedded());
    }

    [Benchmark]
    public int AnalyseCorpus()
    {
        var found = 0;
        foreach (var document in _corpus.Documents)
        {
            var context = new BenchmarkContext(document);
            _analyser.Analyse(context);
            found += context.Added.Count;
        }

        return found;
    }

    /// <summary>Reads the layer and nothing else: what the host's tokens and sentences cost by themselves.</summary>
    private sealed class LayerOnly : IAnalyser
    {
        public AnalyserDescriptor Descriptor { get; } = new("text-layer", "Text layer", new Version(1, 0));

        public void Analyse(IAnalysisContext context) => _ = context.Layer.Tokens.Count;
    }
}
