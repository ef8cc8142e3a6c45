using ItInventory.Web.Data.Auditing;
using ItInventory.Web.Data.Tenancy;
using System.Diagnostics;
using ItInventory.Web.Infrastructure;
using ItInventory.Web.Infrastructure.Security;
using Microsoft.Extensions.Options;

namespace ItInventory.Web.Features.Reports;

/// <summary>
/// Checks the permission, lets the report lay out its sheets, records the export in the audit trail and builds the
/// workbook: styled in memory, or, above <see cref="ReportOptions.StreamingRowThreshold"/> rows, streamed when the
/// file is written, so a county-size report does not hold a workbook of a million cell objects. The audit entry is
/// written before the first byte of a streamed file leaves: a download that breaks off has still disclosed data.
/// </summary>
public sealed class ReportService(
    IEnumerable<IReport> reports,
    AuditLog auditLog,
    ICurrentUser currentUser,
    InventoryClock clock,
    TimeProvider timeProvider,
    TenantNames tenantNames,
    IOptions<ReportOptions> reportOptions,
    ILogger<ReportService> logger)
{
    public async Task<ReportFile> CreateAsync(ReportDefinition definition, ReportParameters parameters, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(definition.Permission);
        var report = reports.Single(r => r.Definition.Slug == definition.Slug);
        var city = await tenantNames.CurrentAsync(cancellationToken);
        var stopwatch = Stopwatch.StartNew();

        var workbook = new ReportWorkbook();
        var records = await report.WriteAsync(workbook, parameters, cancellationToken);
        var heading = new ReportHeading(city, definition.Title, timeProvider.GetLocalNow().DateTime, clock.Today);
        var rows = workbook.DataRows;
        var streamed = rows > reportOptions.Value.StreamingRowThreshold;
        var content = streamed ? null : WorkbookWriter.Write(workbook, heading);
        stopwatch.Stop();

        var fileName = $"{FileNamePart(definition.FileTitle)}_{FileNamePart(city)}_{clock.Today:yyyy-MM-dd}.xlsx";
        var filters = parameters.AddressOf(definition).Split('?', 2) is [_, var query] ? $", Parameter {query}" : "";
        await auditLog.RecordAsync(AuditAction.Export, await currentUser.GetNameAsync(),
            $"Bericht „{definition.Title}“ exportiert ({records} Einträge{filters})", "Report", definition.Slug, cancellationToken);
        if (content is not null)
        {
            logger.LogInformation("Bericht {Report} erstellt: {Records} Einträge, {Bytes} Bytes in {Milliseconds} ms",
                definition.Slug, records, content.Length, stopwatch.ElapsedMilliseconds);
            return ReportFile.Built(fileName, records, rows, stopwatch.Elapsed, content);
        }

        logger.LogInformation("Bericht {Report}: {Records} Einträge, {Rows} Zeilen über der Schwelle von {Threshold}, Daten in {Milliseconds} ms geladen; wird beim Senden geschrieben",
            definition.Slug, records, rows, reportOptions.Value.StreamingRowThreshold, stopwatch.ElapsedMilliseconds);
        return ReportFile.Streamed(fileName, records, rows, stopwatch.Elapsed,
            (output, token) => StreamingReportWriter.WriteAsync(workbook, heading, output, token));
    }

    /// <summary>Letters, digits, '-' and '_' only: spaces become '_', anything else that could trouble a file system goes.</summary>
    private static string FileNamePart(string text) =>
        new(text.Trim().Replace(' ', '_').Where(c => char.IsLetterOrDigit(c) || c is '-' or '_').ToArray());
}
