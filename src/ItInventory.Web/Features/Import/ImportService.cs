using System.Diagnostics;
using ItInventory.Web.Data;
using ItInventory.Web.Infrastructure;
using ItInventory.Web.Infrastructure.Editing;
using ItInventory.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ItInventory.Web.Features.Import;

/// <summary>
/// The Excel import: open and check a file, suggest sheet, header row and mapping, preview every row, and import
/// in one transaction. Bad files end in an <see cref="ImportFileException"/> with a German message; nothing is written.
/// </summary>
public sealed class ImportService(
    IDbContextFactory<InventoryDbContext> contextFactory,
    IOptions<ImportOptions> options,
    InventoryClock clock,
    ICurrentUser currentUser,
    ImportReportStore reports,
    TimeProvider timeProvider,
    ILogger<ImportService> logger)
{
    public ImportOptions Options => options.Value;

    /// <summary>Reads at most the size limit, checks the package, parses the workbook and guesses the setup.</summary>
    /// <param name="declaredSize">The size the browser reported, so an oversized file is refused before it is read.</param>
    public async Task<ImportSession> OpenAsync(Stream content, string fileName, long? declaredSize = null, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.Import);
        var limits = options.Value;
        if (declaredSize > limits.MaxFileBytes)
        {
            throw XlsxPackageCheck.TooLarge(declaredSize.Value, limits);
        }

        var bytes = await ReadLimitedAsync(content, limits, cancellationToken);
        XlsxPackageCheck.Check(bytes, limits, cancellationToken);
        var workbook = WorkbookReader.Read(bytes, Path.GetFileName(fileName), cancellationToken);
        var suggested = Suggest(workbook);
        var sheet = workbook.Sheets.First(s => s.Name == suggested.SheetName);
        var mapped = suggested.Columns.Where(c => c.Field != ImportField.Ignore).ToList();
        ImportPlanner.EnsureRowLimit(sheet.Name, ImportPlanner.DataRows(sheet, suggested.HeaderRow, mapped).Count, limits);
        return new ImportSession(workbook, suggested);
    }

    /// <summary>The mapping the import recognises for a sheet and header row the user picked.</summary>
    public ImportSetup SetupFor(ImportSession session, string sheetName, int? headerRow, DuplicateHandling duplicates)
    {
        var sheet = session.Workbook.Sheets.FirstOrDefault(s => s.Name == sheetName) ?? session.Workbook.Sheets[0];
        var row = headerRow ?? HeaderDetector.Detect(sheet, clock.CurrentYear)?.HeaderRow ?? sheet.Rows.FirstOrDefault()?.Number ?? 1;
        return new ImportSetup(sheet.Name, row, HeaderDetector.MapColumns(sheet, row, clock.CurrentYear), duplicates);
    }

    /// <summary>Validates every row against the inventory as it is now; writes nothing.</summary>
    public async Task<ImportPlan> PreviewAsync(ImportSession session, ImportSetup setup, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.Import);
        ImportPlanner.ValidateSetup(setup);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var lookups = await ImportLookups.LoadAsync(db, cancellationToken);
        return new ImportPlanner(options.Value).Plan(session.Workbook, setup, lookups, progress, cancellationToken);
    }

    /// <summary>
    /// Validates again inside one transaction (the inventory may have changed since the preview) and writes all
    /// rows or none. Rows with errors are written only as "Fehler" in the report, and only when the user agreed.
    /// </summary>
    public async Task<ImportResult> RunAsync(ImportSession session, ImportSetup setup, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.Import);
        ImportPlanner.ValidateSetup(setup);
        var stopwatch = Stopwatch.StartNew();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // A large import touches more pages than SQLite's default 2 MB cache; spilling them mid-transaction
            // costs more than the whole insert. The setting lives only as long as this connection.
            await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -65536", cancellationToken);
        }

        var lookups = await ImportLookups.LoadAsync(db, cancellationToken);
        var planProgress = progress is null ? null : new Scaled(progress, 0, 20);
        var plan = new ImportPlanner(options.Value).Plan(session.Workbook, setup, lookups, planProgress, cancellationToken);
        if (plan.HasErrors && !setup.SkipRowsWithErrors)
        {
            var errors = plan.Count(RowOutcome.Error);
            new ValidationErrors()
                .Add(nameof(ImportSetup.SkipRowsWithErrors), errors == 1
                    ? "1 Zeile hat Fehler. Bitte korrigieren Sie die Datei oder bestätigen Sie, dass fehlerhafte Zeilen übersprungen werden."
                    : $"{errors.ToString("N0", Formats.German)} Zeilen haben Fehler. Bitte korrigieren Sie die Datei oder bestätigen Sie, dass fehlerhafte Zeilen übersprungen werden.")
                .ThrowIfAny();
        }

        var user = await currentUser.GetNameAsync();
        var writeProgress = progress is null ? null : new Scaled(progress, 20, 100);
        await new ImportWriter(options.Value, clock.Today).WriteAsync(db, plan, user, timeProvider.GetUtcNow().UtcDateTime, writeProgress, cancellationToken);
        var result = new ImportResult(Guid.Empty, plan.FileName, plan.Count(RowOutcome.Create), plan.Count(RowOutcome.Update),
            plan.Count(RowOutcome.Skip), plan.Count(RowOutcome.Flag), plan.Count(RowOutcome.Error),
            plan.NewVendors.Count, plan.NewDepartments.Count, plan.NewCategories.Count, stopwatch.Elapsed);
        var finishedAt = timeProvider.GetLocalNow();
        var reportFileName = ImportReportWriter.FileNameFor(plan.FileName, finishedAt);
        // An import that left work behind is kept with its report, in the same transaction as its rows.
        if (ImportRuns.LeftWork(result))
            await ImportRuns.KeepAsync(db, result, ImportReportWriter.Write(plan, result, user, finishedAt), reportFileName, user, finishedAt, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await PlannerStatistics.RefreshAsync(db, CancellationToken.None);
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -2000", CancellationToken.None);
        }

        stopwatch.Stop();
        result = result with { Duration = stopwatch.Elapsed };
        var reportId = reports.Add(() => ImportReportWriter.Write(plan, result, user, finishedAt), reportFileName, user);
        logger.LogInformation("Import {File} durch {User}: {Created} neu, {Updated} aktualisiert, {Skipped} übersprungen, {Flagged} markiert, {Errors} Fehler in {Seconds:0.0} s.",
            plan.FileName, user, result.Created, result.Updated, result.Skipped, result.Flagged, result.Errors, stopwatch.Elapsed.TotalSeconds);
        return result with { ReportId = reportId };
    }

    public async Task<byte[]> TemplateAsync()
    {
        await currentUser.DemandAsync(Permission.Import);
        return ImportTemplate.Build(clock.CurrentYear);
    }

    /// <summary>The report of an import this user ran in the last minutes, or null.</summary>
    public async Task<StoredReport?> ReportAsync(Guid id)
    {
        await currentUser.DemandAsync(Permission.Import);
        return reports.Get(id, await currentUser.GetNameAsync());
    }

    private ImportSetup Suggest(WorkbookData workbook)
    {
        HeaderDetector.Guess? best = null;
        SheetData? bestSheet = null;
        foreach (var sheet in workbook.Sheets)
        {
            var guess = HeaderDetector.Detect(sheet, clock.CurrentYear);
            if (guess is null)
            {
                continue;
            }

            if (guess.IsComplete)
            {
                return new ImportSetup(sheet.Name, guess.HeaderRow, guess.Columns);
            }

            if (best is null || guess.Recognized > best.Recognized)
            {
                (best, bestSheet) = (guess, sheet);
            }
        }

        if (best is null || bestSheet is null)
        {
            throw new ImportFileException(
                $"In der Datei wurde keine Kopfzeile erkannt (geprüft: die ersten {HeaderDetector.RowsToScan} Zeilen jeder Tabelle). " +
                "Erwartet werden mindestens Spalten für Produkt, Anbieter und Amt, z. B. „Fachverfahren“, „Hersteller“ und „Fachbereich“. " +
                "Bitte ergänzen Sie die Überschriften oder nutzen Sie die Importvorlage.");
        }

        return new ImportSetup(bestSheet.Name, best.HeaderRow, best.Columns);
    }

    private static async Task<byte[]> ReadLimitedAsync(Stream content, ImportOptions limits, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        try
        {
            while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > limits.MaxFileBytes)
                {
                    throw XlsxPackageCheck.TooLarge(buffer.Length + read, limits, atLeast: true);
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (IOException ex)
        {
            // The browser stream stops at its own limit with an IOException.
            throw XlsxPackageCheck.TooLarge(limits.MaxFileBytes + 1, limits, atLeast: true, ex);
        }

        return buffer.ToArray();
    }

    /// <summary>Maps 0–100 of one phase onto a part of the whole bar.</summary>
    private sealed class Scaled(IProgress<int> inner, int from, int to) : IProgress<int>
    {
        public void Report(int value) => inner.Report(from + (to - from) * Math.Clamp(value, 0, 100) / 100);
    }
}
