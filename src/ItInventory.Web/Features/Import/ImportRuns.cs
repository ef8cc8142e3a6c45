using ItInventory.Core.Validation;
using ItInventory.Web.Data;
using ItInventory.Web.Data.Entities;
using ItInventory.Web.Infrastructure.Editing;
using ItInventory.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Features.Import;

/// <summary>An import with problems as "Handlungsbedarf" lists it.</summary>
public sealed record OpenImportRun(int Id, string FileName, string ImportedBy, DateTimeOffset ImportedAt, int Written, int Flagged, int Errors)
{
    public string ReportLink => ImportRuns.ReportPath(Id);

    /// <summary>"12 Zeilen nicht übernommen (Fehler), 3 zur Prüfung markiert".</summary>
    public string Problems => string.Join(", ", new[]
    {
        Errors > 0 ? $"{Errors} {(Errors == 1 ? "Zeile" : "Zeilen")} nicht übernommen (Fehler)" : null,
        Flagged > 0 ? $"{Flagged} zur Prüfung markiert" : null,
    }.OfType<string>());
}

/// <summary>
/// Imports that left work behind: kept with their report until someone who may import says what was done about them.
/// </summary>
public sealed class ImportRuns(IDbContextFactory<InventoryDbContext> contextFactory, ICurrentUser currentUser, TimeProvider timeProvider)
{
    public const string EntityName = "Der Importlauf";

    public static string ReportPath(int id) => $"/import/laeufe/{id}/bericht";

    /// <summary>Rows not written, or written but marked for a check: someone has to look at the report.</summary>
    public static bool LeftWork(ImportResult result) => result.Errors > 0 || result.Flagged > 0;

    /// <summary>Adds the run to the import's own transaction, so it is kept exactly when the rows are.</summary>
    public static async Task KeepAsync(InventoryDbContext db, ImportResult result, byte[] report, string reportFileName, string user,
        DateTimeOffset finishedAt, CancellationToken cancellationToken)
    {
        db.ImportRuns.Add(new ImportRun
        {
            FileName = result.FileName.Length > ImportRun.FileNameLength ? result.FileName[..ImportRun.FileNameLength] : result.FileName,
            ImportedBy = user, ImportedAt = finishedAt.ToUniversalTime(),
            Created = result.Created, Updated = result.Updated, Flagged = result.Flagged, Errors = result.Errors,
            Report = report, ReportFileName = reportFileName,
        });
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    /// <summary>The tenant's imports with problems nobody has closed yet, newest first; empty for who may not import.</summary>
    public async Task<IReadOnlyList<OpenImportRun>> OpenAsync(CancellationToken cancellationToken = default)
    {
        if (!await currentUser.HasAsync(Permission.Import))
            return [];
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var runs = await db.ImportRuns.AsNoTracking().Where(r => r.ResolvedAt == null)
            .Select(r => new OpenImportRun(r.Id, r.FileName, r.ImportedBy, r.ImportedAt, r.Created + r.Updated, r.Flagged, r.Errors))
            .ToListAsync(cancellationToken);
        // Ordered here: SQLite cannot order by a DateTimeOffset column.
        return [.. runs.OrderByDescending(r => r.ImportedAt).ThenByDescending(r => r.Id)];
    }

    /// <summary>The kept report of one of the tenant's runs; another tenant's id is not found.</summary>
    public async Task<(byte[] Content, string FileName)> ReportAsync(int id, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.Import);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var run = await db.ImportRuns.AsNoTracking().Where(r => r.Id == id).Select(r => new { r.Report, r.ReportFileName })
            .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException(EntityName, id);
        return (run.Report, run.ReportFileName);
    }

    /// <summary>Closes the run with what was done (corrected and imported again, entered by hand, not needed).</summary>
    public async Task ResolveAsync(int id, string? note, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.Import);
        var clean = NameRules.Clean(note);
        new ValidationErrors()
            .When(clean.Length == 0, "Note", "Bitte sagen Sie kurz, was mit den Zeilen geschehen ist.")
            .When(clean.Length > ImportRun.NoteLength, "Note", $"Die Notiz darf höchstens {ImportRun.NoteLength} Zeichen lang sein.")
            .Problem("Note", TextRules.Problem(note))
            .ThrowIfAny();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var run = await db.ImportRuns.SingleOrNotFoundAsync(id, EntityName, cancellationToken);
        if (run.ResolvedAt is not null)
            return;
        run.ResolvedAt = timeProvider.GetUtcNow();
        run.ResolvedBy = await currentUser.GetNameAsync();
        run.ResolvedNote = clean;
        await db.SaveChangesAsync(cancellationToken);
    }
}
