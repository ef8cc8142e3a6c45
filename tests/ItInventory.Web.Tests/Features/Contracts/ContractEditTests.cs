using AngleSharp.Dom;
using Bunit;
using ItInventory.Core.Analysis;
using ItInventory.Core.Domain;
using ItInventory.Web.Features.Contracts;
using ItInventory.Web.Features.Settings;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ItInventory.Web.Tests.Features.Contracts;

public class ContractEditTests : MudComponentTest
{
    protected override string[] UserRoles => [global::ItInventory.Web.Infrastructure.Security.Roles.Beschaffung];

    protected override void RegisterServices(IServiceCollection services)
    {
        services.AddSingleton<IOptionsMonitor<AnalysisOptions>>(new StaticOptionsMonitor<AnalysisOptions>(new AnalysisOptions()));
        services.AddScoped<AnalysisSettingsService>();
        services.AddScoped<ContractService>();
        services.AddScoped<ItInventory.Web.Features.Notifications.ContractRemindersService>();
    }

    private async Task<Contract> ContractAsync(string number)
    {
        await using var context = Database.CreateContext();
        return await context.Contracts.AsNoTracking().SingleAsync(c => c.ContractNumber == number);
    }

    private IRenderedComponent<ContractEdit> RenderEditor(int id)
    {
        var page = Context.Render<ContractEdit>(p => p.Add(c => c.Id, id));
        page.WaitForElement("#contract-number", TimeSpan.FromSeconds(30));
        return page;
    }

    /// <summary>Finds and clicks in one step on the renderer: a render in between would make the found button stale.</summary>
    private static Task SaveAsync(IRenderedComponent<ContractEdit> page) =>
        page.InvokeAsync(() => page.FindAll("button").Single(b => b.TextContent.Trim() == "Speichern").Click());

    private async Task AssertUnchangedAsync(Contract before)
    {
        var after = await ContractAsync(before.ContractNumber);
        Assert.Equal(before.Version, after.Version);
        Assert.Equal((before.Title, before.RenewalPeriodMonths, before.FixedEnd, before.PriceAdjustmentPercent, before.NoticePeriodMonths),
            (after.Title, after.RenewalPeriodMonths, after.FixedEnd, after.PriceAdjustmentPercent, after.NoticePeriodMonths));
    }

    [Fact]
    public async Task Invalid_terms_show_german_messages_at_the_fields_and_nothing_is_saved()
    {
        // A renewing contract with a fixed-percent price clause.
        var before = await ContractAsync("V-2015-001");
        var page = RenderEditor(before.Id);

        page.Find("#contract-title").Change("");
        page.Find("#contract-renewal").Change("0");
        page.Find("#contract-price-percent").Change("");
        page.Find("#contract-annual-value").Change("-5");
        await SaveAsync(page);

        page.WaitForAssertion(() => Assert.Contains("Nicht gespeichert.", page.Find("[role=alert]").TextContent), TimeSpan.FromSeconds(30));
        var alert = page.Find("[role=alert]");
        Assert.Contains("Bitte korrigieren Sie die markierten Felder", alert.TextContent);
        foreach (var message in new[]
                 {
                     "Bitte einen Titel angeben.",
                     "Ein sich verlängernder Vertrag braucht einen Verlängerungszeitraum von mindestens 1 Monat.",
                     "Bei einer festen Preisanpassung bitte den vereinbarten Prozentsatz angeben.",
                     "Der Jahreswert darf nicht negativ sein.",
                 })
        {
            Assert.True(alert.TextContent.Contains(message), alert.TextContent);
            // Next to its field as well, not only in the summary.
            Assert.Contains(page.FindAll(".mud-input-helper-text.mud-input-error, .mud-input-error .mud-input-helper-text"), e => e.TextContent.Contains(message));
        }

        await AssertUnchangedAsync(before);
    }

    [Fact]
    public async Task A_fixed_end_before_the_start_is_refused_at_the_end_date()
    {
        var before = await ContractAsync("V-2022-002");
        Assert.Equal(ContractTermKind.FixedEnd, before.TermKind);
        var page = RenderEditor(before.Id);

        page.Find("#contract-fixed-end").Change("31.12.2000");
        await SaveAsync(page);

        page.WaitForAssertion(() => Assert.Contains("Das feste Vertragsende darf nicht vor dem Vertragsbeginn liegen.", page.Markup), TimeSpan.FromSeconds(30));
        await AssertUnchangedAsync(before);
    }

    [Fact]
    public async Task Valid_changes_are_saved()
    {
        var before = await ContractAsync("V-2015-001");
        var page = RenderEditor(before.Id);

        Assert.NotEqual(4, before.NoticePeriodMonths);
        page.Find("#contract-notice").Change("4");
        await SaveAsync(page);

        // Waits for the saved row itself: on a server database the save is still under way when Click returns.
        await page.WaitForAssertionAsync(async () =>
        {
            var after = await ContractAsync("V-2015-001");
            Assert.Equal(4, after.NoticePeriodMonths);
            Assert.NotEqual(before.Version, after.Version);
        }, TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task Data_Act_terms_are_refused_at_their_field_when_impossible_and_saved_when_possible()
    {
        var before = await ContractAsync("V-2021-005");
        Assert.Null(before.SwitchingNoticeMonths);
        var page = RenderEditor(before.Id);

        page.Find("#contract-switching-notice").Change("3");
        page.Find("#contract-transitional-days").Change("-5");
        await SaveAsync(page);

        const string message = "Der Übergangszeitraum muss zwischen 0 und 3650 Tagen liegen (-5 ist außerhalb).";
        page.WaitForAssertion(() => Assert.Contains(page.FindAll(".mud-input-helper-text.mud-input-error, .mud-input-error .mud-input-helper-text"),
            e => e.TextContent.Contains(message)), TimeSpan.FromSeconds(30));
        await AssertUnchangedAsync(before);

        // Three months' notice and 45 days break the Act, but they are the contract's terms: saved, the check reports them.
        page.Find("#contract-transitional-days").Change("45");
        page.Find("#contract-export-formats").Change("CSV, XML");
        await SaveAsync(page);

        await page.WaitForAssertionAsync(async () =>
        {
            var after = await ContractAsync("V-2021-005");
            Assert.Equal((3, 45, "CSV, XML"), (after.SwitchingNoticeMonths, after.TransitionalPeriodDays, after.ExportFormats));
        }, TimeSpan.FromSeconds(30));
    }
}
