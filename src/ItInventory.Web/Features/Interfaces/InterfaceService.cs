using ItInventory.Core.Domain;
using ItInventory.Web.Data;
using ItInventory.Web.Data.Queries;
using ItInventory.Web.Features.Products;
using ItInventory.Web.Infrastructure.Editing;
using ItInventory.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Features.Interfaces;

/// <summary>
/// The data flows between products and to systems outside the inventory ("Schnittstellen"). A county instance has
/// tens of thousands, so the list is filtered, sorted and paged in the database.
/// </summary>
public sealed class InterfaceService(IDbContextFactory<InventoryDbContext> contextFactory, ICurrentUser currentUser)
{
    public const string EntityName = "Die Schnittstelle";
    public const int MaxPageSize = 200;
    public const int MaxExternalSystemLength = 200;
    public const int MaxDescriptionLength = 1000;

    public async Task<InterfacePage> QueryAsync(InterfaceQuery query, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.ViewInventory);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);

        var interfaces = db.Interfaces.AsNoTracking();
        if (query.ProductId is { } productId) interfaces = interfaces.Where(i => i.SourceProductId == productId || i.TargetProductId == productId);
        if (query.SourceProductId is { } sourceId) interfaces = interfaces.Where(i => i.SourceProductId == sourceId);
        if (query.TargetProductId is { } targetId) interfaces = interfaces.Where(i => i.TargetProductId == targetId);
        if (query.StandardId is { } standardId) interfaces = interfaces.Where(i => i.StandardId == standardId);
        if (query.Proprietary is { } proprietary) interfaces = interfaces.Where(i => (i.StandardId == null) == proprietary);
        if (query.External is { } external) interfaces = interfaces.Where(i => (i.TargetProductId == null) == external);
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = SearchPattern.Contains(query.Search);
            interfaces = interfaces.Where(i =>
                EF.Functions.Like(i.SourceProduct!.Name, pattern, SearchPattern.Escape) ||
                EF.Functions.Like(i.SourceProduct.InventoryNumber, pattern, SearchPattern.Escape) ||
                (i.TargetProduct != null && (EF.Functions.Like(i.TargetProduct.Name, pattern, SearchPattern.Escape)
                                             || EF.Functions.Like(i.TargetProduct.InventoryNumber, pattern, SearchPattern.Escape))) ||
                (i.ExternalSystem != null && EF.Functions.Like(i.ExternalSystem, pattern, SearchPattern.Escape)) ||
                (i.Standard != null && EF.Functions.Like(i.Standard.Code, pattern, SearchPattern.Escape)) ||
                (i.Description != null && EF.Functions.Like(i.Description, pattern, SearchPattern.Escape)));
        }

        var total = await interfaces.CountAsync(cancellationToken);
        // The receiving side is a product's name or the external system's, whichever the flow has.
        IOrderedQueryable<DataInterface> ordered = (query.Sort, query.Descending) switch
        {
            (InterfaceSort.Target, false) => interfaces.OrderBy(i => i.TargetProduct != null ? i.TargetProduct.Name : i.ExternalSystem).ThenBy(i => i.SourceProduct!.Name),
            (InterfaceSort.Target, true) => interfaces.OrderByDescending(i => i.TargetProduct != null ? i.TargetProduct.Name : i.ExternalSystem).ThenBy(i => i.SourceProduct!.Name),
            (InterfaceSort.Standard, false) => interfaces.OrderBy(i => i.Standard != null ? i.Standard.Code : null).ThenBy(i => i.SourceProduct!.Name),
            (InterfaceSort.Standard, true) => interfaces.OrderByDescending(i => i.Standard != null ? i.Standard.Code : null).ThenBy(i => i.SourceProduct!.Name),
            (_, true) => interfaces.OrderByDescending(i => i.SourceProduct!.Name).ThenBy(i => i.TargetProduct != null ? i.TargetProduct.Name : i.ExternalSystem),
            _ => interfaces.OrderBy(i => i.SourceProduct!.Name).ThenBy(i => i.TargetProduct != null ? i.TargetProduct.Name : i.ExternalSystem),
        };

        var pageSize = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var rows = await Rows(ordered.ThenBy(i => i.Id).Skip(Math.Max(0, query.Page) * pageSize).Take(pageSize))
            .ToListAsync(cancellationToken);
        return new InterfacePage(rows, total);
    }

    public async Task<InterfaceRow> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.ViewInventory);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await Rows(db.Interfaces.AsNoTracking().Where(i => i.Id == id)).SingleOrDefaultAsync(cancellationToken)
               ?? throw new NotFoundException(EntityName, id);
    }

    public async Task<InterfaceInput> GetForEditAsync(int id, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.EditInventory);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var dataInterface = await db.Interfaces.AsNoTracking().SingleOrNotFoundAsync(id, EntityName, cancellationToken);
        return InterfaceInput.From(dataInterface);
    }

    /// <summary>The standards an interface may use, by code, for the form's selection list.</summary>
    public async Task<IReadOnlyList<LookupItem>> StandardChoicesAsync(CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.ViewInventory);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Standards.AsNoTracking().OrderBy(s => s.Code)
            .Select(s => new LookupItem(s.Id, s.Code + " – " + s.Name)).ToListAsync(cancellationToken);
    }

    /// <returns>The new interface's id.</returns>
    public async Task<int> CreateAsync(InterfaceInput input, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.EditInventory);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        (await ValidateAsync(db, input, null, cancellationToken)).ThrowIfAny();
        var dataInterface = new DataInterface();
        input.ApplyTo(dataInterface);
        db.Interfaces.Add(dataInterface);
        await db.SaveChangesAsync(cancellationToken);
        return dataInterface.Id;
    }

    /// <summary>Saves the input over the interface as loaded at <see cref="InterfaceInput.Version"/>; returns the new version.</summary>
    public async Task<Guid> UpdateAsync(int id, InterfaceInput input, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.EditInventory);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var dataInterface = await db.Interfaces.SingleOrNotFoundAsync(id, EntityName, cancellationToken);
        (await ValidateAsync(db, input, id, cancellationToken)).ThrowIfAny();
        input.ApplyTo(dataInterface);
        return await db.SaveEditAsync(dataInterface, input.Version, EntityName, cancellationToken);
    }

    public async Task DeleteAsync(int id, Guid version, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.EditInventory);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var dataInterface = await db.Interfaces.SingleOrNotFoundAsync(id, EntityName, cancellationToken);
        await db.DeleteEditAsync(dataInterface, version, EntityName, cancellationToken);
    }

    private static IQueryable<InterfaceRow> Rows(IQueryable<DataInterface> interfaces) =>
        interfaces.Select(i => new InterfaceRow(
            i.Id, i.Version,
            i.SourceProductId, i.SourceProduct!.InventoryNumber, i.SourceProduct.Name,
            i.TargetProductId, i.TargetProduct != null ? i.TargetProduct.InventoryNumber : null, i.TargetProduct != null ? i.TargetProduct.Name : null,
            i.ExternalSystem,
            i.StandardId, i.Standard != null ? i.Standard.Code : null, i.Description));

    internal static async Task<ValidationErrors> ValidateAsync(InventoryDbContext db, InterfaceInput input, int? id, CancellationToken cancellationToken)
    {
        var external = InterfaceInput.Clean(input.ExternalSystem);
        var errors = new ValidationErrors()
            .When(external?.Length > MaxExternalSystemLength, nameof(InterfaceInput.ExternalSystem),
                $"Der Name des externen Systems darf höchstens {MaxExternalSystemLength} Zeichen lang sein.")
            .When(InterfaceInput.Clean(input.Description)?.Length > MaxDescriptionLength, nameof(InterfaceInput.Description),
                "Die Beschreibung darf höchstens 1.000 Zeichen lang sein.");

        if (input.SourceProductId is not { } sourceId)
            errors.Add(nameof(InterfaceInput.SourceProductId), "Bitte wählen Sie das Quellprodukt, von dem die Daten ausgehen.");
        else if (!await db.Products.AnyAsync(p => p.Id == sourceId, cancellationToken))
            errors.Add(nameof(InterfaceInput.SourceProductId), "Das gewählte Quellprodukt gibt es nicht (mehr).");

        const string neither = "Bitte wählen Sie ein Zielprodukt oder nennen Sie ein externes System, an das die Daten gehen.";
        if (input.TargetProductId is not { } targetId)
        {
            if (external is null)
                errors.Add(nameof(InterfaceInput.TargetProductId), neither).Add(nameof(InterfaceInput.ExternalSystem), neither);
        }
        else if (external is not null)
            errors.Add(nameof(InterfaceInput.ExternalSystem),
                "Eine Schnittstelle führt entweder zu einem Produkt des Inventars oder zu einem externen System, nicht zu beidem.");
        else if (targetId == input.SourceProductId)
            errors.Add(nameof(InterfaceInput.TargetProductId), "Quell- und Zielprodukt sind dasselbe; eine Schnittstelle verbindet zwei verschiedene Systeme.");
        else if (!await db.Products.AnyAsync(p => p.Id == targetId, cancellationToken))
            errors.Add(nameof(InterfaceInput.TargetProductId), "Das gewählte Zielprodukt gibt es nicht (mehr).");

        if (input.StandardId is { } standardId && !await db.Standards.AnyAsync(s => s.Id == standardId, cancellationToken))
            errors.Add(nameof(InterfaceInput.StandardId), "Der gewählte Standard existiert nicht (mehr).");

        if (errors.IsEmpty)
        {
            var lowered = external?.ToLower();
            var duplicate = await db.Interfaces.AnyAsync(i => i.Id != id && i.SourceProductId == input.SourceProductId
                && i.TargetProductId == input.TargetProductId && i.StandardId == input.StandardId
                && (lowered == null ? i.ExternalSystem == null : i.ExternalSystem != null && i.ExternalSystem.ToLower() == lowered), cancellationToken);
            errors.When(duplicate, external is null ? nameof(InterfaceInput.TargetProductId) : nameof(InterfaceInput.ExternalSystem),
                "Diese Schnittstelle ist schon erfasst (gleiches Quellprodukt, gleiches Ziel, gleicher Standard).");
        }

        return errors;
    }
}
