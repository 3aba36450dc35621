using DocAnalysis.Reports.Snapshots;

namespace DocAnalysis.Host.Tests;

public sealed class SnapshotEngineTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("docanalysis-snapshots-");

    public void Dispose() => _folder.Delete(recursive: true);

    private string Verified => Path.Combine(_folder.FullName, "story.verified.txt");

    private string Received => Path.Combine(_folder.FullName, "story.received.txt");

    [Fact]
    public void A_mismatch_writes_the_received_file_and_shows_a_unified_diff()
    {
        File.WriteAllText(Verified, "date \"Friday\"\n  value: 2017-04-21\n");

        var outcome = SnapshotEngine.Compare(Verified, "date \"Friday\"\n  value: 2017-04-28\n", accept: false);

        Assert.False(outcome.Matched);
        Assert.Equal("date \"Friday\"\n  value: 2017-04-28\n", File.ReadAllText(Received));
        Assert.True(outcome.Diff.Contains("@@ -1,3 +1,3 @@\n date \"Friday\"\n-  value: 2017-04-21\n+  value: 2017-04-28\n", StringComparison.Ordinal), outcome.Diff);
        Assert.Contains("docanalysis accept", outcome.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_mismatch_writes_a_page_of_the_changed_findings_beside_the_received_file()
    {
        const string before = "document story\n\nnumbers 1.0.0 (Numbers): 2 annotations\n  1:1 quantity \"40\"\n      value: 40\n  1:20 quantity \"<b>\"\n      value: 3\n";
        const string after = "document story\n\nnumbers 1.0.0 (Numbers): 2 annotations\n  1:1 quantity \"40\"\n      value: 41\n  1:9 quantity \"two\"\n      value: 2\n";
        File.WriteAllText(Verified, before);

        var outcome = SnapshotEngine.Compare(Verified, after, accept: false, text: "40 said two of <b> and more");
        var page = File.ReadAllText(Path.Combine(_folder.FullName, "story.changes.html"));

        Assert.Equal(Path.Combine(_folder.FullName, "story.changes.html"), outcome.ReportPath);
        Assert.Contains(outcome.ReportPath!, outcome.Describe(), StringComparison.Ordinal);
        Assert.Contains("1 finding added, 1 removed, 1 changed", page, StringComparison.Ordinal);
        Assert.Contains("<del>- value: 40</del>", page, StringComparison.Ordinal);
        Assert.Contains("<ins>+ value: 41</ins>", page, StringComparison.Ordinal);
        Assert.Contains("<mark>two</mark>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", page, StringComparison.Ordinal); // the document's text and the findings are encoded

        Assert.Single(SnapshotEngine.AcceptAll(_folder.FullName));
        Assert.False(File.Exists(outcome.ReportPath));
    }

    [Fact]
    public void A_word_edited_early_in_a_line_changes_one_finding_and_moves_the_others()
    {
        const string before = "document story\n\ndates 1.0.0 (Dates): 3 annotations\n  1:4 date \"Monday\"\n      value: 2017-04-24\n  1:24 date \"Friday\"\n      value: 2017-04-28\n  1:42 date \"Sunday\"\n      value: 2017-04-30\n";
        const string after = "document story\n\ndates 1.0.0 (Dates): 3 annotations\n  1:4 date \"Tuesday\"\n      value: 2017-04-25\n  1:25 date \"Friday\"\n      value: 2017-04-28\n  1:43 date \"Sunday\"\n      value: 2017-04-30\n";
        File.WriteAllText(Verified, before);

        var outcome = SnapshotEngine.Compare(Verified, after, accept: false, text: "On Tuesday they met; on Friday they left; by Sunday all was quiet.");
        var page = File.ReadAllText(outcome.ReportPath!);

        Assert.Contains("0 findings added, 0 removed, 1 changed", page, StringComparison.Ordinal);
        Assert.Contains("<del>- 1:4 date &quot;Monday&quot;</del>", page, StringComparison.Ordinal);
        Assert.Contains("<ins>+ value: 2017-04-25</ins>", page, StringComparison.Ordinal);
        Assert.Contains("<mark>Tuesday</mark>", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Accepting_moves_received_over_verified_and_then_the_snapshot_matches()
    {
        File.WriteAllText(Verified, "old\n");
        SnapshotEngine.Compare(Verified, "new\n", accept: false);

        Assert.Equal([Verified], SnapshotEngine.AcceptAll(_folder.FullName));

        Assert.False(File.Exists(Received));
        Assert.True(SnapshotEngine.Compare(Verified, "new\n", accept: false).Matched);
    }

    [Fact]
    public void A_pass_removes_a_stale_received_file_and_line_endings_do_not_matter()
    {
        File.WriteAllText(Verified, "line one\r\nline two\r\n");
        File.WriteAllText(Received, "stale");

        Assert.True(SnapshotEngine.Compare(Verified, "line one\nline two\n", accept: false).Matched);
        Assert.False(File.Exists(Received));
    }

    [Fact]
    public void A_missing_verified_file_fails_until_accepted()
    {
        var outcome = SnapshotEngine.Compare(Verified, "first run\n", accept: false);

        Assert.False(outcome.Matched);
        Assert.Contains("+first run", outcome.Diff, StringComparison.Ordinal);
        Assert.True(SnapshotEngine.Compare(Verified, "first run\n", accept: true).Accepted);
        Assert.Equal("first run\n", File.ReadAllText(Verified));
    }

    [Fact]
    public void Diffs_far_apart_get_their_own_hunks()
    {
        var before = string.Join("\n", Enumerable.Range(1, 30).Select(i => $"line {i}")) + "\n";
        var after = before.Replace("line 2\n", "line two\n", StringComparison.Ordinal).Replace("line 28\n", "line twenty-eight\n", StringComparison.Ordinal);

        var diff = UnifiedDiff.Create(before, after, "a", "b");

        Assert.Equal(2, diff.Split('\n').Count(l => l.StartsWith("@@", StringComparison.Ordinal)));
        Assert.Contains("@@ -1,5 +1,5 @@", diff, StringComparison.Ordinal);
    }
}
