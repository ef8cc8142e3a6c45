using ItInventory.Core.Validation;

namespace ItInventory.Core.Tests.Validation;

/// <summary>
/// The identifiers that let an e-invoice find its vendor and department. The Leitweg-IDs are those of the KoSIT test
/// invoices; two of them carry check digits that do not add up, as real typing errors would.
/// </summary>
public class InvoiceIdentityRulesTests
{
    [Theory]
    [InlineData("04011000-12345-03", null)]
    [InlineData("04011000-12346-97", null)]
    [InlineData("991-33333TEST-33", null)]
    [InlineData("991-33333test-33", null)]
    [InlineData("11002002-98765-14", null)]
    [InlineData("1234567890-54321-40", null)]
    [InlineData("99000000-18188-18", null)]
    [InlineData("04011000-45", null)]
    [InlineData("  04011000-12345-03 ", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    [InlineData("99000000-01944-98", "gehört 56, nicht 98")]
    [InlineData("99000000-05676-98", "gehört 15, nicht 98")]
    [InlineData("04011000-12345-04", "gehört 03, nicht 04")]
    [InlineData("04011000", "ist keine Leitweg-ID")]
    [InlineData("4-12345-03", "ist keine Leitweg-ID")]
    [InlineData("0401100012345-1-03", "ist keine Leitweg-ID")]
    [InlineData("04011000-12345-3", "ist keine Leitweg-ID")]
    [InlineData("04011000-123 45-03", "ist keine Leitweg-ID")]
    [InlineData("04011000-1234567890123456789012345678901-03", "ist keine Leitweg-ID")]
    public void A_leitweg_id_needs_its_parts_and_matching_check_digits(string? id, string? problem) =>
        AssertProblem(InvoiceIdentityRules.LeitwegIdProblem(id), problem);

    [Theory]
    [InlineData("0401100012345", 3)]
    [InlineData("99133333TEST", 33)]
    [InlineData("04011000", 45)]
    public void The_check_digits_follow_iso_7064_mod_97_10(string coarseAndFine, int expected) =>
        Assert.Equal(expected, InvoiceIdentityRules.LeitwegCheckDigits(coarseAndFine));

    [Theory]
    [InlineData("DE123456789", null)]
    [InlineData("de 123 456 789", null)]
    [InlineData("ATU12345678", null)]
    [InlineData("FR12345678901", null)]
    [InlineData(null, null)]
    [InlineData("DE12345678", "genau 9 Ziffern")]
    [InlineData("DE1234567890", "genau 9 Ziffern")]
    [InlineData("123456789", "keine Umsatzsteuer-Identifikationsnummer")]
    [InlineData("D", "keine Umsatzsteuer-Identifikationsnummer")]
    [InlineData("DE-123/456", "keine Umsatzsteuer-Identifikationsnummer")]
    public void A_vat_id_has_a_country_and_for_germany_nine_digits(string? vatId, string? problem) =>
        AssertProblem(InvoiceIdentityRules.VatIdProblem(vatId), problem);

    [Fact]
    public void A_vat_id_is_stored_without_spaces_in_capitals() =>
        Assert.Equal("DE123456789", InvoiceIdentityRules.NormalVatId(" de 123 456 789 "));

    [Theory]
    [InlineData("rechnung@beispiel.de", null)]
    [InlineData("0204:991-33333TEST-33", null)]
    [InlineData("9930:DE123456789", null)]
    [InlineData("", null)]
    [InlineData("rechnung(at)beispiel.de", "keine elektronische Adresse")]
    [InlineData("991:123", "keine elektronische Adresse")]
    [InlineData("a\0@b.de", "Nullzeichen")]
    public void An_invoice_address_is_an_email_or_a_peppol_id(string? address, string? problem) =>
        AssertProblem(InvoiceIdentityRules.InvoiceAddressProblem(address), problem);

    [Fact]
    public void An_overlong_invoice_address_is_refused() =>
        Assert.Contains("höchstens 200 Zeichen", InvoiceIdentityRules.InvoiceAddressProblem(new string('a', 195) + "@b.de1"));

    private static void AssertProblem(string? actual, string? expected)
    {
        if (expected is null)
            Assert.Null(actual);
        else
            Assert.Contains(expected, actual);
    }
}
