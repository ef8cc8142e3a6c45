using ItInventory.Web.Features.Import;
using ItInventory.Web.Tests.Support;
using static ItInventory.Web.Tests.Features.Import.ImportTestFiles;

namespace ItInventory.Web.Tests.Features.Import;

/// <summary>Every kind of bad file gets a clear German message and changes nothing.</summary>
public class BadFileTests : IAsyncLifetime
{
    private TestDatabase _db = null!;
    private Dictionary<string, long> _countsBefore = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateSampleCityAsync();
        _countsBefore = await ImportTestSupport.TableCountsAsync(_db);
    }

    public async Task DisposeAsync()
    {
        Assert.Equal(_countsBefore, await ImportTestSupport.TableCountsAsync(_db));
        await _db.DisposeAsync();
    }

    private static byte[] ValidFile() => Sheet("Inventar",
        Row("Produkt", "Anbieter", "Amt", "Kosten 2025"),
        Row("Gutes Verfahren", "Gut GmbH", "33", 100.0));

    private async Task<string> RefusedAsync(byte[] content, ImportOptions? options = null, string fileName = "inventar.xlsx")
    {
        var service = ImportTestSupport.Service(_db, options);
        var error = await Assert.ThrowsAsync<ImportFileException>(() => service.OpenAsync(content, fileName));
        return error.Message;
    }

    [Fact]
    public async Task A_csv_file_named_xlsx_is_refused_by_its_content()
    {
        var message = await RefusedAsync("Produkt;Anbieter;Amt\nTest;Test GmbH;33\n"u8.ToArray());

        Assert.StartsWith("Die Datei ist keine Excel-Arbeitsmappe (.xlsx).", message);
    }

    [Fact]
    public async Task An_old_xls_or_password_protected_file_is_refused_with_advice_to_save_as_xlsx()
    {
        var message = await RefusedAsync([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0], fileName: "alt.xls");

        Assert.StartsWith("Die Datei ist im alten Excel-Format (.xls) oder mit einem Kennwort geschützt.", message);
    }

    [Fact]
    public async Task A_zip_without_a_workbook_is_refused()
    {
        var docx = Zip(("word/document.xml", Text("<w:document/>")), ("[Content_Types].xml", Text("<Types/>")));

        var message = await RefusedAsync(docx);

        Assert.Contains("xl/workbook.xml fehlt", message);
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused_before_it_is_read()
    {
        var file = ValidFile();
        var service = ImportTestSupport.Service(_db, new ImportOptions { MaxFileBytes = 1000 });

        var declared = await Assert.ThrowsAsync<ImportFileException>(() => service.OpenAsync(new MemoryStream(file), "gross.xlsx", file.Length));
        var undeclared = await Assert.ThrowsAsync<ImportFileException>(() => service.OpenAsync(new MemoryStream(file), "gross.xlsx"));

        Assert.Matches(@"^Die Datei ist \d+ KB groß; erlaubt sind höchstens 1 KB\.", declared.Message);
        Assert.StartsWith("Die Datei ist größer als 1 KB; erlaubt sind höchstens 1 KB.", undeclared.Message);
    }

    [Fact]
    public async Task A_truncated_zip_is_refused_as_corrupt()
    {
        var file = ValidFile();

        var message = await RefusedAsync(file[..(file.Length / 2)]);

        Assert.StartsWith("Die Datei ist beschädigt", message);
    }

    [Fact]
    public async Task A_zip_with_garbled_compressed_data_is_refused_as_corrupt()
    {
        var file = Zip(("xl/workbook.xml", Text(new string('x', 5000) + string.Join(",", Enumerable.Range(0, 2000)))));
        // Overwrite the middle of the deflate stream of the first entry (its data starts after the 30-byte header and the name).
        for (var i = 60; i < 200; i++) file[i] = 0xFF;

        var message = await RefusedAsync(file);

        Assert.StartsWith("Die Datei ist beschädigt", message);
    }

    [Fact]
    public async Task A_zip_bomb_is_refused_by_its_compression_ratio_before_the_workbook_is_parsed()
    {
        var bomb = Zip(("xl/workbook.xml", Text("<workbook/>")), ("xl/worksheets/sheet1.xml", Zeros(50L * 1024 * 1024)));

        var message = await RefusedAsync(bomb);

        Assert.Contains("ungewöhnlich stark gepackt", message);
        Assert.Contains("xl/worksheets/sheet1.xml", message);
    }

    [Fact]
    public async Task A_file_whose_unpacked_size_exceeds_the_limit_is_refused()
    {
        var big = Zip(("xl/workbook.xml", Text("<workbook/>")), ("xl/media/image1.bin", Random(3L * 1024 * 1024)));

        var message = await RefusedAsync(big, new ImportOptions { MaxUncompressedBytes = 2 * 1024 * 1024 });

        Assert.StartsWith("Die Datei wäre entpackt größer als 2 MB", message);
    }

    [Fact]
    public async Task A_zip_that_only_pretends_to_be_a_workbook_is_refused_when_parsed()
    {
        var fake = Zip(("xl/workbook.xml", Text("kein XML")));

        var message = await RefusedAsync(fake);

        Assert.StartsWith("Die Datei lässt sich nicht als Excel-Arbeitsmappe lesen", message);
    }

    [Fact]
    public async Task A_sheet_without_a_recognisable_header_is_refused()
    {
        var file = Sheet("Tabelle1", Row("Was", "Wer", "Wann"), Row("Umzug", "Hausmeister", "Montag"));

        var message = await RefusedAsync(file);

        Assert.StartsWith("In der Datei wurde keine Kopfzeile erkannt", message);
    }

    [Fact]
    public async Task A_missing_required_column_is_named_and_nothing_can_be_previewed_or_imported()
    {
        var file = Sheet("Inventar",
            Row("Produkt", "Amt", "Kosten 2025"),
            Row("Verfahren ohne Anbieter", "33", 100.0));
        var service = ImportTestSupport.Service(_db);

        var session = await service.OpenAsync(file);
        var preview = await Assert.ThrowsAsync<ImportFileException>(() => service.PreviewAsync(session, session.Suggested));
        var run = await Assert.ThrowsAsync<ImportFileException>(() => service.RunAsync(session, session.Suggested with { SkipRowsWithErrors = true }));

        Assert.Equal([ImportField.Vendor], session.Suggested.MissingRequired);
        Assert.Equal("Die Pflichtspalte „Anbieter“ fehlt in Tabelle „Inventar“ (Kopfzeile 1). Bitte ordnen Sie ihr eine Spalte zu oder ergänzen Sie die Spalte in der Datei (siehe Importvorlage).", preview.Message);
        Assert.Equal(preview.Message, run.Message);
    }

    [Fact]
    public async Task More_rows_than_the_limit_are_refused()
    {
        var rows = new List<object?[]> { Row("Produkt", "Anbieter", "Amt") };
        rows.AddRange(Enumerable.Range(1, 6).Select(i => Row($"Verfahren {i}", "Anbieter GmbH", "33")));

        var message = await RefusedAsync(Sheet("Inventar", rows.ToArray()), new ImportOptions { MaxRows = 5 });

        Assert.Equal("Die Tabelle „Inventar“ enthält 6 Datenzeilen; erlaubt sind höchstens 5 je Import. Bitte teilen Sie die Datei auf.", message);
    }

    [Fact]
    public async Task An_empty_file_is_refused()
    {
        Assert.Equal("Die Datei ist leer.", await RefusedAsync([]));
    }
}
