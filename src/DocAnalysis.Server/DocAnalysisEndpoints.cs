using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using DocAnalysis.Host;
using DocAnalysis.Host.Inputs;
using DocAnalysis.Host.Output;
using DocAnalysis.Host.Pipeline;
using DocAnalysis.Reports.Html;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;

namespace DocAnalysis.Server;

/// <summary>
/// The DocAnalysis endpoints, to map into any ASP.NET Core application (<c>docanalysis serve</c> maps them into its own):
/// <list type="bullet">
/// <item><c>POST /v1/analyse</c>: one document, <c>{"id","text","metadata"}</c> or <c>text/plain</c> with <c>?id=</c>
/// and <c>?published=</c>, answered with the record <c>docanalysis run --format jsonl</c> writes for it;</item>
/// <item><c>POST /v1/analyse/batch</c>: JSON Lines in, JSON Lines out, in input order, as they are analysed;</item>
/// <item><c>GET /v1/plugins</c>: the pipeline in run order and the plugins loaded; <c>GET /healthz</c>;</item>
/// <item><c>GET /</c>: a page to paste a text into, drawn as the HTML report draws a document.</item>
/// </list>
/// A request that cannot be read is answered 400 with a problem-details body that says what is wrong; a body over
/// the limit 413. Records name their source <c>request:LINE</c> (a JSON document is line 1 of its request) or
/// <c>request</c> (plain text).
/// </summary>
public static class DocAnalysisEndpoints
{
    /// <summary>The source records read from a request carry: <c>request:1</c>, as <c>docanalysis run - --stdin-name request</c> names them.</summary>
    public const string RequestSource = "request";

    private const string JsonLines = "application/jsonl";
    private static readonly string[] DocumentFields = ["id", "text", "metadata"];
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>Maps the endpoints for <paramref name="engine"/>, which the application owns (and disposes).</summary>
    public static IEndpointRouteBuilder MapDocAnalysis(this IEndpointRouteBuilder endpoints, DocAnalysisEngine engine, DocAnalysisServerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(engine);
        options ??= new DocAnalysisServerOptions();
        var page = new ReportPage(engine.Pipeline);
        var analysing = new[]
        {
            // (HttpContext, CancellationToken) rather than a bare request delegate, so that the OpenAPI document lists them.
            endpoints.MapPost("/v1/analyse", (HttpContext context, CancellationToken _) => AnalyseOne(context, engine, options))
                .WithName("Analyse").WithSummary("Analyse one document")
                .Accepts<DocumentRequest>("application/json", "text/plain").Produces(StatusCodes.Status200OK, contentType: "application/json")
                .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status429TooManyRequests)
                .WithDescription("A JSON object {\"id\", \"text\", \"metadata\"}, or text/plain with ?id= and ?published=; answered with the record docanalysis run --format jsonl writes for it."),
            endpoints.MapPost("/v1/analyse/batch", (HttpContext context, CancellationToken _) => AnalyseBatch(context, engine, options))
                .WithName("AnalyseBatch").WithSummary("Analyse JSON Lines")
                .Accepts<DocumentRequest>(JsonLines).Produces(StatusCodes.Status200OK, contentType: JsonLines).ProducesProblem(StatusCodes.Status429TooManyRequests)
                .WithDescription("One {\"id\", \"text\", \"metadata\"} record a line; answered with one record a line, in input order, as each is analysed."),
            endpoints.MapPost("/view", (HttpContext context) => View(context, engine, page, options)).ExcludeFromDescription(),
        };
        if (options.RateLimitingPolicy is { } policy)
        {
            foreach (var endpoint in analysing)
            {
                endpoint.RequireRateLimiting(policy);
            }
        }

