using ItInventory.Web.Data.Auditing;
using System.Globalization;
using ClosedXML.Excel;
using ItInventory.Web.Infrastructure.Security;

namespace ItInventory.Web.Features.Audit;

/// <summary>The audit trail as an Excel workbook, one row per changed field, for auditors ("Rechnungsprüfung").</summary>
public static class AuditExport
{
    public static IEndpointRouteBuilder MapAuditExport(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/verwaltung/protokoll.xlsx", async (HttpContext context, AuditTrailService trail, AuditLog auditLog, ICurrentUser currentUser,
            string? benutzer, string? art, string? nr, DateOnly? von, DateOnly? bis, CancellationToken cancellationToken) =>
        {
            var query = new AuditQuery { UserName = benutzer, EntityType = art, EntityId = nr, From = von, To = bis };
            using var workbook = new XLWorkbook();
            var sheet = workbook.AddWorksheet("Protokoll");
            string[] headers = ["Nr.", "Zeitpunkt (UTC)", "Benutzer", "Aktion", "Datensatzart", "Datensatz", "Beschreibung", "Feld", "alter Wert", "neuer Wert"];
            for (var i = 0; i < headers.Length; i++)
            {
                sheet.Cell(1, i + 1).Value = headers[i];
            }

            var row = 2;
            await foreach (var entry in trail.StreamAsync(query, cancellationToken))
            {
                var changes = entry.Changes.Count == 0 ? [new AuditFieldChange()] : entry.Changes;
                foreach (var change in changes)
                {
                    sheet.Cell(row, 1).Value = entry.Id;
                    sheet.Cell(row, 2).Value = entry.TimestampUtc;
                    sheet.Cell(row, 2).Style.NumberFormat.Format = "dd.mm.yyyy hh:mm:ss";
                    SetText(sheet.Cell(row, 3), entry.UserName);
                    SetText(sheet.Cell(row, 4), AuditLabels.Of(entry.Action));
                    SetText(sheet.Cell(row, 5), AuditLabels.EntityOf(entry.EntityType));
                    SetText(sheet.Cell(row, 6), entry.EntityId);
                    SetText(sheet.Cell(row, 7), entry.Summary);
                    SetText(sheet.Cell(row, 8), change.Field);
                    SetText(sheet.Cell(row, 9), change.OldValue);
                    SetText(sheet.Cell(row, 10), change.NewValue);
                    row++;
                }
            }

            sheet.Row(1).Style.Font.Bold = true;
            sheet.SheetView.FreezeRows(1);
            sheet.Range(1, 1, Math.Max(row - 1, 1), headers.Length).SetAutoFilter();
            double[] widths = [8, 20, 18, 22, 16, 12, 40, 22, 30, 30];
            for (var i = 0; i < widths.Length; i++)
            {
                sheet.Column(i + 1).Width = widths[i];
            }

            var stream = new MemoryStream();
            workbook.SaveAs(stream);
            stream.Position = 0;
            await auditLog.RecordAsync(AuditAction.Export, await currentUser.GetNameAsync(), "Änderungsprotokoll exportiert.", cancellationToken: cancellationToken);
            var fileName = $"Aenderungsprotokoll_{DateTime.Now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.xlsx";
            return Results.File(stream, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", fileName);
        }).RequireAuthorization(nameof(Permission.Administer)).ExcludeFromDescription();
        return endpoints;
    }

    /// <summary>Values are written as text so a field value like "=HYPERLINK(...)" can never become a formula.</summary>
    private static void SetText(IXLCell cell, string? value)
    {
        cell.SetValue(value ?? "");
        cell.DataType = XLDataType.Text;
    }
}
