using System.IO.Compression;
using System.Text;
using ItInventory.Core.Domain;
using ItInventory.Web.Features.Invoices;
using ItInventory.Web.Infrastructure.Editing;
using ItInventory.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Tests.Features.Invoices;

/// <summary>Intake, duplicates, booking, corrections, credit notes, review and cancellation on a real database.</summary>
public class InvoiceIntakeServiceTests : IAsyncLifetime
{
    private InvoiceTestData _data = null!;

    public async Task InitializeAsync() => _data = await InvoiceTestData.CreateAsync();

    public async Task DisposeAsync() => await _data.Db.DisposeAsync();

    [Fact]
    public async Task A_matched_invoice_is_stored_unchanged_and_booked_as_actual_cost_lines()
    {
        var before = await _data.CountsAsync();
        var xml = _data.Invoice();

        var result = await _data.ReceiveAsync("re.xml", xml);

        Assert.Equal(IntakeOutcome.Booked, result.Outcome);
        Assert.Equal("Rechnung 123456XX von [Seller name] über 336,90 €: gebucht.", result.Message);
        Assert.Equal((before.Invoices + 1, before.CostLines + 1), await _data.CountsAsync());
        var line = Assert.Single(await _data.CostLinesOfAsync(result.InvoiceId!.Value));
        Assert.Equal((_data.ProductId, (int?)_data.ContractId, 2016, CostType.Maintenance, CostKind.Actual, 336.90m, (int?)2, "123456XX"),
            (line.ProductId, line.ContractId, line.FiscalYear, line.CostType, line.Kind, line.Amount, line.Quantity, line.InvoiceReference));
        var stored = await _data.StoredAsync(result.InvoiceId.Value);
        Assert.Equal(Encoding.UTF8.GetBytes(xml), stored.Content);
        Assert.Equal(InvoiceLedger.Sha256Of(stored.Content), stored.Sha256);
        Assert.Equal(new DateOnly(2024, 12, 31), stored.RetainUntil);
        Assert.Equal(2016, stored.PaymentYear);
        Assert.Contains("USt-IdNr. DE 999888777 (BT-31) stimmt überein", stored.MatchReasons);
        var original = await _data.Review().OriginalAsync(stored.Id);
        Assert.Equal(stored.Content, original.Content);
    }

    /// <summary>A department's Leitweg-ID, entered in its form, is how an invoice addressed to it finds it.</summary>
    [Fact]
    public async Task A_leitweg_id_entered_on_a_department_assigns_the_invoice_to_it_and_a_wrong_one_is_refused()
    {
        var departments = new ItInventory.Web.Features.Departments.DepartmentService(_data.Db.Factory, _data.Db.Clock,
            FixedCurrentUser.WithRoles("admin", Roles.Administrator));
        int departmentId;
        await using (var db = _data.Db.CreateContext())
            departmentId = await db.Departments.OrderBy(d => d.Id).Select(d => d.Id).FirstAsync();
        var input = await departments.GetForEditAsync(departmentId);

        input.LeitwegId = "04011000-12345-30";
        var typo = await Assert.ThrowsAsync<ValidationFailedException>(() => departments.UpdateAsync(departmentId, input));
        Assert.Contains("gehört 03, nicht 30", Assert.Single(typo.Errors["LeitwegId"]));
        input.LeitwegId = " 04011000-12345-03 ";
        await departments.UpdateAsync(departmentId, input);
        var otherId = await OtherDepartmentAsync(departmentId);
        var other = await departments.GetForEditAsync(otherId);
        other.LeitwegId = "04011000-12345-03";
        var taken = await Assert.ThrowsAsync<ValidationFailedException>(() => departments.UpdateAsync(otherId, other));
        Assert.Contains("ist schon dem Amt", Assert.Single(taken.Errors["LeitwegId"]));

        var result = await _data.ReceiveAsync("re.xml", _data.Invoice());

        var stored = await _data.StoredAsync(result.InvoiceId!.Value);
        Assert.Equal(departmentId, stored.DepartmentId);
        Assert.Contains("Leitweg-ID 04011000-12345-03 (BT-10)", stored.MatchReasons);
    }

    private async Task<int> OtherDepartmentAsync(int departmentId)
    {
        await using var db = _data.Db.CreateContext();
        return await db.Departments.Where(d => d.Id != departmentId).OrderBy(d => d.Id).Select(d => d.Id).FirstAsync();
    }

