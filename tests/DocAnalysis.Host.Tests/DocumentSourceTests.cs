using System.Text;
using DocAnalysis.Host.Inputs;
using DocAnalysis.Host.Pipeline;

namespace DocAnalysis.Host.Tests;

public sealed class DocumentSourceTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("docanalysis-inputs-");

    public void Dispose() => _folder.Delete(recursive: true);

    private string Write(string relative, byte[] bytes)
    {
        var path = Path.Combine(_folder.FullName, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private async Task<List<AnalysisResult>> RunAll()
    {
        using var engine = TestEngine.Of([DelegateAnalyser.Words("word")], parallel: 2);
        var results = new List<AnalysisResult>();
        await foreach (var result in engine.AnalyseAllAsync(new DocumentSource([_folder.FullName]).Enumerate(), TestContext.Current.CancellationToken))
        {
            results.Add(result);
        }

        return results;
    }

    [Fact]
    public async Task Bad_files_get_their_own_errors_and_good_files_are_analysed()
    {
        Write("a-good.txt", Encoding.UTF8.GetBytes("Lavrov said on Friday."));
        Write("b-empty.txt", []);
        Write("c-binary.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]);
        Write("d-latin1.txt", [0x63, 0x61, 0x66, 0xE9, 0x20, 0x6F, 0x6B]);
        Write("e-utf16.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Kabul today")]);
        Write("nested/f-bom.txt", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("Moscow")]);

        var results = await RunAll();

        Assert.Equal(["a-good", "b-empty", "c-binary", "d-latin1", "e-utf16", "nested/f-bom"], results.Select(r => r.Id));
        Assert.Equal(4, results[0].Annotations.Count);
        Assert.Contains("b-empty.txt: the file is empty", Assert.Single(results[1].Diagnostics).Message, StringComparison.Ordinal);
        Assert.Contains("c-binary.txt: binary content (a NUL byte at offset 4)", Assert.Single(results[2].Diagnostics).Message, StringComparison.Ordinal);
        Assert.Contains("d-latin1.txt: invalid UTF-8 (byte 0xE9 at offset 3)", Assert.Single(results[3].Diagnostics).Message, StringComparison.Ordinal);
        Assert.All(results.Skip(1).Take(3), r => Assert.Equal("DA0100", Assert.Single(r.Diagnostics).Id));
        Assert.Equal("Kabul today", results[4].Document!.Text);
        Assert.Equal("Moscow", results[5].Document!.Text);
    }

    [Fact]
    public async Task A_repeated_id_fails_its_later_document_and_ids_that_only_look_alike_do_not()
    {
        // Ids that differ in case, by a trailing space, by a letter that looks the same (Cyrillic а) or by being
        // a prefix: each is its own document; only the exact repeats fail, wherever they come in the stream.
        string[] ids = ["story", "Story", "story ", "stаry", "stor", "story", "a/b", "a/b", "story"];
        Write("batch.jsonl", Encoding.UTF8.GetBytes(string.Concat(ids.Select(id => System.Text.Json.JsonSerializer.Serialize(new { id, text = "Lavrov said" }) + "\n"))));

        var results = await RunAll();

        Assert.Equal(ids, results.Select(r => r.Id));
        var repeats = results.Select((r, i) => (r, i)).Where(x => x.r.Diagnostics.Count > 0).Select(x => x.i).ToList();
        Assert.Equal([5, 7, 8], repeats);
        Assert.All(repeats, i => Assert.Contains($"another input already has the id '{ids[i]}'", Assert.Single(results[i].Diagnostics).Message, StringComparison.Ordinal));
        Assert.All(results.Where(r => r.Diagnostics.Count == 0), r => Assert.Equal(2, r.Annotations.Count));
    }

    [Fact]
    public async Task A_sidecar_gives_the_publication_date_and_other_metadata()
    {
        Write("story.txt", Encoding.UTF8.GetBytes("Last Friday"));
        Write("story.meta.json", Encoding.UTF8.GetBytes("""{"published": "2017-04-26T16:55+03:00", "source": "sputnik", "section": "world"}"""));

        var metadata = (await RunAll()).Single().Document!.Metadata;

        Assert.Equal("2017-04-26T16:55+03:00", metadata.Published!.ToString());
        Assert.Equal("sputnik", metadata.Source);
        Assert.Equal("\"world\"", metadata.Extra["section"]);
    }

    [Fact]
    public async Task A_bad_sidecar_is_an_error_of_its_document()
    {
        Write("story.txt", Encoding.UTF8.GetBytes("text"));
        Write("story.meta.json", Encoding.UTF8.GetBytes("""{"published": "last Tuesday"}"""));

        var diagnostic = Assert.Single((await RunAll()).Single().Diagnostics);

        Assert.Contains("story.meta.json: \"published\" is \"last Tuesday\", not an ISO 8601 date", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_lines_records_are_documents_and_a_bad_line_fails_alone()
    {
        Write("batch.jsonl", Encoding.UTF8.GetBytes(
            """
            {"id": "one", "text": "first text", "metadata": {"published": "2016-09-12"}}
            not json
            {"id": "two", "text": "second"}
            """));

        var results = await RunAll();

        Assert.Equal(["one", "batch#2", "two"], results.Select(r => r.Id));
        Assert.Equal("2016-09-12", results[0].Document!.Metadata.Published!.ToString());
        Assert.Contains("batch.jsonl:2: is not valid JSON", Assert.Single(results[1].Diagnostics).Message, StringComparison.Ordinal);
        Assert.Empty(results[2].Diagnostics);
    }

    [Fact]
    public async Task A_json_lines_record_of_invalid_utf8_fails_alone_and_crlf_lines_are_read()
    {
        byte[] invalid = [.. "{\"id\": \"bad\", \"text\": \"caf"u8, 0xE9, .. "\"}\r\n"u8];
        Write("batch.jsonl", [.. "\uFEFF{\"id\": \"one\", \"text\": \"first\"}\r\n"u8, .. invalid, .. "{\"id\": \"two\", \"text\": \"second\"}"u8]);

        var results = await RunAll();

        Assert.Equal(["one", "batch#2", "two"], results.Select(r => r.Id));
        Assert.Equal("first", results[0].Document!.Text);
        Assert.Contains("batch.jsonl:2: invalid UTF-8 (byte 0xE9", Assert.Single(results[1].Diagnostics).Message, StringComparison.Ordinal);
        Assert.Equal("second", results[2].Document!.Text);
    }

    [Fact]
    public void Snapshot_files_are_never_documents()
    {
        Write("story.txt", Encoding.UTF8.GetBytes("text"));
        Write("story.verified.txt", Encoding.UTF8.GetBytes("approved"));
        Write("story.received.txt", Encoding.UTF8.GetBytes("new"));

        Assert.Equal(["story"], new DocumentSource([_folder.FullName]).Enumerate().Select(i => i.Id));
    }

    [Fact]
    public void The_count_of_text_files_is_known_without_reading_them_and_not_for_json_lines_or_standard_input()
    {
        Write("a.txt", "One."u8.ToArray());
        Write("b.txt", []); // empty: counted, and fails only when read
        Write("deeper/c.txt", "Three."u8.ToArray());
        var texts = new DocumentSource([_folder.FullName]);
        var lines = Write("more/records.jsonl", """{"id": "x", "text": "Four."}"""u8.ToArray());

        Assert.Equal(3, new DocumentSource([Path.Combine(_folder.FullName, "a.txt"), Path.Combine(_folder.FullName, "b.txt"), Path.Combine(_folder.FullName, "deeper")]).CountWithoutReading());
        Assert.Null(texts.CountWithoutReading()); // the folder now holds a JSON Lines file
        Assert.Null(new DocumentSource([lines]).CountWithoutReading());
        Assert.Null(new DocumentSource([DocumentSource.StandardInput]).CountWithoutReading());
    }
}
