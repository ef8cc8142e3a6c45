using ClosedXML.Excel;

namespace ItInventory.Web.Features.Import;

/// <summary>
/// The import report as .xlsx: a summary, every data row with what happened to it, and every message with
/// sheet, row and column, so the city can fix its spreadsheet and keep the report for its records.
/// </summary>
public static class ImportReportWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Write(ImportPlan plan, ImportResult result, string user, DateTimeOffset finishedAt)
    {
        using var workbook = new XLWorkbook();
        WriteSummary(workbook.AddWorksheet("Zusammenfassung"), plan, result, user, finishedAt);
        WriteRows(workbook.AddWorksheet("Zeilen"), plan);
        WriteMessages(workbook.AddWorksheet("Meldungen"), plan);
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    public static string FileNameFor(string importedFile, DateTimeOffset finishedAt) =>
        $"Importbericht {Path.GetFileNameWithoutExtension(importedFile)} {finishedAt:yyyy-MM-dd HH-mm}.xlsx";

    private static void WriteSummary(IXLWorksheet sheet, ImportPlan plan, ImportResult result, string user, DateTimeOffset finishedAt)
    {
        sheet.Cell(1, 1).Value = "Importbericht";
        sheet.Cell(1, 1).Style.Font.Bold = true;
        sheet.Cell(1, 1).Style.Font.FontSize = 14;
        var lines = new List<(string Label, object Value)>
        {
            ("Datei", plan.FileName),
            ("Tabelle", plan.Setup.SheetName),
            ("Kopfzeile", plan.Setup.HeaderRow),
            ("Doppelte Produkte", ImportSetup.LabelOf(plan.Setup.Duplicates)),
            ("Importiert von", user),
            ("Zeitpunkt", finishedAt.ToLocalTime().ToString("dd.MM.yyyy HH:mm", Formats.German)),
            ("Dauer (Sekunden)", Math.Round(result.Duration.TotalSeconds, 1)),
            ("Datenzeilen", plan.Rows.Count),
            ("neu angelegt", result.Created),
            ("aktualisiert", result.Updated),
            ("übersprungen", result.Skipped),
            ("markiert", result.Flagged),
            ("Fehler (nicht importiert)", result.Errors),
            ("neue Anbieter", string.Join(", ", plan.NewVendors.Select(v => v.Name))),
            ("neue Ämter", string.Join(", ", plan.NewDepartments.Select(d => d.DisplayName))),
            ("neue Kategorien", string.Join(", ", plan.NewCategories.Select(c => c.Name))),
        };

        var row = 3;
        foreach (var (label, value) in lines)
        {
            sheet.Cell(row, 1).Value = label;
            sheet.Cell(row, 1).Style.Font.Bold = true;
            sheet.Cell(row, 2).Value = value;
            sheet.Cell(row, 2).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Left;
            row++;
        }

        // AdjustToContents needs system fonts the server may not have; fixed widths are predictable.
        sheet.Column(1).Width = 28;
        sheet.Column(2).Width = 80;
    }

    private static void WriteRows(IXLWorksheet sheet, ImportPlan plan)
    {
        string[] headers = ["Tabelle", "Zeile", "Produkt", "Anbieter", "Inventarnummer", "Ergebnis", "Meldungen"];
        WriteHeader(sheet, headers);
        var row = 2;
        foreach (var item in plan.Rows)
        {
            sheet.Cell(row, 1).Value = item.Sheet;
            sheet.Cell(row, 2).Value = item.RowNumber;
            sheet.Cell(row, 3).Value = item.ProductName;
            sheet.Cell(row, 4).Value = item.VendorName;
            sheet.Cell(row, 5).Value = item.ExistingInventoryNumber ?? item.InventoryNumber ?? "";
            sheet.Cell(row, 6).Value = RowOutcomes.LabelOf(item.Outcome);
            sheet.Cell(row, 7).Value = item.Summary;
            row++;
        }

        SetWidths(sheet, 16, 8, 36, 28, 16, 14, 100);
    }

    private static void WriteMessages(IXLWorksheet sheet, ImportPlan plan)
    {
        string[] headers = ["Art", "Tabelle", "Zeile", "Spalte", "Meldung"];
        WriteHeader(sheet, headers);
        var row = 2;
        foreach (var message in plan.Messages.OrderByDescending(m => m.Severity).ThenBy(m => m.Row))
        {
            sheet.Cell(row, 1).Value = ImportMessage.LabelOf(message.Severity);
            sheet.Cell(row, 2).Value = message.Sheet;
            sheet.Cell(row, 3).Value = message.Row;
            sheet.Cell(row, 4).Value = message.Column ?? "";
            sheet.Cell(row, 5).Value = message.Text;
            row++;
        }

        SetWidths(sheet, 10, 16, 8, 24, 110);
    }

    private static void WriteHeader(IXLWorksheet sheet, string[] headers)
    {
        for (var i = 0; i < headers.Length; i++)
        {
            sheet.Cell(1, i + 1).Value = headers[i];
        }

        var header = sheet.Range(1, 1, 1, headers.Length);
        header.Style.Font.Bold = true;
        header.Style.Fill.BackgroundColor = XLColor.FromHtml("#E8EEF4");
        sheet.SheetView.FreezeRows(1);
        sheet.Range(1, 1, 1, headers.Length).SetAutoFilter();
    }

    private static void SetWidths(IXLWorksheet sheet, params double[] widths)
    {
        for (var i = 0; i < widths.Length; i++)
        {
            sheet.Column(i + 1).Width = widths[i];
        }
    }
}