    [Fact]
    public async Task The_same_invoice_again_is_refused_naming_the_earlier_one_and_the_same_number_with_other_content_is_flagged()
    {
        var first = await _data.ReceiveAsync("re.xml", _data.Invoice());
        var before = await _data.CountsAsync();

        var sameFile = await _data.ReceiveAsync("nochmal.xml", _data.Invoice());
        var cii = await _data.ReceiveAsync("re-cii.xml", _data.Invoice(cii: true));

        Assert.Equal(IntakeOutcome.Refused, sameFile.Outcome);
        Assert.StartsWith($"Diese Datei wurde bereits eingelesen: Rechnung 123456XX vom 04.04.2016 über 336,90 € (Datei „re.xml“", sameFile.Message);
        Assert.Equal(IntakeOutcome.Refused, cii.Outcome);
        Assert.StartsWith("Doppelte Rechnung: Rechnung 123456XX vom 04.04.2016 über 336,90 €", cii.Message);
        Assert.Contains($"Nr. {first.InvoiceId}", cii.Message);
        Assert.Equal(before, await _data.CountsAsync());

        var otherContent = await _data.ReceiveAsync("andere.xml", _data.Invoice(date: "2016-05-04"));

        Assert.Equal(IntakeOutcome.ToReview, otherContent.Outcome);
        Assert.Contains("Achtung: die Nummer 123456XX trägt schon Rechnung 123456XX vom 04.04.2016", otherContent.Message);
        Assert.Equal((before.Invoices + 1, before.CostLines), await _data.CountsAsync());
    }

    [Fact]
    public async Task A_corrected_invoice_replaces_the_one_it_names_and_is_never_counted_on_top()
    {
        var original = await _data.ReceiveAsync("re.xml", _data.Invoice("R-100"));
        var before = await _data.CountsAsync();
        var correction = _data.Invoice("R-100-K", "2016-04-20")
            .Replace("<cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>", "<cbc:InvoiceTypeCode>384</cbc:InvoiceTypeCode>")
            .Replace("<cac:AccountingSupplierParty>", "<cac:BillingReference><cac:InvoiceDocumentReference><cbc:ID>R-100</cbc:ID><cbc:IssueDate>2016-04-04</cbc:IssueDate></cac:InvoiceDocumentReference></cac:BillingReference><cac:AccountingSupplierParty>");

        var result = await _data.ReceiveAsync("korrektur.xml", correction);

        Assert.Equal(IntakeOutcome.Booked, result.Outcome);
        Assert.Contains("Ersetzt die Rechnung R-100 vom 04.04.2016.", result.Message);
        Assert.Equal((before.Invoices + 1, before.CostLines), await _data.CountsAsync());
        Assert.Empty(await _data.CostLinesOfAsync(original.InvoiceId!.Value));
        Assert.Equal(336.90m, Assert.Single(await _data.CostLinesOfAsync(result.InvoiceId!.Value)).Amount);
        var replaced = await _data.StoredAsync(original.InvoiceId.Value);
        Assert.Equal((ReceivedInvoiceStatus.Replaced, result.InvoiceId), (replaced.Status, replaced.ReplacedById));
    }

    [Fact]
    public async Task A_credit_note_books_a_negative_actual()
    {
        var creditNote = _data.Invoice("G-1")
            .Replace("ubl:Invoice", "ubl:CreditNote")
            .Replace("urn:oasis:names:specification:ubl:schema:xsd:Invoice-2", "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2")
            .Replace("<cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>", "<cbc:CreditNoteTypeCode>381</cbc:CreditNoteTypeCode>")
            .Replace("cac:InvoiceLine", "cac:CreditNoteLine")
            .Replace("cbc:InvoicedQuantity", "cbc:CreditedQuantity");

        var result = await _data.ReceiveAsync("gutschrift.xml", creditNote);

        Assert.Equal("Gutschrift G-1 von [Seller name] über -336,90 €: gebucht.", result.Message);
        Assert.Equal(-336.90m, Assert.Single(await _data.CostLinesOfAsync(result.InvoiceId!.Value)).Amount);
    }

