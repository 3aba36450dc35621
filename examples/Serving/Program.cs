using System.Net.Http.Json;
using DocAnalysis.Host;
using DocAnalysis.Server;

var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

// Load the plugins once; the application owns the engine. The endpoints go under /docanalysis/:
// POST /docanalysis/v1/analyse, POST /docanalysis/v1/analyse/batch, GET /docanalysis/v1/plugins, and the page.
await using var engine = await DocAnalysisEngine.LoadAsync();
app.MapGroup("/docanalysis").MapDocAnalysis(engine);

if (!args.Contains("--once"))
{
    await app.RunAsync();
    return;
}

// --once: listen on a free port, analyse one text over HTTP, print the record and stop (what CI runs).
app.Urls.Add("http://127.0.0.1:0");
await app.StartAsync();
using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
var document = new { id = "bus", text = "Officials said on Friday that at least 12 people were killed.", metadata = new { published = "2024-03-15" } };
using var response = await http.PostAsJsonAsync("/docanalysis/v1/analyse", document);
Console.WriteLine(await response.Content.ReadAsStringAsync());
await app.StopAsync();
