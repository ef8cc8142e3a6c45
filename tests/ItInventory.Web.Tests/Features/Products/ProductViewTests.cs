using Bunit;
using ItInventory.Core.Domain;
using ItInventory.Core.Formatting;
using ItInventory.Web.Features.Findings;
using Microsoft.Extensions.DependencyInjection;
using ItInventory.Web.Features.Products;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Tests.Features.Products;

public class ProductViewTests : ProductPageTest
{
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
    public async Task The_lock_in_score_of_the_shared_analysis_is_shown_with_its_strongest_factors()
    {
        var report = await Context.Services.GetRequiredService<AnalysisService>().AnalyzeAsync();
        var highest = report.LockIn.OrderByDescending(s => s.Score).First();
        var strongest = highest.Factors.Where(f => f.Points > 0m).OrderByDescending(f => f.Points).ThenBy(f => f.Code, StringComparer.Ordinal).First();

        var page = Context.Render<ProductView>(p => p.Add(c => c.Id, highest.Product.Id));

        page.WaitForAssertion(() => Assert.Contains($"Lock-in-Wert {Formats.Number(highest.Score, 0)} von 100", page.Find("[data-testid=lock-in-score]").TextContent), Wait);
        var text = page.Find("[data-testid=lock-in-score]").TextContent;
        Assert.Contains(highest.Score >= 60m ? "(hoch;" : "(nicht hoch;", text);
        Assert.Contains($"{strongest.Code} {strongest.Label}", text);
    }

    [Fact]
    public void An_unknown_product_says_so_in_German()
    {
        var page = Context.Render<ProductView>(p => p.Add(c => c.Id, 999_999));

        page.WaitForAssertion(() => Assert.Equal("Produkt nicht gefunden", page.Find("h1").TextContent.Trim()), Wait);
        Assert.Contains("Das Produkt mit der Nummer 999999 gibt es nicht (mehr).", page.Markup);
    }
}
