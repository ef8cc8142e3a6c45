using ItInventory.Web.Features.Import;
using ItInventory.Web.Tests.Support;
using Microsoft.Playwright;
using static ItInventory.Web.Tests.Features.Import.ImportTestFiles;

namespace ItInventory.Web.Tests.Features.Import;

/// <summary>On a common office screen (1366 × 768) the preview's messages are readable without scrolling sideways.</summary>
public class ImportPreviewLayoutBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Messages_of_the_preview_are_within_the_visible_width_at_1366_pixels()
    {
        // Long names and a bad amount: a row with a message and wide neighbouring columns.
        var file = Sheet("Inventar",
            Row("Fachverfahren", "Hersteller", "Fachbereich", "Pflegekosten 2025", "Kündigungsfrist"),
            Row("AAA Layouttest Fachverfahren für die elektronische Bearbeitung von Anträgen mit sehr langem Namen",
                "Layouttest Softwarehaus für kommunale Verwaltungsanwendungen und Rechenzentrumsdienste GmbH & Co. KG",
                "33", "zwölfhundert Euro", "drei Monate zum Ende eines jeden Kalenderjahres nach schriftlicher Ankündigung"));
        var page = await browser.NewPageAsync("admin");
        await page.SetViewportSizeAsync(1366, 768);

        await page.GotoAsync("/import");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await BrowserFixture.WaitForFileInputAsync(page, "#import-file");
        await page.Locator("#import-file").SetInputFilesAsync(new FilePayload { Name = "layout.xlsx", MimeType = ImportReportWriter.ContentType, Buffer = file });
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Spalten zuordnen" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Prüfen" }).ClickAsync();

        var message = page.Locator(".import-message").First;
        await Assertions.Expect(message).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "import-vorschau-1366.png"), FullPage = true });

        var box = await message.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.X >= 0 && box.X + box.Width <= 1366, $"Die Meldung liegt bei x = {box.X:N0} bis {box.X + box.Width:N0}, der Bildschirm ist 1366 px breit.");
        // Read next to the row number, not after all other columns at the right-hand edge.
        Assert.True(box.X < 1366 / 2, $"Die Meldung beginnt erst bei x = {box.X:N0}, in der rechten Hälfte des Bildschirms.");

        // Nothing in the grid is scrolled into view: the message is visible as the page opens.
        var scrolled = await page.EvaluateAsync<bool>(
            "() => [...document.querySelectorAll('.mud-table-container')].some(c => c.scrollLeft > 0) || window.scrollX > 0");
        Assert.False(scrolled);
        var inContainer = await message.EvaluateAsync<bool>(
            "m => { const c = m.closest('.mud-table-container'); const a = m.getBoundingClientRect(), b = c.getBoundingClientRect(); return a.left >= b.left && a.right <= b.right + 1; }");
        Assert.True(inContainer, "Die Meldung ragt über den sichtbaren Bereich der Tabelle hinaus.");
    }
}