        endpoints.MapGet("/v1/plugins", (HttpContext context, CancellationToken _) => Plugins(context, engine))
            .WithName("Plugins").WithSummary("The analysers in run order and the plugins loaded").Produces(StatusCodes.Status200OK, contentType: "application/json");
        endpoints.MapGet("/healthz", () => Results.Text("ok\n", "text/plain")).WithName("Health").WithSummary("Whether the server answers");
        endpoints.MapGet("/", (HttpContext context) => Page(context, page, null)).ExcludeFromDescription();
        endpoints.MapGet("/assets/{name}", (string name) => page.Assets.TryGetValue(name, out var content)
            ? Results.Text(content, name.EndsWith(".css", StringComparison.Ordinal) ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8")
            : Results.NotFound()).ExcludeFromDescription();
        return endpoints;
    }

    private static async Task AnalyseOne(HttpContext context, DocAnalysisEngine engine, DocAnalysisServerOptions options)
    {
        var body = await ReadBody(context, options.MaxDocumentBytes);
        if (body is null)
        {
            return;
        }

        Document document;
        string source;
        var plain = context.Request.ContentType?.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase) == true;
        try
        {
            (document, source) = plain ? PlainDocument(context.Request, body) : JsonDocumentOf(body, options);
        }
        catch (RequestProblem problem)
        {
            await Problem(context, StatusCodes.Status400BadRequest, "The document cannot be read", problem.Message);
            return;
        }

