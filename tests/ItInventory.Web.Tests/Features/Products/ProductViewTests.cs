using Bunit;
using ItInventory.Core.Domain;
using ItInventory.Web.Features.Audit;
using ItInventory.Web.Features.Costs;
using ItInventory.Web.Features.Findings;
using ItInventory.Web.Features.Interfaces;
using ItInventory.Web.Features.Products;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace ItInventory.Web.Tests.Features.Products;

public class ProductViewTests : MudComponentTest
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    protected override void RegisterServices(IServiceCollection services)
    {
        services.AddProductsFeature();
        services.AddCostsFeature();
        services.AddInterfacesFeature();
        // The page also shows the product's findings and change history.
        services.AddFindingsFeature(new ConfigurationBuilder().Build());
        services.AddAuditFeature();
    }

    [Fact]
    public async Task A_retired_product_shows_its_cost_history_by_year_with_plan_and_actual_marked()
    {
        await using var context = Database.CreateContext();
        var product = await context.Products.Where(p => p.Lifecycle == LifecycleStatus.Retired && p.CostLines.Any() && p.Contracts.Any())
            .OrderBy(p => p.Id).FirstAsync();
        var years = await context.CostLines.Where(c => c.ProductId == product.Id).Select(c => c.FiscalYear).Distinct().ToListAsync();
        var contract = await context.Contracts.Where(c => c.Products.Any(p => p.Id == product.Id)).OrderBy(c => c.ContractNumber).FirstAsync();

        var page = Context.Render<ProductView>(p => p.Add(c => c.Id, product.Id));

        page.WaitForAssertion(() => Assert.Equal(product.Name, page.Find("h1").TextContent.Trim()), Wait);
        Assert.Contains("Dieses Produkt ist außer Betrieb. Seine Kostenhistorie bleibt erhalten.", page.Markup);
        var rows = page.FindAll("[data-testid=cost-table] tbody tr");
        Assert.Equal(years.Count, rows.Count);
        Assert.All(rows, row => Assert.Matches("^(Ist|Plan)$", row.Children[1].TextContent.Trim()));
        Assert.Contains($"href=\"/vertraege/{contract.Id}\"", page.Markup);
        Assert.Contains("aria-label=\"Säulendiagramm der Kosten je Jahr:", page.Markup);
    }

    [Fact]
    public void An_unknown_product_says_so_in_German()
    {
        var page = Context.Render<ProductView>(p => p.Add(c => c.Id, 999_999));

        page.WaitForAssertion(() => Assert.Equal("Produkt nicht gefunden", page.Find("h1").TextContent.Trim()), Wait);
        Assert.Contains("Das Produkt mit der Nummer 999999 gibt es nicht (mehr).", page.Markup);
    }

    private static void Type(IRenderedComponent<MudDialogProvider> dialogs, string testId, string text) =>
        dialogs.Find($"[data-testid={testId}] input, [data-testid={testId}] textarea, input[data-testid={testId}], textarea[data-testid={testId}]").Change(text);

    private async Task<(IRenderedComponent<MudDialogProvider> Dialogs, IRenderedComponent<ProductView> Page, int ProductId, int Interfaces)> OpenNewOutgoingInterfaceAsync()
    {
        await using var context = Database.CreateContext();
        var product = await context.Products.OrderBy(p => p.Id).Skip(2).FirstAsync();
        var interfaces = await context.Interfaces.CountAsync();
        var dialogs = Context.Render<MudDialogProvider>();
        var page = Context.Render<ProductView>(p => p.Add(c => c.Id, product.Id));
        page.WaitForAssertion(() => page.Find("[data-testid=add-outgoing-interface]"), Wait);

        // The page waits for the dialog's answer, so the click is not awaited.
        page.Find("[data-testid=add-outgoing-interface]").Click();

        dialogs.WaitForAssertion(() => Assert.Contains($"{product.InventoryNumber} {product.Name}", dialogs.Find("[data-testid=interface-source] input, input[data-testid=interface-source]").GetAttribute("value")), Wait);
        return (dialogs, page, product.Id, interfaces);
    }

    [Fact]
    public async Task An_outgoing_interface_to_an_external_system_is_recorded_from_the_product_page()
    {
        var (dialogs, page, productId, _) = await OpenNewOutgoingInterfaceAsync();

        var targetKind = dialogs.FindComponents<MudSelect<bool>>().Single();
        await dialogs.InvokeAsync(() => targetKind.Instance.ValueChanged.InvokeAsync(true));
        dialogs.WaitForAssertion(() => dialogs.Find("[data-testid=interface-external] input, input[data-testid=interface-external]"), Wait);
        Type(dialogs, "interface-external", "Kraftfahrt-Bundesamt");
        Type(dialogs, "interface-description", "Halterauskunft");
        await dialogs.Find("[data-testid=interface-save]").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Contains("Kraftfahrt-Bundesamt", page.Find("[data-testid=outgoing-interfaces]").TextContent), Wait);
        Assert.Contains("Halterauskunft", page.Find("[data-testid=outgoing-interfaces]").TextContent);
        await using var check = Database.CreateContext();
        var saved = await check.Interfaces.SingleAsync(i => i.SourceProductId == productId && i.ExternalSystem == "Kraftfahrt-Bundesamt");
        Assert.Equal((null, null, "Halterauskunft"), (saved.TargetProductId, saved.StandardId, saved.Description));
    }

    [Fact]
    public async Task An_interface_without_a_target_is_refused_with_the_services_German_message()
    {
        var (dialogs, _, _, before) = await OpenNewOutgoingInterfaceAsync();

        await dialogs.Find("[data-testid=interface-save]").ClickAsync(new());

        dialogs.WaitForAssertion(() => Assert.Contains("Bitte wählen Sie ein Zielprodukt oder nennen Sie ein externes System, an das die Daten gehen.",
            dialogs.Find("[data-testid=interface-errors]").TextContent), Wait);
        var target = dialogs.FindComponents<MudAutocomplete<LookupItem>>().Single(a => a.Instance.Label == "Zielprodukt");
        Assert.Contains("mud-input-error", target.Markup);
        await using var check = Database.CreateContext();
        Assert.Equal(before, await check.Interfaces.CountAsync());
    }
}
