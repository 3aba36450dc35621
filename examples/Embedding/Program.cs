using DocAnalysis;
using DocAnalysis.Host;

// Load the plugins once: the shipped ones come with the DocAnalysis.Host package, in plugins/ beside the program.
await using var engine = await DocAnalysisEngine.LoadAsync();

const string text = "Officials said on Friday that at least 12 people were killed and 30 injured when a bus left the road last week.";
var published = new PublicationDate(new DateOnly(2024, 3, 15));
var result = await engine.AnalyseAsync(text, new DocumentMetadata { Published = published });

foreach (var annotation in result.Annotations)
{
    // Every span points at the exact characters of the text that was analysed.
    var span = text[annotation.Span.Start..annotation.Span.End];
    Console.WriteLine($"{annotation.Analyser,-20} {annotation.Kind,-15} {span}");
}
