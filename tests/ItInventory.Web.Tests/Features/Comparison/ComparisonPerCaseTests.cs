using ItInventory.Core.Comparison;
using ItInventory.Core.Domain;
using ItInventory.Core.Domain.Tenants;
using ItInventory.Web.Features.Comparison;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Tests.Features.Comparison;

/// <summary>Cost per case: the sample city's "MeldeWerk EWO" serves city services with case numbers; so, here, do the others'.</summary>
public sealed class ComparisonPerCaseTests(ComparisonTenants tenants) : IClassFixture<ComparisonTenants>
{
    private const string Subject = "MeldeWerk EWO (Meldewerk Software GmbH)";

    private async Task<ComparisonLine?> PerCaseAsync() =>
        (await tenants.ServiceOf(Tenant.FirstId).ViewAsync()).Lines.SingleOrDefault(l => l.Subject == Subject && l.Metric == ComparisonMetric.CostPerCase);

    [Fact]
    public async Task Cost_per_case_shows_once_k_municipalities_have_case_numbers()
    {
        var names = ComparisonTenants.Others.Select(o => o.Name).ToList();
        foreach (var name in names.Take(3))
            await AddCasesAsync(tenants.TenantIds[name], 5_000);
        // The sample city and three others: 4 < k.
        var tooFew = await PerCaseAsync();
        foreach (var name in names.Skip(3))
            await AddCasesAsync(tenants.TenantIds[name], 5_000);

        var line = await PerCaseAsync();

        Assert.Null(tooFew);
        Assert.Equal(6, line!.Group.Members);
        Assert.NotNull(line.Own);
        Assert.InRange(line.OwnPercentile!.Value, 0, 100);
        Assert.Equal("Laufende Kosten je Fall und Jahr", ComparisonTexts.Label(line.Metric));
    }

    private async Task AddCasesAsync(int tenantId, int cases)
    {
        await using var db = tenants.Db.CreateContext(tenantId);
        var product = await db.Products.SingleAsync();
        var ozg = await db.OzgServices.OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();
        db.CityServices.Add(new CityService
        {
            OzgServiceId = ozg, AnnualCases = cases, CaseYear = 2025,
            Products = [new CityServiceProduct { ProductId = product.Id, IsSpecialisedProcedure = true }],
        });
        await db.SaveChangesAsync();
    }
}
