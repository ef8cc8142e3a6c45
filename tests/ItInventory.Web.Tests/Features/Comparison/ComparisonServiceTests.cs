using System.Text.Json;
using ItInventory.Core.Comparison;
using ItInventory.Core.Domain;
using ItInventory.Core.Domain.Tenants;
using ItInventory.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Tests.Features.Comparison;

/// <summary>
/// The comparison within one installation, tried as an attacker would: what does a municipality learn of the others?
/// Six take part with "MeldeWerk EWO" (the sample city, three more in NRW, two in Bayern); a seventh uses it but does not.
/// </summary>
public sealed class ComparisonServiceTests(ComparisonTenants tenants) : IClassFixture<ComparisonTenants>
{
    private const string Subject = "MeldeWerk EWO (Meldewerk Software GmbH)";

    [Fact]
    public async Task A_participant_sees_its_position_but_no_name_key_or_figure_of_another_municipality()
    {
        var view = await tenants.ServiceOf(Tenant.FirstId).ViewAsync();

        Assert.True(view.TakesPart);
        Assert.Equal(2025, view.Year);
        var perInhabitant = Assert.Single(view.Lines, l => l.Subject == Subject && l.Metric == ComparisonMetric.CostPerInhabitant);
        Assert.Equal(6, perInhabitant.Group.Members);
        Assert.NotNull(perInhabitant.Own);
        Assert.InRange(perInhabitant.OwnPercentile!.Value, 0, 100);
        Assert.Null(perInhabitant.Group.LowerQuartile);

        var text = JsonSerializer.Serialize(view);
        foreach (var (name, _, inhabitants, cost2024, cost2025) in ComparisonTenants.Others)
        {
            Assert.DoesNotContain(name, text);
            Assert.DoesNotContain(inhabitants.ToString(System.Globalization.CultureInfo.InvariantCulture), text);
            Assert.DoesNotContain((cost2025 / inhabitants).ToString(System.Globalization.CultureInfo.InvariantCulture), text);
        }

        Assert.DoesNotContain(ComparisonTenants.Hidden, text);
    }

    [Fact]
    public async Task A_filter_that_narrows_the_group_below_k_shows_nothing()
    {
        var service = tenants.ServiceOf(Tenant.FirstId);

        Assert.Contains((await service.ViewAsync()).Lines, l => l.Subject == Subject);
        // NRW: the sample city and three others, 4 < k = 5. Bayern: two. Nothing about either.
        var nrw = await service.ViewAsync(filter: new ComparisonFilter(State: FederalState.NordrheinWestfalen));
        var bavaria = await service.ViewAsync(filter: new ComparisonFilter(State: FederalState.Bayern));
        Assert.Empty(nrw.Lines);
        Assert.Empty(nrw.Shares);
        Assert.Empty(nrw.Demands);
        Assert.Empty(bavaria.Lines);
    }

    [Fact]
    public async Task A_tenant_not_taking_part_sees_nothing_and_counts_nowhere()
    {
        var hiddenId = tenants.TenantIds[ComparisonTenants.Hidden];
        var hidden = await tenants.ServiceOf(hiddenId).ViewAsync();
        Assert.False(hidden.TakesPart);
        Assert.Empty(hidden.Lines);
        Assert.Empty(hidden.Demands);

        // Its absurd 9,999,999 € would move the group; it is not in it, until it decides to take part.
        var before = await tenants.ServiceOf(Tenant.FirstId).ViewAsync();
        await tenants.SetTakesPartAsync(hiddenId, true);
        try
        {
            var after = await tenants.ServiceOf(Tenant.FirstId).ViewAsync();
            Assert.Equal(6, before.Lines.First(l => l.Subject == Subject).Group.Members);
            Assert.Equal(7, after.Lines.First(l => l.Subject == Subject).Group.Members);
        }
        finally
        {
            await tenants.SetTakesPartAsync(hiddenId, false);
        }
    }

    [Fact]
    public async Task The_preview_shows_what_is_shared_and_a_confidential_contract_keeps_its_prices_home()
    {
        var service = tenants.ServiceOf(Tenant.FirstId);
        var preview = await service.PreviewAsync();
        Assert.True(preview.TakesPart);
        Assert.Equal("100.000 bis 500.000 Einwohner", preview.SizeClass);
        Assert.Equal(40, preview.Products.Count);
        Assert.NotEmpty(preview.Products.Single(p => p.MarketProduct == "MeldeWerk EWO").RunningCostByYear);

        await SetConfidentialAsync(true);
        try
        {
            var withheld = await service.PreviewAsync();
            Assert.Empty(withheld.Products.Single(p => p.MarketProduct == "MeldeWerk EWO").RunningCostByYear);
            Assert.Contains("MeldeWerk EWO", withheld.Withheld);
            // Five cost figures remain: still a group, but the sample city has no own cost figure in it.
            var line = (await service.ViewAsync()).Lines.Single(l => l.Subject == Subject && l.Metric == ComparisonMetric.CostPerInhabitant);
            Assert.Equal(5, line.Group.Members);
            Assert.Null(line.Own);
        }
        finally
        {
            await SetConfidentialAsync(false);
        }
    }

    [Fact]
    public async Task Only_the_administration_decides_on_taking_part()
    {
        await Assert.ThrowsAsync<AccessDeniedException>(() => tenants.ServiceOf(Tenant.FirstId, Roles.Beschaffung).SetParticipationAsync(false));
        var vergleichsau = tenants.TenantIds["Stadt Vergleichsau"];
        await tenants.ServiceOf(vergleichsau, Roles.Administrator).SetParticipationAsync(false);
        try
        {
            Assert.False((await tenants.ServiceOf(vergleichsau).PreviewAsync()).TakesPart);
            Assert.Equal(5, (await tenants.ServiceOf(Tenant.FirstId).ViewAsync()).Lines.First(l => l.Subject == Subject).Group.Members);
        }
        finally
        {
            await tenants.SetTakesPartAsync(vergleichsau, true);
        }
    }

    private async Task SetConfidentialAsync(bool confidential)
    {
        await using var db = tenants.Db.CreateContext(Tenant.FirstId);
        var contracts = await db.Contracts.Where(c => c.Products.Any(p => p.InventoryNumber == "FV-0001")).ToListAsync();
        Assert.NotEmpty(contracts);
        foreach (var contract in contracts)
            contract.PricesConfidential = confidential;
        await db.SaveChangesAsync();
    }
}
