using Bunit;
using ItInventory.Core.Analysis;
using ItInventory.Core.Domain;
using ItInventory.Web.Features.Costs;
using ItInventory.Web.Features.Findings;
using ItInventory.Web.Infrastructure.Security;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ItInventory.Web.Tests.Features.Findings;

/// <summary>The findings section of a product page is current on the render after an edit, without a reload.</summary>
public class SubjectFindingsTests : MudComponentTest
{
    protected override void RegisterServices(IServiceCollection services) =>
        services.AddFindingsFeature(new ConfigurationBuilder().Build());

    /// <summary>The first computation of the sample city's analysis takes seconds on a busy machine.</summary>
    private static readonly TimeSpan Computing = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task After_saving_a_cost_line_the_next_render_shows_its_price_increase()
    {
        var shared = Context.Services.GetRequiredService<SharedAnalysis>();
        int productId;
        await using (var db = Database.CreateContext())
        {
            // Meldewesen-like: maintenance in 2025, and the product not retired.
            productId = await db.CostLines.Where(c => c.FiscalYear == 2025 && c.CostType == CostType.Maintenance && c.Amount > 0 && c.Product!.Lifecycle != LifecycleStatus.Retired)
                .OrderBy(c => c.ProductId).Select(c => c.ProductId).FirstAsync();
        }

        var section = Context.Render<SubjectFindings>(p => p.Add(x => x.ProductId, productId));
        section.WaitForAssertion(() => Assert.Empty(section.FindAll("[aria-label='Auffälligkeiten werden berechnet']")), Computing);
        var before = section.FindAll("[data-testid=product-findings] tbody tr").Count;

        var user = FixedCurrentUser.WithRoles("i.leitung", Roles.ItLeitung);
        await new CostLineService(Database.Factory, user).CreateAsync(new CostLineInput
        {
            ProductId = productId, FiscalYear = 2026, CostType = CostType.Maintenance, Kind = CostKind.Actual, Amount = 9_000_000m,
        });
        section.Render(p => p.Add(x => x.Revision, 1));

        var findings = Context.Services.GetRequiredService<FindingsService>();
        var expected = (await findings.ListAsync(new FindingFilter { ProductId = productId })).Select(r => r.Finding).ToList();
        // The jump is flagged for maintenance and for the product's total.
        var jumps = expected.Where(f => f.Kind == FindingKind.PriceIncrease && f.Year == 2026 && f.Subject.Id == productId).ToList();
        Assert.NotEmpty(jumps);
        section.WaitForAssertion(() => Assert.All(jumps, jump =>
            Assert.Contains(section.FindAll("[data-testid=product-findings] tbody tr"), row => row.TextContent.Contains(jump.Explanation))), Computing);
        Assert.True(section.FindAll("[data-testid=product-findings] tbody tr").Count > before);
        Assert.Equal(2, shared.Computations);
    }
}
