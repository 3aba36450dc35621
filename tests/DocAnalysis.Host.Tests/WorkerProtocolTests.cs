using System.Text.Json;
using DocAnalysis.Host.Pipeline;
using DocAnalysis.Host.Workers;
using Microsoft.Extensions.Configuration;

namespace DocAnalysis.Host.Tests;

/// <summary>What crosses the worker protocol comes back as it left: documents, every kind of field value, views, diagnostics.</summary>
public sealed class WorkerProtocolTests
{
    [Fact]
    public void A_document_crosses_with_its_metadata_and_text_exactly()
    {
        var metadata = new DocumentMetadata
        {
            Published = PublicationDate.TryParse("2017-04-26T16:55+03:00", out var published) ? published : null,
            ReferenceDate = PublicationDate.TryParse("2017-04-25", out var reference) ? reference : null,
            Source = "Reuters",
            Culture = "en-GB",
            Extra = new SortedDictionary<string, string>(StringComparer.Ordinal) { ["tags"] = "[\"a\", 1]" },
        };
        var text = "Lone \ud800 surrogate, a pair \ud83d\ude00, \"quotes\", \\ and a line\nbreak.";
        var document = new Document("folder/id", text, metadata);

        using var json = JsonDocument.Parse(WorkerProtocol.Line(w => WorkerProtocol.WriteDocument(w, 7, document, "corpus.jsonl:3", ["b", "a"])));
        var (n, read, source, skip) = WorkerProtocol.ReadDocument(json.RootElement.GetProperty("document"));

        Assert.Equal(7, n);
        Assert.Equal("corpus.jsonl:3", source);
        Assert.Equal(["a", "b"], skip.Order(StringComparer.Ordinal));
        Assert.Equal(document.Id, read.Id);
        Assert.Equal(text, read.Text);
        Assert.Equal(metadata.Published, read.Metadata.Published);
        Assert.Equal(metadata.ReferenceDate, read.Metadata.ReferenceDate);
        Assert.Equal(metadata.Source, read.Metadata.Source);
        Assert.Equal(metadata.Culture, read.Metadata.Culture);
        Assert.Equal(metadata.Extra, read.Metadata.Extra);
    }

    [Fact]
    public void A_result_crosses_with_every_kind_of_field_value()
    {
        var document = new Document("d", "Smith said 3.25 million people left on Friday.");
        var nested = new AnnotationAttributes { { "span", new TextSpan(0, 5) }, { "note", "\udc00 lone" } }
            .Set("ranks", [0.1, 1e300, -0.0, 123456789012345678])
            .Set("names", ["a", "b"]);
        var fields = new AnnotationAttributes { { "label", "x" }, { "number", 3.25 }, { "flag", false }, { "none", (string?)null }, { "nested", nested } }
            .Set("spans", [new TextSpan(11, 4), new TextSpan(0, 0)])
            .Set("groups", [nested, new AnnotationAttributes()]);
        var result = new AnalysisResult(
            "d",
            "s",
            document,
            [new Annotation("quantity", new TextSpan(11, 12), fields.ToReadOnly(s => s)) { Analyser = "numbers" }],
            [new("clean", "Smith said \ud800")],
            [new Diagnostic(Diagnostic.AnalyserFailed, "analyser 'x' failed", "x"), new Diagnostic(Diagnostic.DocumentUnreadable, "no analyser")]);

        using var json = JsonDocument.Parse(WorkerProtocol.Line(w => WorkerProtocol.WriteResult(w, 1, result, abandoned: false)));
        var read = WorkerProtocol.ReadResult(json.RootElement.GetProperty("result"), document, "s");

        Assert.Same(document, read.Document);
        Assert.Equal(result.Views, read.Views);
        Assert.Equal(result.Diagnostics, read.Diagnostics);
        var annotation = Assert.Single(read.Annotations);
        Assert.Equal(("quantity", new TextSpan(11, 12), "numbers"), (annotation.Kind, annotation.Span, annotation.Analyser));
        Assert.True(annotation.Attributes.IsReadOnly);
        Assert.Equal(Describe(result.Annotations[0].Attributes), Describe(annotation.Attributes));
        Assert.Equal(BitConverter.DoubleToInt64Bits(-0.0), BitConverter.DoubleToInt64Bits((double)annotation.Attributes.GetObject("nested")!.GetList("ranks")![2]!));
    }

    [Fact]
    public void Options_cross_with_the_plugins_settings()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([new("analysers:date-normaliser:mode", "strict"), new("analysers:x:list:0", "a\ud800"), new("other", "left out")])
            .Build();
        var options = new EngineOptions { Configuration = configuration };

