using System.Text;
using DocAnalysis.Host.Inputs;

namespace DocAnalysis.Host.Tests;

/// <summary>The shard of a document is fixed by its id alone, by a documented hash; a source reads standard input as JSON Lines.</summary>
public sealed class DocumentShardTests
{
    [Theory]
    [InlineData("", 0xcbf29ce484222325UL)]
    [InlineData("a", 0xaf63dc4c8601ec8cUL)]
    [InlineData("foobar", 0x85944171f73967e8UL)]
    public void The_hash_is_64_bit_FNV_1a_of_the_UTF8_bytes(string id, ulong hash) => Assert.Equal(hash, DocumentShard.Hash(id));

    [Fact]
    public void Every_id_falls_in_exactly_one_shard()
    {
        var shards = Enumerable.Range(1, 5).Select(k => DocumentShard.Of(k, 5)).ToList();
        foreach (var id in Enumerable.Range(0, 500).Select(i => $"story-{i}").Append("Ünïcödé id").Append(new string('x', 1000)))
        {
            Assert.Single(shards, s => s.Contains(id));
        }
    }

    [Theory]
    [InlineData("0/3")]
    [InlineData("4/3")]
    [InlineData("3")]
    [InlineData("a/b")]
    [InlineData("-1/3")]
    [InlineData("1/0")]
    public void A_shard_is_K_of_N(string text)
    {
        Assert.False(DocumentShard.TryParse(text, out _, out var problem));
        Assert.Contains("K/N", problem!, StringComparison.Ordinal);
    }

    [Fact]
    public void The_path_dash_reads_records_from_standard_input_named_and_numbered_as_asked()
    {
        var records = "{\"id\":\"a\",\"text\":\"One.\"}\n{\"id\":\"b\",\"text\":\"Two.\"}\n";
        var source = new DocumentSource([DocumentSource.StandardInput], new DocumentSourceOptions
        {
            OpenStandardInput = () => new MemoryStream(Encoding.UTF8.GetBytes(records)),
            StandardInputName = "feed.jsonl",
        });
        var part = new DocumentSource([DocumentSource.StandardInput], new DocumentSourceOptions
        {
            OpenStandardInput = () => new MemoryStream(Encoding.UTF8.GetBytes(records)),
            StandardInputName = "feed.jsonl",
            StandardInputFirstLine = 1001,
        });

        Assert.Empty(source.MissingPaths());
        Assert.Equal(["a feed.jsonl:1", "b feed.jsonl:2"], source.Enumerate().Select(i => $"{i.Id} {i.Source}"));
        Assert.Equal(["a feed.jsonl:1001", "b feed.jsonl:1002"], part.Enumerate().Select(i => $"{i.Id} {i.Source}"));
    }
}
