using System.Text.Json;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace DocAnalysis.Seeds.Tests;

/// <summary>
/// The HTML report (<c>run --format html</c>) opened from the file system in headless Chromium through its
/// WebDriver: every highlight holds its finding's exact text, a kind's toggle hides exactly its highlights, seed 000's
/// death-toll group shows its members and sources, a third party's kind gets the generic highlight and its fields, and
/// nothing in a hostile document runs. Screenshots go to TestResults/screenshots.
/// </summary>
public sealed class ReportBrowserTests : IClassFixture<ReportBrowserTests.Reports>
{
    private readonly Reports _reports;

    public ReportBrowserTests(Reports reports) => _reports = reports;

    [Fact]
    public void The_index_lists_the_documents_and_sorts_and_filters_them()
    {
        using var browser = Browser.Open(Path.Combine(_reports.Seeds, "index.html"));
        var rows = browser.Driver.FindElements(By.CssSelector("#documents tbody tr"));
        Assert.Equal(2, rows.Count);
        Assert.Contains("2 documents", browser.Driver.FindElement(By.CssSelector(".summary")).Text, StringComparison.Ordinal);
        browser.Screenshot("seeds-index");

        browser.Driver.FindElement(By.Id("filter")).SendKeys("002");
        Assert.Equal(["002"], rows.Where(r => r.Displayed).Select(r => r.Text[..3]));
        browser.Driver.FindElement(By.Id("filter")).Clear();
        browser.Driver.FindElement(By.Id("filter")).SendKeys(Keys.Backspace);

        // Sorting by the first column descending puts 002 first.
        var header = browser.Driver.FindElement(By.CssSelector("#documents thead th button"));
        header.Click();
        header.Click();
        Assert.StartsWith("002", browser.Driver.FindElement(By.CssSelector("#documents tbody tr")).Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Every_highlight_holds_exactly_its_findings_text(int page)
    {
        var expected = _reports.SeedRecords[page - 1].GetProperty("annotations").EnumerateArray().Select(a => a.GetProperty("text").GetString()).ToList();
        using var browser = Browser.Open(Path.Combine(_reports.Seeds, "documents", $"{page:D4}.html"));
        var shown = Texts(browser.Driver);

        Assert.Equal(expected.Count, shown.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i], shown[i]);
        }

        browser.Screenshot($"seed-{page}");
    }

    [Fact]
    public void Toggling_a_kind_hides_exactly_its_highlights()
    {
        using var browser = Browser.Open(Path.Combine(_reports.Seeds, "documents", "0001.html"));
        var driver = browser.Driver;
        var marks = driver.FindElements(By.CssSelector("article mark[data-kind]"));
        var before = marks.ToDictionary(m => m, m => m.GetCssValue("background-color"));

        driver.FindElement(By.CssSelector("input[data-toggle-kind='date']")).Click();

        foreach (var mark in marks)
        {
            var date = mark.GetDomAttribute("data-kind") == "date";
            Assert.Equal(date, mark.GetAttribute("class")?.Split(' ').Contains("off") == true);
            if (date)
            {
                Assert.Equal("rgba(0, 0, 0, 0)", mark.GetCssValue("background-color"));
            }
            else
            {
                Assert.Equal(before[mark], mark.GetCssValue("background-color"));
            }
        }

        browser.Screenshot("seed-1-dates-hidden");
        driver.FindElement(By.CssSelector("input[data-toggle-kind='date']")).Click();
        Assert.Empty(driver.FindElements(By.CssSelector("article mark.off")));
    }

    [Fact]
    public void The_death_toll_group_shows_its_four_members_with_their_sources()
    {
        using var browser = Browser.Open(Path.Combine(_reports.Seeds, "documents", "0001.html"));
        var group = browser.Driver.FindElements(By.CssSelector("table.kind-table[data-kind='quantity-group']")).Single(t => t.FindElement(By.TagName("caption")).Text.StartsWith("killed", StringComparison.Ordinal));
        var rows = group.FindElements(By.CssSelector("tbody tr")).Select(r => r.FindElements(By.TagName("td")).Select(c => c.Text).ToList()).ToList();

        Assert.Equal(["50", "135", "140", "100"], rows.Select(r => r[0]));
        Assert.Equal("John Thomas, US Central Command spokesperson", rows[0][3]);
        Assert.Equal("news outlet TOLO", rows[1][3]);
        Assert.All(rows, r => Assert.NotEqual("—", r[3]));
    }

