using ItInventory.Core.Analysis;
using ItInventory.Core.Analysis.DataAct;
using ItInventory.Core.Analysis.Exit;
using ItInventory.Core.Domain;
using ItInventory.Core.Planning;
using ItInventory.Core.Validation;
using ItInventory.Web.Data;
using ItInventory.Web.Features.Settings;
using ItInventory.Web.Infrastructure;
using ItInventory.Web.Infrastructure.Editing;
using ItInventory.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ItInventory.Web.Features.Exit;

/// <param name="Products">Products that could be left at their next termination and pay back by <paramref name="LastPlanYear"/>.</param>
public sealed record ExitCouncilCount(int Products, int LastPlanYear);

/// <summary>
/// The exit assessments ("Ausstieg"): the list of products by realistic exit date and one product's assessment, worked
/// out by the rules of Core/Analysis/Exit; and the few figures a person sets (alternative, export test, cost items).
/// </summary>
public sealed class ExitService(
    IDbContextFactory<InventoryDbContext> contextFactory,
    ICurrentUser currentUser,
    InventoryClock clock,
    AnalysisSettingsService analysisSettings,
    IOptions<ExitOptions> exitOptions)
{
    public const string EntityName = "Die Ausstiegsbewertung";

    public DateOnly Today => clock.Today;

    /// <summary>The last year of the financial plan of the coming budget year: the horizon of the break-even.</summary>
    public int LastPlanYear => new ProjectionHorizon(clock.CurrentYear + 1).LastYear;

    /// <summary>Every product that is not retired, realistic exit date first (unknown dates last).</summary>
    public async Task<IReadOnlyList<ExitResult>> ListAsync(CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.ViewInventory);
        return await AssessAllAsync(cancellationToken);
    }

    /// <summary>
    /// The council's figure: how many products could be left at their next termination and pay back within the plan
    /// horizon (<see cref="ExitResult.WorthLeavingAtNextTermination"/>). For the overview, so the dashboard permission suffices.
    /// </summary>
    public async Task<ExitCouncilCount> CountWorthLeavingAsync(CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.ViewDashboard);
        var results = await AssessAllAsync(cancellationToken);
        return new ExitCouncilCount(results.Count(r => r.WorthLeavingAtNextTermination), LastPlanYear);
    }

    private async Task<IReadOnlyList<ExitResult>> AssessAllAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var facts = await ExitFactsLoader.LoadAsync(db, null, clock.Today, LastPlanYear, cancellationToken);
        var assessor = await AssessorAsync(db, cancellationToken);
        return facts.Select(assessor.Assess)
            .OrderBy(r => r.Dates.RealisticExit ?? DateOnly.MaxValue).ThenBy(r => r.ProductName, StringComparer.CurrentCulture)
            .ToList();
    }

    /// <summary>One product's assessment; 404 for a product that does not exist, is another tenant's or is retired.</summary>
    public async Task<ExitResult> GetAsync(int productId, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.ViewInventory);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var facts = await ExitFactsLoader.LoadAsync(db, productId, clock.Today, LastPlanYear, cancellationToken);
        return facts.Count == 1 ? (await AssessorAsync(db, cancellationToken)).Assess(facts[0]) : throw new NotFoundException("Das Produkt", productId);
    }

    /// <summary>The EU Data Act check of a contract with the switching fees booked on it; 404 for a contract not visible.</summary>
    public async Task<DataActResult> DataActAsync(int contractId, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.ViewInventory);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var contract = await db.Contracts.AsNoTracking().SingleOrNotFoundAsync(contractId, "Der Vertrag", cancellationToken);
        var fees = await db.CostLines.AsNoTracking()
            .Where(l => l.ContractId == contractId && l.CostType == CostType.SwitchingFee)
            .ToListAsync(cancellationToken);
        return DataActCheck.Check(contract, fees, clock.Today);
    }

    /// <summary>The stored assessment, for the form; null when none was made yet.</summary>
    public async Task<ExitAssessmentInput?> GetInputAsync(int productId, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.ViewInventory);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var stored = await db.ExitAssessments.AsNoTracking().SingleOrDefaultAsync(a => a.ProductId == productId, cancellationToken);
        return stored is null ? null : ExitAssessmentInput.From(stored);
    }

    /// <summary>Records the alternative and the export test, with today's date and the signed-in author.</summary>
    public async Task SaveAsync(int productId, ExitAssessmentInput input, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.EditCosts);
        input.Validate().ThrowIfAny();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var assessment = await TrackedAsync(db, productId, cancellationToken);
        input.ApplyTo(assessment);
        await Stamp(assessment);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Sets one switching-cost item by hand, or with null returns it to its default.</summary>
    public async Task SetCostItemAsync(int productId, string itemKey, decimal? amount, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.EditCosts);
        new ValidationErrors()
            .Problem("ItemKey", ExitRules.ItemKeyProblem(itemKey))
            .Problem("Amount", AmountRules.Problem(amount, "Der Betrag"))
            .ThrowIfAny();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var assessment = await TrackedAsync(db, productId, cancellationToken);
        var item = assessment.CostItems.SingleOrDefault(i => i.ItemKey == itemKey);
        if (amount is null)
        {
            if (item is not null)
                assessment.CostItems.Remove(item);
        }
        else if (item is null)
        {
            assessment.CostItems.Add(new ExitCostItem { ItemKey = itemKey, Amount = amount.Value });
        }
        else
        {
            item.Amount = amount.Value;
        }

        await Stamp(assessment);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The stored assessment's version (the API's ETag); <see cref="Guid.Empty"/> while none was made.</summary>
    public async Task<Guid> VersionAsync(int productId, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.ViewInventory);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.ExitAssessments.Where(a => a.ProductId == productId).Select(a => a.Version).SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>
    /// Replaces the assessment as loaded at <paramref name="loadedVersion"/> (<see cref="Guid.Empty"/>: none yet): the
    /// stated facts, and exactly the given cost items set by hand (the others return to their defaults). Returns the new version.
    /// </summary>
    public async Task<Guid> ReplaceAsync(int productId, ExitAssessmentInput input, IReadOnlyDictionary<string, decimal>? costItems, Guid loadedVersion,
        CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.EditCosts);
        var errors = input.Validate();
        ExitRules.CostItemProblems(costItems).ToList().ForEach(p => errors.Add(p.Field, p.Message));
        errors.ThrowIfAny();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var assessment = await TrackedAsync(db, productId, cancellationToken);
        input.ApplyTo(assessment);
        assessment.CostItems.RemoveAll(i => costItems?.ContainsKey(i.ItemKey) != true);
        foreach (var (key, amount) in costItems ?? new Dictionary<string, decimal>())
        {
            if (assessment.CostItems.SingleOrDefault(i => i.ItemKey == key) is { } item)
                item.Amount = amount;
            else
                assessment.CostItems.Add(new ExitCostItem { ItemKey = key, Amount = amount });
        }

        await Stamp(assessment);
        if (db.Entry(assessment).State != EntityState.Added)
            return await db.SaveEditAsync(assessment, loadedVersion, EntityName, cancellationToken);
        // Nothing stored yet: only a client that saw "none" (the empty version) may create it.
        if (loadedVersion != Guid.Empty)
            throw new ConcurrencyConflictException(EntityName, new object(), Guid.Empty);
        await db.SaveChangesAsync(cancellationToken);
        return assessment.Version;
    }

    /// <summary>
    /// With the analysis settings in effect (the administrator's overrides included), so the exit dates rest on the same
    /// decision lead time as the contract list, the deadlines and the findings.
    /// </summary>
    private async Task<ExitAssessor> AssessorAsync(InventoryDbContext db, CancellationToken cancellationToken) =>
        new(await analysisSettings.GetEffectiveOptionsAsync(db, cancellationToken), exitOptions.Value);

    private async Task Stamp(ExitAssessment assessment)
    {
        assessment.AssessedOn = clock.Today;
        assessment.Author = await currentUser.GetNameAsync();
    }

    /// <summary>The product's assessment to change, created on first use; 404 for a product not visible or retired.</summary>
    private static async Task<ExitAssessment> TrackedAsync(InventoryDbContext db, int productId, CancellationToken cancellationToken)
    {
        if (!await db.Products.AnyAsync(p => p.Id == productId && p.Lifecycle != LifecycleStatus.Retired, cancellationToken))
            throw new NotFoundException("Das Produkt", productId);
        var assessment = await db.ExitAssessments.Include(a => a.CostItems).SingleOrDefaultAsync(a => a.ProductId == productId, cancellationToken);
        if (assessment is null)
        {
            assessment = new ExitAssessment { ProductId = productId };
            db.ExitAssessments.Add(assessment);
        }

        return assessment;
    }
}
