using ItInventory.Core.Analysis.Deadlines;
using System.Text.RegularExpressions;
using ItInventory.Core.Domain;
using ItInventory.Core.Validation;
using ItInventory.Web.Data;
using ItInventory.Web.Data.Queries;
using ItInventory.Web.Infrastructure;
using ItInventory.Web.Infrastructure.Editing;
using ItInventory.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Features.Vendors;

/// <summary>Lists, shows and maintains vendors; costs and shares are summed in the database.</summary>
public sealed partial class VendorService(IDbContextFactory<InventoryDbContext> contextFactory, InventoryClock clock, ICurrentUser currentUser)
{
    public const string EntityName = "Der Anbieter";

    public async Task<VendorListing> ListAsync(string? search = null, CancellationToken cancellationToken = default, DateOnly? asOf = null)
    {
        await currentUser.DemandAsync(Permission.ViewInventory);
        var year = (asOf ?? clock.Today).Year;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var paid = YearCosts.PaidLines(db, year);

        var vendors = db.Vendors.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var pattern = SearchPattern.Contains(search);
            vendors = vendors.Where(v =>
                EF.Functions.Like(v.Name, pattern, SearchPattern.Escape) ||
                (v.City != null && EF.Functions.Like(v.City, pattern, SearchPattern.Escape)) ||
                (v.ContactName != null && EF.Functions.Like(v.ContactName, pattern, SearchPattern.Escape)) ||
                EF.Functions.Like(v.Country, pattern, SearchPattern.Escape));
        }

        var rows = await vendors
            .OrderBy(v => v.Name)
            .Select(v => new
            {
                v.Id,
                v.Name,
                v.Kind,
                v.Country,
                v.City,
                Products = db.Products.Count(p => p.VendorId == v.Id || p.OperatorVendorId == v.Id),
                Contracts = v.Contracts.Count,
                Paid = paid.Where(l => l.PayeeVendorId == v.Id).Sum(l => l.Amount),
            })
            .ToListAsync(cancellationToken);
        var total = await paid.SumAsync(l => l.Amount, cancellationToken);

