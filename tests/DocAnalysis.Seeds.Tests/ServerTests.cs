using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;

namespace DocAnalysis.Seeds.Tests;

/// <summary>
/// <c>docanalysis serve</c> over real HTTP: the records it answers are the ones <c>run</c> writes, byte for byte; what
/// it refuses is refused with the status a service owes (400, 401, 413, 429) and words, never a stack trace; a stop
/// answers the requests in flight first.
/// </summary>
public sealed class ServerTests : IAsyncLifetime
{
    private ServerProcess _server = null!;

    public async ValueTask InitializeAsync() => _server = await ServerProcess.StartAsync("--max-document-size", "1");

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Each_seed_is_answered_with_the_record_run_writes_for_it()
    {
        foreach (var seed in Directory.EnumerateFiles(Repository.Seeds, "*.txt").Order(StringComparer.Ordinal))
        {
            var record = JsonSerializer.Serialize(new { id = Path.GetFileNameWithoutExtension(seed), text = File.ReadAllText(seed), metadata = new { published = "2017-04-26" } });

            var expected = await RunWithInput(record + "\n");
            using var response = await _server.Http.PostAsync("v1/analyse", new StringContent(record, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
            var answered = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("\"kind\":\"attribution\"", answered, StringComparison.Ordinal);
            Assert.Equal(expected, answered);
        }
    }

    [Fact]
    public async Task A_batch_of_600_records_is_answered_as_run_writes_them_in_input_order()
    {
        var lines = Batch(600);

        var expected = await RunWithInput(lines);
        using var response = await _server.Http.PostAsync("v1/analyse/batch", new StringContent(lines, Encoding.UTF8, "application/jsonl"), TestContext.Current.CancellationToken);
        var answered = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(600, answered.Count(c => c == '\n'));
        Assert.Contains("DA0100", answered, StringComparison.Ordinal); // the broken lines are said, as run says them
        Assert.Equal(expected, answered);
    }

    [Theory]
    [InlineData("{\"id\": \"a\", \"text\": ", "the body is not valid JSON")]
    [InlineData("{\"id\": \"a\", \"text\": \"half \\ud800 a character\"}", "surrogate")]
    [InlineData("{\"id\": \"a\", \"txt\": \"a text\"}", "unknown field 'txt' (a document has id, text, metadata)")]
    [InlineData("{\"id\": \"a\", \"text\": \"a text\", \"metadata\": {\"published\": \"someday\"}}", "published")]
    [InlineData("[1, 2]", "must be a JSON object")]
    public async Task A_document_that_cannot_be_read_is_a_400_that_says_why(string body, string expected)
    {
        using var response = await _server.Http.PostAsync("v1/analyse", new StringContent(body, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        var problem = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(expected, JsonDocument.Parse(problem).RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", problem, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_document_over_the_limit_is_a_413_and_plain_text_is_read_with_its_date()
    {
        var large = new string('a', 1_100_000) + " said";
        // As curl sends a large body: after "Expect: 100-continue", so a refusal comes before the body is sent.
        using var request = new HttpRequestMessage(HttpMethod.Post, "v1/analyse") { Content = new StringContent(large, Encoding.UTF8, "text/plain"), Headers = { ExpectContinue = true } };
        using var tooLarge = await _server.Http.SendAsync(request, TestContext.Current.CancellationToken);
        using var plain = await _server.Http.PostAsync("v1/analyse?id=memo&published=2017-04-26", new StringContent("The minister said on Friday that 40 people died.", Encoding.UTF8, "text/plain"), TestContext.Current.CancellationToken);
        var record = JsonDocument.Parse(await plain.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.Contains("at most 1,048,576 bytes", await tooLarge.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        Assert.Equal("memo", record.GetProperty("id").GetString());
        Assert.Contains(record.GetProperty("annotations").EnumerateArray(), a => a.GetProperty("kind").GetString() == "date" && a.GetProperty("value").GetString() == "2017-04-21");
    }

    [Fact]
    public async Task The_plugins_health_and_openapi_documents_are_served()
    {
        var plugins = JsonDocument.Parse(await _server.Http.GetStringAsync("v1/plugins", TestContext.Current.CancellationToken)).RootElement;
        var openapi = JsonDocument.Parse(await _server.Http.GetStringAsync("openapi/v1.json", TestContext.Current.CancellationToken)).RootElement;

        Assert.Equal(["credit-line-stripper", "attribution-finder", "date-normaliser", "number-reconciler"], plugins.GetProperty("pipeline").EnumerateArray().Select(a => a.GetProperty("id").GetString()));
        Assert.Equal("ok\n", await _server.Http.GetStringAsync("healthz", TestContext.Current.CancellationToken));
        Assert.True(openapi.GetProperty("paths").TryGetProperty("/v1/analyse/batch", out _));
    }

    [Fact]
    public async Task Beyond_the_queue_a_request_is_a_429_and_a_stop_answers_the_requests_in_flight()
    {
        await using var slow = await ServerProcess.StartAsync("--plugins", Repository.HostilePlugin, "--timeout", "2", "--max-concurrent", "1", "--queue", "0");
        var spinning = slow.Http.PostAsync("v1/analyse", new StringContent("""{"id": "slow", "text": "It waits [spin] here."}""", Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        await Task.Delay(TimeSpan.FromMilliseconds(500), TestContext.Current.CancellationToken);

        using var rejected = await slow.Http.PostAsync("v1/analyse", new StringContent("""{"id": "next", "text": "Another text."}""", Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        var health = await slow.Http.GetAsync("healthz", TestContext.Current.CancellationToken);
        var stopping = slow.TerminateAsync();
        using var answered = await spinning;
        var (exit, error) = await stopping;

        Assert.Equal(HttpStatusCode.TooManyRequests, rejected.StatusCode);
        Assert.Contains("1 requests are being analysed", await rejected.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Contains("\"id\":\"slow\"", await answered.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.True(exit == 0, error);
        Assert.Contains("every request in flight was answered", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_an_api_key_every_request_but_health_needs_it_and_an_open_address_needs_one()
    {
        var keyFile = Path.GetTempFileName();
        File.WriteAllText(keyFile, "0123456789abcdef0123456789abcdef\n");
        try
        {
            await using var keyed = await ServerProcess.StartAsync("--api-key-file", keyFile);
            using var missing = await keyed.Http.GetAsync("v1/plugins", TestContext.Current.CancellationToken);
            using var wrong = new HttpRequestMessage(HttpMethod.Get, "v1/plugins") { Headers = { { "X-Api-Key", "0123456789abcdef0123456789abcdeX" } } };
            using var wrongResponse = await keyed.Http.SendAsync(wrong, TestContext.Current.CancellationToken);
            using var right = new HttpRequestMessage(HttpMethod.Get, "v1/plugins") { Headers = { { "Authorization", "Bearer 0123456789abcdef0123456789abcdef" } } };
            using var rightResponse = await keyed.Http.SendAsync(right, TestContext.Current.CancellationToken);
            using var health = await keyed.Http.GetAsync("healthz", TestContext.Current.CancellationToken);
            var (openExit, _, openError) = await Cli.RunAsync("serve", "--urls", "http://0.0.0.0:0");

            Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, wrongResponse.StatusCode);
            Assert.Equal(HttpStatusCode.OK, rightResponse.StatusCode);
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
            Assert.Equal(2, openExit);
            Assert.Contains("can be reached from other machines: give --api-key-file", openError, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(keyFile);
        }
    }

    [Fact]
    public async Task With_json_logs_each_request_is_one_json_line_on_standard_error()
    {
        await using var logged = await ServerProcess.StartAsync("--log-format", "json");
        using var health = await logged.Http.GetAsync("healthz", TestContext.Current.CancellationToken);
        var (exit, error) = await logged.TerminateAsync();

        var line = error.Split('\n').Where(l => l.StartsWith('{')).Select(l => JsonDocument.Parse(l).RootElement)
            .Single(l => l.GetProperty("Category").GetString() == "DocAnalysis.Server.Requests");
        Assert.Equal(0, exit);
        Assert.Equal("GET /healthz 200", string.Join(' ', line.GetProperty("Message").GetString()!.Split(' ').Take(3)));
        Assert.Equal(200, line.GetProperty("State").GetProperty("Status").GetInt32());
    }

    /// <summary>
    /// A bounded load: 2,000 requests from 16 clients at once (the server queues what it cannot run yet), every one
    /// answered 200, and the server's memory after them within a bound.
    /// </summary>
    [Fact]
    public async Task Two_thousand_requests_from_16_clients_are_all_answered_in_bounded_memory()
    {
        var texts = Directory.EnumerateFiles(Repository.Seeds, "*.txt").Select(File.ReadAllText).ToList();
        var failures = 0;
        var next = -1;
        var clients = Enumerable.Range(0, 16).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < 2000)
            {
                var body = JsonSerializer.Serialize(new { id = $"doc-{i}", text = texts[i % texts.Count][..Math.Min(5000, texts[i % texts.Count].Length)] });
                using var response = await _server.Http.PostAsync("v1/analyse", new StringContent(body, Encoding.UTF8, "application/json"));
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        })).ToList();
        await Task.WhenAll(clients);

        Assert.Equal(0, failures);
        Assert.InRange(_server.ResidentMegabytes(), 1, 400);
    }

    /// <summary>600 records from the seeds' paragraphs, ids and dates varied, with a line that is not JSON and one without a text.</summary>
    private static string Batch(int count)
    {
        var paragraphs = Directory.EnumerateFiles(Repository.Seeds, "*.txt").Order(StringComparer.Ordinal)
            .SelectMany(f => File.ReadAllText(f).Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        var lines = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            lines.Append(i switch
            {
                17 => "{\"id\": \"broken\", \"text\": ",
                41 => "{\"id\": \"no-text\"}",
                _ => JsonSerializer.Serialize(new { id = $"p{i:D3}", text = paragraphs[i % paragraphs.Count], metadata = new { published = $"2017-04-{1 + (i % 28):D2}" } }),
            }).Append('\n');
        }

        return lines.ToString();
    }

    /// <summary>What <c>docanalysis run - --stdin-name request --format jsonl</c> writes for <paramref name="input"/>.</summary>
    private static async Task<string> RunWithInput(string input)
    {
        var start = Cli.StartInfo(["run", "-", "--stdin-name", "request", "--format", "jsonl"]);
        start.RedirectStandardInput = true;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        await process.WaitForExitAsync(TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromSeconds(120), TestContext.Current.CancellationToken);
        _ = await error;
        return await output;
    }
}
