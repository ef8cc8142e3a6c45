using Bunit;
using ItInventory.Core.Domain;
using ItInventory.Web.Features.Products;
using ItInventory.Web.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace ItInventory.Web.Tests.Features.Products;

public class ProductEditTests : MudComponentTest
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);
    private const string ShareInput = "[data-testid=share-percent] input, input[data-testid=share-percent]";

    protected override void RegisterServices(IServiceCollection services) => services.AddProductsFeature();

    private NavigationManager Navigation => Context.Services.GetRequiredService<NavigationManager>();

    private async Task<int> ProductCountAsync()
    {
        await using var context = Database.CreateContext();
        return await context.Products.CountAsync();
    }

    private static async Task ChooseAsync<T>(IRenderedComponent<ProductEdit> page, string label, T value)
    {
        var select = page.FindComponents<MudSelect<T>>().Single(s => s.Instance.Label == label);
        await page.InvokeAsync(() => select.Instance.ValueChanged.InvokeAsync(value));
    }

    private static void Type(IRenderedComponent<ProductEdit> page, string testId, string text) =>
        page.Find($"[data-testid={testId}] input, [data-testid={testId}] textarea, input[data-testid={testId}]").Change(text);

    [Fact]
    public async Task Saving_an_empty_form_shows_German_messages_next_to_the_fields_and_saves_nothing()
    {
        var before = await ProductCountAsync();
        var page = Context.Render<ProductEdit>();
        page.WaitForAssertion(() => page.Find("[data-testid=product-save]"), Wait);

        await page.Find("[data-testid=product-save]").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Contains("Das Produkt wurde nicht gespeichert.", page.Find("[data-testid=form-errors]").TextContent), Wait);
        var summary = page.Find("[data-testid=form-errors]").TextContent;
        Assert.Contains("Bitte geben Sie den Namen des Produkts an.", summary);
        Assert.Contains("Bitte geben Sie die Inventarnummer an.", summary);
        Assert.Contains("Bitte wählen Sie das verantwortliche Amt.", summary);
        Assert.Contains("Bitte wählen Sie den Anbieter.", summary);
        Assert.Contains("Bitte wählen Sie eine Kategorie.", summary);
        var nameField = page.FindComponents<MudTextField<string>>().Single(f => f.Instance.Label == "Name");
        Assert.Contains("Bitte geben Sie den Namen des Produkts an.", nameField.Markup);
        Assert.Contains("mud-input-error", nameField.Markup);
        Assert.Equal(before, await ProductCountAsync());
        Assert.EndsWith("/", Navigation.Uri);
    }

    [Fact]
    public async Task Shares_that_do_not_add_up_are_refused_with_the_sum_named()
    {
        await using var context = Database.CreateContext();
        var id = await context.Products.Where(p => p.UsingDepartments.Count == 1).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
        var before = await context.ProductDepartments.Where(d => d.ProductId == id).Select(d => d.CostSharePercent).SingleAsync();
        var page = Context.Render<ProductEdit>(p => p.Add(c => c.Id, id));
        page.WaitForAssertion(() => page.Find(ShareInput), Wait);

        page.Find(ShareInput).Change("80");
        await page.Find("[data-testid=product-save]").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Equal("Die Kostenanteile ergeben zusammen 80 % statt 100 %.", page.Find("[data-testid=shares-error]").TextContent.Trim()), Wait);
        await using var check = Database.CreateContext();
        Assert.Equal(before, await check.ProductDepartments.Where(d => d.ProductId == id).Select(d => d.CostSharePercent).SingleAsync());
    }

    [Fact]
    public async Task A_complete_form_creates_the_product_and_opens_its_page()
    {
        await using var context = Database.CreateContext();
        var department = await context.Departments.OrderBy(d => d.Number).FirstAsync();
        var category = await context.Categories.OrderBy(c => c.Name).FirstAsync();
        var vendor = await context.Vendors.OrderBy(v => v.Name).FirstAsync();
        var page = Context.Render<ProductEdit>();
        page.WaitForAssertion(() => page.Find("[data-testid=product-save]"), Wait);

        Type(page, "product-inventory-number", "FV-9001");
        Type(page, "product-name", "Friedhofsverwaltung Test");
        await ChooseAsync<int?>(page, "Kategorie", category.Id);
        await ChooseAsync<int?>(page, "Verantwortliches Amt", department.Id);
        await ChooseAsync<int?>(page, "Anbieter", vendor.Id);
        await page.Find("[data-testid=product-save]").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Matches(@"/produkte/\d+$", Navigation.Uri), Wait);
        await using var check = Database.CreateContext();
        var saved = await check.Products.Include(p => p.UsingDepartments).SingleAsync(p => p.InventoryNumber == "FV-9001");
        Assert.EndsWith($"/produkte/{saved.Id}", Navigation.Uri);
        Assert.Equal("Friedhofsverwaltung Test", saved.Name);
        Assert.Equal(OperatorKind.InHouse, saved.Operator);
        // The owner was filled into the first cost-share row, with the whole cost.
        var share = Assert.Single(saved.UsingDepartments);
        Assert.Equal((department.Id, 100m), (share.DepartmentId, share.CostSharePercent));
    }

    [Fact]
    public async Task Editing_an_existing_product_saves_the_change()
    {
        await using var context = Database.CreateContext();
        var product = await context.Products.OrderBy(p => p.Id).Skip(4).FirstAsync();
        var page = Context.Render<ProductEdit>(p => p.Add(c => c.Id, product.Id));
        page.WaitForAssertion(() => Assert.Contains($"{product.Name} bearbeiten", page.Find("h1").TextContent), Wait);

        await ChooseAsync(page, "Lebenszyklus", LifecycleStatus.Retired);
        await page.Find("[data-testid=product-save]").ClickAsync(new());

        page.WaitForAssertion(() => Assert.EndsWith($"/produkte/{product.Id}", Navigation.Uri), Wait);
        await using var check = Database.CreateContext();
        Assert.Equal(LifecycleStatus.Retired, (await check.Products.SingleAsync(p => p.Id == product.Id)).Lifecycle);
    }

    [Fact]
    public async Task A_concurrent_change_is_shown_and_only_overwritten_when_the_user_says_so()
    {
        var dialogs = Context.Render<MudDialogProvider>();
        await using var context = Database.CreateContext();
        var product = await context.Products.OrderBy(p => p.Id).Skip(6).FirstAsync();
        var page = Context.Render<ProductEdit>(p => p.Add(c => c.Id, product.Id));
        page.WaitForAssertion(() => page.Find("[data-testid=product-save]"), Wait);

        // Someone else renames the product while this form is open.
        var other = Context.Services.GetRequiredService<ProductEditService>();
        var theirs = await other.GetForEditAsync(product.Id);
        theirs.Name = "Umbenannt von Kollegin";
        await other.UpdateAsync(product.Id, theirs);

        Type(page, "product-name", "Mein neuer Name");
        // The save waits for the user's answer in the dialog, so it is awaited only after answering.
        var saving = page.Find("[data-testid=product-save]").ClickAsync(new());

        dialogs.WaitForAssertion(() => Assert.Contains("Gleichzeitige Änderung", dialogs.Markup), Wait);
        Assert.Contains("Umbenannt von Kollegin", dialogs.Markup);
        Assert.Contains("Mein neuer Name", dialogs.Markup);
        await using (var check = Database.CreateContext())
        {
            Assert.Equal("Umbenannt von Kollegin", (await check.Products.SingleAsync(p => p.Id == product.Id)).Name);
        }

        await dialogs.FindAll("button").Single(b => b.TextContent.Contains("Trotzdem speichern")).ClickAsync(new());
        await saving.WaitAsync(Wait);

        page.WaitForAssertion(() => Assert.EndsWith($"/produkte/{product.Id}", Navigation.Uri), Wait);
        await using var after = Database.CreateContext();
        Assert.Equal("Mein neuer Name", (await after.Products.SingleAsync(p => p.Id == product.Id)).Name);
    }
}
