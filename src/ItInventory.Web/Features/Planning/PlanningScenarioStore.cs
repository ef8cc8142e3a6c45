using ItInventory.Core.Validation;
using ItInventory.Web.Data;
using ItInventory.Web.Features.Settings;
using ItInventory.Web.Infrastructure.Editing;
using ItInventory.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Features.Planning;

/// <summary>
/// A named scenario: its own assumptions and, optionally, "Kündigung von Produkt X zum nächsten Termin und Wechsel zu
/// einer Alternative mit laufenden Kosten Y" (plus one-off switching cost).
/// </summary>
public sealed record PlanningScenario(
    string Name,
    PlanningAssumptions Assumptions,
    int? ExitProductId = null,
    decimal? AlternativeAnnualCost = null,
    decimal? SwitchingCost = null);

/// <summary>The tenant's saved scenarios, stored as one setting (audited like any other write).</summary>
public sealed class PlanningScenarioStore(IDbContextFactory<InventoryDbContext> contextFactory, ICurrentUser currentUser)
{
    public const string Key = "PlanningScenarios";
    public const int MaxNameLength = 100;

    public sealed record Stored(IReadOnlyList<PlanningScenario> Scenarios, Guid? Version);

    public async Task<Stored> LoadAsync(CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.ViewDashboard);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await StoredSettings.LoadAsync<List<PlanningScenario>>(db, Key, cancellationToken) is { } stored
            ? new Stored(stored.Value, stored.Version)
            : new Stored([], null);
    }

    /// <summary>Adds the scenario, or replaces the one of the same name.</summary>
    public async Task SaveAsync(PlanningScenario scenario, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.EditCosts);
        scenario = scenario with { Name = NameRules.Clean(scenario.Name) };
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            Validate(scenario).When(scenario.ExitProductId is { } id && !await db.Products.AnyAsync(p => p.Id == id, cancellationToken),
                nameof(PlanningScenario.ExitProductId), "Das gewählte Produkt gibt es nicht (mehr).").ThrowIfAny();
        }

        var stored = await LoadAsync(cancellationToken);
        var scenarios = stored.Scenarios.Where(s => !string.Equals(s.Name, scenario.Name, StringComparison.OrdinalIgnoreCase)).Append(scenario).ToList();
        await StoredSettings.SaveAsync(contextFactory, Key, scenarios, stored.Version, "Die Szenarien", cancellationToken);
    }

    public static ValidationErrors Validate(PlanningScenario scenario)
    {
        var errors = PlanningAssumptionsStore.Validate(scenario.Assumptions)
            .When(scenario.Name.Length == 0, nameof(scenario.Name), "Bitte geben Sie dem Szenario einen Namen.")
            .When(scenario.Name.Length > MaxNameLength, nameof(scenario.Name), $"Der Name des Szenarios darf höchstens {MaxNameLength} Zeichen lang sein.")
            .Problem(nameof(scenario.Name), TextRules.Problem(scenario.Name))
            .Problem(nameof(scenario.AlternativeAnnualCost), AmountRules.Problem(scenario.AlternativeAnnualCost, "Die laufenden Kosten der Alternative"))
            .Problem(nameof(scenario.SwitchingCost), AmountRules.Problem(scenario.SwitchingCost, "Die Wechselkosten"));
        return errors.When(scenario.ExitProductId is not null && scenario.AlternativeAnnualCost is null, nameof(scenario.AlternativeAnnualCost),
            "Bitte geben Sie die laufenden Kosten der Alternative an (0, wenn keine).");
    }
}
