using ItInventory.Core.Domain;
using ItInventory.Core.Validation;
using ItInventory.Web.Data;
using ItInventory.Web.Features.Products;
using ItInventory.Web.Infrastructure.Editing;
using ItInventory.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Features.Costs;

/// <summary>Lists, creates, changes and deletes cost lines ("Kostenpositionen"); filters and sums run in the database.</summary>
public sealed class CostLineService(IDbContextFactory<InventoryDbContext> contextFactory, ICurrentUser currentUser)
{
    public const string EntityName = "Die Kostenposition";
    public const int MinYear = 2000;
    public const int MaxYear = 2100;
    public const int MaxPageSize = 200;

    public async Task<CostLinePage> QueryAsync(CostLineQuery query, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.ViewInventory);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);

        var lines = db.CostLines.AsNoTracking().ForProducts(query.ProductSearch, query.DepartmentId, query.VendorId);
        if (query.Year is { } year) lines = lines.Where(c => c.FiscalYear == year);
        if (query.ProductId is { } productId) lines = lines.Where(c => c.ProductId == productId);
        if (query.CostType is { } type) lines = lines.Where(c => c.CostType == type);
        if (query.Kind is { } kind) lines = lines.Where(c => c.Kind == kind);

        var total = await lines.CountAsync(cancellationToken);
        var sums = await lines.GroupBy(c => c.Kind).Select(g => new { Kind = g.Key, Sum = g.Sum(c => c.Amount) }).ToListAsync(cancellationToken);

        IOrderedQueryable<CostLine> ordered = (query.Sort, query.Descending) switch
        {
            (CostLineSort.Product, false) => lines.OrderBy(c => c.Product!.Name).ThenByDescending(c => c.FiscalYear),
            (CostLineSort.Product, true) => lines.OrderByDescending(c => c.Product!.Name).ThenByDescending(c => c.FiscalYear),
            (CostLineSort.CostType, false) => lines.OrderBy(c => c.CostType).ThenByDescending(c => c.FiscalYear),
            (CostLineSort.CostType, true) => lines.OrderByDescending(c => c.CostType).ThenByDescending(c => c.FiscalYear),
            (CostLineSort.Kind, false) => lines.OrderBy(c => c.Kind).ThenByDescending(c => c.FiscalYear),
            (CostLineSort.Kind, true) => lines.OrderByDescending(c => c.Kind).ThenByDescending(c => c.FiscalYear),
            (CostLineSort.Amount, false) => lines.OrderBy(c => c.Amount),
            (CostLineSort.Amount, true) => lines.OrderByDescending(c => c.Amount),
            (_, false) => lines.OrderBy(c => c.FiscalYear).ThenBy(c => c.Product!.Name),
            _ => lines.OrderByDescending(c => c.FiscalYear).ThenBy(c => c.Product!.Name),
        };

        var pageSize = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var rows = await ordered.ThenBy(c => c.Id)
            .Skip(Math.Max(0, query.Page) * pageSize).Take(pageSize)
            .Select(c => new CostLineRow(c.Id, c.Version, c.ProductId, c.Product!.InventoryNumber, c.Product.Name, c.FiscalYear,
                c.CostType, c.Kind, c.Amount, c.Contract != null ? c.Contract.ContractNumber : null, c.InvoiceReference, c.ReceivedInvoiceId))
            .ToListAsync(cancellationToken);

        return new CostLinePage(rows, total,
            sums.Where(s => s.Kind == CostKind.Plan).Sum(s => s.Sum),
            sums.Where(s => s.Kind == CostKind.Actual).Sum(s => s.Sum));
    }

    /// <summary>The fiscal years that have cost lines, newest first, for the year filter.</summary>
    public async Task<IReadOnlyList<int>> YearsAsync(CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.ViewInventory);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.CostLines.Select(c => c.FiscalYear).Distinct().OrderByDescending(y => y).ToListAsync(cancellationToken);
    }

    /// <summary>A new line's defaults: the product and year it is entered for, planned maintenance.</summary>
    public static CostLineInput NewInput(int? productId, int year) => new() { ProductId = productId, FiscalYear = year };

    /// <summary>One line for reading (the API's single resource); editing goes through <see cref="GetForEditAsync"/>.</summary>
    public async Task<CostLineInput> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.ViewInventory);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var line = await db.CostLines.AsNoTracking().SingleOrNotFoundAsync(id, EntityName, cancellationToken);
        return CostLineInput.From(line);
    }

    public async Task<CostLineInput> GetForEditAsync(int id, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.EditCosts);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var line = await db.CostLines.AsNoTracking().SingleOrNotFoundAsync(id, EntityName, cancellationToken);
        return CostLineInput.From(line);
    }

    /// <summary>The contracts a line of this product may refer to: the product's vendor's contracts that cover it.</summary>
    public async Task<IReadOnlyList<LookupItem>> ContractsForProductAsync(int productId, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.ViewInventory);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var vendorId = await db.Products.Where(p => p.Id == productId).Select(p => (int?)p.VendorId).FirstOrDefaultAsync(cancellationToken);
        return await db.Contracts.AsNoTracking()
            .Where(c => c.VendorId == vendorId && c.Products.Any(p => p.Id == productId))
            .OrderBy(c => c.ContractNumber)
            .Select(c => new LookupItem(c.Id, c.ContractNumber + " " + c.Title))
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// What saving the entry would do to its product's year, and which stored lines of the same product, year, cost
    /// type and kind it could replace (a second plan line beside the first one doubles the year's plan).
    /// </summary>
    /// <param name="editingId">The line being edited, if any: it is neither offered for replacement nor counted twice.</param>
    /// <param name="replacingId">The stored line the user chose to replace with the entry; null adds it.</param>
    public async Task<CostEntryImpact?> ImpactAsync(CostLineInput input, int? editingId, int? replacingId, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.ViewInventory);
        if (input.ProductId is not { } productId || input.FiscalYear is not { } year || year is < MinYear or > MaxYear)
            return null;

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var lines = await db.CostLines.AsNoTracking().Where(c => c.ProductId == productId && c.FiscalYear == year).ToListAsync(cancellationToken);
        var contracts = await db.Contracts.AsNoTracking()
            .Where(c => c.Products.Any(p => p.Id == productId))
            .ToDictionaryAsync(c => c.Id, c => c.ContractNumber, cancellationToken);
        var sameKind = lines
            // A line booked from an e-invoice counts in the year but cannot be replaced from here.
            .Where(l => l.CostType == input.CostType && l.Kind == input.Kind && l.Id != editingId && l.ReceivedInvoiceId == null)
            .OrderBy(l => l.Id)
            .Select(l => new SameKindLine(l.Id, l.Version, l.Amount, l.ContractId is { } c ? contracts.GetValueOrDefault(c) : null, l.InvoiceReference))
            .ToList();
        // A missing amount counts as 0, so the preview shows what the other lines already add up to.
        var entry = new CostLine { Id = -1, ProductId = productId, FiscalYear = year, CostType = input.CostType, Kind = input.Kind, Amount = input.Amount ?? 0m };
        return CostEntryImpact.Of(lines, entry, editingId ?? replacingId, sameKind);
    }

    /// <returns>The new line's id.</returns>
    public async Task<int> CreateAsync(CostLineInput input, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.EditCosts);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        (await ValidateAsync(db, input, cancellationToken)).ThrowIfAny();
        var line = new CostLine();
        input.ApplyTo(line);
        db.CostLines.Add(line);
        await db.SaveChangesAsync(cancellationToken);
        return line.Id;
    }

    /// <returns>The line's new version.</returns>
    public async Task<Guid> UpdateAsync(int id, CostLineInput input, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.EditCosts);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var line = await db.CostLines.SingleOrNotFoundAsync(id, EntityName, cancellationToken);
        RefuseInvoiceLine(line);
        (await ValidateAsync(db, input, cancellationToken)).ThrowIfAny();
        input.ApplyTo(line);
        return await db.SaveEditAsync(line, input.Version, EntityName, cancellationToken);
    }

    public async Task DeleteAsync(int id, Guid version, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.EditCosts);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var line = await db.CostLines.SingleOrNotFoundAsync(id, EntityName, cancellationToken);
        RefuseInvoiceLine(line);
        await db.DeleteEditAsync(line, version, EntityName, cancellationToken);
    }

    /// <summary>
    /// A line booked from a received e-invoice belongs to that invoice: it changes only by cancelling the invoice
    /// (Storno) and booking it again, so that the invoice and its cost lines never disagree.
    /// </summary>
    private static void RefuseInvoiceLine(CostLine line) => new ValidationErrors()
        .When(line.ReceivedInvoiceId is not null, "", InvoiceLineMessage(line.InvoiceReference))
        .ThrowIfAny();

    public static string InvoiceLineMessage(string? invoiceReference) =>
        $"Diese Kostenposition ist aus der E-Rechnung {invoiceReference ?? "im Rechnungseingang"} gebucht und wird nicht von Hand geändert: "
        + "bitte im Rechnungseingang stornieren und neu zuordnen.";

    internal static async Task<ValidationErrors> ValidateAsync(InventoryDbContext db, CostLineInput input, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors()
            .When(input.FiscalYear is null, nameof(CostLineInput.FiscalYear), "Bitte geben Sie das Haushaltsjahr an.")
            .When(input.FiscalYear is < MinYear or > MaxYear, nameof(CostLineInput.FiscalYear), $"Das Haushaltsjahr muss zwischen {MinYear} und {MaxYear} liegen.")
            .When(input.Amount is null, nameof(CostLineInput.Amount), "Bitte geben Sie den Betrag an.")
            .Problem(nameof(CostLineInput.Amount), AmountRules.Problem(input.Amount, "Der Betrag"))
            .Problem(nameof(CostLineInput.Quantity), CountRules.Problem(input.Quantity, "Die Menge"))
            .When(!Enum.IsDefined(input.CostType), nameof(CostLineInput.CostType), "Bitte wählen Sie die Kostenart.")
            .When(!Enum.IsDefined(input.Kind), nameof(CostLineInput.Kind), "Bitte wählen Sie Plan oder Ist.")
            .When(input.InvoiceReference?.Trim().Length > 100, nameof(CostLineInput.InvoiceReference), "Die Rechnungsnummer darf höchstens 100 Zeichen lang sein.")
            .When(input.Note?.Trim().Length > 1000, nameof(CostLineInput.Note), "Die Notiz darf höchstens 1.000 Zeichen lang sein.");

        if (input.ProductId is not { } productId)
        {
            errors.Add(nameof(CostLineInput.ProductId), "Bitte wählen Sie das Produkt.");
            return errors;
        }

        var product = await db.Products.AsNoTracking().Where(p => p.Id == productId)
            .Select(p => new { p.Name, p.VendorId, Vendor = p.Vendor!.Name }).FirstOrDefaultAsync(cancellationToken);
        if (product is null)
        {
            errors.Add(nameof(CostLineInput.ProductId), "Das gewählte Produkt gibt es nicht (mehr).");
            return errors;
        }

        if (input.ContractId is { } contractId)
        {
            var contract = await db.Contracts.AsNoTracking().Where(c => c.Id == contractId)
                .Select(c => new { c.ContractNumber, c.VendorId, Vendor = c.Vendor!.Name, Covers = c.Products.Any(p => p.Id == productId) })
                .FirstOrDefaultAsync(cancellationToken);
            if (contract is null)
                errors.Add(nameof(CostLineInput.ContractId), "Der gewählte Vertrag existiert nicht (mehr).");
            else if (contract.VendorId != product.VendorId)
                errors.Add(nameof(CostLineInput.ContractId), $"Der Vertrag {contract.ContractNumber} ist mit „{contract.Vendor}“ geschlossen, das Produkt stammt aber von „{product.Vendor}“.");
            else if (!contract.Covers)
                errors.Add(nameof(CostLineInput.ContractId), $"Der Vertrag {contract.ContractNumber} umfasst das Produkt „{product.Name}“ nicht.");
        }

        return errors;
    }
}
