using ItInventory.Core.Domain.Tenants;

namespace ItInventory.Core.Tests.Domain;

/// <summary>
/// The official key a tenant has by its kind. Köln (kreisfreie Stadt, AGS 05315000, ARS 053150000000) and the
/// Rhein-Sieg-Kreis (05382) are real keys; the 9-digit Gemeindeverband key only has the right structure.
/// </summary>
public class OfficialKeysTests
{
    [Theory]
    [InlineData(TenantKind.KreisfreieStadt, FederalState.NordrheinWestfalen, "05315000", "053150000000")]
    [InlineData(TenantKind.Kreis, FederalState.NordrheinWestfalen, "05382", null)]
    [InlineData(TenantKind.Gemeindeverband, FederalState.RheinlandPfalz, "071415009", null)]
    [InlineData(TenantKind.Zweckverband, FederalState.Hessen, null, null)]
    [InlineData(TenantKind.AnstaltOeffentlichenRechts, FederalState.Bayern, "", "")]
    public void Keys_that_fit_the_kind_pass(TenantKind kind, FederalState state, string? key, string? regionalKey)
    {
        Assert.Empty(OfficialKeys.Check(kind, state, key, regionalKey));
    }

    [Theory]
    // Missing, wrong length, not digits.
    [InlineData(TenantKind.KreisfreieStadt, null, "053150000000", KeyField.Key, "Bitte geben Sie den Gemeindeschlüssel an (8 Ziffern).")]
    [InlineData(TenantKind.KreisfreieStadt, "0531500", "053150000000", KeyField.Key, "Der Gemeindeschlüssel hat genau 8 Ziffern, ohne Leer- oder Trennzeichen; „0531500“ ist keiner.")]
    [InlineData(TenantKind.KreisfreieStadt, "05 315 000", "053150000000", KeyField.Key, "Der Gemeindeschlüssel hat genau 8 Ziffern, ohne Leer- oder Trennzeichen; „05 315 000“ ist keiner.")]
    [InlineData(TenantKind.KreisfreieStadt, "٠٥٣١٥٠٠٠", "053150000000", KeyField.Key, "Der Gemeindeschlüssel hat genau 8 Ziffern, ohne Leer- oder Trennzeichen; „٠٥٣١٥٠٠٠“ ist keiner.")]
    [InlineData(TenantKind.Kreis, "053820", null, KeyField.Key, "Der Kreisschlüssel hat genau 5 Ziffern, ohne Leer- oder Trennzeichen; „053820“ ist keiner.")]
    [InlineData(TenantKind.Gemeindeverband, "", null, KeyField.Key, "Bitte geben Sie den Schlüssel des Gemeindeverbands an (9 Ziffern).")]
    // No Land 17; the key must be of the chosen Land.
    [InlineData(TenantKind.Kreis, "17382", null, KeyField.Key, "Der Kreisschlüssel beginnt mit der Nummer des Landes (01 bis 16); „17“ ist keine.")]
    [InlineData(TenantKind.Kreis, "09162", null, KeyField.Key, "Der Kreisschlüssel 09162 gehört zu einem anderen Land (09) als dem gewählten (05).")]
    // The ARS: required for a municipality, 12 digits, the AGS with the Gemeindeverband inserted.
    [InlineData(TenantKind.KreisfreieStadt, "05315000", null, KeyField.RegionalKey, "Bitte geben Sie den Regionalschlüssel an (12 Ziffern).")]
    [InlineData(TenantKind.KreisfreieStadt, "05315000", "05315000", KeyField.RegionalKey, "Der Regionalschlüssel hat genau 12 Ziffern, ohne Leer- oder Trennzeichen; „05315000“ ist keiner.")]
    [InlineData(TenantKind.KreisfreieStadt, "05315000", "053820000000", KeyField.RegionalKey, "Der Regionalschlüssel 053820000000 passt nicht zum Gemeindeschlüssel 05315000: er beginnt mit dessen ersten fünf und endet mit dessen letzten drei Ziffern.")]
    [InlineData(TenantKind.KreisangehoerigeGemeinde, "05315000", "053150000001", KeyField.RegionalKey, "Der Regionalschlüssel 053150000001 passt nicht zum Gemeindeschlüssel 05315000: er beginnt mit dessen ersten fünf und endet mit dessen letzten drei Ziffern.")]
    // Only municipalities have an ARS; bodies without a key take none.
    [InlineData(TenantKind.Kreis, "05382", "053820000000", KeyField.RegionalKey, "Nur Städte und Gemeinden haben einen Regionalschlüssel; lassen Sie das Feld leer.")]
    [InlineData(TenantKind.Zweckverband, "05382", null, KeyField.Key, "Ein Zweckverband hat keinen amtlichen Schlüssel; lassen Sie das Feld leer.")]
    [InlineData(TenantKind.AnstaltOeffentlichenRechts, null, "053150000000", KeyField.RegionalKey, "Eine Anstalt des öffentlichen Rechts hat keinen Regionalschlüssel; lassen Sie das Feld leer.")]
    public void A_key_that_does_not_fit_gets_one_german_message_at_its_field(TenantKind kind, string? key, string? regionalKey, KeyField field, string message)
    {
        var problem = Assert.Single(OfficialKeys.Check(kind, FederalState.NordrheinWestfalen, key, regionalKey));

        Assert.Equal(field, problem.Field);
        Assert.Equal(message, problem.Message);
    }

    [Fact]
    public void A_pasted_paragraph_is_not_repeated_back_in_full()
    {
        var problem = Assert.Single(OfficialKeys.Check(TenantKind.Kreis, FederalState.NordrheinWestfalen, new string('9', 5000), null));

        Assert.True(problem.Message.Length < 120, problem.Message);
        Assert.EndsWith("…“ ist keiner.", problem.Message);
    }

    [Theory]
    [InlineData(TenantKind.KreisfreieStadt, 8, true)]
    [InlineData(TenantKind.KreisangehoerigeGemeinde, 8, true)]
    [InlineData(TenantKind.Kreis, 5, false)]
    [InlineData(TenantKind.Gemeindeverband, 9, false)]
    [InlineData(TenantKind.Zweckverband, null, false)]
    [InlineData(TenantKind.AnstaltOeffentlichenRechts, null, false)]
    public void Each_kind_has_its_key(TenantKind kind, int? digits, bool regionalKey)
    {
        Assert.Equal(digits, OfficialKeys.DigitsOf(kind));
        Assert.Equal(regionalKey, OfficialKeys.HasRegionalKey(kind));
        Assert.Equal(digits is null, OfficialKeys.NameOf(kind) is null);
    }
}
