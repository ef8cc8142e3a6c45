using ItInventory.Core.Analysis;
using ItInventory.Web.Infrastructure.Editing;
using ItInventory.Web.Infrastructure.Security;
using ItInventory.Web.Tests.Support;

namespace ItInventory.Web.Tests.Features.Settings;

public class AnalysisSettingsServiceTests : IAsyncLifetime
{
    private static readonly ICurrentUser Admin = FixedCurrentUser.WithRoles("admin", Roles.Administrator);
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateSampleCityAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task A_saved_tolerance_overrides_appsettings_and_changes_the_findings()
    {
        var analysis = TestServices.Analysis(_db, Admin);
        var before = (await analysis.AnalyzeAsync()).Findings.Count(f => f.Kind == FindingKind.PriceIncrease);
        var settings = TestServices.AnalysisSettings(_db, Admin);
        var current = await settings.GetForEditingAsync();
        Assert.False(current.IsOverridden);

        await settings.SaveAsync(new AnalysisOptions { PriceToleranceOverIndexPercentagePoints = 40m, PriceCriticalOverIndexPercentagePoints = 60m }, current.Version);

        var after = (await analysis.AnalyzeAsync()).Findings.Where(f => f.Kind == FindingKind.PriceIncrease).ToList();
        Assert.True(before > after.Count);
        Assert.Contains(after, f => f.Explanation.Contains("50,0 %"));
        Assert.True((await settings.GetForEditingAsync()).IsOverridden);

        await settings.ResetAsync();
        Assert.Equal(before, (await analysis.AnalyzeAsync()).Findings.Count(f => f.Kind == FindingKind.PriceIncrease));
    }

    [Fact]
    public async Task Invalid_values_are_refused_with_german_messages_per_field()
    {
        var settings = TestServices.AnalysisSettings(_db, Admin);
        var options = new AnalysisOptions { DecisionLeadDays = -5, LockInHighScoreThreshold = 140m };
        options.LockInWeights["L3"] = -1m;

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => settings.SaveAsync(options, null));

        Assert.Contains("0 und 730 Tagen", error.Errors[nameof(AnalysisOptions.DecisionLeadDays)][0]);
        Assert.Contains("0 und 100", error.Errors[nameof(AnalysisOptions.LockInHighScoreThreshold)][0]);
        Assert.Contains("L3", error.Errors["LockInWeights.L3"][0]);
        Assert.False((await settings.GetForEditingAsync()).IsOverridden);
    }

    [Fact]
    public async Task Two_administrators_saving_the_same_settings_get_a_conflict_instead_of_overwriting()
    {
        var settings = TestServices.AnalysisSettings(_db, Admin);
        await settings.SaveAsync(new AnalysisOptions { DecisionLeadDays = 60 }, null);
        var loaded = await settings.GetForEditingAsync();

        await settings.SaveAsync(new AnalysisOptions { DecisionLeadDays = 120 }, loaded.Version);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => settings.SaveAsync(new AnalysisOptions { DecisionLeadDays = 30 }, loaded.Version));

        Assert.Equal(120, (await settings.GetForEditingAsync()).Options.DecisionLeadDays);
    }

    [Fact]
    public async Task Only_administrators_may_change_settings()
    {
        var settings = TestServices.AnalysisSettings(_db, FixedCurrentUser.WithRoles("il", Roles.ItLeitung));

        await Assert.ThrowsAsync<AccessDeniedException>(() => settings.SaveAsync(new AnalysisOptions(), null));
    }
}
