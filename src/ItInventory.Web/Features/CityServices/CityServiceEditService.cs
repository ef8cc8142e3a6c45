using ItInventory.Core.Domain;
using ItInventory.Core.Validation;
using ItInventory.Web.Data;
using ItInventory.Web.Infrastructure.Editing;
using ItInventory.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Features.CityServices;

/// <summary>Records, changes and removes the services the city provides. The shared catalogue itself is not edited here.</summary>
public sealed class CityServiceEditService(IDbContextFactory<InventoryDbContext> contextFactory, ICurrentUser currentUser)
{
    public const string EntityName = "Die Leistung";
    private const int TextLength = 200;
    private const int NotesLength = 2000;

    public async Task<CityServiceInput> GetForEditAsync(int id, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.EditInventory);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var service = await db.CityServices.AsNoTracking().Include(s => s.OzgService).Include(s => s.LeikaService)
            .Include(s => s.Products).ThenInclude(p => p.Product).SingleOrNotFoundAsync(id, EntityName, cancellationToken);
        return CityServiceInput.From(service);
    }

    /// <summary>The service's name as the catalogue gives it, for headings.</summary>
    public async Task<string?> NameAsync(string ozgId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var key = ozgId.Trim();
        return await db.OzgServices.Where(s => s.OzgId == key).Select(s => s.Name).SingleOrDefaultAsync(cancellationToken);
    }

    public async Task<int> CreateAsync(CityServiceInput input, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.EditInventory);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var (ozg, leika) = await ValidateAsync(db, input, null, cancellationToken);
        var service = new CityService { OzgServiceId = ozg.Id };
        Apply(service, input, leika);
        db.CityServices.Add(service);
        await UniqueKeys.SaveGuardedAsync(() => db.SaveChangesAsync(cancellationToken), () => ValidateAsync(db, input, null, cancellationToken));
        return service.Id;
    }

    /// <summary>Saves the input over the service as loaded at <see cref="CityServiceInput.Version"/>; returns the new version.</summary>
    public async Task<Guid> UpdateAsync(int id, CityServiceInput input, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.EditInventory);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var service = await db.CityServices.Include(s => s.OzgService).Include(s => s.Products)
            .SingleOrNotFoundAsync(id, EntityName, cancellationToken);
        // The OZG service is what the record is about; another one is another record.
        input.OzgId = service.OzgService!.OzgId;
        var (_, leika) = await ValidateAsync(db, input, id, cancellationToken);
        Apply(service, input, leika);
        return await db.SaveEditAsync(service, input.Version, EntityName, cancellationToken);
    }

    public async Task DeleteAsync(int id, Guid version, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.EditInventory);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var service = await db.CityServices.SingleOrNotFoundAsync(id, EntityName, cancellationToken);
        await db.DeleteEditAsync(service, version, EntityName, cancellationToken);
    }

    private static void Apply(CityService service, CityServiceInput input, LeikaService? leika)
    {
        service.LeikaServiceId = leika?.Id;
        service.AnnualCases = input.AnnualCases;
        service.CaseYear = input.CaseYear;
        service.OnlineServiceName = Optional(input.OnlineServiceName);
        service.MaturityModel = input.MaturityModel;
        service.MaturityLevel = input.MaturityLevel;
        service.MaturitySource = Optional(input.MaturitySource);
        service.Connection = input.Connection;
        service.Notes = string.IsNullOrWhiteSpace(input.Notes) ? null : input.Notes.Trim();
        service.Products.RemoveAll(p => input.Products.All(i => i.ProductId != p.ProductId));
        foreach (var chosen in input.Products)
        {
            var link = service.Products.SingleOrDefault(p => p.ProductId == chosen.ProductId);
            if (link is null)
            {
                service.Products.Add(link = new CityServiceProduct { ProductId = chosen.ProductId });
            }

            link.IsSpecialisedProcedure = chosen.IsSpecialisedProcedure;
        }
    }

    private static string? Optional(string? text) => NameRules.IsBlank(text) ? null : NameRules.Clean(text);

    private static async Task<(OzgService Ozg, LeikaService? Leika)> ValidateAsync(
        InventoryDbContext db, CityServiceInput input, int? id, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var ozgId = input.OzgId?.Trim() ?? "";
        OzgService? ozg = null;
        var ozgProblem = ServiceRules.OzgIdProblem(ozgId);
        errors.Problem(nameof(CityServiceInput.OzgId), ozgProblem);
        if (ozgProblem is null)
        {
            ozg = await db.OzgServices.AsNoTracking().SingleOrDefaultAsync(s => s.OzgId == ozgId, cancellationToken);
            errors.When(ozg is null, nameof(CityServiceInput.OzgId), $"Die OZG-ID {ozgId} steht nicht im Leistungskatalog.");
            errors.When(ozg is { IsWithdrawn: true } && id is null, nameof(CityServiceInput.OzgId),
                $"Die OZG-Leistung {ozgId} ist im Katalog entfallen und kann nicht neu erfasst werden.");
            errors.Taken(ozg is not null && await db.CityServices.AnyAsync(s => s.OzgServiceId == ozg.Id && s.Id != id, cancellationToken),
                nameof(CityServiceInput.OzgId), $"Die Leistung OZG {ozgId} ist schon erfasst.");
        }

        LeikaService? leika = null;
        var leikaProblem = string.IsNullOrWhiteSpace(input.LeikaKey) ? null : ServiceRules.LeikaKeyProblem(input.LeikaKey);
        errors.Problem(nameof(CityServiceInput.LeikaKey), leikaProblem);
        if (!string.IsNullOrWhiteSpace(input.LeikaKey) && leikaProblem is null)
        {
            var key = input.LeikaKey.Trim();
            leika = await db.LeikaServices.AsNoTracking().SingleOrDefaultAsync(s => s.Key == key, cancellationToken);
            errors.When(leika is null, nameof(CityServiceInput.LeikaKey), $"Der LeiKa-Schlüssel {key} steht nicht im Leistungskatalog.");
            errors.When(leika is not null && ozg is not null && leika.OzgId != ozg.OzgId, nameof(CityServiceInput.LeikaKey),
                $"Die LeiKa-Leistung {key} gehört nicht zur OZG-Leistung {ozgId}" + (leika?.OzgId is { } other ? $", sondern zu {other}." : "."));
        }

        errors.Problem(nameof(CityServiceInput.AnnualCases), ServiceRules.CaseNumberProblem(input.AnnualCases))
            .Problem(nameof(CityServiceInput.CaseYear), input.CaseYear is null ? ServiceRules.CaseYearMissingProblem(input.AnnualCases, null) : ServiceRules.CaseYearProblem(input.CaseYear))
            .Problem(nameof(CityServiceInput.MaturityLevel), ServiceRules.MaturityLevelProblem(input.MaturityModel, input.MaturityLevel))
            .When(!Enum.IsDefined(input.MaturityModel), nameof(CityServiceInput.MaturityModel), "Bitte ein Reifegradmodell wählen.")
            .When(!Enum.IsDefined(input.Connection), nameof(CityServiceInput.Connection), "Bitte eine Anbindung wählen.")
            .Problem(nameof(CityServiceInput.Connection), ServiceRules.ConnectionProblem(!NameRules.IsBlank(input.OnlineServiceName), input.Connection));
        CheckText(errors, nameof(CityServiceInput.OnlineServiceName), input.OnlineServiceName, TextLength, "Der Name des Online-Dienstes");
        CheckText(errors, nameof(CityServiceInput.MaturitySource), input.MaturitySource, TextLength, "Die Quelle des Reifegrads");
        CheckText(errors, nameof(CityServiceInput.Notes), input.Notes, NotesLength, "Die Notiz");

        var productIds = input.Products.Select(p => p.ProductId).ToList();
        errors.When(productIds.Count != productIds.Distinct().Count(), nameof(CityServiceInput.Products), "Ein Produkt steht doppelt in der Liste.")
            .Problem(nameof(CityServiceInput.Products), ServiceRules.SpecialisedProcedureProblem(input.Products.Count(p => p.IsSpecialisedProcedure)));
        // The tenant filter hides other tenants' products: an id from elsewhere counts as unknown.
        var known = await db.Products.Where(p => productIds.Contains(p.Id)).Select(p => p.Id).ToListAsync(cancellationToken);
        foreach (var missing in input.Products.Where(p => !known.Contains(p.ProductId)))
        {
            errors.Add(nameof(CityServiceInput.Products), $"Das Produkt „{missing.Name}“ (Nr. {missing.ProductId}) gibt es nicht (mehr).");
        }

        errors.ThrowIfAny();
        return (ozg!, leika);
    }

    private static void CheckText(ValidationErrors errors, string field, string? text, int maxLength, string subject) =>
        errors.Problem(field, TextRules.Problem(text))
            .When((text?.Trim().Length ?? 0) > maxLength, field, $"{subject} darf höchstens {maxLength} Zeichen lang sein.");
}
