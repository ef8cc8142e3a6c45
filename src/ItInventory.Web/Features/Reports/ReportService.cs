using System.Diagnostics;
using ItInventory.Web.Features.Accounts;
using ItInventory.Web.Features.Audit;
using ItInventory.Web.Infrastructure;
using ItInventory.Web.Infrastructure.Security;
using Microsoft.Extensions.Options;

namespace ItInventory.Web.Features.Reports;

/// <summary>A finished report: the workbook and the name it is downloaded under.</summary>
public sealed record ReportFile(string FileName, byte[] Content, int Records, TimeSpan Duration)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}

/// <summary>Checks the permission, builds a report's workbook and records the export in the audit trail.</summary>
public sealed class ReportService(
    IEnumerable<IReport> reports,
    AuditLog auditLog,
    ICurrentUser currentUser,
    InventoryClock clock,
    TimeProvider timeProvider,
    IOptions<InventoryOptions> options,
    ILogger<ReportService> logger)
{
    public async Task<ReportFile> CreateAsync(ReportDefinition definition, ReportParameters parameters, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(definition.Permission);
        var report = reports.Single(r => r.Definition.Slug == definition.Slug);
        var city = options.Value.CityName;
        var stopwatch = Stopwatch.StartNew();

        using var writer = new WorkbookWriter(city, definition.Title, timeProvider.GetLocalNow().DateTime, clock.Today);
        var records = await report.WriteAsync(writer, parameters, cancellationToken);
        var content = writer.ToBytes();
        stopwatch.Stop();

        var fileName = $"{FileNamePart(definition.FileTitle)}_{FileNamePart(city)}_{clock.Today:yyyy-MM-dd}.xlsx";
        var filters = parameters.AddressOf(definition).Split('?', 2) is [_, var query] ? $", Parameter {query}" : "";
        await auditLog.RecordAsync(AuditAction.Export, await currentUser.GetNameAsync(),
            $"Bericht „{definition.Title}“ exportiert ({records} Einträge{filters})", "Report", definition.Slug, cancellationToken);
        logger.LogInformation("Bericht {Report} erstellt: {Records} Einträge, {Bytes} Bytes in {Milliseconds} ms",
            definition.Slug, records, content.Length, stopwatch.ElapsedMilliseconds);
        return new ReportFile(fileName, content, records, stopwatch.Elapsed);
    }

    /// <summary>Letters, digits, '-' and '_' only: spaces become '_', anything else that could trouble a file system goes.</summary>
    private static string FileNamePart(string text) =>
        new(text.Trim().Replace(' ', '_').Where(c => char.IsLetterOrDigit(c) || c is '-' or '_').ToArray());
}
