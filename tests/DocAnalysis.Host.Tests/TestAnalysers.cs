namespace DocAnalysis.Host.Tests;

/// <summary>Small analysers for host tests, each doing one thing.</summary>
internal sealed class DelegateAnalyser(string id, Action<IAnalysisContext> analyse, string[]? provides = null, string[]? requires = null, string[]? uses = null) : IAnalyser
{
    public AnalyserDescriptor Descriptor { get; } = new(id, id, new Version(1, 0, 0))
    {
        Provides = provides ?? [id],
        Requires = requires ?? [],
        Uses = uses ?? [],
    };

    public void Analyse(IAnalysisContext context) => analyse(context);

    /// <summary>Annotates every word of the current view with kind <paramref name="id"/>.</summary>
    public static DelegateAnalyser Words(string id, string[]? requires = null) => new(id, context =>
    {
        var text = context.Text;
        for (var i = 0; i < text.Length;)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            context.Add(new Annotation(id, TextSpan.FromBounds(start, i), new AnnotationAttributes { { "seen", text[start..i] } }));
        }
    }, requires: requires);

    /// <summary>Derives a view without every word that starts with '#'.</summary>
    public static DelegateAnalyser StripHashWords(string view = "clean") => new("stripper", context =>
    {
        var text = context.Text;
        var edits = new List<TextEdit>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '#' && (i == 0 || text[i - 1] == ' '))
            {
                var end = i;
                while (end < text.Length && text[end] != ' ')
                {
                    end++;
                }

                end = end < text.Length ? end + 1 : end;
                edits.Add(TextEdit.Remove(TextSpan.FromBounds(i, end)));
                i = end - 1;
            }
        }

        context.DeriveView(view, edits);
    }, provides: [view]);
}

/// <summary>Engines of analysers given in-process, built the one way every run is built.</summary>
internal static class TestEngine
{
    public static DocAnalysisEngine Of(IEnumerable<IAnalyser> analysers, TimeSpan? timeout = null, int parallel = 1)
    {
        var engine = DocAnalysisEngine.Compose(Options(analysers, timeout, parallel));
        Assert.Empty(engine.Problems);
        return engine;
    }

    /// <summary>Options of an engine of <paramref name="analysers"/> alone, without the shipped plugins.</summary>
    public static EngineOptions Options(IEnumerable<IAnalyser> analysers, TimeSpan? timeout = null, int parallel = 1)
    {
        var options = new EngineOptions { DefaultPlugins = false, TimeoutSeconds = (timeout ?? TimeSpan.FromSeconds(10)).TotalSeconds, Parallel = parallel };
        foreach (var analyser in analysers)
        {
            options.Analysers.Add(analyser);
        }

        return options;
    }
}
