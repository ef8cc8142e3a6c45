using System.Globalization;
using ItInventory.Core.Domain;
using ItInventory.Web.Data;
using ItInventory.Web.Infrastructure.Editing;
using ItInventory.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Features.Costs;

/// <summary>Plans next year from this year's plan or actuals; the preview and the saved lines use the same arithmetic.</summary>
public sealed class NextYearPlanService(IDbContextFactory<InventoryDbContext> contextFactory, ICurrentUser currentUser)
{
    public const decimal MinPercent = -100m;
    public const decimal MaxPercent = 200m;

    public async Task<NextYearPlanPreview> PreviewAsync(NextYearPlanRequest request, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.EditCosts);
        Validate(request).ThrowIfAny();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var (preview, _) = await BuildAsync(db, request, cancellationToken);
        return preview;
    }

    /// <summary>Saves the plan lines in one transaction, after checking again what the preview showed.</summary>
    public async Task<NextYearPlanResult> ApplyAsync(NextYearPlanRequest request, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.EditCosts);
        Validate(request).ThrowIfAny();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var (preview, lines) = await BuildAsync(db, request, cancellationToken);

        var errors = new ValidationErrors();
        if (!request.SkipAlreadyPlanned && preview.AlreadyPlannedCount > 0)
        {
            var examples = string.Join(", ", preview.Rows.Where(r => r.AlreadyPlanned).Take(3).Select(r => $"„{r.ProductName}“"));
            errors.Add(nameof(NextYearPlanRequest.SkipAlreadyPlanned),
                $"Für {preview.AlreadyPlannedCount} Produkt(e) gibt es schon Planwerte {request.TargetYear} (z. B. {examples}). " +
                "Lassen Sie diese Produkte überspringen oder löschen Sie deren Planwerte zuerst; es wurde nichts gespeichert.");
        }

        errors.When(preview.LineCount == 0, nameof(NextYearPlanRequest.SourceYear),
            $"Es gibt keine passenden Kostenpositionen ({Labels.Of(request.Source)} {request.SourceYear}) zum Fortschreiben; es wurde nichts gespeichert.");
        errors.ThrowIfAny();

        var note = NoteFor(request);
        var planned = preview.ToCreate.Select(r => r.ProductId).ToHashSet();
        db.CostLines.AddRange(lines.Where(l => planned.Contains(l.ProductId)).Select(l => new CostLine
        {
            ProductId = l.ProductId,
            ContractId = l.ContractId,
            FiscalYear = request.TargetYear,
            CostType = l.CostType,
            Kind = CostKind.Plan,
            Amount = Raise(l.Amount, request.Percent),
            Quantity = l.Quantity,
            Note = note,
        }));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new NextYearPlanResult(request.TargetYear, planned.Count, preview.LineCount, preview.NewTotal);
    }

    /// <summary>Each line is raised and rounded to the cent on its own, so the preview's totals equal the saved sum.</summary>
    public static decimal Raise(decimal amount, decimal percent) =>
        decimal.Round(amount * (1m + percent / 100m), 2, MidpointRounding.AwayFromZero);

    public static ValidationErrors Validate(NextYearPlanRequest request) => new ValidationErrors()
        .When(request.SourceYear < CostLineService.MinYear || request.TargetYear > CostLineService.MaxYear, nameof(NextYearPlanRequest.SourceYear),
            $"Das Ausgangsjahr muss zwischen {CostLineService.MinYear} und {CostLineService.MaxYear - 1} liegen.")
        .When(request.Percent < MinPercent || request.Percent > MaxPercent, nameof(NextYearPlanRequest.Percent),
            $"Die Veränderung muss zwischen {MinPercent:0} % und +{MaxPercent:0} % liegen.")
        .When(!Enum.IsDefined(request.Source), nameof(NextYearPlanRequest.Source), "Bitte wählen Sie Plan oder Ist als Ausgangswerte.");

    private sealed record SourceLine(int ProductId, string InventoryNumber, string ProductName, int? ContractId, CostType CostType, decimal Amount, int? Quantity);

    private static async Task<(NextYearPlanPreview Preview, List<SourceLine> Lines)> BuildAsync(InventoryDbContext db, NextYearPlanRequest request, CancellationToken cancellationToken)
    {
        // Retired products cost nothing next year; their history stays untouched.
        var query = db.CostLines.AsNoTracking()
            .Where(c => c.FiscalYear == request.SourceYear && c.Kind == request.Source && c.Product!.Lifecycle != LifecycleStatus.Retired)
            .ForProducts(request.ProductSearch, request.DepartmentId, request.VendorId);
        if (request.CostType is { } type) query = query.Where(c => c.CostType == type);
        if (!request.IncludeLicencePurchases) query = query.Where(c => c.CostType != CostType.LicencePurchase);

        var lines = await query
            .Select(c => new SourceLine(c.ProductId, c.Product!.InventoryNumber, c.Product.Name, c.ContractId, c.CostType, c.Amount, c.Quantity))
            .ToListAsync(cancellationToken);

        // One parameter for the whole list (see ProductFilters): a city's every product would otherwise be thousands.
        var productIds = lines.Select(l => l.ProductId).Distinct().ToArray();
        var alreadyPlanned = (await db.CostLines.AsNoTracking()
            .Where(c => c.FiscalYear == request.TargetYear && c.Kind == CostKind.Plan && EF.Parameter(productIds).Contains(c.ProductId))
            .Select(c => c.ProductId).Distinct().ToListAsync(cancellationToken)).ToHashSet();

        var rows = lines.GroupBy(l => (l.ProductId, l.InventoryNumber, l.ProductName))
            .Select(g => new NextYearPlanRow(g.Key.ProductId, g.Key.InventoryNumber, g.Key.ProductName, g.Count(),
                g.Sum(l => l.Amount), g.Sum(l => Raise(l.Amount, request.Percent)), alreadyPlanned.Contains(g.Key.ProductId)))
            .OrderBy(r => r.ProductName, StringComparer.Create(Formats.German, ignoreCase: true)).ThenBy(r => r.InventoryNumber, StringComparer.Ordinal)
            .ToList();
        return (new NextYearPlanPreview(request, rows), lines);
    }

    private static string NoteFor(NextYearPlanRequest request) =>
        $"Fortgeschrieben aus {Labels.Of(request.Source)} {request.SourceYear} ({request.Percent.ToString("+0.##;-0.##;0", CultureInfo.GetCultureInfo("de-DE"))} %)";
}