    [Fact]
    public async Task Cancelling_removes_the_cost_lines_in_one_audited_transaction_and_keeps_the_invoice()
    {
        var booked = await _data.ReceiveAsync("re.xml", _data.Invoice());
        var before = await _data.CountsAsync();
        var stored = await _data.StoredAsync(booked.InvoiceId!.Value);
        int auditBefore;
        await using (var context = _data.Db.CreateContext()) auditBefore = await context.AuditEntries.CountAsync();

        await _data.Review().CancelAsync(stored.Id, stored.Version);

        Assert.Equal((before.Invoices, before.CostLines - 1), await _data.CountsAsync());
        Assert.Equal(ReceivedInvoiceStatus.Cancelled, (await _data.StoredAsync(stored.Id)).Status);
        await using (var context = _data.Db.CreateContext())
        {
            var entries = await context.AuditEntries.Where(a => a.Id > 0).OrderByDescending(a => a.Id).Take(2).ToListAsync();
            Assert.Equal(auditBefore + 2, await context.AuditEntries.CountAsync());
            Assert.Equal(["CostLine", "ReceivedInvoice"], entries.Select(e => e.EntityType).Order());
        }
        var cancelled = await _data.StoredAsync(stored.Id);
        await Assert.ThrowsAsync<ValidationFailedException>(() => _data.Review().CancelAsync(cancelled.Id, cancelled.Version));
        // A cancelled invoice may come again.
        Assert.Equal(IntakeOutcome.Booked, (await _data.ReceiveAsync("re.xml", _data.Invoice())).Outcome);
    }

    [Fact]
    public async Task An_unmatched_invoice_waits_for_review_and_its_assignment_books_it_and_teaches_the_next_one()
    {
        var before = await _data.CountsAsync();
        var spanning = InvoiceTestData.Fixture("03.01a-INVOICE_ubl.xml");
        var result = await _data.ReceiveAsync("03.01a.xml", spanning);
        Assert.Equal(IntakeOutcome.ToReview, result.Outcome);
        Assert.Equal((before.Invoices + 1, before.CostLines), await _data.CountsAsync());
        var stored = await _data.StoredAsync(result.InvoiceId!.Value);
        Assert.StartsWith("Kein Lieferant eindeutig erkannt", stored.MatchReasons);

        await _data.Review().AssignAsync(stored.Id, stored.Version, new ReviewAssignment(_data.VendorId, _data.ProductId, CostType.Hosting, RememberRule: true));

        var lines = await _data.CostLinesOfAsync(stored.Id);
        Assert.Equal(ReceivedInvoiceStatus.Booked, (await _data.StoredAsync(stored.Id)).Status);
        Assert.Equal(stored.Gross, lines.Sum(l => l.Amount));
        Assert.All(lines, l => Assert.Equal((CostType.Hosting, CostKind.Actual), (l.CostType, l.Kind)));

        // The CII twin with another number is now matched by the remembered vendor and rules.
        var twin = InvoiceTestData.Fixture("03.01a-INVOICE_uncefact.xml").Replace(">" + stored.Number + "<", ">" + stored.Number + "-2<");
        Assert.Equal(IntakeOutcome.Booked, (await _data.ReceiveAsync("03.01a-2.xml", twin)).Outcome);
    }

    [Fact]
    public async Task A_batch_is_checked_file_by_file_and_bad_files_change_nothing()
    {
        var before = await _data.CountsAsync();
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(archive, "gut.xml", _data.Invoice("B-1"));
            Add(archive, "kaputt.xml", "<ubl:Invoice");
            Add(archive, "falsch.xml", _data.Invoice("B-2").Replace("<cbc:DocumentCurrencyCode>EUR", "<cbc:DocumentCurrencyCode>USD"));
        }

        var results = await _data.Intake().ReceiveAsync("stapel.zip", zip.ToArray());

        Assert.Equal(["gut.xml: Booked", "kaputt.xml: Refused", "falsch.xml: Refused"], results.Select(r => $"{r.FileName}: {r.Outcome}"));
        Assert.StartsWith("Die Datei ist kein gültiges XML", results[1].Message);
        Assert.StartsWith("BT-5 (Währung): „USD“ wird nicht angenommen", results[2].Message);
        Assert.Equal((before.Invoices + 1, before.CostLines + 1), await _data.CountsAsync());
    }

    [Fact]
    public async Task A_zip_bomb_is_refused_before_anything_is_read()
    {
        var before = await _data.CountsAsync();
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            var entry = archive.CreateEntry("bombe.xml", CompressionLevel.SmallestSize);
            using var stream = entry.Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 20; i++) stream.Write(zeros);
        }

        var result = Assert.Single(await _data.Intake(new InvoiceOptions { MaxUncompressedBytes = 10 * 1024 * 1024 }).ReceiveAsync("bombe.zip", zip.ToArray()));

        Assert.Equal(IntakeOutcome.Refused, result.Outcome);
        Assert.Contains("Schutz vor ZIP-Bomben", result.Message);
        Assert.Equal(before, await _data.CountsAsync());
    }

    private static void Add(ZipArchive archive, string name, string text)
    {
        using var writer = new StreamWriter(archive.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(text);
    }
}