        var read = RoundTrip(options);

        Assert.Equal("strict", read.Configuration!["analysers:date-normaliser:mode"]);
        Assert.Equal("a\ud800", read.Configuration["analysers:x:list:0"]);
        Assert.Null(read.Configuration["other"]);
    }

    /// <summary>
    /// Every public settable setting of the engine reaches a worker process: each is given a value other than its
    /// default, and a new setting the wire form leaves out fails here (only the configuration, sent as its analysers
    /// section, and the logger, which a worker has its own of, stay behind).
    /// </summary>
    [Fact]
    public void Every_engine_setting_survives_the_worker_round_trip()
    {
        var settable = typeof(EngineOptions).GetProperties()
            .Where(p => p.SetMethod is { IsPublic: true } && p.Name is not (nameof(EngineOptions.Configuration) or nameof(EngineOptions.LoggerFactory)))
            .ToList();
        var options = new EngineOptions();
        var defaults = new EngineOptions();
        foreach (var property in settable)
        {
            property.SetValue(options, Other(property.PropertyType, property.GetValue(defaults)));
        }

        var read = RoundTrip(options);

        Assert.NotEmpty(settable);
        Assert.All(settable, property =>
        {
            var sent = Json(property.GetValue(options));
            Assert.NotEqual(Json(property.GetValue(defaults)), sent);
            Assert.True(sent == Json(property.GetValue(read)), $"{property.Name} did not survive: sent {sent}, read {Json(property.GetValue(read))}");
        });

        static object Other(Type type, object? value) => type switch
        {
            _ when type == typeof(bool) => !(bool)value!,
            _ when type == typeof(double) => (double)value! + 0.25,
            _ when type == typeof(int) => (int)value! + 3,
            _ when type == typeof(long) => (long)value! + 4096,
            _ when type == typeof(List<string>) => new List<string>([Path.GetFullPath("/p/one"), Path.GetFullPath("/p/two\ud800")]),
            _ when type == typeof(List<Plugins.PluginPackageReference>) => new List<Plugins.PluginPackageReference>([new("Acme.Emails", "1.2.0") { Hash = "sha256-x\ud800" }]),
            _ when type.IsEnum => Enum.GetValues(type).Cast<object>().Last(v => !v.Equals(value)),
            _ => throw new InvalidOperationException($"the test does not know how to set a {type.Name}: teach it"),
        };

        static string Json(object? value) => JsonSerializer.Serialize(value);
    }

    [Fact]
    public void Descriptors_cross_with_how_a_report_shows_their_kinds()
    {
        var descriptor = new AnalyserDescriptor("groups", "Groups \ud800", new Version(1, 2, 3))
        {
            Requires = ["clean"],
            Uses = ["date"],
            Provides = ["group", "member"],
            Displays =
            [
                new("group") { Name = "a group", Colour = "#6a1b9a", Underline = true, Fields = ["measure"], SetApartWhen = "hidden", LabelField = "label", Table = new("Groups", "members", ["span", "value"]) { Caption = ["measure", "status"] } },
                new("member"),
            ],
        };

        using var json = JsonDocument.Parse(WorkerProtocol.Line(w => WorkerProtocol.WriteDescriptors(w, "ready", [descriptor])));
        var read = Assert.Single(WorkerProtocol.ReadDescriptors(json.RootElement.GetProperty("ready")));

        Assert.Equal(JsonSerializer.Serialize(descriptor), JsonSerializer.Serialize(read));
        Assert.Equal(descriptor.DisplayName, read.DisplayName);
        Assert.Equal(["span", "value"], read.Displays[0].Table!.Columns);
    }

    private static EngineOptions RoundTrip(EngineOptions options)
    {
        using var json = JsonDocument.Parse(WorkerProtocol.Line(w => WorkerProtocol.WriteOptions(w, options)));
        return EngineOptions.FromWire(json.RootElement.GetProperty("options"));
    }

    /// <summary>A field set as text that tells every value's type and content apart.</summary>
    private static string Describe(object? value) => value switch
    {
        null => "null",
        string s => "s:" + string.Concat(s.Select(c => ((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture))),
        double d => "d:" + BitConverter.DoubleToInt64Bits(d),
        bool b => "b:" + b,
        TextSpan span => "t:" + span,
        AnnotationAttributes fields => "{" + string.Join(",", fields.Select(f => f.Key + "=" + Describe(f.Value))) + "}",
        IEnumerable<object?> list => "[" + string.Join(",", list.Select(Describe)) + "]",
        _ => throw new InvalidOperationException(value.GetType().Name),
    };
}
