using ItInventory.Core.Domain;
using ItInventory.Web.Data;
using ItInventory.Web.Infrastructure.Editing;
using ItInventory.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Features.PriceIndex;

/// <summary>
/// The consumer price index (Destatis VPI, 2020 = 100) per year. The analysis compares price increases with it, so
/// changing it is an inventory edit (IT-Leitung and administrators), and every change is in the audit trail.
/// </summary>
public sealed class PriceIndexService(IDbContextFactory<InventoryDbContext> contextFactory, ICurrentUser currentUser)
{
    public const string EntityName = "Der Indexwert";
    public const int MinYear = 1990;
    public const int MaxYear = 2100;
    /// <summary>Far above any VPI value since 1991 (about 60); catches a misplaced decimal point.</summary>
    public const decimal MaxValue = 1000m;

    /// <summary>The years in the range, oldest first; the table is one row a year, so it is read whole.</summary>
    public async Task<IReadOnlyList<PriceIndexRow>> ListAsync(PriceIndexQuery query, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.ViewReferenceData);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var values = await db.PriceIndex.AsNoTracking().OrderBy(v => v.Year).ToListAsync(cancellationToken);
        var byYear = values.ToDictionary(v => v.Year);
        return values
            .Where(v => (query.FromYear is null || v.Year >= query.FromYear) && (query.ToYear is null || v.Year <= query.ToYear))
            .Select(v => new PriceIndexRow(v.Year, v.Value, v.IsPreliminary, v.Version,
                byYear.TryGetValue(v.Year - 1, out var previous) && previous.Value > 0
                    ? decimal.Round((v.Value / previous.Value - 1m) * 100m, 1)
                    : null))
            .ToList();
    }

    public async Task<PriceIndexRow> GetAsync(int year, CancellationToken cancellationToken = default) =>
        (await ListAsync(new PriceIndexQuery(year - 1, year), cancellationToken)).SingleOrDefault(r => r.Year == year)
        ?? throw NotFound(year);

    public async Task<PriceIndexInput> GetForEditAsync(int year, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.EditReferenceData);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var value = await db.PriceIndex.AsNoTracking().SingleOrDefaultAsync(v => v.Year == year, cancellationToken)
                    ?? throw NotFound(year);
        return PriceIndexInput.From(value);
    }

    /// <returns>The year of the new value, which is its key.</returns>
    public async Task<int> CreateAsync(PriceIndexInput input, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.EditReferenceData);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        async Task CheckAsync()
        {
            var errors = Validate(input);
            if (input.Year is { } year && errors.IsEmpty)
            {
                errors.Taken(await db.PriceIndex.AnyAsync(v => v.Year == year, cancellationToken), nameof(PriceIndexInput.Year),
                    $"Für {year} gibt es schon einen Indexwert; bitte ändern Sie diesen.");
            }

            errors.ThrowIfAny();
        }

        await CheckAsync();
        var value = new PriceIndexValue { Year = input.Year!.Value };
        Apply(input, value);
        db.PriceIndex.Add(value);
        await UniqueKeys.SaveGuardedAsync(() => db.SaveChangesAsync(cancellationToken), CheckAsync);
        return value.Year;
    }

    /// <summary>Saves the input over the year's value as loaded at <see cref="PriceIndexInput.Version"/>; returns the new version.</summary>
    public async Task<Guid> UpdateAsync(int year, PriceIndexInput input, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.EditReferenceData);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var value = await db.PriceIndex.SingleOrDefaultAsync(v => v.Year == year, cancellationToken)
                    ?? throw NotFound(year);
        // The year is the value's identity; a value for another year is a new value, not a change to this one.
        input.Year ??= year;
        Validate(input)
            .When(input.Year != year, nameof(PriceIndexInput.Year), $"Das Jahr eines Indexwerts lässt sich nicht ändern; legen Sie für {input.Year} einen neuen Wert an.")
            .ThrowIfAny();
        Apply(input, value);
        return await db.SaveEditAsync(value, input.Version, EntityName, cancellationToken);
    }

    public async Task DeleteAsync(int year, Guid version, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.EditReferenceData);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var value = await db.PriceIndex.SingleOrDefaultAsync(v => v.Year == year, cancellationToken)
                    ?? throw NotFound(year);
        await db.DeleteEditAsync(value, version, EntityName, cancellationToken);
    }

    private static NotFoundException NotFound(int year) => new(EntityName, year, $"Für {year} ist kein Indexwert erfasst.");

    private static ValidationErrors Validate(PriceIndexInput input) => new ValidationErrors()
        .When(input.Year is null, nameof(PriceIndexInput.Year), "Bitte geben Sie das Jahr an.")
        .When(input.Year is < MinYear or > MaxYear, nameof(PriceIndexInput.Year), $"Das Jahr muss zwischen {MinYear} und {MaxYear} liegen.")
        .When(input.Value is null, nameof(PriceIndexInput.Value), "Bitte geben Sie den Indexwert an (2020 = 100).")
        .When(input.Value <= 0, nameof(PriceIndexInput.Value), "Der Indexwert muss größer als 0 sein.")
        .When(input.Value > MaxValue, nameof(PriceIndexInput.Value), "Der Indexwert ist unplausibel hoch (2020 = 100, höchstens 1.000).")
        .When(input.Value is { } v && decimal.Round(v, 2) != v, nameof(PriceIndexInput.Value), "Der Indexwert darf höchstens zwei Nachkommastellen haben.");

    private static void Apply(PriceIndexInput input, PriceIndexValue value)
    {
        value.Value = input.Value!.Value;
        value.IsPreliminary = input.IsPreliminary;
    }
}
