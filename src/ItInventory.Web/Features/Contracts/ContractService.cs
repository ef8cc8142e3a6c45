using ItInventory.Core.Analysis.Deadlines;
using ItInventory.Core.Domain;
using ItInventory.Core.Validation;
using ItInventory.Web.Data;
using ItInventory.Web.Data.Queries;
using ItInventory.Web.Features.Settings;
using ItInventory.Web.Infrastructure;
using ItInventory.Web.Infrastructure.Editing;
using ItInventory.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Features.Contracts;

/// <summary>
/// Lists, shows and maintains contracts with their deadlines. Deadlines follow the renewals (see
/// <see cref="DeadlineCalculator"/>) and are computed in memory: a city has dozens of contracts, not millions.
/// The decision lead time comes from the effective analysis settings, so dates here match the findings.
/// </summary>
public sealed class ContractService(
    IDbContextFactory<InventoryDbContext> contextFactory,
    InventoryClock clock,
    AnalysisSettingsService analysisSettings,
    ICurrentUser currentUser)
{
    public const string EntityName = "Der Vertrag";

    private async Task<DeadlineCalculator> CalculatorAsync(CancellationToken cancellationToken) =>
        new(await analysisSettings.GetEffectiveOptionsAsync(cancellationToken));

    public async Task<ContractListing> ListAsync(ContractQuery query, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.ViewInventory);
        var today = query.AsOf ?? clock.Today;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);

        var contracts = ContractSearch.Apply(db.Contracts.AsNoTracking().Include(c => c.Vendor), query.Search);

        var calculator = await CalculatorAsync(cancellationToken);
        var rows = (await contracts.OrderBy(c => c.ContractNumber).ToListAsync(cancellationToken))
            .Select(c => (Contract: c, Deadlines: calculator.Calculate(c, today)))
            .Select(x => new ContractListRow(
                x.Contract.Id, x.Contract.ContractNumber, x.Contract.Title, x.Contract.VendorId, x.Contract.Vendor!.Name,
                x.Contract.EvbItType, x.Contract.Start, x.Contract.TermKind, x.Contract.NoticePeriodMonths, x.Contract.NoticeReference,
                x.Contract.PriceAdjustment, x.Contract.PriceAdjustmentPercent, x.Deadlines,
                ContractRunState.Of(x.Deadlines, x.Contract.Start), ContractDecision.Of(x.Deadlines)))
            .ToList();

        // The one rule "needs a decision within N days" (overdue included), shared with the dashboard and the findings.
        if (query.DecisionWithinDays is { } days)
        {
            rows = rows
                .Where(r => DecisionDue.Of(r.Deadlines, days) is not null)
                .OrderBy(r => r.Deadlines.DecisionDate).ThenBy(r => r.ContractNumber, StringComparer.Ordinal)
                .ToList();
        }

        return new ContractListing(today, rows);
    }

    /// <param name="asOf">The day the deadlines are computed for ("what if today were …"); null means today.</param>
    public async Task<ContractDetails> GetAsync(int id, DateOnly? asOf = null, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.ViewInventory);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var contract = await db.Contracts.AsNoTracking()
                           .Include(c => c.Vendor)
                           .Include(c => c.Products).ThenInclude(p => p.Vendor)
                           .AsSplitQuery()
                           .SingleOrNotFoundAsync(id, EntityName, cancellationToken);
        var costLines = await db.CostLines.CountAsync(l => l.ContractId == id, cancellationToken);

        var today = clock.Today;
        var products = contract.Products
            .OrderBy(p => p.InventoryNumber, StringComparer.Ordinal)
            .Select(p => new CoveredProductRow(p.Id, p.InventoryNumber, p.Name, p.Vendor!.Name, p.VendorId == contract.VendorId))
            .ToList();
        return new ContractDetails(id, ContractInput.From(contract), contract.Vendor!.Name, today,
            (await CalculatorAsync(cancellationToken)).Calculate(contract, asOf ?? today), products, costLines);
    }

    public async Task<ContractInput> GetForEditAsync(int id, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.EditContracts);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var contract = await db.Contracts.AsNoTracking().Include(c => c.Products)
                           .SingleOrNotFoundAsync(id, EntityName, cancellationToken);
        return ContractInput.From(contract);
    }

    public async Task<IReadOnlyList<VendorChoice>> GetVendorChoicesAsync(CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.EditContracts);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Vendors.AsNoTracking().OrderBy(v => v.Name).Select(v => new VendorChoice(v.Id, v.Name)).ToListAsync(cancellationToken);
    }

    /// <summary>The products a contract with the vendor can cover: those it makes and those it runs (data centres).</summary>
    public async Task<IReadOnlyList<CoveredProductRow>> GetCoverableProductsAsync(int vendorId, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.EditContracts);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await Coverable(db, vendorId)
            .OrderBy(p => p.InventoryNumber)
            .Select(p => new CoveredProductRow(p.Id, p.InventoryNumber, p.Name, p.Vendor!.Name, p.VendorId == vendorId))
            .ToListAsync(cancellationToken);
    }

    public async Task<int> CreateAsync(ContractInput input, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.EditContracts);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var products = await ValidateAsync(db, input, null, cancellationToken);
        var contract = new Contract();
        Apply(input, contract, products);
        db.Contracts.Add(contract);
        await UniqueKeys.SaveGuardedAsync(() => db.SaveChangesAsync(cancellationToken), () => ValidateAsync(db, input, null, cancellationToken));
        return contract.Id;
    }

    /// <summary>Saves all terms over the contract as loaded at <see cref="ContractInput.Version"/>; returns the new version.</summary>
    public async Task<Guid> UpdateAsync(int id, ContractInput input, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.EditContracts);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var contract = await db.Contracts.Include(c => c.Products).SingleOrNotFoundAsync(id, EntityName, cancellationToken);
        var products = await ValidateAsync(db, input, id, cancellationToken);
        Apply(input, contract, products);
        return await UniqueKeys.SaveGuardedAsync(() => db.SaveEditAsync(contract, input.Version, EntityName, cancellationToken),
            () => ValidateAsync(db, input, id, cancellationToken));
    }

    public async Task DeleteAsync(int id, Guid version, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.EditContracts);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var contract = await db.Contracts.Include(c => c.Products).SingleOrNotFoundAsync(id, EntityName, cancellationToken);
        var costLines = await db.CostLines.CountAsync(l => l.ContractId == id, cancellationToken);
        if (costLines > 0)
        {
            throw new DeleteRefusedException(
                $"Der Vertrag {contract.ContractNumber} kann nicht gelöscht werden: "
                + (costLines == 1 ? "1 Kostenposition verweist" : $"{costLines} Kostenpositionen verweisen")
                + " auf ihn. Ein beendeter Vertrag bleibt mit seinem Enddatum im Inventar.");
        }

        await db.DeleteEditAsync(contract, version, EntityName, cancellationToken);
    }

    private static IQueryable<Product> Coverable(InventoryDbContext db, int vendorId) =>
        db.Products.Where(p => p.VendorId == vendorId || p.OperatorVendorId == vendorId);

    /// <returns>The covered products, loaded for the caller to attach.</returns>
    private static async Task<List<Product>> ValidateAsync(InventoryDbContext db, ContractInput input, int? id, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var number = NameRules.Clean(input.ContractNumber);
        var title = NameRules.Clean(input.Title);

        errors.When(number.Length == 0, nameof(ContractInput.ContractNumber), "Bitte eine Vertragsnummer angeben.");
        errors.When(number.Length > 50, nameof(ContractInput.ContractNumber), "Die Vertragsnummer darf höchstens 50 Zeichen lang sein.");
        if (number.Length > 0)
        {
            errors.Taken(await db.Contracts.Where(c => c.Id != id).HavingKey(c => c.ContractNumber, number).AnyAsync(cancellationToken),
                nameof(ContractInput.ContractNumber), $"Die Vertragsnummer „{number}“ ist schon vergeben.");
        }

        errors.When(title.Length == 0, nameof(ContractInput.Title), "Bitte einen Titel angeben.");
        errors.When(title.Length > 300, nameof(ContractInput.Title), "Der Titel darf höchstens 300 Zeichen lang sein.");

        var vendorExists = input.VendorId is { } vendorId && await db.Vendors.AnyAsync(v => v.Id == vendorId, cancellationToken);
        errors.When(!vendorExists, nameof(ContractInput.VendorId), "Bitte den Anbieter wählen, mit dem der Vertrag geschlossen ist.");
        errors.When(!Enum.IsDefined(input.EvbItType), nameof(ContractInput.EvbItType), "Bitte einen gültigen Vertragstyp wählen.");
        errors.When(!Enum.IsDefined(input.TermKind), nameof(ContractInput.TermKind), "Bitte eine gültige Laufzeitart wählen.");
        errors.When(!Enum.IsDefined(input.NoticeReference), nameof(ContractInput.NoticeReference), "Bitte einen gültigen Bezugspunkt der Kündigungsfrist wählen.");
        errors.When(!Enum.IsDefined(input.PriceAdjustment), nameof(ContractInput.PriceAdjustment), "Bitte eine gültige Preisanpassung wählen.");

        errors.When(input.Start is null, nameof(ContractInput.Start), "Bitte den Vertragsbeginn angeben.");
        errors.Problem(nameof(ContractInput.Start), DateRules.Problem(input.Start, "Der Vertragsbeginn"));
        errors.Problem(nameof(ContractInput.FixedEnd), DateRules.Problem(input.FixedEnd, "Das feste Vertragsende"));
        errors.Problem(nameof(ContractInput.EndedOn), DateRules.Problem(input.EndedOn, "Das Datum „gekündigt/beendet zum“"));
        errors.When(input.MinimumTermMonths is null || ContractTermRules.Problem(input.MinimumTermMonths, ContractTermRules.MaxTermMonths, "") is not null,
            nameof(ContractInput.MinimumTermMonths),
            $"Bitte die Mindestlaufzeit in Monaten angeben (0 bis {ContractTermRules.MaxTermMonths}; 0 heißt: keine Mindestlaufzeit).");

        switch (input.TermKind)
        {
            case ContractTermKind.FixedEnd:
                errors.When(input.FixedEnd is null && input.MinimumTermMonths is null or 0, nameof(ContractInput.FixedEnd),
                    "Ein Vertrag mit festem Ende braucht ein Enddatum oder eine Mindestlaufzeit.");
                errors.When(input.FixedEnd is { } end && input.Start is { } start && end < start, nameof(ContractInput.FixedEnd),
                    "Das feste Vertragsende darf nicht vor dem Vertragsbeginn liegen.");
                break;
            case ContractTermKind.Renewing:
                errors.When(input.RenewalPeriodMonths is null or <= 0, nameof(ContractInput.RenewalPeriodMonths),
                    "Ein sich verlängernder Vertrag braucht einen Verlängerungszeitraum von mindestens 1 Monat.");
                errors.When(input.RenewalPeriodMonths > ContractTermRules.MaxTermMonths, nameof(ContractInput.RenewalPeriodMonths),
                    $"Der Verlängerungszeitraum darf höchstens {ContractTermRules.MaxTermMonths} Monate betragen.");
                break;
        }

        errors.When(input.NoticePeriodMonths is null || ContractTermRules.Problem(input.NoticePeriodMonths, ContractTermRules.MaxNoticeMonths, "") is not null,
            nameof(ContractInput.NoticePeriodMonths), $"Bitte die Kündigungsfrist in Monaten angeben (0 bis {ContractTermRules.MaxNoticeMonths}).");
        errors.When(input.EndedOn is { } endedOn && input.Start is { } begun && endedOn < begun, nameof(ContractInput.EndedOn),
            "Das Vertragsende (gekündigt/beendet zum) darf nicht vor dem Vertragsbeginn liegen.");

        if (input.PriceAdjustment == PriceAdjustmentKind.FixedPercent)
        {
            errors.When(input.PriceAdjustmentPercent is null, nameof(ContractInput.PriceAdjustmentPercent),
                "Bei einer festen Preisanpassung bitte den vereinbarten Prozentsatz angeben.");
            errors.When(input.PriceAdjustmentPercent is <= 0m or > 100m, nameof(ContractInput.PriceAdjustmentPercent),
                "Der Prozentsatz der Preisanpassung muss größer als 0 und höchstens 100 sein.");
        }

        errors.Problem(nameof(ContractInput.AnnualValue), AmountRules.Problem(input.AnnualValue, "Der Jahreswert"));
        errors.When(input.Notes?.Trim().Length > 4000, nameof(ContractInput.Notes), "Die Notizen dürfen höchstens 4000 Zeichen lang sein.");
        input.DataAct?.Validate(errors);

        var products = new List<Product>();
        var wanted = (input.ProductIds ?? []).Distinct().ToList();
        if (wanted.Count > 0 && vendorExists)
        {
            products = await Coverable(db, input.VendorId!.Value).Where(p => wanted.Contains(p.Id)).ToListAsync(cancellationToken);
            var foreign = wanted.Except(products.Select(p => p.Id)).ToList();
            if (foreign.Count > 0)
            {
                var names = await db.Products.Where(p => foreign.Contains(p.Id)).Select(p => p.Name).ToListAsync(cancellationToken);
                errors.Add(nameof(ContractInput.ProductIds),
                    "Ein Vertrag kann nur Produkte abdecken, die der Anbieter herstellt oder betreibt. Nicht dazu gehören: "
                    + (names.Count > 0 ? string.Join(", ", names.Order(StringComparer.CurrentCulture)) : "unbekannte Produkte") + ".");
            }
        }

        errors.ThrowIfAny();
        return products;
    }

    /// <summary>Copies the input; terms that do not apply to the chosen term kind or clause are cleared, not kept hidden.</summary>
    private static void Apply(ContractInput input, Contract contract, List<Product> products)
    {
        contract.ContractNumber = NameRules.Clean(input.ContractNumber);
        contract.Title = NameRules.Clean(input.Title);
        contract.VendorId = input.VendorId!.Value;
        contract.EvbItType = input.EvbItType;
        contract.Start = input.Start!.Value;
        contract.TermKind = input.TermKind;
        contract.MinimumTermMonths = input.MinimumTermMonths!.Value;
        contract.FixedEnd = input.TermKind == ContractTermKind.FixedEnd ? input.FixedEnd : null;
        contract.RenewalPeriodMonths = input.TermKind == ContractTermKind.Renewing ? input.RenewalPeriodMonths : null;
        contract.TacitRenewal = input.TermKind == ContractTermKind.Renewing && input.TacitRenewal;
        contract.NoticePeriodMonths = input.NoticePeriodMonths!.Value;
        contract.NoticeReference = input.NoticeReference;
        contract.EndedOn = input.EndedOn;
        contract.PriceAdjustment = input.PriceAdjustment;
        contract.PriceAdjustmentPercent = input.PriceAdjustment == PriceAdjustmentKind.FixedPercent ? input.PriceAdjustmentPercent : null;
        contract.ExitSupport = input.ExitSupport;
        contract.DataReturnClause = input.DataReturnClause;
        contract.SourceCodeEscrow = input.SourceCodeEscrow;
        contract.PricesConfidential = input.PricesConfidential;
        contract.AnnualValue = input.AnnualValue;
        contract.Notes = string.IsNullOrWhiteSpace(input.Notes) ? null : input.Notes.Trim();
        (input.DataAct ?? new DataActTermsInput()).ApplyTo(contract);

        contract.Products.RemoveAll(p => products.All(keep => keep.Id != p.Id));
        foreach (var product in products.Where(p => contract.Products.All(existing => existing.Id != p.Id)))
        {
            contract.Products.Add(product);
        }
    }
}
