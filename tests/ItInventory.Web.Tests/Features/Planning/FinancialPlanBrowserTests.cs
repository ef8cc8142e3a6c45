using ItInventory.Core.Planning;
using ItInventory.Web.Features.Planning;
using ItInventory.Web.Infrastructure.Security;
using ItInventory.Web.Tests.Support;
using Microsoft.Playwright;

namespace ItInventory.Web.Tests.Features.Planning;

public class FinancialPlanBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    /// <summary>The projection runs over the whole inventory; on two busy cores that can take a while.</summary>
    private static readonly LocatorAssertionsToBeVisibleOptions Loaded = new() { Timeout = 30_000 };
    private static readonly LocatorAssertionsToHaveTextOptions Recomputed = new() { Timeout = 30_000 };

    private Task<FinancialPlan> ExpectedAsync(int budgetYear, BudgetView view = BudgetView.Finanzplan)
    {
        var user = FixedCurrentUser.WithRoles("rat", Roles.Rat);
        var database = browser.App.Database;
        return new FinancialPlanService(database.Factory, new PlanningAssumptionsStore(database.Factory, user), database.Clock, user)
            .GetAsync(new ProjectionHorizon(budgetYear), view: view);
    }

    [Fact]
    public async Task Choosing_the_budget_year_and_changing_the_vpi_assumption_changes_the_projection_and_the_dashboard()
    {
        var page = await browser.NewPageAsync("it-leitung");
        await page.GotoAsync("/finanzplanung");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.GetByTestId("total-2030")).ToBeVisibleAsync(Loaded);

        await page.GetByRole(AriaRole.Combobox, new() { Name = "Haushaltsjahr" }).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "2028", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("total-2031")).ToHaveTextAsync(Formats.Euro((await ExpectedAsync(2028)).Projection.TotalIn(2031).Amount), Recomputed);
        var before = await page.GetByTestId("total-2031").TextContentAsync();

        await page.GetByLabel("VPI-Annahme je Jahr (%)").FillAsync("9,5");
        await page.GetByRole(AriaRole.Button, new() { Name = "Annahmen speichern" }).ClickAsync();
        await Assertions.Expect(page.GetByText("VPI-Annahme +9,5 % je Jahr (gespeicherte Annahme)")).ToBeVisibleAsync(Loaded);

        var after = await ExpectedAsync(2028);
        Assert.Equal(9.5m, after.Projection.Assumptions.VpiPercent);
        await Assertions.Expect(page.GetByTestId("total-2031")).ToHaveTextAsync(Formats.Euro(after.Projection.TotalIn(2031).Amount), Recomputed);
        Assert.NotEqual(before, Formats.Euro(after.Projection.TotalIn(2031).Amount));

        await page.GetByRole(AriaRole.Combobox, new() { Name = "Sicht" }).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Ergebnisplan", Exact = true }).ClickAsync();
        var ergebnis = await ExpectedAsync(2028, BudgetView.Ergebnisplan);
        await Assertions.Expect(page.GetByTestId("total-2028")).ToHaveTextAsync(Formats.Euro(ergebnis.Projection.TotalIn(2028).Amount), Recomputed);

        await page.GetByLabel("VPI 2030 (%)").FillAsync("20");
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Teuer");
        await page.GetByRole(AriaRole.Button, new() { Name = "Szenario speichern" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Szenario „Teuer“ gespeichert.")).ToBeVisibleAsync(Loaded);
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Szenario B" }).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Teuer", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Vergleichen" }).ClickAsync();
        var user = FixedCurrentUser.WithRoles("rat", Roles.Rat);
        var scenario = (await new PlanningScenarioStore(browser.App.Database.Factory, user).LoadAsync()).Scenarios.Single(s => s.Name == "Teuer");
        var costly = await new FinancialPlanService(browser.App.Database.Factory, new PlanningAssumptionsStore(browser.App.Database.Factory, user),
            browser.App.Database.Clock, user).GetAsync(new ProjectionHorizon(2028), view: BudgetView.Ergebnisplan, scenario: scenario);
        Assert.Equal(20m, scenario.Assumptions.VpiPercentByYear![2030]);
        await Assertions.Expect(page.GetByTestId("scenario-difference-2031"))
            .ToHaveTextAsync(Formats.Euro(costly.Projection.TotalIn(2031).Amount - ergebnis.Projection.TotalIn(2031).Amount), Recomputed);

        var dashboard = await ExpectedAsync(2027);
        await page.GotoAsync("/");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.GetByTestId("projection-2030")).ToHaveTextAsync(Formats.Euro(dashboard.Projection.TotalIn(2030).Amount), Recomputed);
        await Assertions.Expect(page.GetByTestId("projection-above-index")).ToHaveTextAsync(Formats.Euro(dashboard.GrowthOverHorizon().AboveIndex));
        await Assertions.Expect(page.GetByTestId("tile-projection")).ToContainTextAsync("VPI-Annahme +9,5 %");
    }
}
