using ItInventory.Web.Data.Auditing;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using ItInventory.Core.Analysis;
using ItInventory.Core.Domain;
using ItInventory.Core.Formatting;
using ItInventory.Web.Features.Findings;
using ItInventory.Web.Features.Products;
using ItInventory.Web.Features.Reports;
using ItInventory.Web.Infrastructure.Security;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ItInventory.Web.Tests.Features.Reports;

/// <summary>The contracts workbook: ordered by decision date, and limited to the decisions due within some days.</summary>
public partial class ReportWorkbookTests
{
    [Fact]
    public async Task Contracts_are_sorted_by_decision_date_with_ended_contracts_last()
    {
        var (file, workbook) = await ExportAsync(ReportCatalog.Contracts);
        var sheet = workbook.Worksheet("Verträge");
        var rows = Workbooks.DataRows(sheet);
        var decision = Workbooks.ColumnOf(sheet, "Entscheidung bis");
        var status = Workbooks.ColumnOf(sheet, "Status");
        await using var context = _db.CreateContext();

        Assert.Equal("Vertraege_und_Fristen_Musterstadt_2026-11-28.xlsx", file.FileName);
        Assert.Equal(await context.Contracts.CountAsync(), rows.Count);
        var dated = rows.TakeWhile(r => !r.Cell(decision).IsEmpty()).Select(r => r.Cell(decision).GetDateTime()).ToList();
        Assert.True(dated.Count > 10);
        Assert.Equal(dated.Order(), dated);
        var firstEnded = rows.ToList().FindIndex(r => r.Cell(status).GetString().StartsWith("beendet"));
        Assert.True(firstEnded > 0);
        Assert.All(rows.Skip(firstEnded), r => Assert.StartsWith("beendet", r.Cell(status).GetString()));
        Assert.Equal(ExcelNumberFormats.Date, rows[0].Cell(decision).Style.NumberFormat.Format);
    }

    [Fact]
    public async Task The_contracts_report_can_be_limited_to_decisions_due_within_some_days_overdue_included()
    {
        var (_, all) = await ExportAsync(ReportCatalog.Contracts);
        var (_, soon) = await ExportAsync(ReportCatalog.Contracts, new ReportParameters { DeadlineDays = 180 });
        var sheet = soon.Worksheet("Verträge");
        var decision = Workbooks.ColumnOf(sheet, "Entscheidung bis");
        var urgency = Workbooks.ColumnOf(sheet, "Dringlichkeit");
        var rows = Workbooks.DataRows(sheet);

        Assert.InRange(rows.Count, 1, Workbooks.DataRows(all.Worksheet("Verträge")).Count - 1);
        Assert.All(rows, r => Assert.True(DateOnly.FromDateTime(r.Cell(decision).GetDateTime()) <= TestDatabase.AsOf.AddDays(180)));
        // Overdue decisions stay in the list, said in words.
        Assert.Contains(rows, r => r.Cell(urgency).GetString().StartsWith("überfällig seit"));
    }
}
