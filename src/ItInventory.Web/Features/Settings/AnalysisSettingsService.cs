using ItInventory.Web.Data.Entities;
using System.Text.Json;
using ItInventory.Core.Analysis;
using ItInventory.Core.Analysis.LockIn;
using ItInventory.Web.Data;
using ItInventory.Web.Infrastructure.Editing;
using ItInventory.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ItInventory.Web.Features.Settings;

/// <summary>
/// Thresholds and weights of the analysis. appsettings gives the defaults of an installation; an administrator can
/// override them on the settings page, and the change is audited like any other.
/// </summary>
public sealed class AnalysisSettingsService(IDbContextFactory<InventoryDbContext> contextFactory, IOptionsMonitor<AnalysisOptions> configured, ICurrentUser currentUser)
{
    public const string Key = "Analysis";

    public sealed record EffectiveSettings(AnalysisOptions Options, bool IsOverridden, Guid? Version);

    /// <summary>The options the analysis runs with; readable by every service that runs the analysis.</summary>
    public async Task<AnalysisOptions> GetEffectiveOptionsAsync(CancellationToken cancellationToken = default) =>
        (await LoadAsync(cancellationToken)).Options;

    /// <summary>The same, read over the caller's context (and so its open connection).</summary>
    public async Task<AnalysisOptions> GetEffectiveOptionsAsync(InventoryDbContext db, CancellationToken cancellationToken = default) =>
        (await LoadAsync(db, cancellationToken)).Options;

    public async Task<EffectiveSettings> GetForEditingAsync(CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.Administer);
        return await LoadAsync(cancellationToken);
    }

    public async Task SaveAsync(AnalysisOptions options, Guid? expectedVersion, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.Administer);
        Validate(options).ThrowIfAny();

        await StoredSettings.SaveAsync(contextFactory, Key, options, expectedVersion, "Die Analyse-Einstellungen", cancellationToken);
    }

    /// <summary>Drops the override, so appsettings apply again.</summary>
    public async Task ResetAsync(CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.Administer);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Set<StoredSetting>().Where(s => s.Key == Key).ExecuteDeleteAsync(cancellationToken);
        await db.NoteAnalysisDataWrittenAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public static ValidationErrors Validate(AnalysisOptions options)
    {
        var errors = new ValidationErrors()
            .When(options.PriceToleranceOverIndexPercentagePoints is < 0 or > 50, nameof(options.PriceToleranceOverIndexPercentagePoints), "Die Toleranz über dem VPI muss zwischen 0 und 50 Prozentpunkten liegen.")
            .When(options.CumulativeToleranceOverIndexPercentagePoints is < 0 or > 100, nameof(options.CumulativeToleranceOverIndexPercentagePoints), "Die kumulierte Toleranz muss zwischen 0 und 100 Prozentpunkten liegen.")
            .When(options.PriceCriticalOverIndexPercentagePoints < options.PriceToleranceOverIndexPercentagePoints, nameof(options.PriceCriticalOverIndexPercentagePoints), "Die Schwelle für „kritisch“ darf nicht unter der Toleranz liegen.")
            .When(options.MinimumImpactEuro is < 0 or > 1_000_000, nameof(options.MinimumImpactEuro), "Die Mindestwirkung muss zwischen 0 und 1.000.000 € liegen.")
            .When(options.DecisionLeadDays is < 0 or > 730, nameof(options.DecisionLeadDays), "Die Vorlaufzeit für Entscheidungen muss zwischen 0 und 730 Tagen liegen.")
            .When(options.DecisionWarningDays is < 0 or > 365, nameof(options.DecisionWarningDays), "Die Vorwarnzeit muss zwischen 0 und 365 Tagen liegen.")
            .When(options.LockInHighScoreThreshold is < 0 or > 100, nameof(options.LockInHighScoreThreshold), "Die Lock-in-Schwelle muss zwischen 0 und 100 liegen.")
            .When(options.HighConcentrationHhi is < 0 or > 10000, nameof(options.HighConcentrationHhi), "Die HHI-Schwelle muss zwischen 0 und 10.000 liegen.")
            .When(options.DependentDepartmentsThreshold < 1, nameof(options.DependentDepartmentsThreshold), "Die Zahl der abhängigen Ämter muss mindestens 1 sein.")
            .When(options.MigrationCostRatioForFullScore <= 0, nameof(options.MigrationCostRatioForFullScore), "Das Verhältnis der Wechselkosten muss größer als 0 sein.");
        foreach (var (code, weight) in options.LockInWeights)
        {
            errors.When(weight is < 0 or > 100, $"LockInWeights.{code}", $"Das Gewicht von {code} muss zwischen 0 und 100 liegen.");
        }

        errors.When(LockInIndicators.All.Sum(options.WeightOf) <= 0, nameof(options.LockInWeights), "Mindestens ein Lock-in-Indikator braucht ein Gewicht über 0.");
        return errors;
    }

    private async Task<EffectiveSettings> LoadAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await LoadAsync(db, cancellationToken);
    }

    private async Task<EffectiveSettings> LoadAsync(InventoryDbContext db, CancellationToken cancellationToken)
    {
        var stored = await db.Set<StoredSetting>().AsNoTracking().SingleOrDefaultAsync(s => s.Key == Key, cancellationToken);
        return stored is null
            ? new EffectiveSettings(configured.CurrentValue, false, null)
            : new EffectiveSettings(JsonSerializer.Deserialize<AnalysisOptions>(stored.Json) ?? configured.CurrentValue, true, stored.Version);
    }
}