    [Fact]
    public void A_finding_shows_its_fields_on_keyboard_focus()
    {
        using var browser = Browser.Open(Path.Combine(_reports.Seeds, "documents", "0001.html"));
        var driver = browser.Driver;
        var attribution = driver.FindElement(By.CssSelector("article mark[data-kind='attribution'][tabindex='0']"));
        ((IJavaScriptExecutor)driver).ExecuteScript("arguments[0].focus()", attribution);

        var details = driver.FindElement(By.Id("details")).Text;
        Assert.Contains("attribution (attribution-finder)", details, StringComparison.Ordinal);
        Assert.Contains("source", details, StringComparison.Ordinal);
        Assert.Contains("cue", details, StringComparison.Ordinal);
        Assert.Contains("speaker", details, StringComparison.Ordinal);
        browser.Screenshot("seed-1-attribution-focused");
    }

    [Fact]
    public void A_hostile_document_runs_nothing_and_shows_its_text_as_text()
    {
        using var browser = Browser.Open(Path.Combine(_reports.Hostile, "index.html"));
        var driver = browser.Driver;
        Assert.True(NothingRan(driver));
        Assert.Equal(Reports.HostileTexts.Length, driver.FindElements(By.CssSelector("#documents tbody tr")).Count);
        browser.Screenshot("hostile-index");

        for (var page = 1; page <= Reports.HostileTexts.Length; page++)
        {
            driver.Navigate().GoToUrl(new Uri(Path.Combine(_reports.Hostile, "documents", $"{page:D4}.html")).AbsoluteUri);
            Assert.True(NothingRan(driver), $"page {page} ran something");
            Assert.Equal(Reports.HostileTexts[page - 1], (string)((IJavaScriptExecutor)driver).ExecuteScript("return document.querySelector('article.text').textContent")!);
            Assert.Empty(driver.FindElements(By.CssSelector("article img, article script, article iframe")));
            Assert.Equal(_reports.HostileRecords[page - 1].GetProperty("annotations").GetArrayLength(), Texts(driver).Count);
        }

        browser.Screenshot("hostile-last-page");
    }

    [Fact]
    public void A_third_party_kind_gets_the_generic_highlight_and_its_fields()
    {
        using var browser = Browser.Open(Path.Combine(_reports.Hostile, "documents", "0001.html"));
        var driver = browser.Driver;
        var capitals = driver.FindElements(By.CssSelector("article mark[data-kind='capitals']"));
        Assert.NotEmpty(capitals);
        Assert.All(capitals, mark => Assert.Contains("generic", mark.GetAttribute("class") ?? "", StringComparison.Ordinal));
        Assert.Equal("rgba(243, 229, 245, 1)", capitals[0].GetCssValue("background-color"));

        ((IJavaScriptExecutor)driver).ExecuteScript("arguments[0].focus()", capitals[0]);
        var details = driver.FindElement(By.Id("details")).Text;
        Assert.Contains("capitals (capitals)", details, StringComparison.Ordinal);
        Assert.Contains($"letters\n{capitals[0].Text.Length}", details, StringComparison.Ordinal);
        browser.Screenshot("third-party-kind");
    }

