using ItInventory.Core.Domain;
using ItInventory.Web.Data;
using ItInventory.Web.Infrastructure.Editing;
using ItInventory.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Features.Products;

/// <summary>A product's statement about one standard, with the names a list shows.</summary>
public sealed record StandardSupportRow(
    int Id,
    Guid Version,
    int ProductId,
    string InventoryNumber,
    string ProductName,
    int StandardId,
    string StandardCode,
    string StandardName,
    StandardKind Kind,
    SupportStatus Status,
    string? StandardVersion,
    Verification Verification,
    string? Note);

public sealed record StandardSupportQuery(int? ProductId = null, int? StandardId = null, SupportStatus? Status = null);

/// <summary>
/// Records which interface standards a product supports, in which version and how that is known. These statements feed
/// the compliance check and the lock-in score, so they are edited like master data (<see cref="Permission.EditInventory"/>).
/// </summary>
public sealed class StandardSupportService(IDbContextFactory<InventoryDbContext> contextFactory, ICurrentUser currentUser)
{
    public const string EntityName = "Die Angabe zum Standard";
    public const int MaxVersionLength = 30;
    public const int MaxNoteLength = 1000;

    /// <summary>All statements that match, ordered by product and standard; a city has a few hundred.</summary>
    public async Task<IReadOnlyList<StandardSupportRow>> ListAsync(StandardSupportQuery query, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.ViewInventory);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = db.ProductStandards.AsNoTracking();
        if (query.ProductId is { } productId) rows = rows.Where(s => s.ProductId == productId);
        if (query.StandardId is { } standardId) rows = rows.Where(s => s.StandardId == standardId);
        if (query.Status is { } status) rows = rows.Where(s => s.Status == status);
        return await rows
            .OrderBy(s => s.Product!.Name).ThenBy(s => s.Standard!.Code)
            .Select(s => new StandardSupportRow(s.Id, s.Version, s.ProductId, s.Product!.InventoryNumber, s.Product.Name, s.StandardId,
                s.Standard!.Code, s.Standard.Name, s.Standard.Kind, s.Status, s.StandardVersion, s.Verification, s.Note))
            .ToListAsync(cancellationToken);
    }

    public async Task<StandardSupportInput> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.ViewInventory);
        return await LoadAsync(id, cancellationToken);
    }

    public async Task<StandardSupportInput> GetForEditAsync(int id, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.EditInventory);
        return await LoadAsync(id, cancellationToken);
    }

    /// <summary>The standards the product may still be given a statement for (each standard once per product).</summary>
    public async Task<IReadOnlyList<LookupItem>> StandardsForProductAsync(int productId, int? keepStandardId = null, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.ViewInventory);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Standards.AsNoTracking()
            .Where(s => s.Id == keepStandardId || !db.ProductStandards.Any(p => p.ProductId == productId && p.StandardId == s.Id))
            .OrderBy(s => s.Code)
            .Select(s => new LookupItem(s.Id, s.Code + " – " + s.Name))
            .ToListAsync(cancellationToken);
    }

    /// <returns>The new statement's id.</returns>
    public async Task<int> CreateAsync(StandardSupportInput input, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.EditInventory);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        (await ValidateAsync(db, input, null, cancellationToken)).ThrowIfAny();
        var support = new ProductStandardSupport();
        input.ApplyTo(support);
        db.ProductStandards.Add(support);
        await UniqueKeys.SaveGuardedAsync(() => db.SaveChangesAsync(cancellationToken),
            async () => (await ValidateAsync(db, input, null, cancellationToken)).ThrowIfAny());
        return support.Id;
    }

    /// <returns>The statement's new version.</returns>
    public async Task<Guid> UpdateAsync(int id, StandardSupportInput input, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.EditInventory);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var support = await db.ProductStandards.SingleOrNotFoundAsync(id, EntityName, cancellationToken);
        (await ValidateAsync(db, input, id, cancellationToken)).ThrowIfAny();
        input.ApplyTo(support);
        return await UniqueKeys.SaveGuardedAsync(() => db.SaveEditAsync(support, input.Version, EntityName, cancellationToken),
            async () => (await ValidateAsync(db, input, id, cancellationToken)).ThrowIfAny());
    }

    public async Task DeleteAsync(int id, Guid version, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.EditInventory);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var support = await db.ProductStandards.SingleOrNotFoundAsync(id, EntityName, cancellationToken);
        await db.DeleteEditAsync(support, version, EntityName, cancellationToken);
    }

    private async Task<StandardSupportInput> LoadAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var support = await db.ProductStandards.AsNoTracking().SingleOrNotFoundAsync(id, EntityName, cancellationToken);
        return StandardSupportInput.From(support);
    }

    private static async Task<ValidationErrors> ValidateAsync(InventoryDbContext db, StandardSupportInput input, int? id, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors()
            .When(!Enum.IsDefined(input.Status), nameof(StandardSupportInput.Status), "Bitte wählen Sie, ob und wie weit das Produkt den Standard unterstützt.")
            .When(!Enum.IsDefined(input.Verification), nameof(StandardSupportInput.Verification), "Bitte wählen Sie, wie die Unterstützung belegt ist.")
            .When(input.StandardVersion?.Trim().Length > MaxVersionLength, nameof(StandardSupportInput.StandardVersion), $"Die Version darf höchstens {MaxVersionLength} Zeichen lang sein.")
            .When(input.Note?.Trim().Length > MaxNoteLength, nameof(StandardSupportInput.Note), $"Der Hinweis darf höchstens {MaxNoteLength.ToString("N0", Formats.German)} Zeichen lang sein.");

        string? productName = null;
        if (input.ProductId is not { } productId)
            errors.Add(nameof(StandardSupportInput.ProductId), "Bitte wählen Sie das Produkt.");
        else if ((productName = await db.Products.Where(p => p.Id == productId).Select(p => p.Name).FirstOrDefaultAsync(cancellationToken)) is null)
            errors.Add(nameof(StandardSupportInput.ProductId), "Das gewählte Produkt gibt es nicht (mehr).");

        string? standardCode = null;
        if (input.StandardId is not { } standardId)
            errors.Add(nameof(StandardSupportInput.StandardId), "Bitte wählen Sie den Standard.");
        else if ((standardCode = await db.Standards.Where(s => s.Id == standardId).Select(s => s.Code).FirstOrDefaultAsync(cancellationToken)) is null)
            errors.Add(nameof(StandardSupportInput.StandardId), "Den gewählten Standard gibt es nicht (mehr).");

        if (productName is not null && standardCode is not null
            && await db.ProductStandards.AnyAsync(s => s.ProductId == input.ProductId && s.StandardId == input.StandardId && s.Id != id, cancellationToken))
        {
            errors.Taken(true, nameof(StandardSupportInput.StandardId), $"Für „{productName}“ gibt es schon eine Angabe zu {standardCode}; bitte ändern Sie diese.");
        }

        return errors;
    }
}