        return new VendorListing(
            year,
            total,
            rows.Select(r => new VendorListRow(r.Id, r.Name, r.Kind, r.Country, r.City, r.Products, r.Contracts, r.Paid, ShareOf(r.Paid, total))).ToList());
    }

    public async Task<VendorDetails> GetAsync(int id, CancellationToken cancellationToken = default, DateOnly? asOf = null)
    {
        await currentUser.DemandAsync(Permission.ViewInventory);
        var year = (asOf ?? clock.Today).Year;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var vendor = await db.Vendors.AsNoTracking().SingleOrNotFoundAsync(id, EntityName, cancellationToken);
        var costs = YearCosts.OfProducts(db, year);
        var paid = YearCosts.PaidLines(db, year);

        var products = await ProductRowsAsync(db.Products.Where(p => p.VendorId == id), id, costs, paid, cancellationToken);
        var operated = await ProductRowsAsync(db.Products.Where(p => p.OperatorVendorId == id && p.VendorId != id), id, costs, paid, cancellationToken);
        // Whether a contract runs comes from the one rule (a fixed end in the past ends it, not only an "ended on" date).
        var today = asOf ?? clock.Today;
        var contracts = (await db.Contracts.AsNoTracking().Where(c => c.VendorId == id).ToListAsync(cancellationToken))
            .Select(c => new VendorContractRow(c.Id, c.ContractNumber, c.Title, c.EvbItType, c.Start, ContractRunState.Of(c, today)))
            .OrderBy(c => c.RunState.Phase == ContractPhase.Ended).ThenBy(c => c.ContractNumber, StringComparer.Ordinal)
            .ToList();

        var annualCost = await paid.Where(l => l.PayeeVendorId == id).SumAsync(l => l.Amount, cancellationToken);
        var total = await paid.SumAsync(l => l.Amount, cancellationToken);

        // A department depends on the vendor when it uses a product the vendor makes or runs; its part of the
        // vendor's cost is its share of what the city pays the vendor for each of those products.
        var departmentParts = await db.ProductDepartments
            .Where(u => u.Product!.VendorId == id || u.Product.OperatorVendorId == id)
            .Select(u => new
            {
                u.DepartmentId,
                Part = paid.Where(l => l.PayeeVendorId == id && l.ProductId == u.ProductId).Sum(l => l.Amount) * u.CostSharePercent / 100m,
            })
            .GroupBy(u => u.DepartmentId)
            .Select(g => new { DepartmentId = g.Key, Products = g.Count(), Part = g.Sum(u => u.Part) })
            .Join(db.Departments, g => g.DepartmentId, d => d.Id, (g, d) => new { g.DepartmentId, d.Number, d.Name, g.Products, g.Part })
            .ToListAsync(cancellationToken);
        var departments = departmentParts
            .OrderByDescending(d => d.Part).ThenBy(d => d.Number, StringComparer.Ordinal)
            .Select(d => new VendorDepartmentRow(d.DepartmentId, d.Number, d.Name, d.Products, d.Part, ShareOf(d.Part, annualCost)))
            .ToList();

        return new VendorDetails(id, VendorInput.From(vendor), vendor.IsInEu, year, annualCost, total, products, operated, contracts, departments);
    }

    public async Task<VendorInput> GetForEditAsync(int id, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.EditInventory);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var vendor = await db.Vendors.AsNoTracking().SingleOrNotFoundAsync(id, EntityName, cancellationToken);
        return VendorInput.From(vendor);
    }

    public async Task<int> CreateAsync(VendorInput input, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.EditInventory);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await ValidateAsync(db, input, null, cancellationToken);
        var vendor = new Vendor();
        Apply(input, vendor);
        db.Vendors.Add(vendor);
        await UniqueKeys.SaveGuardedAsync(() => db.SaveChangesAsync(cancellationToken), () => ValidateAsync(db, input, null, cancellationToken));
        return vendor.Id;
    }

    /// <summary>Saves the input over the vendor as loaded at <see cref="VendorInput.Version"/>; returns the new version.</summary>
    public async Task<Guid> UpdateAsync(int id, VendorInput input, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.EditInventory);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var vendor = await db.Vendors.SingleOrNotFoundAsync(id, EntityName, cancellationToken);
        await ValidateAsync(db, input, id, cancellationToken);
        Apply(input, vendor);
        return await UniqueKeys.SaveGuardedAsync(() => db.SaveEditAsync(vendor, input.Version, EntityName, cancellationToken),
            () => ValidateAsync(db, input, id, cancellationToken));
    }

    public async Task DeleteAsync(int id, Guid version, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.EditInventory);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var vendor = await db.Vendors.SingleOrNotFoundAsync(id, EntityName, cancellationToken);

        var products = await db.Products.CountAsync(p => p.VendorId == id, cancellationToken);
        var operated = await db.Products.CountAsync(p => p.OperatorVendorId == id && p.VendorId != id, cancellationToken);
        var contracts = await db.Contracts.CountAsync(c => c.VendorId == id, cancellationToken);
        if (products + operated + contracts > 0)
        {
            throw new DeleteRefusedException(RefusalReason(vendor.Name, products, operated, contracts));
        }

        await db.DeleteEditAsync(vendor, version, EntityName, cancellationToken);
    }

    internal static string RefusalReason(string name, int products, int operated, int contracts)
    {
        var reasons = new List<string>();
        if (products > 0) reasons.Add(products == 1 ? "1 Produkt stammt von ihm" : $"{products} Produkte stammen von ihm");
        if (operated > 0) reasons.Add(operated == 1 ? "er betreibt 1 weiteres Produkt" : $"er betreibt {operated} weitere Produkte");
        if (contracts > 0) reasons.Add(contracts == 1 ? "1 Vertrag ist mit ihm geschlossen" : $"{contracts} Verträge sind mit ihm geschlossen");
        return $"„{name}“ kann nicht gelöscht werden: {string.Join(", ", reasons)}. Bitte ordnen Sie diese zuerst einem anderen Anbieter zu oder löschen Sie sie.";
    }

    private static async Task ValidateAsync(InventoryDbContext db, VendorInput input, int? id, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var name = NameRules.Clean(input.Name);
        errors.When(name.Length == 0, nameof(VendorInput.Name), "Bitte einen Namen angeben.");
        errors.When(name.Length > 200, nameof(VendorInput.Name), "Der Name darf höchstens 200 Zeichen lang sein.");
        if (name.Length > 0)
        {
            var taken = await db.Vendors.Where(v => v.Id != id).HavingKey(v => v.Name, name).AnyAsync(cancellationToken);
            errors.Taken(taken, nameof(VendorInput.Name), $"Einen Anbieter „{name}“ gibt es schon.");
        }

        errors.When(!Enum.IsDefined(input.Kind), nameof(VendorInput.Kind), "Bitte eine gültige Art des Anbieters wählen.");
        errors.When(!CountryCode().IsMatch(input.Country?.Trim() ?? ""), nameof(VendorInput.Country),
            "Bitte das Land als ISO-Code aus zwei Großbuchstaben angeben, z. B. DE.");

        var email = Clean(input.ContactEmail);
        errors.When(email is not null && !EmailAddress().IsMatch(email), nameof(VendorInput.ContactEmail),
            "Bitte eine gültige E-Mail-Adresse angeben, z. B. vertrieb@beispiel.de.");
        errors.When(email?.Length > 200, nameof(VendorInput.ContactEmail), "Die E-Mail-Adresse darf höchstens 200 Zeichen lang sein.");
        errors.When(Clean(input.City)?.Length > 100, nameof(VendorInput.City), "Der Ort darf höchstens 100 Zeichen lang sein.");
        errors.When(Clean(input.ContactName)?.Length > 200, nameof(VendorInput.ContactName), "Der Ansprechpartner darf höchstens 200 Zeichen lang sein.");
        errors.When(Clean(input.ContactPhone)?.Length > 50, nameof(VendorInput.ContactPhone), "Die Telefonnummer darf höchstens 50 Zeichen lang sein.");
        errors.When(Clean(input.Website)?.Length > 300, nameof(VendorInput.Website), "Die Website darf höchstens 300 Zeichen lang sein.");
        errors.When(Clean(input.Notes)?.Length > 4000, nameof(VendorInput.Notes), "Die Notizen dürfen höchstens 4000 Zeichen lang sein.");
        errors.Problem(nameof(VendorInput.VatId), InvoiceIdentityRules.VatIdProblem(input.VatId));
        errors.Problem(nameof(VendorInput.InvoiceAddress), InvoiceIdentityRules.InvoiceAddressProblem(input.InvoiceAddress));
        errors.ThrowIfAny();
    }

    private static void Apply(VendorInput input, Vendor vendor)
    {
        vendor.Name = NameRules.Clean(input.Name);
        vendor.Kind = input.Kind;
        vendor.Country = input.Country.Trim();
        vendor.City = Clean(input.City);
        vendor.ContactName = Clean(input.ContactName);
        vendor.ContactEmail = Clean(input.ContactEmail);
        vendor.ContactPhone = Clean(input.ContactPhone);
        vendor.Website = Clean(input.Website);
        vendor.Notes = Clean(input.Notes);
        vendor.VatId = InvoiceIdentityRules.NormalVatId(input.VatId);
        vendor.InvoiceAddress = Clean(input.InvoiceAddress);
    }

    private static async Task<List<VendorProductRow>> ProductRowsAsync(IQueryable<Product> products, int vendorId,
        IQueryable<ProductYearCost> costs, IQueryable<PaidCostLine> paid, CancellationToken cancellationToken) =>
        await products
            .OrderBy(p => p.Name)
            .Select(p => new VendorProductRow(
                p.Id, p.InventoryNumber, p.Name, p.Lifecycle,
                p.OwnerDepartment!.Number + " " + p.OwnerDepartment.Name,
                costs.Where(c => c.ProductId == p.Id).Sum(c => c.Cost),
                paid.Where(l => l.ProductId == p.Id && l.PayeeVendorId == vendorId).Sum(l => l.Amount)))
            .ToListAsync(cancellationToken);

    private static decimal? ShareOf(decimal part, decimal whole) => whole == 0 ? null : part / whole;

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex CountryCode();

    // Deliberately plain: one "@", no spaces, a dot in the domain. Deliverability is the mail server's business.
    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")]
    private static partial Regex EmailAddress();
}
