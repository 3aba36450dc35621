using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using DocAnalysis.Host;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DocAnalysis.Server;

/// <summary>How <c>docanalysis serve</c> runs the endpoints (<see cref="DocAnalysisServer.RunAsync"/>).</summary>
public sealed record ServeOptions
{
    /// <summary>The address listened on when none is given: this machine only.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5088";

    /// <summary>Where to listen (<c>--urls</c>); a port of 0 takes a free one. Default: <see cref="DefaultUrl"/>.</summary>
    public IReadOnlyList<string> Urls { get; init; } = [DefaultUrl];

    /// <summary>The key every request but <c>/healthz</c> must carry (<c>Authorization: Bearer KEY</c> or <c>X-Api-Key: KEY</c>); none when null.</summary>
    public string? ApiKey { get; init; }

    /// <summary>Whether the request log is JSON, a line each (<c>--log-format json</c>), rather than text.</summary>
    public bool JsonLogs { get; init; }

    /// <summary>How many requests analyse at once; 0 (the default): one per core.</summary>
    public int MaxConcurrent { get; init; }

    /// <summary>How many more wait for their turn; beyond them a request is answered 429. Default 64.</summary>
    public int QueueLimit { get; init; } = 64;

    /// <summary>How long a stop waits for the requests in flight. Default 30 s.</summary>
    public TimeSpan ShutdownTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How the endpoints read requests.</summary>
    public DocAnalysisServerOptions Endpoints { get; init; } = new();

    /// <summary>Whether every address is this machine's own (<c>localhost</c>, <c>127.0.0.1</c>, <c>[::1]</c>).</summary>
    public static bool IsLoopback(string url) =>
        Uri.TryCreate(url.Replace("://*", "://wildcard", StringComparison.Ordinal).Replace("://+", "://wildcard", StringComparison.Ordinal), UriKind.Absolute, out var uri)
        && (uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address)));
}

/// <summary>
/// <c>docanalysis serve</c>: the endpoints of <see cref="DocAnalysisEndpoints"/> on Kestrel, with what a service needs
/// around them — a concurrency limit with a queue (429 beyond it), an API key checked in constant time, one log line
/// per request, problem details instead of stack traces, the OpenAPI document at <c>/openapi/v1.json</c>, and a stop
/// that answers the requests in flight first.
/// </summary>
public static partial class DocAnalysisServer
{
    private const string AnalysePolicy = "analyse";

    /// <summary>
    /// Serves <paramref name="engine"/> until <paramref name="stop"/> is cancelled, then answers the requests in flight
    /// and returns. <paramref name="listening"/> hears the addresses once the server listens.
    /// </summary>
    public static async Task RunAsync(DocAnalysisEngine engine, ServeOptions options, Action<IReadOnlyList<string>> listening, CancellationToken stop)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(listening);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production, Args = [] });
        builder.WebHost.UseUrls([.. options.Urls]);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = options.ShutdownTimeout);
        builder.Logging.ClearProviders();
        if (options.JsonLogs)
        {
            builder.Logging.AddJsonConsole(json => json.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ ");
        }
        else
        {
            builder.Logging.AddSimpleConsole(text => text.SingleLine = true);
        }

        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
        builder.Services.AddOpenApi();
        builder.Services.AddProblemDetails();
        var permits = options.MaxConcurrent > 0 ? options.MaxConcurrent : Environment.ProcessorCount;
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddConcurrencyLimiter(AnalysePolicy, concurrency =>
            {
                concurrency.PermitLimit = permits;
                concurrency.QueueLimit = Math.Max(0, options.QueueLimit);
                concurrency.QueueProcessingOrder = QueueProcessingOrder.OldestFirst;
            });
            limiter.OnRejected = (rejected, token) => new ValueTask(DocAnalysisEndpoints.Problem(rejected.HttpContext, StatusCodes.Status429TooManyRequests,
                "Too many requests", $"{permits} requests are being analysed and {options.QueueLimit} wait; try again shortly"));
        });

        await using var app = builder.Build();
        var requests = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("DocAnalysis.Server.Requests");
        app.Use((context, next) => LogRequest(context, next, requests));
        app.UseExceptionHandler(failed => failed.Run(context => DocAnalysisEndpoints.Problem(context, StatusCodes.Status500InternalServerError,
            "The server failed on this request", "the failure is in the server's log")));
        if (options.ApiKey is { } key)
        {
            var expected = SHA256.HashData(Encoding.UTF8.GetBytes(key));
            app.Use((context, next) => CheckKey(context, next, expected));
        }

        app.UseRateLimiter();
        app.MapOpenApi();
        app.MapDocAnalysis(engine, options.Endpoints with { RateLimitingPolicy = AnalysePolicy });
        await app.StartAsync(stop);
        listening([.. app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? []]);
        await app.WaitForShutdownAsync(stop);
    }

    /// <summary>Every request but <c>/healthz</c> carries the key; the comparison takes the same time whatever it is.</summary>
    private static Task CheckKey(HttpContext context, RequestDelegate next, byte[] expected)
    {
        if (context.Request.Path.Equals("/healthz", StringComparison.Ordinal))
        {
            return next(context);
        }

        var given = context.Request.Headers.Authorization.ToString() is { } authorization && authorization.StartsWith("Bearer ", StringComparison.Ordinal)
            ? authorization["Bearer ".Length..]
            : context.Request.Headers["X-Api-Key"].ToString();
        if (CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), expected))
        {
            return next(context);
        }

        context.Response.Headers.WWWAuthenticate = "Bearer";
        return DocAnalysisEndpoints.Problem(context, StatusCodes.Status401Unauthorized, "An API key is needed",
            "send the key given to docanalysis serve --api-key-file as 'Authorization: Bearer KEY' or 'X-Api-Key: KEY'");
    }

    private static async Task LogRequest(HttpContext context, RequestDelegate next, ILogger log)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var endpoint = context.GetEndpoint()?.DisplayName ?? context.Request.Path.ToString();
            ServerMetrics.RequestDuration.Record(elapsed, new KeyValuePair<string, object?>("endpoint", endpoint), new KeyValuePair<string, object?>("status", context.Response.StatusCode));
            Answered(log, context.Request.Method, context.Request.Path.ToString(), context.Response.StatusCode, Math.Round(elapsed, 1), context.Request.ContentLength ?? 0);
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "{Method} {Path} {Status} in {Milliseconds} ms ({RequestBytes} bytes in)")]
    private static partial void Answered(ILogger logger, string method, string path, int status, double milliseconds, long requestBytes);
}
