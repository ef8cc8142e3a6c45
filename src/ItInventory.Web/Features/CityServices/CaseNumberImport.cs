using ClosedXML.Excel;
using ItInventory.Core.Validation;
using ItInventory.Web.Data;
using ItInventory.Web.Features.Import;
using ItInventory.Web.Features.Import.Parsing;
using ItInventory.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ItInventory.Web.Features.CityServices;

/// <summary>A row of the case-number workbook that was refused, with its row number as Excel shows it.</summary>
public sealed record CaseNumberProblem(int Row, string Message);

/// <summary>What a case-number import did: all rows taken, or (with problems) nothing written.</summary>
public sealed record CaseNumberImportResult(int Changed, int Unchanged, IReadOnlyList<CaseNumberProblem> Problems)
{
    public bool Written => Problems.Count == 0;
}

/// <summary>
/// Case numbers (Fallzahlen) from Excel: the statistics office or the departments report them once a year. The
/// workbook names each recorded service by its OZG-ID with the number and its year; the template is the city's own
/// list, so it goes out and comes back. All rows or none: a half-updated ranking would tell a wrong story.
/// </summary>
public sealed class CaseNumberImport(IDbContextFactory<InventoryDbContext> contextFactory, ICurrentUser currentUser, IOptions<ImportOptions> options)
{
    public const string FileName = "Fallzahlen.xlsx";
    public const string OzgColumn = "OZG-ID";
    public const string NameColumn = "Leistung";
    public const string CasesColumn = "Fallzahl";
    public const string YearColumn = "Jahr";

    /// <summary>The recorded services with their case numbers, ready to be filled in.</summary>
    public async Task<byte[]> TemplateAsync(CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.EditInventory);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var services = await db.CityServices.AsNoTracking().OrderBy(s => s.OzgService!.OzgId)
            .Select(s => new { s.OzgService!.OzgId, s.OzgService.Name, s.AnnualCases, s.CaseYear }).ToListAsync(cancellationToken);

        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("Fallzahlen");
        string[] header = [OzgColumn, NameColumn, CasesColumn, YearColumn];
        for (var i = 0; i < header.Length; i++)
        {
            sheet.Cell(1, i + 1).Value = header[i];
        }

        sheet.Row(1).Style.Font.Bold = true;
        // The OZG-ID stays text: "01234" would lose its leading zero as a number.
        sheet.Column(1).Style.NumberFormat.Format = "@";
        sheet.Column(2).Style.NumberFormat.Format = "@";
        for (var i = 0; i < services.Count; i++)
        {
            var row = i + 2;
            sheet.Cell(row, 1).SetValue(services[i].OzgId);
            sheet.Cell(row, 2).SetValue(services[i].Name);
            if (services[i].AnnualCases is { } cases) sheet.Cell(row, 3).SetValue(cases);
            if (services[i].CaseYear is { } year) sheet.Cell(row, 4).SetValue(year);
        }

