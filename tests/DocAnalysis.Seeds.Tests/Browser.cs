using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace DocAnalysis.Seeds.Tests;

/// <summary>Headless Chromium driven by chromedriver, for the report's and the server page's browser tests; the page's own errors are no concern of the driver.</summary>
internal sealed class Browser : IDisposable
{
    private Browser(ChromeDriver driver) => Driver = driver;

    public ChromeDriver Driver { get; }

    /// <summary>Opens a file of the file system.</summary>
    public static Browser Open(string file) => Open(new Uri(file));

    /// <summary>Opens an address: a file or a page of a server.</summary>
    public static Browser Open(Uri address)
    {
        var chromium = OnPath("chromium", "chromium-browser", "google-chrome", "google-chrome-stable");
        var driver = OnPath("chromedriver");
        Assert.True(chromium is not null && driver is not null, "the report's browser tests need Chromium and chromedriver on the PATH (dotnet test installs Debian's chromium and chromium-driver with apt-get where it may)");
        var options = new ChromeOptions { BinaryLocation = chromium };
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1300,1500");
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(driver)!, Path.GetFileName(driver));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        var browser = new Browser(new ChromeDriver(service, options, TimeSpan.FromSeconds(60)));
        browser.Driver.Navigate().GoToUrl(address.AbsoluteUri);
        return browser;
    }

    /// <summary>The first of <paramref name="names"/> found in a folder of the PATH, where the system puts programs.</summary>
    private static string? OnPath(params string[] names) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(folder => names.Select(name => Path.Combine(folder, name)))
            .FirstOrDefault(File.Exists);

    public void Screenshot(string name)
    {
        var folder = Path.Combine(Repository.Root, "TestResults", "screenshots");
        Directory.CreateDirectory(folder);
        Driver.GetScreenshot().SaveAsFile(Path.Combine(folder, name + ".png"));
    }

    public void Dispose() => Driver.Quit();
}
