using ItInventory.Core.Domain;
using ItInventory.Core.Validation;
using ItInventory.Web.Data;
using ItInventory.Web.Features.Settings;
using ItInventory.Web.Infrastructure.Editing;
using ItInventory.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Features.Planning;

/// <summary>The tenant's stated planning assumptions; null means the default (VPI: the last known annual change).</summary>
/// <param name="VpiPercentByYear">The VPI change assumed for single years, overriding <paramref name="VpiPercent"/> there.</param>
/// <param name="AccountsByCostType">The Sachkonto per cost type where it differs from the department's (e.g. licences to an investive account).</param>
public sealed record PlanningAssumptions(
    decimal? VpiPercent = null,
    decimal? DataCentrePercent = null,
    IReadOnlyDictionary<CostType, string>? AccountsByCostType = null,
    IReadOnlyDictionary<int, decimal>? VpiPercentByYear = null);

/// <summary>
/// The planning assumptions, stored per tenant as a setting (like the analysis settings) so the Kämmerei reads the
/// same figures as IT. Whoever edits costs may change them; the change is audited like any other write.
/// </summary>
public sealed class PlanningAssumptionsStore(IDbContextFactory<InventoryDbContext> contextFactory, ICurrentUser currentUser)
{
    public const string Key = "Planning";

    public sealed record Stored(PlanningAssumptions Assumptions, Guid? Version);

    public async Task<Stored> LoadAsync(InventoryDbContext db, CancellationToken cancellationToken) =>
        await StoredSettings.LoadAsync<PlanningAssumptions>(db, Key, cancellationToken) is { } stored
            ? new Stored(stored.Value, stored.Version)
            : new Stored(new PlanningAssumptions(), null);

    public async Task SaveAsync(PlanningAssumptions assumptions, Guid? expectedVersion, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.EditCosts);
        Validate(assumptions).ThrowIfAny();
        await StoredSettings.SaveAsync(contextFactory, Key, assumptions, expectedVersion, "Die Planungsannahmen", cancellationToken);
    }

    public static ValidationErrors Validate(PlanningAssumptions assumptions) => new ValidationErrors()
        .Problem(nameof(assumptions.VpiPercent), AssumptionRules.Problem(assumptions.VpiPercent, "Die VPI-Annahme"))
        .Problem(nameof(assumptions.DataCentrePercent), AssumptionRules.Problem(assumptions.DataCentrePercent, "Die Annahme für RZ-Entgelte"))
        .Problem(nameof(assumptions.VpiPercentByYear), assumptions.VpiPercentByYear?.Select(v =>
            v.Key is < Core.Planning.ProjectionHorizon.MinYear or > Core.Planning.ProjectionHorizon.MaxYear
                ? $"Das Jahr {v.Key} liegt außerhalb der Planung."
                : AssumptionRules.Problem(v.Value, $"Die VPI-Annahme für {v.Key}")).FirstOrDefault(p => p is not null))
        .Problem(nameof(assumptions.AccountsByCostType), assumptions.AccountsByCostType?.Select(a =>
            Enum.IsDefined(a.Key) ? BudgetKeyRules.AccountProblem(a.Value) : "Die Kostenart ist unbekannt.").FirstOrDefault(p => p is not null));
}
