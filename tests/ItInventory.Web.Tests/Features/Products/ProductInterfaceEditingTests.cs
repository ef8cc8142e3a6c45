using Bunit;
using ItInventory.Web.Features.Products;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using MudBlazor;

namespace ItInventory.Web.Tests.Features.Products;

/// <summary>Recording a product's interfaces on the product page, through the same service as the API.</summary>
public class ProductInterfaceEditingTests : ProductPageTest
{
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

        // The click's handler waits for the dialog's result, so the test goes on while it is open.
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
