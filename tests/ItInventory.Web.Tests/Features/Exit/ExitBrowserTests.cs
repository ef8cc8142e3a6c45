using ItInventory.Web.Tests.Support;
using Microsoft.Playwright;

namespace ItInventory.Web.Tests.Features.Exit;

/// <summary>Procurement in a real browser: the exit list filtered to 18 months, a product's exit section, a cost item edited.</summary>
public class ExitBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Procurement_filters_the_exit_list_opens_a_product_edits_a_cost_item_and_the_break_even_moves()
    {
        var page = await browser.NewPageAsync("beschaffung");
        await page.GotoAsync("/ausstieg");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Ausstieg", Level = 1 })).ToBeVisibleAsync();
        // The rows load after the page turns interactive: the count line appears with them.
        var count = page.GetByTestId("exit-count");
        await Assertions.Expect(count).ToBeVisibleAsync(new() { Timeout = 15_000 });
        var all = int.Parse((await count.TextContentAsync())!.Split(" von ")[1].Split(' ')[0]);
        await Assertions.Expect(page.GetByTestId("exit-row")).ToHaveCountAsync(all);

        await page.GetByText("Nur Produkte, deren Verträge in den nächsten 18 Monaten enden können").ClickAsync();
        // The count line and the rows change in one render; the rows are counted once the line says fewer.
        await Assertions.Expect(count).Not.ToContainTextAsync($"{all} von {all} Produkten", new() { Timeout = 10_000 });
        var shown = int.Parse((await count.TextContentAsync())!.Trim().Split(' ')[0]);
        await Assertions.Expect(page.GetByTestId("exit-row")).ToHaveCountAsync(shown);
        Assert.InRange(shown, 1, all - 1);

        await page.GetByTestId("exit-row").First.GetByRole(AriaRole.Link).ClickAsync();
        await BrowserFixture.WaitForInteractiveAsync(page);
        var section = page.GetByTestId("exit-section");
        await Assertions.Expect(section.GetByTestId("exit-alternative")).ToHaveTextAsync("Marktrecherche nötig");

        // An alternative for 1 € a year: the saving is nearly the whole running cost.
        await section.GetByLabel("Alternative (leer: Marktrecherche nötig)").FillAsync("Nachfolgeverfahren");
        await section.GetByLabel("Erwartete laufende Kosten der Alternative pro Jahr (€)").FillAsync("1");
        await section.GetByRole(AriaRole.Button, new() { Name = "Bewertung speichern" }).ClickAsync();
        var breakEven = section.GetByTestId("exit-break-even");
        await Assertions.Expect(breakEven).ToContainTextAsync("Der Wechsel amortisiert sich 20");
        var before = await breakEven.InnerTextAsync();

        // Data migration of almost a billion euros: it no longer pays back within the plan.
        var migration = section.GetByTestId("exit-item-migration");
        await migration.GetByLabel("Betrag Datenmigration").FillAsync("999999999");
        await migration.GetByRole(AriaRole.Button, new() { Name = "Übernehmen" }).ClickAsync();

        await Assertions.Expect(breakEven).ToContainTextAsync("amortisiert sich nicht bis");
        Assert.NotEqual(before, await breakEven.InnerTextAsync());
        await Assertions.Expect(migration).ToContainTextAsync("von Hand gesetzt");
    }
}