        var result = await engine.AnalyseAsync(document, source, context.RequestAborted);
        ServerMetrics.Documents.Add(1);
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.Body.WriteAsync(Record(result), context.RequestAborted);
    }

    private static async Task AnalyseBatch(HttpContext context, DocAnalysisEngine engine, DocAnalysisServerOptions options)
    {
        if (!FitsLimit(context, options.MaxBatchBytes))
        {
            await TooLarge(context, options.MaxBatchBytes!.Value);
            return;
        }

        // The records are read as the engine asks for them, on its own threads, line by line: memory stays bounded
        // by the engine's parallelism whatever the body's size.
        context.Features.Get<IHttpBodyControlFeature>()!.AllowSynchronousIO = true;
        var source = new DocumentSource([DocumentSource.StandardInput], new DocumentSourceOptions
        {
            StandardInputName = RequestSource,
            OpenStandardInput = () => context.Request.Body,
            ReferenceDate = options.ReferenceDate,
        });
        context.Response.ContentType = JsonLines + "; charset=utf-8";
        try
        {
            await foreach (var result in engine.AnalyseAllAsync(source.Enumerate(), context.RequestAborted))
            {
                await context.Response.Body.WriteAsync(Record(result), context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
                ServerMetrics.Documents.Add(1);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge && !context.Response.HasStarted)
        {
            await TooLarge(context, options.MaxBatchBytes ?? 0);
        }
    }

    private static async Task View(HttpContext context, DocAnalysisEngine engine, ReportPage page, DocAnalysisServerOptions options)
    {
        if (!context.Request.HasFormContentType)
        {
            await Problem(context, StatusCodes.Status400BadRequest, "The page's form is expected", "post the form of the page at /");
            return;
        }

        if (!FitsLimit(context, options.MaxDocumentBytes))
        {
            await TooLarge(context, options.MaxDocumentBytes);
            return;
        }

        IFormCollection form;
        try
        {
            form = await context.Request.ReadFormAsync(new Microsoft.AspNetCore.Http.Features.FormOptions { ValueLengthLimit = (int)Math.Min(int.MaxValue, options.MaxDocumentBytes) }, context.RequestAborted);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            await TooLarge(context, options.MaxDocumentBytes);
            return;
        }
        catch (InvalidDataException e)
        {
            await Problem(context, StatusCodes.Status400BadRequest, "The form cannot be read", e.Message);
            return;
        }

        var text = form["text"].ToString();
        var published = form["published"].ToString();
        if (text.Length == 0)
        {
            await Page(context, page, null);
            return;
        }

        DocumentMetadata metadata;
        try
        {
            metadata = Metadata(published.Length == 0 ? null : published, options);
        }
        catch (RequestProblem problem)
        {
            await Problem(context, StatusCodes.Status400BadRequest, "The publication date cannot be read", problem.Message);
            return;
        }

        var result = await engine.AnalyseAsync(new Document("pasted text", text.ReplaceLineEndings("\n"), metadata), "the page", context.RequestAborted);
        ServerMetrics.Documents.Add(1);
        await Page(context, page, result, text, published);
    }

    /// <summary>The page: a form to paste a text into, and below it the text as the report draws it.</summary>
    private static Task Page(HttpContext context, ReportPage page, AnalysisResult? result, string text = "", string published = "")
    {
        var form = new StringBuilder()
            .Append("<form method=\"post\" action=\"view\" class=\"paste\">\n<h1>DocAnalysis</h1>\n")
            .Append("<p><label for=\"text\">Text to analyse</label><br><textarea id=\"text\" name=\"text\" rows=\"12\" cols=\"100\" required>")
            .Append(Html.Encode(text)).Append("</textarea></p>\n")
            .Append("<p><label for=\"published\">Published (an ISO 8601 date, optional) </label><input id=\"published\" name=\"published\" type=\"text\" placeholder=\"2017-04-26\" value=\"")
            .Append(Html.Encode(published)).Append("\"> <button type=\"submit\">Analyse</button></p>\n</form>\n")
            .ToString();
        string html;
        if (result is null)
        {
            var empty = new StringBuilder();
            ReportPage.Head(empty, "Paste a text", "assets/");
            empty.Append(form);
            ReportPage.Tail(empty, "assets/");
            html = empty.ToString();
        }
        else
        {
            html = page.Document(result, assets: "assets/", index: null, prelude: form);
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'";
        context.Response.Headers.XContentTypeOptions = "nosniff";
        return context.Response.WriteAsync(html, context.RequestAborted);
    }

    private static Task Plugins(HttpContext context, DocAnalysisEngine engine)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("pipeline");
            foreach (var analyser in engine.Pipeline)
            {
                writer.WriteStartObject();
                writer.WriteString("id", analyser.Id);
                writer.WriteString("displayName", analyser.DisplayName);
                writer.WriteString("version", analyser.Version.ToString(3));
                Strings(writer, "requires", analyser.Requires);
                Strings(writer, "uses", analyser.Uses);
                Strings(writer, "provides", analyser.Provides);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("plugins");
            foreach (var plugin in engine.Plugins)
            {
                writer.WriteStartObject();
                writer.WriteString("name", plugin.Name);
                writer.WriteString("version", plugin.Version);
                writer.WriteString("contract", plugin.ContractVersion.ToString(2));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteString("contract", Contract.Version.ToString(2));
            writer.WriteEndObject();
        }

        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.Body.WriteAsync(buffer.ToArray(), context.RequestAborted).AsTask();

        static void Strings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
        {
            writer.WriteStartArray(name);
            foreach (var value in values)
            {
                writer.WriteStringValue(value);
            }

            writer.WriteEndArray();
        }
    }

    /// <summary>A JSON document: an object of <c>id</c>, <c>text</c> and <c>metadata</c>, read as <c>run</c> reads a JSON Lines record.</summary>
    private static (Document Document, string Source) JsonDocumentOf(byte[] body, DocAnalysisServerOptions options)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new RequestProblem("the body must be a JSON object {\"id\", \"text\", \"metadata\"}");
            }

            foreach (var property in json.RootElement.EnumerateObject())
            {
                if (!DocumentFields.Contains(property.Name, StringComparer.Ordinal))
                {
                    throw new RequestProblem($"unknown field '{property.Name}' (a document has {string.Join(", ", DocumentFields)})");
                }
            }
        }
        catch (JsonException e)
        {
            throw new RequestProblem($"the body is not valid JSON: {JsonProblem.Describe(e)}");
        }

        // One line, as a JSON Lines record, read by run's own reader so that the record is the one run writes. A line
        // break in valid JSON is only ever whitespace between tokens (inside a string it is escaped), so a space keeps it.
        body.AsSpan().Replace((byte)'\n', (byte)' ');
        body.AsSpan().Replace((byte)'\r', (byte)' ');
        var buffer = new MemoryStream(body, writable: false);
        var input = new DocumentSource([DocumentSource.StandardInput], new DocumentSourceOptions
        {
            StandardInputName = RequestSource,
            OpenStandardInput = () => buffer,
            ReferenceDate = options.ReferenceDate,
        }).Enumerate().Single();
        try
        {
            return (input.Load(), input.Source);
        }
        catch (DocumentLoadException e)
        {
            throw new RequestProblem(e.Problem);
        }
    }

    private static (Document Document, string Source) PlainDocument(HttpRequest request, byte[] body)
    {
        var text = TextDecoder.TryDecode(body, out var problem) ?? throw new RequestProblem($"the text {problem}");
        if (text.Length == 0)
        {
            throw new RequestProblem("the text is empty");
        }

        var id = request.Query["id"].ToString() is { Length: > 0 } given ? given : "document";
        var published = request.Query["published"].ToString();
        return (new Document(id, text, Metadata(published.Length == 0 ? null : published, null)), RequestSource);
    }

    private static DocumentMetadata Metadata(string? published, DocAnalysisServerOptions? options) =>
        published is null ? new DocumentMetadata { ReferenceDate = options?.ReferenceDate }
        : PublicationDate.TryParse(published, out var date) ? new DocumentMetadata { Published = date }
        : throw new RequestProblem($"published '{published}' is not an ISO 8601 date such as 2017-04-26 or 2017-04-26T16:55+03:00");

    /// <summary>The body, whole, or null after answering 413 when it is over <paramref name="limit"/>.</summary>
    private static async Task<byte[]?> ReadBody(HttpContext context, long limit)
    {
        if (!FitsLimit(context, limit))
        {
            await TooLarge(context, limit);
            return null;
        }

        using var buffer = new MemoryStream();
        try
        {
            await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            await TooLarge(context, limit);
            return null;
        }

        return buffer.ToArray();
    }

    /// <summary>Sets the request's body limit (when the server allows it) and says whether its declared length fits.</summary>
    private static bool FitsLimit(HttpContext context, long? limit)
    {
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }

        return limit is null || context.Request.ContentLength is not { } length || length <= limit;
    }

    private static Task TooLarge(HttpContext context, long limit) =>
        Problem(context, StatusCodes.Status413PayloadTooLarge, "The body is too large", $"this endpoint takes at most {limit:N0} bytes");

    /// <summary>A problem-details answer (RFC 9457) that says what is wrong in words, never how the server failed.</summary>
    internal static Task Problem(HttpContext context, int status, string title, string detail)
    {
        if (context.Response.HasStarted)
        {
            return Task.CompletedTask;
        }

        context.Response.StatusCode = status;
        return Results.Problem(detail: detail, statusCode: status, title: title).ExecuteAsync(context);
    }

    private static byte[] Record(AnalysisResult result)
    {
        using var buffer = new MemoryStream();
        ResultJson.WriteLine(buffer, result);
        return buffer.ToArray();
    }

    /// <summary>What is wrong with a request, in words for its sender.</summary>
    private sealed class RequestProblem(string message) : Exception(message);

    /// <summary>A document as <c>POST /v1/analyse</c> takes it (for the OpenAPI document; the body is read as run reads a JSON Lines record).</summary>
    /// <param name="Id">The document's id, as it comes back in the record.</param>
    /// <param name="Text">The document's text.</param>
    /// <param name="Metadata">Optional: <c>published</c> (ISO 8601), <c>source</c>, <c>culture</c>, anything else kept as given.</param>
    internal sealed record DocumentRequest(string Id, string Text, Dictionary<string, JsonElement>? Metadata);
}
