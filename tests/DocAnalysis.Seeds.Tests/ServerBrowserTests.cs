using OpenQA.Selenium;

namespace DocAnalysis.Seeds.Tests;

/// <summary>
/// The page of <c>docanalysis serve</c> in headless Chromium: a person pastes a text and a date, and sees it as the
/// report draws a document — highlights, the details of a finding on focus — and markup in the text stays text.
/// </summary>
public sealed class ServerBrowserTests
{
    [Fact]
    public async Task A_pasted_text_is_drawn_with_its_highlights_and_details_and_runs_nothing()
    {
        await using var server = await ServerProcess.StartAsync();
        using var browser = Browser.Open(server.Address);
        var driver = browser.Driver;
        const string Hostile = "<script>window.hacked = 1</script><img src=x onerror=\"window.hacked = 2\">";

        driver.FindElement(By.Id("text")).SendKeys($"{Hostile}\nThe minister said on Friday that 40 people were killed in the attack.");
        driver.FindElement(By.Id("published")).SendKeys("2017-04-26");
        driver.FindElement(By.CssSelector("form.paste button[type='submit']")).Click();

        var attribution = driver.FindElement(By.CssSelector("article mark[data-kind='attribution'][tabindex='0']"));
        ((IJavaScriptExecutor)driver).ExecuteScript("arguments[0].focus()", attribution);
        var details = driver.FindElement(By.Id("details")).Text;
        browser.Screenshot("serve-page");

        Assert.Contains("attribution (attribution-finder)", details, StringComparison.Ordinal);
        Assert.Contains("The minister", details, StringComparison.Ordinal);
        Assert.Contains(driver.FindElements(By.CssSelector("article mark[data-kind='date']")), m => m.Text == "Friday");
        Assert.Contains(Hostile, driver.FindElement(By.CssSelector("article.text")).Text, StringComparison.Ordinal);
        Assert.Contains(Hostile, driver.FindElement(By.Id("text")).GetAttribute("value"), StringComparison.Ordinal);
        Assert.Null(((IJavaScriptExecutor)driver).ExecuteScript("return window.hacked"));
        Assert.Empty(driver.FindElements(By.CssSelector("article img, article script")));
    }
}
