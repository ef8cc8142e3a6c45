using Bunit;
using ItInventory.Core.Domain;
using ItInventory.Core.Formatting;
using ItInventory.Web.Features.Costs;
using ItInventory.Web.Features.Products;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using MudBlazor;

namespace ItInventory.Web.Tests.Features.Products;

/// <summary>
/// "Kosten erfassen" on a product page must not double a year's plan: a plan line of the same year, cost type and kind
/// is offered for replacement (and proposed), the product's one contract is proposed, the new year total is shown.
/// </summary>
public class ProductCostEntryTests : ProductPageTest
{
    [Fact]
    public async Task A_plan_entered_beside_an_existing_plan_replaces_it_by_default_and_never_double_counts()
    {
        var dialogs = Context.Render<MudDialogProvider>();
        await using var context = Database.CreateContext();
        var nextYear = TestDatabase.AsOf.Year + 1;
        var product = await context.Products
            .Where(p => p.Contracts.Count == 1
                && p.CostLines.Count(c => c.FiscalYear == nextYear && c.Kind == CostKind.Plan && c.CostType == CostType.Maintenance) == 1
                && !p.CostLines.Any(c => c.FiscalYear == nextYear && c.Kind == CostKind.Actual))
            .OrderBy(p => p.Id).FirstAsync();
        var contract = await context.Contracts.Where(c => c.Products.Any(p => p.Id == product.Id)).SingleAsync();
        var existing = await context.CostLines.SingleAsync(c => c.ProductId == product.Id && c.FiscalYear == nextYear && c.Kind == CostKind.Plan && c.CostType == CostType.Maintenance);
        var linesBefore = await context.CostLines.CountAsync(c => c.ProductId == product.Id);
        var yearBefore = await context.CostLines.Where(c => c.ProductId == product.Id && c.FiscalYear == nextYear).SumAsync(c => c.Amount);
        var page = Context.Render<ProductView>(p => p.Add(c => c.Id, product.Id));
        page.WaitForAssertion(() => Assert.Equal(product.Name, page.Find("h1").TextContent.Trim()), Wait);

        var opening = page.FindAll("button").First(b => b.TextContent.Contains("Kosten erfassen")).ClickAsync(new());
        dialogs.WaitForAssertion(() => dialogs.Find("[data-testid=cost-same-kind]"), Wait);

        // Next year, the product's only contract, and replacing the plan line that is there.
        Assert.Equal(nextYear, dialogs.FindComponents<MudNumericField<int?>>().Single(f => f.Instance.Label == "Haushaltsjahr").Instance.Value);
        Assert.Equal(contract.Id, dialogs.FindComponents<MudSelect<int?>>().Single(s => s.Instance.Label == "Vertrag (optional)").Instance.Value);
        Assert.Equal(existing.Id, dialogs.FindComponent<MudRadioGroup<int?>>().Instance.Value);

        var amount = dialogs.FindComponents<MudNumericField<decimal?>>().Single(f => f.Instance.Label == "Betrag in Euro");
        await dialogs.InvokeAsync(() => amount.Instance.ValueChanged.InvokeAsync(existing.Amount + 1_000m));
        dialogs.WaitForAssertion(() => Assert.Contains($"→ {Formats.Euro(yearBefore + 1_000m)}", dialogs.Find("[data-testid=cost-impact]").TextContent), Wait);
        await dialogs.Find("[data-testid=cost-save]").ClickAsync(new());
        await opening.WaitAsync(Wait);

        await using var check = Database.CreateContext();
        Assert.Equal(linesBefore, await check.CostLines.CountAsync(c => c.ProductId == product.Id));
        var replaced = await check.CostLines.SingleAsync(c => c.Id == existing.Id);
        Assert.Equal(existing.Amount + 1_000m, replaced.Amount);
        Assert.Equal(contract.Id, replaced.ContractId);
        Assert.Equal(yearBefore + 1_000m, await check.CostLines.Where(c => c.ProductId == product.Id && c.FiscalYear == nextYear).SumAsync(c => c.Amount));
        // The product's history says so.
        page.WaitForAssertion(() => Assert.Contains($"Kostenposition {existing.Id} geändert", page.Find("[data-testid=audit-history]").TextContent), Wait);
    }

    [Fact]
    public async Task Choosing_to_add_keeps_the_existing_line_and_the_total_shows_both()
    {
        var dialogs = Context.Render<MudDialogProvider>();
        await using var context = Database.CreateContext();
        var nextYear = TestDatabase.AsOf.Year + 1;
        var existing = await context.CostLines
            .Where(c => c.FiscalYear == nextYear && c.Kind == CostKind.Plan && c.CostType == CostType.Maintenance
                && !context.CostLines.Any(a => a.ProductId == c.ProductId && a.FiscalYear == nextYear && a.Kind == CostKind.Actual))
            .OrderBy(c => c.ProductId).FirstAsync();
        var linesBefore = await context.CostLines.CountAsync(c => c.ProductId == existing.ProductId);
        var page = Context.Render<ProductView>(p => p.Add(c => c.Id, existing.ProductId));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("button").Where(b => b.TextContent.Contains("Kosten erfassen"))), Wait);

        var opening = page.FindAll("button").First(b => b.TextContent.Contains("Kosten erfassen")).ClickAsync(new());
        dialogs.WaitForAssertion(() => dialogs.Find("[data-testid=cost-same-kind]"), Wait);
        var choice = dialogs.FindComponent<MudRadioGroup<int?>>();
        await dialogs.InvokeAsync(() => choice.Instance.ValueChanged.InvokeAsync(null));
        var amount = dialogs.FindComponents<MudNumericField<decimal?>>().Single(f => f.Instance.Label == "Betrag in Euro");
        await dialogs.InvokeAsync(() => amount.Instance.ValueChanged.InvokeAsync(500m));
        await dialogs.Find("[data-testid=cost-save]").ClickAsync(new());
        await opening.WaitAsync(Wait);

        await using var check = Database.CreateContext();
        Assert.Equal(linesBefore + 1, await check.CostLines.CountAsync(c => c.ProductId == existing.ProductId));
        Assert.Equal(existing.Amount, (await check.CostLines.SingleAsync(c => c.Id == existing.Id)).Amount);
        var added = await check.CostLines.Where(c => c.ProductId == existing.ProductId).MaxAsync(c => c.Id);
        page.WaitForAssertion(() => Assert.Contains($"Kostenposition {added} angelegt", page.Find("[data-testid=audit-history]").TextContent), Wait);
    }
}
