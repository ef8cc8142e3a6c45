using ItInventory.Core.Domain;
using ItInventory.Core.Validation;
using ItInventory.Web.Data;
using ItInventory.Web.Infrastructure.Editing;
using ItInventory.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Features.Products;

/// <summary>Creates, changes and deletes products; every rule is checked here so the UI and the API behave alike.</summary>
public sealed class ProductEditService(IDbContextFactory<InventoryDbContext> contextFactory, ICurrentUser currentUser)
{
    public const string EntityName = "Das Produkt";

    /// <summary>A new product's defaults: run in-house, in operation, the owner department carrying the whole cost.</summary>
    public static ProductInput NewInput(int? ownerDepartmentId = null) => new()
    {
        OwnerDepartmentId = ownerDepartmentId,
        UsingDepartments = [new DepartmentShareInput { DepartmentId = ownerDepartmentId, CostSharePercent = 100m }],
    };

    public async Task<ProductInput> GetForEditAsync(int id, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.EditInventory);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var product = await db.Products.AsNoTracking().Include(p => p.UsingDepartments)
            .SingleOrNotFoundAsync(id, EntityName, cancellationToken);
        return ProductInput.From(product);
    }

    /// <returns>The new product's id.</returns>
    public async Task<int> CreateAsync(ProductInput input, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.EditInventory);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        (await ValidateAsync(db, input, null, cancellationToken)).ThrowIfAny();

        var product = new Product();
        input.ApplyTo(product);
        product.UsingDepartments = input.UsingDepartments
            .Select(d => new ProductDepartment { DepartmentId = d.DepartmentId!.Value, CostSharePercent = d.CostSharePercent!.Value })
            .ToList();
        db.Products.Add(product);
        await SaveAsync(db, input, null, cancellationToken);
        return product.Id;
    }

    /// <summary>Saves the changes if nobody else saved the product since <see cref="ProductInput.Version"/> was loaded.</summary>
    /// <returns>The product's new version.</returns>
    public async Task<Guid> UpdateAsync(int id, ProductInput input, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.EditInventory);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var product = await db.Products.Include(p => p.UsingDepartments)
            .SingleOrNotFoundAsync(id, EntityName, cancellationToken);
        (await ValidateAsync(db, input, id, cancellationToken)).ThrowIfAny();

        db.ExpectVersion(product, input.Version);
        input.ApplyTo(product);
        ReconcileDepartments(db, product, input.UsingDepartments);
        // Touch the version even when only the cost shares changed, so the row's version check always runs.
        product.Version = RecordVersion.New();
        await SaveAsync(db, input, id, cancellationToken);
        return product.Version;
    }

    /// <summary>
    /// Deletes a product that nothing else refers to. A product with a cost history or a contract stays: it is
    /// retired instead, so budgets and contracts remain traceable.
    /// </summary>
    public async Task DeleteAsync(int id, Guid version, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.EditInventory);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var product = await db.Products.SingleOrNotFoundAsync(id, EntityName, cancellationToken);

        var costLines = await db.CostLines.CountAsync(c => c.ProductId == id, cancellationToken);
        if (costLines > 0)
        {
            throw new DeleteRefusedException(
                $"Das Produkt „{product.Name}“ hat {Count(costLines, "Kostenposition", "Kostenpositionen")}; setzen Sie es stattdessen auf „außer Betrieb“.");
        }

        var contracts = await db.Contracts.Where(c => c.Products.Any(p => p.Id == id)).OrderBy(c => c.ContractNumber)
            .Select(c => c.ContractNumber).ToListAsync(cancellationToken);
        if (contracts.Count > 0)
        {
            throw new DeleteRefusedException(
                $"Das Produkt „{product.Name}“ ist Gegenstand von {Count(contracts.Count, "Vertrag", "Verträgen")} ({string.Join(", ", contracts)}); " +
                "nehmen Sie es zuerst aus den Verträgen heraus oder setzen Sie es stattdessen auf „außer Betrieb“.");
        }

        var incoming = await db.Interfaces.CountAsync(i => i.TargetProductId == id, cancellationToken);
        if (incoming > 0)
        {
            throw new DeleteRefusedException(
                $"Andere Produkte liefern über {Count(incoming, "Schnittstelle", "Schnittstellen")} Daten an „{product.Name}“; entfernen Sie zuerst diese Schnittstellen.");
        }

        db.ExpectVersion(product, version);
        db.Products.Remove(product);
        try
        {
            await db.SaveOrConflictAsync<Product>(EntityName, cancellationToken);
        }
        catch (DbUpdateException ex) when (ex is not DbUpdateConcurrencyException && ex.IsConstraintViolation())
        {
            // Someone attached a cost line or contract between the checks and the delete.
            throw new DeleteRefusedException($"Das Produkt „{product.Name}“ wird inzwischen von anderen Daten verwendet; setzen Sie es stattdessen auf „außer Betrieb“.");
        }
    }

    internal static async Task<ValidationErrors> ValidateAsync(InventoryDbContext db, ProductInput input, int? id, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var inventoryNumber = NameRules.Clean(input.InventoryNumber);
        var name = NameRules.Clean(input.Name);

        errors.When(name.Length == 0, nameof(ProductInput.Name), "Bitte geben Sie den Namen des Produkts an.")
              .When(name.Length > 200, nameof(ProductInput.Name), "Der Name darf höchstens 200 Zeichen lang sein.")
              .When(inventoryNumber.Length == 0, nameof(ProductInput.InventoryNumber), "Bitte geben Sie die Inventarnummer an.")
              .When(inventoryNumber.Length > 30, nameof(ProductInput.InventoryNumber), "Die Inventarnummer darf höchstens 30 Zeichen lang sein.")
              .When(input.Description?.Trim().Length > 2000, nameof(ProductInput.Description), "Die Beschreibung darf höchstens 2.000 Zeichen lang sein.")
              .When(input.Notes?.Trim().Length > 4000, nameof(ProductInput.Notes), "Die Notizen dürfen höchstens 4.000 Zeichen lang sein.")
              .Problem(nameof(ProductInput.UserCount), CountRules.Problem(input.UserCount, "Die Zahl der Nutzer"))
              .Problem(nameof(ProductInput.LicenceCount), CountRules.Problem(input.LicenceCount, "Die Zahl der Lizenzen"))
              .Problem(nameof(ProductInput.AlternativeProducts), CountRules.Problem(input.AlternativeProducts, "Die Zahl der Alternativen am Markt"))
              .Problem(nameof(ProductInput.EstimatedMigrationCost), AmountRules.Problem(input.EstimatedMigrationCost, "Die Schätzung der Migrationskosten"))
              .When(input.InServiceSince is < 1950 or > 2100, nameof(ProductInput.InServiceSince), "Das Jahr der Inbetriebnahme muss zwischen 1950 und 2100 liegen.")
              .Problem(nameof(ProductInput.PlannedStart), DateRules.Problem(input.PlannedStart, "Der geplante Beginn"))
              .Problem(nameof(ProductInput.PlannedEnd), DateRules.Problem(input.PlannedEnd, "Das geplante Ende"))
              .When(input.PlannedStart > input.PlannedEnd, nameof(ProductInput.PlannedEnd), "Das geplante Ende darf nicht vor dem geplanten Beginn liegen.")
              .Problem(nameof(ProductInput.BudgetProduct), BudgetKeyRules.ProductProblem(input.BudgetProduct))
              .Problem(nameof(ProductInput.BudgetAccount), BudgetKeyRules.AccountProblem(input.BudgetAccount))
              .When(!Enum.IsDefined(input.Operator), nameof(ProductInput.Operator), "Bitte wählen Sie, wer das Produkt betreibt.")
              .When(!Enum.IsDefined(input.Lifecycle), nameof(ProductInput.Lifecycle), "Bitte wählen Sie den Lebenszyklus.")
              .When(!Enum.IsDefined(input.LicenceMetric), nameof(ProductInput.LicenceMetric), "Bitte wählen Sie die Lizenzmetrik.")
              .When(!Enum.IsDefined(input.Criticality), nameof(ProductInput.Criticality), "Bitte wählen Sie die Kritikalität.");

        if (inventoryNumber.Length > 0)
        {
            var holder = await db.Products.AsNoTracking().Where(p => p.Id != id).HavingKey(p => p.InventoryNumber, inventoryNumber)
                .Select(p => p.Name).FirstOrDefaultAsync(cancellationToken);
            errors.Taken(holder is not null, nameof(ProductInput.InventoryNumber), $"Die Inventarnummer „{inventoryNumber}“ ist bereits an „{holder}“ vergeben.");
        }

        if (input.CategoryId is not { } categoryId)
            errors.Add(nameof(ProductInput.CategoryId), "Bitte wählen Sie eine Kategorie.");
        else if (!await db.Categories.AnyAsync(c => c.Id == categoryId, cancellationToken))
            errors.Add(nameof(ProductInput.CategoryId), "Die gewählte Kategorie gibt es nicht (mehr).");

        if (input.OwnerDepartmentId is not { } ownerId)
            errors.Add(nameof(ProductInput.OwnerDepartmentId), "Bitte wählen Sie das verantwortliche Amt.");
        else if (!await db.Departments.AnyAsync(d => d.Id == ownerId, cancellationToken))
            errors.Add(nameof(ProductInput.OwnerDepartmentId), "Das gewählte Amt gibt es nicht (mehr).");

        if (input.VendorId is not { } vendorId)
            errors.Add(nameof(ProductInput.VendorId), "Bitte wählen Sie den Anbieter.");
        else if (!await db.Vendors.AnyAsync(v => v.Id == vendorId, cancellationToken))
            errors.Add(nameof(ProductInput.VendorId), "Der gewählte Anbieter existiert nicht (mehr).");

        if (input.Operator != OperatorKind.InHouse)
        {
            if (input.OperatorVendorId is not { } operatorId)
                errors.Add(nameof(ProductInput.OperatorVendorId), "Bitte wählen Sie den Betreiber (Rechenzentrum oder Anbieter); nur im Eigenbetrieb entfällt er.");
            else if (!await db.Vendors.AnyAsync(v => v.Id == operatorId, cancellationToken))
                errors.Add(nameof(ProductInput.OperatorVendorId), "Der gewählte Betreiber existiert nicht (mehr).");
        }

        await ValidateSharesAsync(db, input, errors, cancellationToken);
        return errors;
    }

    private static async Task ValidateSharesAsync(InventoryDbContext db, ProductInput input, ValidationErrors errors, CancellationToken cancellationToken)
    {
        const string field = nameof(ProductInput.UsingDepartments);
        // A JSON body may hold null entries ("usingDepartments": [null]); each is an empty row that asks for its fields.
        var rows = (input.UsingDepartments ?? []).Select(r => r ?? new DepartmentShareInput()).ToList();
        if (rows.Count == 0)
        {
            errors.Add(field, "Bitte nennen Sie mindestens ein nutzendes Amt mit seinem Kostenanteil.");
            return;
        }

        var ids = rows.Where(r => r.DepartmentId is not null).Select(r => r.DepartmentId!.Value).Distinct().ToList();
        var known = await db.Departments.Where(d => ids.Contains(d.Id)).Select(d => d.Id).ToListAsync(cancellationToken);
        var seen = new HashSet<int>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.DepartmentId is not { } departmentId)
                errors.Add(ProductInput.ShareDepartmentField(i), "Bitte wählen Sie das Amt.");
            else if (!known.Contains(departmentId))
                errors.Add(ProductInput.ShareDepartmentField(i), "Das gewählte Amt gibt es nicht (mehr).");
            else if (!seen.Add(departmentId))
                errors.Add(ProductInput.ShareDepartmentField(i), "Dieses Amt ist bereits aufgeführt.");

            if (row.CostSharePercent is not { } share)
                errors.Add(ProductInput.ShareField(i), "Bitte geben Sie den Kostenanteil an.");
            else if (share is < 0 or > 100)
                errors.Add(ProductInput.ShareField(i), "Der Kostenanteil muss zwischen 0 und 100 % liegen.");
            else if (decimal.Round(share, 2) != share)
                errors.Add(ProductInput.ShareField(i), "Der Kostenanteil darf höchstens zwei Nachkommastellen haben.");
        }

        if (rows.All(r => r.CostSharePercent is not null))
        {
            var total = rows.Sum(r => r.CostSharePercent!.Value);
            errors.When(total != 100m, field, $"Die Kostenanteile ergeben zusammen {Formats.PercentFigure(total)} statt 100 %.");
        }

        if (input.OwnerDepartmentId is { } ownerId && rows.All(r => r.DepartmentId != ownerId))
        {
            errors.Add(field, "Das verantwortliche Amt muss zu den nutzenden Ämtern gehören.");
        }
    }

    /// <summary>Updates shares in place, so unchanged rows are not deleted and re-inserted.</summary>
    private static void ReconcileDepartments(InventoryDbContext db, Product product, List<DepartmentShareInput> wanted)
    {
        foreach (var existing in product.UsingDepartments.ToList())
        {
            var match = wanted.FirstOrDefault(w => w.DepartmentId == existing.DepartmentId);
            if (match is null)
            {
                product.UsingDepartments.Remove(existing);
                db.ProductDepartments.Remove(existing);
            }
            else
            {
                existing.CostSharePercent = match.CostSharePercent!.Value;
            }
        }

        foreach (var row in wanted.Where(w => product.UsingDepartments.All(d => d.DepartmentId != w.DepartmentId)))
        {
            product.UsingDepartments.Add(new ProductDepartment { ProductId = product.Id, DepartmentId = row.DepartmentId!.Value, CostSharePercent = row.CostSharePercent!.Value });
        }
    }

    /// <summary>Another user may take the number between the check and the save; the database refuses it then.</summary>
    private static Task SaveAsync(InventoryDbContext db, ProductInput input, int? id, CancellationToken cancellationToken) =>
        UniqueKeys.SaveGuardedAsync(() => db.SaveOrConflictAsync<Product>(EntityName, cancellationToken),
            async () => (await ValidateAsync(db, input, id, cancellationToken)).ThrowIfAny());

    internal static string Count(int count, string singular, string plural) =>
        count == 1 ? $"1 {singular}" : $"{count.ToString("N0", Formats.German)} {plural}";
}
