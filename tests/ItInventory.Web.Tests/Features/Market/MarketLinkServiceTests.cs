using ItInventory.Core.Comparison;
using ItInventory.Core.Domain;
using ItInventory.Core.Domain.Tenants;
using ItInventory.Web.Data.Auditing;
using ItInventory.Web.Features.Comparison;
using ItInventory.Web.Features.Contracts;
using ItInventory.Web.Features.Market;
using ItInventory.Web.Infrastructure.Editing;
using ItInventory.Web.Infrastructure.Security;
using ItInventory.Web.Tests.Features.Comparison;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Tests.Features.Market;

/// <summary>
/// A municipality's links to the market catalogue and its contracts' confidentiality, seen in the comparison of six
/// municipalities using "MeldeWerk EWO" (<see cref="ComparisonTenants"/>).
/// </summary>
public sealed class MarketLinkServiceTests(ComparisonTenants tenants) : IClassFixture<ComparisonTenants>
{
    private const string Subject = "MeldeWerk EWO (Meldewerk Software GmbH)";
    private static readonly ICurrentUser ItHead = FixedCurrentUser.WithRoles("verknuepfer", Roles.ItLeitung);

    private MarketLinkService Links(int tenantId = Tenant.FirstId) => new(tenants.FactoryOf(tenantId), ItHead);

    private async Task<ComparisonLine?> PerInhabitantAsync() =>
        (await tenants.ServiceOf(Tenant.FirstId).ViewAsync()).Lines.SingleOrDefault(l => l.Subject == Subject && l.Metric == ComparisonMetric.CostPerInhabitant);

    [Fact]
    public async Task An_unlinked_product_gets_its_market_product_suggested_and_the_decision_counts_in_the_comparison_at_once()
    {
        var row = (await Links().ListAsync()).Products.Single(p => p.InventoryNumber == "FV-0001");
        var market = row.Linked!;
        await using var before = tenants.Db.CreateContext(Tenant.FirstId);
        var lastAudit = await before.AuditEntries.MaxAsync(e => (long?)e.Id) ?? 0;

        var unlinkedVersion = await Links().SetLinkAsync(row.ProductId, null, row.Version);
        var unlinked = (await Links().ListAsync(onlyUnlinked: true)).Products.Single(p => p.ProductId == row.ProductId);
        var withoutUs = await PerInhabitantAsync();
        await Links().SetLinkAsync(row.ProductId, unlinked.Suggestions[0].Option.Id, unlinkedVersion);
        var withUs = await PerInhabitantAsync();

        Assert.Null(unlinked.Linked);
        Assert.Equal(market, unlinked.Suggestions[0].Option);
        Assert.Equal((5, (decimal?)null), (withoutUs!.Group.Members, withoutUs.Own));
        Assert.Equal(6, withUs!.Group.Members);
        Assert.NotNull(withUs.Own);
        await using var check = tenants.Db.CreateContext(Tenant.FirstId);
        var entries = await check.AuditEntries.Include(e => e.Changes).Where(e => e.Id > lastAudit).OrderBy(e => e.Id).ToListAsync();
        Assert.Equal(2, entries.Count(e => e.EntityType == nameof(Product) && e.Changes.Any(c => c.Field == nameof(Product.MarketProductId))));
    }

    [Fact]
    public async Task Another_tenants_product_id_changes_nothing()
    {
        var othersProduct = (await Links(tenants.TenantIds["Stadt Vergleichsau"]).ListAsync()).Products.Single();

        await Assert.ThrowsAsync<NotFoundException>(() => Links().SetLinkAsync(othersProduct.ProductId, null, othersProduct.Version));

        Assert.Equal(othersProduct.Linked, (await Links(tenants.TenantIds["Stadt Vergleichsau"]).ListAsync()).Products.Single().Linked);
        Assert.DoesNotContain((await Links().ListAsync()).Products, p => p.ProductId == othersProduct.ProductId);
    }

    [Fact]
    public async Task A_link_to_a_market_product_that_does_not_exist_is_refused_in_german()
    {
        var row = (await Links().ListAsync()).Products.First(p => p.Linked is not null);

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => Links().SetLinkAsync(row.ProductId, int.MaxValue, row.Version));

        Assert.Equal("Dieses Marktprodukt gibt es nicht (mehr) im Marktkatalog; bitte ein anderes wählen.", Assert.Single(refused.Errors[nameof(Product.MarketProductId)]));
    }

    [Fact]
    public async Task A_contract_marked_confidential_in_the_form_withholds_its_products_prices_and_the_others_still_show()
    {
        var contracts = new ContractService(tenants.FactoryOf(Tenant.FirstId), tenants.Db.Clock, TestServices.AnalysisSettings(tenants.Db, ItHead), ItHead);
        await using var db = tenants.Db.CreateContext(Tenant.FirstId);
        var ids = await db.Contracts.Where(c => c.Products.Any(p => p.InventoryNumber == "FV-0001")).Select(c => c.Id).ToListAsync();

        await SetConfidentialAsync(contracts, ids, true);
        try
        {
            var line = await PerInhabitantAsync();
            var preview = await tenants.ServiceOf(Tenant.FirstId).PreviewAsync();
            Assert.True((await contracts.GetAsync(ids[0])).Terms.PricesConfidential);
            Assert.Equal(5, line!.Group.Members);
            Assert.Null(line.Own);
            Assert.Contains("MeldeWerk EWO", preview.Withheld);
        }
        finally
        {
            await SetConfidentialAsync(contracts, ids, false);
        }

        Assert.NotNull((await PerInhabitantAsync())!.Own);
    }

    private static async Task SetConfidentialAsync(ContractService contracts, IEnumerable<int> ids, bool confidential)
    {
        foreach (var id in ids)
        {
            var input = await contracts.GetForEditAsync(id);
            input.PricesConfidential = confidential;
            await contracts.UpdateAsync(id, input);
        }
    }
}
