using Bunit;
using ItInventory.Core.Domain;
using ItInventory.Web.Features.Products;
using ItInventory.Web.Infrastructure.Security;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using MudBlazor;

namespace ItInventory.Web.Tests.Features.Products;

/// <summary>Recording a product's support of a standard on the product page, as the IT head does after a vendor's statement.</summary>
public class ProductStandardEditingTests : ProductPageTest
{
    [Fact]
    public async Task A_standard_added_in_the_dialog_appears_on_the_page_and_in_the_database()
    {
        var dialogs = Context.Render<MudDialogProvider>();
        await using var context = Database.CreateContext();
        var product = await context.Products.OrderBy(p => p.Id).FirstAsync();
        var standard = await context.Standards.Where(s => !context.ProductStandards.Any(p => p.ProductId == product.Id && p.StandardId == s.Id))
            .OrderBy(s => s.Code).FirstAsync();
        var page = Context.Render<ProductView>(p => p.Add(c => c.Id, product.Id));
        page.WaitForAssertion(() => Assert.Equal(product.Name, page.Find("h1").TextContent.Trim()), Wait);

        // The click's handler waits for the dialog's result, so the test goes on while it is open.
        var opening = page.FindAll("button").Single(b => b.TextContent.Contains("Standard hinzufügen")).ClickAsync(new());
        dialogs.WaitForAssertion(() => dialogs.Find("[data-testid=support-save]"), Wait);
        var select = dialogs.FindComponents<MudSelect<int?>>().Single(s => s.Instance.Label == "Standard");
        await dialogs.InvokeAsync(() => select.Instance.ValueChanged.InvokeAsync(standard.Id));
        dialogs.Find("[data-testid=support-version] input, input[data-testid=support-version]").Change("4.0");
        await dialogs.Find("[data-testid=support-save]").ClickAsync(new());
        await opening.WaitAsync(Wait);

        page.WaitForAssertion(() => Assert.Contains($"{standard.Code} – {standard.Name}", page.Markup), Wait);
        await using var check = Database.CreateContext();
        var saved = await check.ProductStandards.SingleAsync(s => s.ProductId == product.Id && s.StandardId == standard.Id);
        Assert.Equal("4.0", saved.StandardVersion);
        Assert.Equal(SupportStatus.Supported, saved.Status);
    }

    [Fact]
    public async Task Saving_without_a_standard_shows_the_German_message_at_the_field_and_saves_nothing()
    {
        var dialogs = Context.Render<MudDialogProvider>();
        await using var context = Database.CreateContext();
        var product = await context.Products.OrderBy(p => p.Id).FirstAsync();
        var before = await context.ProductStandards.CountAsync();
        var page = Context.Render<ProductView>(p => p.Add(c => c.Id, product.Id));
        page.WaitForAssertion(() => Assert.Equal(product.Name, page.Find("h1").TextContent.Trim()), Wait);

        // The click's handler waits for the dialog's result, so the test goes on while it is open.
        var opening = page.FindAll("button").Single(b => b.TextContent.Contains("Standard hinzufügen")).ClickAsync(new());
        dialogs.WaitForAssertion(() => dialogs.Find("[data-testid=support-save]"), Wait);
        await dialogs.Find("[data-testid=support-save]").ClickAsync(new());

        dialogs.WaitForAssertion(() => Assert.Contains("Bitte wählen Sie den Standard.", dialogs.Find(".mud-input-helper-text.mud-input-error").TextContent), Wait);
        Assert.Equal(before, await context.ProductStandards.CountAsync());
        Assert.False(opening.IsCompleted);
    }
}
