using ItInventory.Web.Features.Import;
using ItInventory.Web.Tests.Support;
using Microsoft.Playwright;
using static ItInventory.Web.Tests.Features.Import.ImportTestFiles;

namespace ItInventory.Web.Tests.Features.Import;

public class ImportWizardBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    /// <summary>Each wizard step, not only the first, passes axe's WCAG 2.1 AA rules without serious or critical violations.</summary>
    private static Task AssertAccessibleAsync(IPage page, string step) => AxeCheck.AssertNoSeriousViolationsAsync(page, step);

    [Fact]
    public async Task An_uploaded_file_is_previewed_imported_and_its_product_appears_in_the_product_list()
    {
        var file = Sheet("Inventar",
            Row("Fachverfahrensliste Musterstadt"),
            Row(),
            Row("Fachverfahren", "Hersteller", "Fachbereich", "Pflegekosten 2025", "Kündigungsfrist"),
            Row("AAA Importtest Browser", "Browsertest Software GmbH", "33", "1.234,56 €", "3 Monate zum Jahresende"));
        var page = await browser.NewPageAsync("admin");

        await page.GotoAsync("/import");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Excel-Import", Exact = true })).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "import-hochladen.png"), FullPage = true });

        await BrowserFixture.WaitForFileInputAsync(page, "#import-file");
        await page.Locator("#import-file").SetInputFilesAsync(new FilePayload { Name = "verfahren.xlsx", MimeType = ImportReportWriter.ContentType, Buffer = file });
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Spalten zuordnen" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Kopfzeile (Zeilennummer)")).ToHaveValueAsync("3");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "import-zuordnung.png"), FullPage = true });
        await AssertAccessibleAsync(page, "Zuordnung");

        await page.GetByRole(AriaRole.Button, new() { Name = "Prüfen" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Neu anzulegen: 1 Anbieter")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("wird angelegt")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "import-vorschau.png"), FullPage = true });
        await AssertAccessibleAsync(page, "Vorschau");

        await page.GetByRole(AriaRole.Button, new() { Name = "Importieren" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Ergebnis" })).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "import-ergebnis.png"), FullPage = true });
        await AssertAccessibleAsync(page, "Ergebnis");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Importbericht herunterladen (.xlsx)" }).ClickAsync());
        Assert.EndsWith(".xlsx", download.SuggestedFilename);

        await page.GotoAsync("/produkte?suche=AAA%20Importtest");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.GetByText("AAA Importtest Browser")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Browsertest Software GmbH").First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_file_that_is_not_xlsx_gets_a_german_message_in_the_wizard()
    {
        var page = await browser.NewPageAsync("admin");
        await page.GotoAsync("/import");
        await BrowserFixture.WaitForInteractiveAsync(page);

        await BrowserFixture.WaitForFileInputAsync(page, "#import-file");
        await page.Locator("#import-file").SetInputFilesAsync(new FilePayload { Name = "inventar.xlsx", MimeType = "text/csv", Buffer = "Produkt;Anbieter\n"u8.ToArray() });

        await Assertions.Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "keine Excel-Arbeitsmappe" }).First).ToBeVisibleAsync();
    }
}
