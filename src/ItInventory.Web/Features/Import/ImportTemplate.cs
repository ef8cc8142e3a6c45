using ClosedXML.Excel;

namespace ItInventory.Web.Features.Import;

/// <summary>The downloadable import template: a title row, the recognised headers and one example row.</summary>
public static class ImportTemplate
{
    public const string FileName = "ItInventory-Importvorlage.xlsx";

    public static byte[] Build(int currentYear)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("Inventar");
        sheet.Cell(1, 1).Value = "Inventar der Fachverfahren – Pflichtspalten: Produkt, Anbieter, Amt. Weitere Spalten sind optional; Kostenspalten erkennt der Import an der Jahreszahl. Ohne Inventarnummer wird eine Nummer IMP-xxxx vergeben.";
        sheet.Cell(1, 1).Style.Font.Italic = true;

        var columns = new (string Header, object Example, double Width)[]
        {
            ("Inventarnummer", "", 16),
            ("Produkt", "Beispiel-Meldewesen", 30),
            ("Beschreibung", "Einwohnermeldewesen mit XMeld-Schnittstelle", 40),
            ("Anbieter", "Beispiel Software GmbH", 28),
            ("Amt", "33 Bürgeramt", 22),
            ("Kategorie", "Einwohnermeldewesen", 24),
            ("Betrieb", "Kommunales Rechenzentrum", 24),
            ("Lebenszyklus", "im Betrieb", 16),
            ("Lizenzen", 120, 10),
            ("Nutzer", 95, 10),
            ("Vertragsende", new DateTime(currentYear + 1, 12, 31), 14),
            ("Kündigungsfrist", "3 Monate zum Jahresende", 24),
            ($"Pflegekosten {currentYear - 1}", 24_000.00, 18),
            ($"Pflegekosten {currentYear}", 24_720.00, 18),
            ($"Hosting {currentYear}", 6_000.00, 14),
            ("Bemerkung", "", 30),
        };

        for (var i = 0; i < columns.Length; i++)
        {
            var (header, example, width) = columns[i];
            var headerCell = sheet.Cell(3, i + 1);
            headerCell.Value = header;
            headerCell.Style.Font.Bold = true;
            headerCell.Style.Fill.BackgroundColor = XLColor.FromHtml("#E8EEF4");
            var exampleCell = sheet.Cell(4, i + 1);
            exampleCell.Value = example;
            if (example is DateTime)
            {
                exampleCell.Style.DateFormat.Format = "dd.MM.yyyy";
            }
            else if (example is double)
            {
                exampleCell.Style.NumberFormat.Format = "#,##0.00 €";
            }

            // AdjustToContents needs system fonts the server may not have; fixed widths are predictable.
            sheet.Column(i + 1).Width = width;
        }

        sheet.SheetView.FreezeRows(3);
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }
}
