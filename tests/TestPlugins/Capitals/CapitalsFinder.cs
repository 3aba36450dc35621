using DocAnalysis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Capitals;

/// <summary>Finds words of two or more capital letters in the clean view, with how many letters: something to see beside the shipped analysers.</summary>
public sealed class CapitalsFinder : IAnalyser
{
    public AnalyserDescriptor Descriptor { get; } = new("capitals", "Capitals finder", AnalyserDescriptor.VersionOf(typeof(CapitalsFinder)))
    {
        Requires = [Views.Clean],
        Provides = ["capitals"],
    };

    public void Analyse(IAnalysisContext context)
    {
        var text = context.Text;
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var upper = i < text.Length && char.IsAsciiLetterUpper(text[i]);
            if (upper && start < 0)
            {
                start = i;
            }
            else if (!upper && start >= 0)
            {
                if (i - start >= 2 && (i == text.Length || !char.IsLetter(text[i])) && (start == 0 || !char.IsLetter(text[start - 1])))
                {
                    context.Add(new Annotation("capitals", new TextSpan(start, i - start), new AnnotationAttributes { { "letters", i - start } }));
                }

                start = -1;
            }
        }
    }
}

public sealed class Startup : IPluginStartup
{
    public void ConfigureServices(IServiceCollection services, IConfiguration analysers) => services.AddSingleton<IAnalyser, CapitalsFinder>();
}