        sheet.Column(1).Width = 10;
        sheet.Column(2).Width = 60;
        sheet.Columns(3, 4).Width = 12;
        sheet.SheetView.FreezeRows(1);
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    public async Task<CaseNumberImportResult> ApplyAsync(byte[] content, string fileName, CancellationToken cancellationToken = default)
    {
        await currentUser.DemandAsync(Permission.EditInventory);
        List<(int Row, string OzgId, int? Cases, int? Year)> rows;
        List<CaseNumberProblem> errors;
        try
        {
            XlsxPackageCheck.Check(content, options.Value, cancellationToken);
            rows = Read(WorkbookReader.Read(content, fileName, cancellationToken), out errors);
        }
        catch (ImportFileException ex)
        {
            return new CaseNumberImportResult(0, 0, [new CaseNumberProblem(0, ex.Message)]);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var services = await db.CityServices.Include(s => s.OzgService).ToDictionaryAsync(s => s.OzgService!.OzgId, cancellationToken);
        var seen = new Dictionary<string, int>();
        int changed = 0, unchanged = 0;
        foreach (var (row, ozgId, cases, year) in rows)
        {
            if (seen.TryGetValue(ozgId, out var first))
            {
                errors.Add(new CaseNumberProblem(row, $"Die OZG-ID {ozgId} steht schon in Zeile {first}."));
                continue;
            }

            seen[ozgId] = row;
            if (!services.TryGetValue(ozgId, out var service))
            {
                errors.Add(new CaseNumberProblem(row, $"Die Leistung OZG {ozgId} ist in dieser Stadt nicht erfasst; bitte zuerst unter „Leistungen“ anlegen."));
                continue;
            }

            if (service.AnnualCases == cases && service.CaseYear == year)
            {
                unchanged++;
                continue;
            }

            (service.AnnualCases, service.CaseYear) = (cases, year);
            changed++;
        }

        if (errors.Count > 0)
        {
            return new CaseNumberImportResult(0, 0, errors.OrderBy(e => e.Row).ToList());
        }

        await db.SaveChangesAsync(cancellationToken);
        return new CaseNumberImportResult(changed, unchanged, []);
    }

    private static List<(int Row, string OzgId, int? Cases, int? Year)> Read(WorkbookData workbook, out List<CaseNumberProblem> problems)
    {
        problems = [];
        var sheet = workbook.Sheets[0];
        var header = sheet.Rows.FirstOrDefault();
        int Column(string name) => header is null ? 0
            : Array.FindIndex(header.Cells, c => string.Equals(c.Display.Trim(), name, StringComparison.OrdinalIgnoreCase)) + 1;
        var (ozgColumn, casesColumn, yearColumn) = (Column(OzgColumn), Column(CasesColumn), Column(YearColumn));
        var missing = new[] { (OzgColumn, ozgColumn), (CasesColumn, casesColumn), (YearColumn, yearColumn) }.Where(c => c.Item2 == 0).Select(c => $"„{c.Item1}“").ToList();
        if (missing.Count > 0)
        {
            problems.Add(new CaseNumberProblem(header?.Number ?? 1,
                $"In der ersten Zeile des Blatts „{sheet.Name}“ fehlt die Spalte {string.Join(", ", missing)}. Bitte die Vorlage verwenden."));
            return [];
        }

        var rows = new List<(int, string, int?, int?)>();
        foreach (var row in sheet.Rows.Skip(1))
        {
            var ozgId = row[ozgColumn].Display.Trim();
            var cases = Count(row[casesColumn], "Die Fallzahl", out var casesProblem);
            var year = Count(row[yearColumn], "Das Jahr", out var yearProblem);
            var problem = (ozgId.Length == 0 ? "Die OZG-ID fehlt." : ServiceRules.OzgIdProblem(ozgId))
                ?? casesProblem ?? yearProblem
                ?? ServiceRules.CaseNumberProblem(cases)
                ?? (year is null ? ServiceRules.CaseYearMissingProblem(cases, year) : ServiceRules.CaseYearProblem(year));
            if (problem is not null)
            {
                problems.Add(new CaseNumberProblem(row.Number, problem));
                continue;
            }

            rows.Add((row.Number, ozgId, cases, year));
        }

        if (rows.Count == 0 && problems.Count == 0)
        {
            problems.Add(new CaseNumberProblem(1, "Die Datei enthält unter der Kopfzeile keine Zeile mit einer Leistung."));
        }

        return rows;
    }

    /// <summary>A whole number from a number cell or German text ("30.000"); empty is null.</summary>
    private static int? Count(CellValue cell, string subject, out string? problem)
    {
        problem = null;
        switch (cell.Kind)
        {
            case CellKind.Empty:
                return null;
            case CellKind.Number when cell.Number == Math.Floor(cell.Number) && cell.Number is >= int.MinValue and <= int.MaxValue:
                return (int)cell.Number;
            case CellKind.Text when GermanCountParser.TryParse(cell.Text, out var count):
                return count;
            default:
                problem = $"{subject} „{cell.Display}“ ist keine ganze Zahl.";
                return null;
        }
    }
}
