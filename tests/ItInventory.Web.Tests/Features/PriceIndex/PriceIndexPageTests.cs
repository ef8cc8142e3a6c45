using Bunit;
using ItInventory.Web.Features.PriceIndex;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace ItInventory.Web.Tests.Features.PriceIndex;

public class PriceIndexPageTests : MudComponentTest
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    protected override void RegisterServices(IServiceCollection services) => services.AddPriceIndexFeature();

    private static string Input(string testId) => $"[data-testid={testId}] input, input[data-testid={testId}]";

    private (IRenderedComponent<MudDialogProvider> Dialogs, IRenderedComponent<PriceIndexPage> Page) OpenNewValue()
    {
        var dialogs = Context.Render<MudDialogProvider>();
        var page = Context.Render<PriceIndexPage>();
        page.WaitForAssertion(() => page.Find("[data-testid=price-index-table] tr[data-year='2025']"), Wait);

        page.Find("[data-testid=price-index-add]").Click();

        dialogs.WaitForAssertion(() => dialogs.Find("[data-testid=price-index-save]"), Wait);
        return (dialogs, page);
    }

    [Fact]
    public async Task A_new_year_is_proposed_saved_as_preliminary_and_listed_with_its_change()
    {
        var (dialogs, page) = OpenNewValue();
        Assert.Equal("2026", dialogs.Find(Input("price-index-year")).GetAttribute("value"));

        dialogs.Find(Input("price-index-value")).Change("124,1");
        await dialogs.Find("[data-testid=price-index-save]").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Contains("124,1", page.Find("tr[data-year='2026']").TextContent), Wait);
        var row = page.Find("tr[data-year='2026']").TextContent;
        // 124.1 against 121.9 in 2025.
        Assert.Contains("+1,8 %", row);
        Assert.Contains("vorläufig", row);
        await using var check = Database.CreateContext();
        var saved = await check.PriceIndex.SingleAsync(v => v.Year == 2026);
        Assert.Equal((124.1m, true), (saved.Value, saved.IsPreliminary));
    }

    [Fact]
    public async Task A_year_that_has_a_value_is_refused_with_the_services_German_message()
    {
        var (dialogs, _) = OpenNewValue();

        dialogs.Find(Input("price-index-year")).Change("2024");
        dialogs.Find(Input("price-index-value")).Change("120");
        await dialogs.Find("[data-testid=price-index-save]").ClickAsync(new());

        dialogs.WaitForAssertion(() => Assert.Contains("Für 2024 gibt es schon einen Indexwert; bitte ändern Sie diesen.",
            dialogs.Find("[data-testid=price-index-errors]").TextContent), Wait);
        await using var check = Database.CreateContext();
        Assert.Equal(119.3m, (await check.PriceIndex.SingleAsync(v => v.Year == 2024)).Value);
    }
}