    [Fact]
    public async Task The_verify_report_shows_exactly_the_changed_findings()
    {
        var folder = Directory.CreateTempSubdirectory("docanalysis-verify-report-").FullName;
        try
        {
            foreach (var seed in Directory.GetFiles(Repository.Seeds, "*.txt"))
            {
                File.Copy(seed, Path.Combine(folder, Path.GetFileName(seed)));
            }

            Assert.Equal(0, (await Cli.RunAsync("verify", folder, "--accept")).ExitCode);

            // The approved snapshot of 000 is made to differ from today's analysis in three findings: one date is
            // missing from it (so the analysis adds it), it holds a credit line the analysis does not find (removed),
            // and a quantity's qualifier differs (changed).
            var verified = Directory.GetFiles(folder, "000_*.verified.txt").Single();
            var lines = File.ReadAllLines(verified).ToList();
            var date = lines.FindIndex(l => l.StartsWith("  ", StringComparison.Ordinal) && l.Contains(" date \"", StringComparison.Ordinal));
            var dateHeader = lines[date].Trim();
            lines.RemoveAt(date);
            while (lines[date].StartsWith("      ", StringComparison.Ordinal))
            {
                lines.RemoveAt(date);
            }

            var quantity = lines.FindIndex(l => l.StartsWith("  ", StringComparison.Ordinal) && l.Contains(" quantity \"", StringComparison.Ordinal));
            var qualifier = lines.FindIndex(quantity, l => l.StartsWith("      qualifier: ", StringComparison.Ordinal));
            var analysedQualifier = lines[qualifier];
            lines[qualifier] = "      qualifier: approximate-in-the-old-days";
            var stripper = lines.FindIndex(l => l.StartsWith("credit-line-stripper ", StringComparison.Ordinal));
            lines.InsertRange(stripper + 1, ["  1:1 credit-line \"<script>window.pwned = 1</script>\"", "      label: credit"]);
            File.WriteAllLines(verified, lines);

            var report = Path.Combine(folder, "changes.html");
            var (exit, output, _) = await Cli.RunAsync("verify", folder, "--report", report);
            Assert.Equal(1, exit);
            Assert.Contains("1 differ", output, StringComparison.Ordinal);

            using var browser = Browser.Open(report);
            Assert.True(NothingRan(browser.Driver));
            var findings = browser.Driver.FindElements(By.CssSelector("li.finding"));
            Assert.Equal(["added", "removed", "changed"], findings.Select(f => f.GetDomAttribute("data-change")));
            Assert.Contains(dateHeader, findings[0].Text, StringComparison.Ordinal);
            Assert.Contains("<script>window.pwned = 1</script>", findings[1].Text, StringComparison.Ordinal);
            Assert.Contains("- qualifier: approximate-in-the-old-days", findings[2].Text, StringComparison.Ordinal);
            Assert.Contains("+ " + analysedQualifier.Trim(), findings[2].Text, StringComparison.Ordinal);
            Assert.NotEmpty(findings[0].FindElements(By.CssSelector(".context mark")));
            Assert.Equal(["000_84e80f0de9e2c5de"], browser.Driver.FindElements(By.CssSelector("section.document h2")).Select(h => h.Text));
            browser.Screenshot("verify-report");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The text of each finding on the page, by its index: its pieces (where it was cut at another's end) joined.</summary>
    private static List<string> Texts(IWebDriver driver)
    {
        var json = (string)((IJavaScriptExecutor)driver).ExecuteScript("""
            const texts = [];
            for (const mark of document.querySelectorAll("article mark[data-i]")) {
              const i = Number(mark.dataset.i);
              texts[i] = (texts[i] ?? "") + mark.textContent;
            }
            return JSON.stringify(Array.from(texts, t => t ?? null));
            """)!;
        return JsonSerializer.Deserialize<List<string>>(json)!;
    }

    private static bool NothingRan(IWebDriver driver)
    {
        try
        {
            driver.SwitchTo().Alert();
            return false;
        }
        catch (NoAlertPresentException)
        {
            return (bool)((IJavaScriptExecutor)driver).ExecuteScript("return window.pwned === undefined && document.title.indexOf('pwned') < 0")!;
        }
    }

    /// <summary>The two reports the tests open: the seeds, and hostile documents with the Capitals test plugin.</summary>
    public sealed class Reports : IDisposable
    {
        public static readonly string[] HostileTexts =
        [
            "NATO said <script>window.pwned = 1; alert('pwned')</script> on Monday that 3 soldiers died.",
            "He said \"><img src=x onerror=\"window.pwned=1\"> about 40 people left & came back.",
            "</script><script>window.pwned = 2</script><!-- The UN said 12 % rose. ]]> \u2028 \ud83d\ude00 {{constructor}}",
            "<style>body{display:none}</style><a href=\"javascript:window.pwned=3\">link</a> Officials told AP that 5,000 fled.",
        ];

        private readonly string _folder = Directory.CreateTempSubdirectory("docanalysis-report-").FullName;

        public Reports()
        {
            Seeds = Path.Combine(_folder, "seeds");
            Hostile = Path.Combine(_folder, "hostile");
            var corpus = Path.Combine(_folder, "hostile.jsonl");
            File.WriteAllLines(corpus, HostileTexts.Select((text, i) => JsonSerializer.Serialize(new { id = $"<b>hostile</b>-{i}\"'", text, metadata = new { published = "2020-01-0" + (i + 1), source = "<i>x</i>" } })));
            var capitals = Path.Combine(Repository.TestPlugins, "Capitals");
            Run(["run", "seeds", "--format", "html", "--out", Seeds]);
            Run(["run", corpus, "--format", "html", "--out", Hostile, "--plugins", capitals]);
            SeedRecords = Records(Run(["run", "seeds", "--format", "jsonl"]));
            HostileRecords = Records(Run(["run", corpus, "--format", "jsonl", "--plugins", capitals]));
        }

        public string Seeds { get; }

        public string Hostile { get; }

        public List<JsonElement> SeedRecords { get; }

        public List<JsonElement> HostileRecords { get; }

        public void Dispose() => Directory.Delete(_folder, recursive: true);

        private static string Run(string[] arguments)
        {
            var (exit, output, error) = Cli.RunAsync(arguments).GetAwaiter().GetResult();
            Assert.True(exit == 0, $"docanalysis {string.Join(' ', arguments)}: exit {exit}: {error}");
            return output;
        }

        private static List<JsonElement> Records(string jsonl) =>
            [.. jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement)];
    }
}
