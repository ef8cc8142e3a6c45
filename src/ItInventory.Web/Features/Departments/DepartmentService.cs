using System.Text.RegularExpressions;
using ItInventory.Core.Domain;
using ItInventory.Core.Validation;
using ItInventory.Web.Data;
using ItInventory.Web.Data.Queries;
using ItInventory.Web.Infrastructure;
using ItInventory.Web.Infrastructure.Editing;
using ItInventory.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Features.Departments;

/// <summary>Lists, shows and maintains departments; their cost parts are computed in the database.</summary>
public sealed partial class DepartmentService(IDbContextFactory<InventoryDbContext> contextFactory, InventoryClock clock, ICurrentUser currentUser)
{
    public const string EntityName = "Das Amt";

    public async Task<DepartmentListing> ListAsync(string? search = null, CancellationToken cancellationToken = default, DateOnly? asOf = null)
    {
        await currentUser.DemandAsync(Permission.ViewInventory);
        var year = (asOf ?? clock.Today).Year;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var parts = YearCosts.OfDepartments(db, year);

        var departments = db.Departments.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var pattern = SearchPattern.Contains(search);
            departments = departments.Where(d =>
                EF.Functions.Like(d.Name, pattern, SearchPattern.Escape) || EF.Functions.Like(d.Number, pattern, SearchPattern.Escape));
        }

