using ItInventory.Core.Domain;
using ItInventory.Core.Validation;
using ItInventory.Web.Data;
using ItInventory.Web.Data.Queries;
using ItInventory.Web.Infrastructure.Editing;
using ItInventory.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Features.Standards;

/// <summary>
/// The standards catalogue, who implements each standard and who should but does not. "Should" means the product's
/// category requires the standard as mandatory or binding; retired products are left out, they need no interface any more.
/// </summary>
public sealed class StandardService(IDbContextFactory<InventoryDbContext> contextFactory, ICurrentUser currentUser)
{
    public const string EntityName = "Der Standard";

    public async Task<IReadOnlyList<StandardListRow>> ListAsync(StandardQuery query, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.ViewReferenceData);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);

        var standards = db.Standards.AsNoTracking();
        if (query.Kind is { } kind) standards = standards.Where(s => s.Kind == kind);
        if (query.BindingStatus is { } binding) standards = standards.Where(s => s.BindingStatus == binding);
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = SearchPattern.Contains(query.Search);
            standards = standards.Where(s =>
                EF.Functions.Like(s.Code, pattern, SearchPattern.Escape) ||
                EF.Functions.Like(s.Name, pattern, SearchPattern.Escape) ||
                (s.Maintainer != null && EF.Functions.Like(s.Maintainer, pattern, SearchPattern.Escape)) ||
                (s.LegalBasis != null && EF.Functions.Like(s.LegalBasis, pattern, SearchPattern.Escape)));
        }

        return await standards
            .OrderBy(s => s.Code)
            .Select(s => new StandardListRow(
                s.Id, s.Code, s.Name, s.Kind, s.BindingStatus, s.LegalBasis, s.Maintainer,
                db.ProductStandards.Count(ps => ps.StandardId == s.Id && ps.Status == SupportStatus.Supported),
                db.Products.Count(p => p.Lifecycle != LifecycleStatus.Retired
                                       && p.Category!.Requirements.Any(r => r.StandardId == s.Id
                                                                            && (r.Level == RequirementLevel.Mandatory || r.Level == RequirementLevel.Binding))
                                       && !p.StandardSupport.Any(ps => ps.StandardId == s.Id && ps.Status == SupportStatus.Supported))))
            .ToListAsync(cancellationToken);
    }

    public async Task<StandardDetails> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.ViewReferenceData);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var standard = await db.Standards.AsNoTracking().SingleOrNotFoundAsync(id, EntityName, cancellationToken);

        var support = (await db.ProductStandards.AsNoTracking()
            .Where(ps => ps.StandardId == id)
            .Select(ps => new StandardSupportRow(
                ps.ProductId, ps.Product!.InventoryNumber, ps.Product.Name, ps.Product.Vendor!.Name,
                ps.Status, ps.StandardVersion, ps.Verification, ps.Note))
            .ToListAsync(cancellationToken))
            // Enums are stored by name; order by their meaning, not alphabetically.
            .OrderBy(r => r.Status).ThenBy(r => r.ProductName, StringComparer.CurrentCulture)
            .ToList();

        var candidates = await ShouldSupport(db, id)
            .Select(p => new
            {
                p.Id,
                p.InventoryNumber,
                p.Name,
                Vendor = p.Vendor!.Name,
                Category = p.Category!.Name,
                Level = p.Category.Requirements.Where(r => r.StandardId == id).Select(r => r.Level).First(),
                p.Lifecycle,
                Status = p.StandardSupport.Where(ps => ps.StandardId == id).Select(ps => (SupportStatus?)ps.Status).FirstOrDefault(),
            })
            .Where(p => p.Status == null || p.Status != SupportStatus.Supported)
            .ToListAsync(cancellationToken);
        var gaps = candidates
            .Select(p => new StandardGapRow(p.Id, p.InventoryNumber, p.Name, p.Vendor, p.Category, p.Level, p.Lifecycle, StandardGaps.Of(p.Status)!.Value))
            .OrderBy(g => g.Gap == StandardGap.Partial).ThenBy(g => g.Level).ThenBy(g => g.ProductName, StringComparer.CurrentCulture)
            .ToList();

        var requiredBy = (await db.CategoryStandards.AsNoTracking()
            .Where(r => r.StandardId == id)
            .Select(r => new StandardRequirementRow(r.Category!.Name, r.Level))
            .ToListAsync(cancellationToken))
            .OrderBy(r => r.Level).ThenBy(r => r.Category, StringComparer.CurrentCulture)
            .ToList();

        return new StandardDetails(id, StandardInput.From(standard), support, gaps, requiredBy);
    }

    public async Task<StandardInput> GetForEditAsync(int id, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.EditReferenceData);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var standard = await db.Standards.AsNoTracking().SingleOrNotFoundAsync(id, EntityName, cancellationToken);
        return StandardInput.From(standard);
    }

    public async Task<int> CreateAsync(StandardInput input, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.EditReferenceData);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await ValidateAsync(db, input, null, cancellationToken);
        var standard = new Standard();
        Apply(input, standard);
        db.Standards.Add(standard);
        await UniqueKeys.SaveGuardedAsync(() => db.SaveChangesAsync(cancellationToken), () => ValidateAsync(db, input, null, cancellationToken));
        return standard.Id;
    }

    /// <summary>Saves the input over the standard as loaded at <see cref="StandardInput.Version"/>; returns the new version.</summary>
    public async Task<Guid> UpdateAsync(int id, StandardInput input, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.EditReferenceData);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var standard = await db.Standards.SingleOrNotFoundAsync(id, EntityName, cancellationToken);
        await ValidateAsync(db, input, id, cancellationToken);
        Apply(input, standard);
        return await UniqueKeys.SaveGuardedAsync(() => db.SaveEditAsync(standard, input.Version, EntityName, cancellationToken),
            () => ValidateAsync(db, input, id, cancellationToken));
    }

    public async Task DeleteAsync(int id, Guid version, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.EditReferenceData);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var standard = await db.Standards.SingleOrNotFoundAsync(id, EntityName, cancellationToken);

        var support = await db.ProductStandards.CountAsync(ps => ps.StandardId == id, cancellationToken);
        var categories = await db.CategoryStandards.CountAsync(r => r.StandardId == id, cancellationToken);
        var interfaces = await db.Interfaces.CountAsync(i => i.StandardId == id, cancellationToken);
        if (support + categories + interfaces > 0)
        {
            var reasons = new List<string>();
            if (support > 0) reasons.Add(support == 1 ? "1 Produktangabe" : $"{support} Produktangaben");
            if (categories > 0) reasons.Add(categories == 1 ? "1 Produktkategorie" : $"{categories} Produktkategorien");
            if (interfaces > 0) reasons.Add(interfaces == 1 ? "1 Schnittstelle" : $"{interfaces} Schnittstellen");
            throw new DeleteRefusedException($"Der Standard „{standard.Code}“ kann nicht gelöscht werden: {string.Join(", ", reasons)} verweisen darauf.");
        }

        await db.DeleteEditAsync(standard, version, EntityName, cancellationToken);
    }

    /// <summary>Products in use whose category requires the standard as mandatory or binding.</summary>
    private static IQueryable<Product> ShouldSupport(InventoryDbContext db, int standardId) =>
        db.Products.Where(p => p.Lifecycle != LifecycleStatus.Retired
                               && p.Category!.Requirements.Any(r => r.StandardId == standardId
                                                                    && (r.Level == RequirementLevel.Mandatory || r.Level == RequirementLevel.Binding)));

    private static async Task ValidateAsync(InventoryDbContext db, StandardInput input, int? id, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var code = NameRules.Clean(input.Code);
        var name = NameRules.Clean(input.Name);
        errors.When(code.Length == 0, nameof(StandardInput.Code), "Bitte ein Kürzel angeben, z. B. XMeld.");
        errors.When(code.Length > 50, nameof(StandardInput.Code), "Das Kürzel darf höchstens 50 Zeichen lang sein.");
        if (code.Length > 0)
        {
            errors.Taken(await db.Standards.Where(s => s.Id != id).HavingKey(s => s.Code, code).AnyAsync(cancellationToken),
                nameof(StandardInput.Code), $"Einen Standard mit dem Kürzel „{code}“ gibt es schon.");
        }

        errors.When(name.Length == 0, nameof(StandardInput.Name), "Bitte den Namen des Standards angeben.");
        errors.When(name.Length > 200, nameof(StandardInput.Name), "Der Name darf höchstens 200 Zeichen lang sein.");
        errors.When(!Enum.IsDefined(input.Kind), nameof(StandardInput.Kind), "Bitte eine gültige Art wählen.");
        errors.When(!Enum.IsDefined(input.BindingStatus), nameof(StandardInput.BindingStatus), "Bitte eine gültige Verbindlichkeit wählen.");
        errors.When(Clean(input.Maintainer)?.Length > 200, nameof(StandardInput.Maintainer), "Der Herausgeber darf höchstens 200 Zeichen lang sein.");
        errors.When(Clean(input.LegalBasis)?.Length > 300, nameof(StandardInput.LegalBasis), "Die Rechtsgrundlage darf höchstens 300 Zeichen lang sein.");
        errors.When(Clean(input.Description)?.Length > 2000, nameof(StandardInput.Description), "Die Beschreibung darf höchstens 2000 Zeichen lang sein.");
        errors.ThrowIfAny();
    }

    private static void Apply(StandardInput input, Standard standard)
    {
        standard.Code = NameRules.Clean(input.Code);
        standard.Name = NameRules.Clean(input.Name);
        standard.Kind = input.Kind;
        standard.BindingStatus = input.BindingStatus;
        standard.Maintainer = Clean(input.Maintainer);
        standard.LegalBasis = Clean(input.LegalBasis);
        standard.Description = Clean(input.Description);
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
