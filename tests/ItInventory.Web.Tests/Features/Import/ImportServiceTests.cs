using ItInventory.Core.Domain;
using ItInventory.Web.Data.Auditing;
using ItInventory.Web.Features.Import;
using ItInventory.Web.Infrastructure;
using ItInventory.Web.Infrastructure.Editing;
using ItInventory.Web.Infrastructure.Security;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static ItInventory.Web.Tests.Features.Import.ImportTestFiles;

namespace ItInventory.Web.Tests.Features.Import;

public class ImportServiceTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateSampleCityAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task A_clean_file_creates_products_with_costs_and_a_contract_and_the_missing_vendor()
    {
        var file = Sheet("Inventar",
            Row("Inventar der Fachverfahren 2026"),
            Row(),
            Row("Inventarnummer", "Produkt", "Anbieter", "Amt", "Kategorie", "Lizenzen", "Nutzer", "Lebenszyklus", "Betrieb",
                "Pflegekosten 2025", "Pflegekosten 2026", "Vertragsende", "Kündigungsfrist"),
            Row("IMP-T-1", "Testverfahren Eins", "Neue Software AG", "33", "EWO", 120, 95, "im Betrieb", "Kommunales Rechenzentrum",
                24000.0, 24720.0, new DateTime(2027, 12, 31), "3 Monate zum Jahresende"),
            Row(null, "Testverfahren Zwei", "Neue Software AG", "50 Sozialamt", "Sozialhilfe SGB XII", 10, null, "in Einführung", "SaaS",
                1000.5, null, null, null),
            Row(null, "Testverfahren Drei", "Meldewerk Software GmbH", "Standesamt", "PST"));
        var service = ImportTestSupport.Service(_db);

        var session = await service.OpenAsync(file);
        var preview = await service.PreviewAsync(session, session.Suggested);
        var result = await service.RunAsync(session, session.Suggested);

        Assert.Equal(("Inventar", 3), (session.Suggested.SheetName, session.Suggested.HeaderRow));
        Assert.Empty(session.Suggested.MissingRequired);
        Assert.Equal(3, preview.Count(RowOutcome.Create));
        Assert.DoesNotContain(preview.Messages, m => m.Severity != MessageSeverity.Info);
        Assert.Equal("Neu anzulegen: 1 Anbieter", preview.NewEntitiesSummary);
        Assert.Equal((3, 0, 0, 0, 1, 0), (result.Created, result.Updated, result.Skipped, result.Errors, result.NewVendors, result.NewDepartments));

        await using var db = _db.CreateContext();
        var first = await db.Products.Include(p => p.Vendor).Include(p => p.OwnerDepartment).Include(p => p.Category)
            .Include(p => p.CostLines).Include(p => p.Contracts).Include(p => p.UsingDepartments)
            .SingleAsync(p => p.Name == "Testverfahren Eins");
        Assert.Equal(("IMP-T-1", "Neue Software AG", "33", "EWO"), (first.InventoryNumber, first.Vendor!.Name, first.OwnerDepartment!.Number, first.Category!.Code));
        Assert.Equal((120, 95, LifecycleStatus.Active, OperatorKind.MunicipalDataCentre), (first.LicenceCount, first.UserCount, first.Lifecycle, first.Operator));
        Assert.Equal(
            [(2025, CostType.Maintenance, CostKind.Actual, 24000m), (2026, CostType.Maintenance, CostKind.Plan, 24720m)],
            first.CostLines.OrderBy(c => c.FiscalYear).Select(c => (c.FiscalYear, c.CostType, c.Kind, c.Amount)));
        var contract = Assert.Single(first.Contracts);
        Assert.Equal((ContractTermKind.FixedEnd, new DateOnly(2027, 12, 31), 3, NoticeReference.EndOfYear), (contract.TermKind, contract.FixedEnd, contract.NoticePeriodMonths, contract.NoticeReference));
        Assert.Equal(first.VendorId, contract.VendorId);
        Assert.Equal(new DateOnly(2025, 1, 1), contract.Start);
        Assert.Equal(100m, Assert.Single(first.UsingDepartments).CostSharePercent);

        var generated = await db.Products.Where(p => p.Name == "Testverfahren Zwei" || p.Name == "Testverfahren Drei").OrderBy(p => p.Name).Select(p => p.InventoryNumber).ToListAsync();
        Assert.Equal(["IMP-0001", "IMP-0002"], generated.Order());
        var third = await db.Products.Include(p => p.OwnerDepartment).Include(p => p.Vendor).SingleAsync(p => p.Name == "Testverfahren Drei");
        Assert.Equal(("34", "Meldewerk Software GmbH"), (third.OwnerDepartment!.Number, third.Vendor!.Name));
        Assert.Single(await db.Vendors.Where(v => v.Name == "Neue Software AG").ToListAsync());
        // Rows written by the import's prepared inserts look exactly like rows EF writes (Guid text, cents, enum names).
        var stored = await db.Database.SqlQueryRaw<string>(_db.Provider == DatabaseProvider.Sqlite
            ? "SELECT typeof(Version) || '|' || (Version = upper(Version)) || '|' || typeof(Amount) || '|' || CostType AS Value FROM CostLines WHERE Id IN (SELECT MIN(Id) FROM CostLines UNION SELECT MAX(Id) FROM CostLines) ORDER BY Id"
            : "SELECT pg_typeof(\"Version\")::text || '|' || pg_typeof(\"Amount\")::text || '|' || scale(\"Amount\") || '|' || \"CostType\" AS \"Value\" FROM \"CostLines\" WHERE \"Id\" IN (SELECT MIN(\"Id\") FROM \"CostLines\" UNION SELECT MAX(\"Id\") FROM \"CostLines\") ORDER BY \"Id\"").ToListAsync();
        Assert.Equal(2, stored.Count);
        Assert.Equal(stored[0].Split('|')[..3], stored[1].Split('|')[..3]);
        Assert.Contains(await db.AuditEntries.Where(a => a.Action == AuditAction.Import).Select(a => a.Summary).ToListAsync(),
            s => s!.Contains("„inventar.xlsx“") && s.Contains("3 Produkte neu"));
    }

    [Fact]
    public async Task A_messy_hand_kept_file_is_accepted_and_its_problems_are_named_by_sheet_row_and_column()
    {
        var file = Workbook(
            ("Deckblatt", [Row("IT-Verfahren der Stadt Musterstadt"), Row("Bitte Blatt „Inventar“ pflegen")]),
            ("Inventar",
            [
                Row("Stadt Musterstadt – IT-Verfahren (Stand: 01.10.2026)"),
                Row("erstellt vom Hauptamt"),
                Row(),
                Row("  FACHVERFAHREN ", "Hersteller/Anbieter", "Fachbereich", "Kategorie", "Ansprechpartner", "Pflege-Kosten 2024 (€)", "Kosten 2023",
                    "Hosting/RZ 2026", "Lizenzen", "Vertragsende", "Kündigungs-Frist"),
                Row("Bürgerbüro Größenwahn", "Müller & Söhne IT GmbH", "33 Bürgeramt", "Einwohnermeldewesen", "Frau Özdemir", "1.234,56 €", "1234,56",
                    "1.234 EUR", "1.200", "31.12.2027", "3 Monate zum Jahresende"),
                Row(),
                Row("Straßenkataster Süd", " müller & söhne it gmbh ", "Tiefbauamt", "Unbekannte Kategorie", null, 9876.5, "—", null, 15,
                    new DateTime(2026, 6, 30), "6 Wochen zum Quartalsende"),
                Row("Gewerbe-Übersicht", "Neue Kommunal-IT eG", "99 Amt für Digitales", "GEW", null, "12,5,0 €", null, null, "viele", "Ende 2024", "nach Absprache"),
                Row("Summe", null, null, null, null, 11111.06),
                Row("Fristenrechner", "Neue Kommunal-IT eG", "60 Digitalamt", "FIN", null, "2.000", null, null, null, "2026", "1 Monat zum Monatsende"),
                Row(),
            ]));
        var service = ImportTestSupport.Service(_db);

        var session = await service.OpenAsync(file, "Verfahren 2026.xlsx");
        var preview = await service.PreviewAsync(session, session.Suggested);

        Assert.Equal(("Inventar", 4), (session.Suggested.SheetName, session.Suggested.HeaderRow));
        Assert.Equal(ImportField.Ignore, session.Suggested.Columns.Single(c => c.Header == "Ansprechpartner").Field);
        Assert.Equal(
            [RowOutcome.Create, RowOutcome.Create, RowOutcome.Error, RowOutcome.Skip, RowOutcome.Create],
            preview.Rows.Select(r => r.Outcome));
        var messages = preview.Messages.Select(m => m.ToString()).ToList();
        Assert.Contains("Tabelle „Inventar“, Zeile 8, Spalte „Pflege-Kosten 2024 (€)“: „12,5,0 €“ ist kein Betrag.", messages);
        Assert.Contains(messages, m => m.StartsWith("Tabelle „Inventar“, Zeile 8, Spalte „Lizenzen“: „viele“ ist keine Lizenzzahl", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("Tabelle „Inventar“, Zeile 8, Spalte „Vertragsende“: „Ende 2024“ ist kein Datum", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("Tabelle „Inventar“, Zeile 8, Spalte „Kündigungs-Frist“: „nach Absprache“ ist als Kündigungsfrist nicht erkannt", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("Tabelle „Inventar“, Zeile 7, Spalte „Kategorie“: Die Kategorie „Unbekannte Kategorie“ ist unbekannt", StringComparison.Ordinal));
        Assert.Contains("Tabelle „Inventar“, Zeile 9: Summenzeile „Summe“ übersprungen.", messages);
        Assert.Equal("Neu anzulegen: 2 Anbieter, 1 Amt, 1 Kategorie", preview.NewEntitiesSummary);
        Assert.Equal(["Müller & Söhne IT GmbH", "Neue Kommunal-IT eG"], preview.NewVendors.Select(v => v.Name));
        Assert.Equal("60 Digitalamt", Assert.Single(preview.NewDepartments).DisplayName);

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => service.RunAsync(session, session.Suggested));
        Assert.Contains("1 Zeile hat Fehler", refused.Message);

        var result = await service.RunAsync(session, session.Suggested with { SkipRowsWithErrors = true });

        Assert.Equal((3, 1, 1, 2, 1, 1), (result.Created, result.Skipped, result.Errors, result.NewVendors, result.NewDepartments, result.NewCategories));
        await using var db = _db.CreateContext();
        var products = await db.Products.Include(p => p.Vendor).Include(p => p.OwnerDepartment).Include(p => p.Category)
            .Include(p => p.CostLines).Include(p => p.Contracts)
            .Where(p => p.Name == "Bürgerbüro Größenwahn" || p.Name == "Straßenkataster Süd" || p.Name == "Fristenrechner")
            .ToDictionaryAsync(p => p.Name);

        var buero = products["Bürgerbüro Größenwahn"];
        Assert.Equal(("Müller & Söhne IT GmbH", "33", "EWO", 1200), (buero.Vendor!.Name, buero.OwnerDepartment!.Number, buero.Category!.Code, buero.LicenceCount));
        Assert.Equal(
            [(2023, CostType.Other, CostKind.Actual, 1234.56m), (2024, CostType.Maintenance, CostKind.Actual, 1234.56m), (2026, CostType.Hosting, CostKind.Plan, 1234m)],
            buero.CostLines.OrderBy(c => c.FiscalYear).Select(c => (c.FiscalYear, c.CostType, c.Kind, c.Amount)));
        var bueroContract = Assert.Single(buero.Contracts);
        Assert.Equal((new DateOnly(2027, 12, 31), 3, NoticeReference.EndOfYear), (bueroContract.FixedEnd, bueroContract.NoticePeriodMonths, bueroContract.NoticeReference));

        var kataster = products["Straßenkataster Süd"];
        Assert.Equal(buero.VendorId, kataster.VendorId);
        Assert.Equal(("66", "Sonstige", 15), (kataster.OwnerDepartment!.Number, kataster.Category!.Name, kataster.LicenceCount));
        Assert.Equal((2024, 9876.50m), (Assert.Single(kataster.CostLines).FiscalYear, kataster.CostLines[0].Amount));
        var katasterContract = Assert.Single(kataster.Contracts);
        Assert.Equal((new DateOnly(2026, 6, 30), 2, NoticeReference.EndOfQuarter), (katasterContract.FixedEnd, katasterContract.NoticePeriodMonths, katasterContract.NoticeReference));

        var rechner = products["Fristenrechner"];
        Assert.Equal(("60", "Digitalamt", "FIN"), (rechner.OwnerDepartment!.Number, rechner.OwnerDepartment.Name, rechner.Category!.Code));
        Assert.Equal(2000m, Assert.Single(rechner.CostLines).Amount);
        var rechnerContract = Assert.Single(rechner.Contracts);
        Assert.Equal((new DateOnly(2026, 12, 31), 1, NoticeReference.EndOfMonth), (rechnerContract.FixedEnd, rechnerContract.NoticePeriodMonths, rechnerContract.NoticeReference));

        Assert.False(await db.Products.AnyAsync(p => p.Name == "Gewerbe-Übersicht"));
        Assert.False(await db.Departments.AnyAsync(d => d.Number == "99"));
        Assert.Equal(1, await db.Vendors.CountAsync(v => v.Name.ToLower() == "müller & söhne it gmbh"));
    }

    [Fact]
    public async Task A_failed_import_leaves_every_table_unchanged()
    {
        var rows = new List<object?[]> { Row("Produkt", "Anbieter", "Amt", "Kosten 2025", "Vertragsende") };
        rows.AddRange(Enumerable.Range(1, 40).Select(i => Row($"Abbruchtest {i}", $"Abbruch-Anbieter {i % 3}", "33", 100.0 * i, "31.12.2027")));
        var file = Sheet("Inventar", rows.ToArray());
        var service = ImportTestSupport.Service(_db, new ImportOptions { SaveBatchSize = 5 });
        var session = await service.OpenAsync(file);
        var before = await ImportTestSupport.TableCountsAsync(_db);
        using var cancellation = new CancellationTokenSource();
        var savedBatches = 0;
        // The connection drops (or the user leaves) after several batches have been saved inside the transaction.
        var progress = new ImportTestSupport.SyncProgress(value =>
        {
            if (value > 20 && ++savedBatches == 3) cancellation.Cancel();
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => service.RunAsync(session, session.Suggested, progress, cancellation.Token));

        Assert.Equal(3, savedBatches);
        Assert.Equal(before, await ImportTestSupport.TableCountsAsync(_db));
    }

    [Fact]
    public async Task Rows_with_errors_stop_the_import_unless_the_user_agrees_to_skip_them()
    {
        var file = Sheet("Inventar",
            Row("Produkt", "Anbieter", "Amt", "Kosten 2025"),
            Row("Gutes Verfahren", "Gut GmbH", "33", 100.0),
            Row("Schlechtes Verfahren", "Gut GmbH", "", "zwölf"));
        var service = ImportTestSupport.Service(_db);
        var session = await service.OpenAsync(file);
        var before = await ImportTestSupport.TableCountsAsync(_db);

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => service.RunAsync(session, session.Suggested));

        Assert.Contains(nameof(ImportSetup.SkipRowsWithErrors), error.Errors.Keys);
        Assert.Equal(before, await ImportTestSupport.TableCountsAsync(_db));
    }

    [Fact]
    public async Task The_downloadable_template_imports_without_warnings()
    {
        var service = ImportTestSupport.Service(_db);
        var template = await service.TemplateAsync();

        var session = await service.OpenAsync(template, ImportTemplate.FileName);
        var preview = await service.PreviewAsync(session, session.Suggested);

        Assert.Equal(3, session.Suggested.HeaderRow);
        Assert.Equal(16, session.Suggested.Columns.Count(c => c.Field != ImportField.Ignore));
        var row = Assert.Single(preview.Rows);
        Assert.Equal(RowOutcome.Create, row.Outcome);
        Assert.DoesNotContain(row.Messages, m => m.Severity != MessageSeverity.Info);
        Assert.Equal(3, row.Costs.Count);
        Assert.NotNull(row.ContractEnd);
    }

    [Fact]
    public async Task Only_users_with_the_import_permission_may_import()
    {
        var service = ImportTestSupport.Service(_db, role: Roles.ItLeitung);

        await Assert.ThrowsAsync<AccessDeniedException>(() => service.OpenAsync(Sheet("Inventar", Row("Produkt", "Anbieter", "Amt"))));
        await Assert.ThrowsAsync<AccessDeniedException>(() => service.TemplateAsync());
    }

    [Fact]
    public async Task The_report_lists_every_row_with_its_outcome_and_messages()
    {
        var file = Sheet("Inventar",
            Row("Produkt", "Anbieter", "Amt", "Kosten 2025"),
            Row("Berichtstest", "Bericht GmbH", "33", 100.0),
            Row("Berichtstest Fehler", "Bericht GmbH", "33", "zwölf"));
        var service = ImportTestSupport.Service(_db);
        var session = await service.OpenAsync(file);

        var result = await service.RunAsync(session, session.Suggested with { SkipRowsWithErrors = true });
        var report = await service.ReportAsync(result.ReportId);

        Assert.NotNull(report);
        using var workbook = new ClosedXML.Excel.XLWorkbook(new MemoryStream(report.Content));
        var rows = workbook.Worksheet("Zeilen");
        Assert.Equal(("Berichtstest", "neu angelegt"), (rows.Cell(2, 3).GetString(), rows.Cell(2, 6).GetString()));
        Assert.Equal(("Berichtstest Fehler", "Fehler"), (rows.Cell(3, 3).GetString(), rows.Cell(3, 6).GetString()));
        Assert.Contains("„zwölf“ ist kein Betrag", workbook.Worksheet("Meldungen").Cell(2, 5).GetString());
        Assert.Null(await ImportTestSupport.Service(_db).ReportAsync(Guid.NewGuid()));
    }
}