        var rows = await departments
            .Select(d => new DepartmentListRow(
                d.Id,
                d.Number,
                d.Name,
                db.Products.Count(p => p.OwnerDepartmentId == d.Id || p.UsingDepartments.Any(u => u.DepartmentId == d.Id)),
                parts.Where(x => x.DepartmentId == d.Id).Sum(x => x.Part)))
            .ToListAsync(cancellationToken);
        return new DepartmentListing(year, rows.OrderBy(r => r.Number, KgstNumberComparer.Instance).ToList());
    }

    public async Task<DepartmentDetails> GetAsync(int id, CancellationToken cancellationToken = default, DateOnly? asOf = null)
    {
        await currentUser.DemandAsync(Permission.ViewInventory);
        var year = (asOf ?? clock.Today).Year;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var department = await db.Departments.AsNoTracking().SingleOrNotFoundAsync(id, EntityName, cancellationToken);
        var costs = YearCosts.OfProducts(db, year);
        var parts = YearCosts.OfDepartments(db, year);

        var products = await db.Products.AsNoTracking()
            .Where(p => p.OwnerDepartmentId == id || p.UsingDepartments.Any(u => u.DepartmentId == id))
            .Select(p => new DepartmentProductRow(
                p.Id,
                p.InventoryNumber,
                p.Name,
                p.VendorId,
                p.Vendor!.Name,
                p.OwnerDepartmentId == id,
                p.UsingDepartments.Where(u => u.DepartmentId == id).Select(u => (decimal?)u.CostSharePercent).FirstOrDefault(),
                costs.Where(c => c.ProductId == p.Id).Sum(c => c.Cost),
                parts.Where(x => x.DepartmentId == id && x.ProductId == p.Id).Sum(x => x.Part)))
            .ToListAsync(cancellationToken);

        return new DepartmentDetails(id, DepartmentInput.From(department), year,
            products.OrderByDescending(p => p.CostPart).ThenBy(p => p.Name, StringComparer.CurrentCulture).ToList());
    }

    public async Task<DepartmentInput> GetForEditAsync(int id, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.EditInventory);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var department = await db.Departments.AsNoTracking().SingleOrNotFoundAsync(id, EntityName, cancellationToken);
        return DepartmentInput.From(department);
    }

    public async Task<int> CreateAsync(DepartmentInput input, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.EditInventory);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await ValidateAsync(db, input, null, cancellationToken);
        var department = new Department
        {
            Number = NameRules.Clean(input.Number), Name = NameRules.Clean(input.Name),
            BudgetProduct = BudgetKeyRules.Clean(input.BudgetProduct), BudgetAccount = BudgetKeyRules.Clean(input.BudgetAccount),
            LeitwegId = InvoiceIdentityRules.NormalLeitwegId(input.LeitwegId),
        };
        db.Departments.Add(department);
        await UniqueKeys.SaveGuardedAsync(() => db.SaveChangesAsync(cancellationToken), () => ValidateAsync(db, input, null, cancellationToken));
        return department.Id;
    }

    /// <summary>Saves the input over the department as loaded at <see cref="DepartmentInput.Version"/>; returns the new version.</summary>
    public async Task<Guid> UpdateAsync(int id, DepartmentInput input, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.EditInventory);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var department = await db.Departments.SingleOrNotFoundAsync(id, EntityName, cancellationToken);
        await ValidateAsync(db, input, id, cancellationToken);
        department.Number = NameRules.Clean(input.Number);
        department.Name = NameRules.Clean(input.Name);
        department.BudgetProduct = BudgetKeyRules.Clean(input.BudgetProduct);
        department.BudgetAccount = BudgetKeyRules.Clean(input.BudgetAccount);
        department.LeitwegId = InvoiceIdentityRules.NormalLeitwegId(input.LeitwegId);
        return await UniqueKeys.SaveGuardedAsync(() => db.SaveEditAsync(department, input.Version, EntityName, cancellationToken),
            () => ValidateAsync(db, input, id, cancellationToken));
    }

    public async Task DeleteAsync(int id, Guid version, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.EditInventory);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var department = await db.Departments.SingleOrNotFoundAsync(id, EntityName, cancellationToken);

        var owned = await db.Products.CountAsync(p => p.OwnerDepartmentId == id, cancellationToken);
        var used = await db.ProductDepartments.CountAsync(u => u.DepartmentId == id, cancellationToken);
        if (owned + used > 0)
        {
            var reasons = new List<string>();
            if (owned > 0) reasons.Add(owned == 1 ? "es ist für 1 Produkt federführend" : $"es ist für {owned} Produkte federführend");
            if (used > 0) reasons.Add(used == 1 ? "es trägt Kosten von 1 Produkt" : $"es trägt Kosten von {used} Produkten");
            throw new DeleteRefusedException(
                $"Das Amt „{department.DisplayName}“ kann nicht gelöscht werden: {string.Join(" und ", reasons)}. "
                + "Bitte ordnen Sie diese Produkte zuerst einem anderen Amt zu.");
        }

        await db.DeleteEditAsync(department, version, EntityName, cancellationToken);
    }

    private static async Task ValidateAsync(InventoryDbContext db, DepartmentInput input, int? id, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var number = NameRules.Clean(input.Number);
        var name = NameRules.Clean(input.Name);
        if (number.Length == 0)
        {
            errors.Add(nameof(DepartmentInput.Number), "Bitte die Amtsnummer nach KGSt angeben, z. B. 33.");
        }
        else if (!Digits().IsMatch(number))
        {
            errors.Add(nameof(DepartmentInput.Number), "Die Amtsnummer darf nur aus Ziffern bestehen, z. B. 33 oder 020.");
        }
        else if (number.Length > 10)
        {
            errors.Add(nameof(DepartmentInput.Number), "Die Amtsnummer darf höchstens 10 Ziffern haben.");
        }
        else
        {
            errors.Taken(await db.Departments.Where(d => d.Id != id).HavingKey(d => d.Number, number).AnyAsync(cancellationToken),
                nameof(DepartmentInput.Number), $"Die Amtsnummer {number} ist schon vergeben.");
        }

        errors.When(name.Length == 0, nameof(DepartmentInput.Name), "Bitte den Namen des Amts angeben.");
        errors.When(name.Length > 200, nameof(DepartmentInput.Name), "Der Name darf höchstens 200 Zeichen lang sein.");
        errors.Problem(nameof(DepartmentInput.BudgetProduct), BudgetKeyRules.ProductProblem(input.BudgetProduct))
              .Problem(nameof(DepartmentInput.BudgetAccount), BudgetKeyRules.AccountProblem(input.BudgetAccount))
              .Problem(nameof(DepartmentInput.LeitwegId), InvoiceIdentityRules.LeitwegIdProblem(input.LeitwegId));
        // One Leitweg-ID names one department: a second one would leave its invoices without a department.
        if (InvoiceIdentityRules.LeitwegIdProblem(input.LeitwegId) is null && InvoiceIdentityRules.NormalLeitwegId(input.LeitwegId) is { } leitwegId)
        {
            var holder = await db.Departments.Where(d => d.Id != id && d.LeitwegId != null && d.LeitwegId.ToUpper() == leitwegId)
                .Select(d => d.Number + " " + d.Name).FirstOrDefaultAsync(cancellationToken);
            errors.When(holder is not null, nameof(DepartmentInput.LeitwegId), $"Die Leitweg-ID {leitwegId} ist schon dem Amt {holder} zugeordnet.");
        }

        errors.ThrowIfAny();
    }

    [GeneratedRegex("^[0-9]+$")]
    private static partial Regex Digits();
}
