using Bunit;
using ItInventory.Core.Domain;
using ItInventory.Web.Features.Products;
using ItInventory.Web.Infrastructure.Security;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Tests.Features.Products;

/// <summary>Procurement reads products but does not maintain them: the page offers no edit that would be refused.</summary>
public class ProductPageForProcurementTests : ProductPageTest
{
    protected override string[] UserRoles => [Roles.Beschaffung];

    [Fact]
    public async Task Only_the_cost_actions_procurement_may_take_are_offered()
    {
        await using var context = Database.CreateContext();
        var product = await context.Products.Where(p => p.StandardSupport.Any() && p.CostLines.Any() && context.Interfaces.Any(i => i.SourceProductId == p.Id)).OrderBy(p => p.Id).FirstAsync();

        var page = Context.Render<ProductView>(p => p.Add(c => c.Id, product.Id));

        page.WaitForAssertion(() => Assert.Equal(product.Name, page.Find("h1").TextContent.Trim()), Wait);
        var buttons = page.FindAll("button, a").Select(b => b.TextContent.Trim()).ToList();
        Assert.DoesNotContain("Bearbeiten", buttons);
        Assert.DoesNotContain("Löschen", buttons);
        Assert.DoesNotContain("Standard hinzufügen", buttons);
        Assert.DoesNotContain("Ausgehende Schnittstelle erfassen", buttons);
        Assert.DoesNotContain("Eingehende Schnittstelle erfassen", buttons);
        Assert.NotEmpty(page.FindAll("tr[data-interface]"));
        Assert.Empty(page.FindAll("tr[data-interface] button"));
        Assert.Contains("Kosten erfassen", buttons);
        Assert.Empty(page.FindAll("[aria-label^='Angabe zu']"));
        Assert.NotEmpty(page.FindAll("[aria-label^='Kostenposition']"));
    }
}
