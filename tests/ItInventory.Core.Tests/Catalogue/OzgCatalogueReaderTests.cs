using ItInventory.Core.Catalogue;

namespace ItInventory.Core.Tests.Catalogue;

/// <summary>The loader on the real, uncleaned catalogue files shipped in seed-data/ozg.</summary>
public class OzgCatalogueReaderTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "ozg");
    private static readonly Lazy<OzgCatalogue> Real = new(() => OzgCatalogueReader.ReadFolder(Folder));

    [Fact]
    public void The_real_files_give_557_OZG_services_and_4813_LeiKa_services()
    {
        Assert.Equal(557, Real.Value.Services.Count);
        Assert.Equal(4813, Real.Value.LeikaServices.Count);
        Assert.Equal(5251, Real.Value.LeikaServices.Count + Real.Value.Skipped.Count);
    }

    [Fact]
    public void The_rows_without_a_key_and_the_two_test_entries_are_skipped_with_their_reason()
    {
        var skipped = Real.Value.Skipped;
        Assert.All(skipped, row => Assert.Equal(OzgCatalogueReader.LeikaFile, row.FileName));
        Assert.Equal(436, skipped.Count(row => row.Reason.Contains("hat keinen LeiKa-Schlüssel („nicht im LeiKa“)")));
        Assert.Equal(
            [
                "leika-leistungen.csv, Zeile 2: Der LeiKa-Schlüssel muss aus 14 Ziffern bestehen („25323525“).",
                "leika-leistungen.csv, Zeile 3: Der LeiKa-Schlüssel muss aus 14 Ziffern bestehen („3233“).",
            ],
            skipped.Where(row => !row.Reason.Contains("nicht im LeiKa")).Select(row => row.ToString()));
    }

    [Fact]
    public void A_service_carries_its_life_situation_and_topic_area_and_a_LeiKa_row_its_type()
    {
        var parentalAllowance = Real.Value.Services.Single(s => s.OzgId == "10000");
        Assert.Equal(new OzgCatalogueEntry("10000", "Elterngeld", "Geburt", "Familie & Kind"), parentalAllowance);
        Assert.Equal(new LeikaCatalogueEntry("99001001000000", "Abfallgebühr", "5", "10110"), Real.Value.LeikaServices[0]);
        // LeiKa services outside the OZG (police reports, corporation tax) are kept, without an OZG-ID.
        Assert.Equal(16, Real.Value.LeikaServices.Count(l => l.OzgId is null));
    }

    [Theory]
    [InlineData("OZG-ID,OZG-Leistung,Lebenslage-Nr\n1000,Zu kurz,1\n10000,,1\n10001,Doppelt,1\n10001,Doppelt,1\n",
        "ozg-leistungen.csv, Zeile 2: Die OZG-ID muss aus 5 Ziffern bestehen („1000“).|ozg-leistungen.csv, Zeile 3: Die Leistung hat keinen Namen.|ozg-leistungen.csv, Zeile 5: Die OZG-ID 10001 steht doppelt in der Datei.")]
    [InlineData("OZG-ID,OZG-Leistung,Lebenslage-Nr\n10001,\"Mit \"\"Anführung\"\", und Komma\",9\n", "")]
    public void Unusable_rows_of_a_small_catalogue_are_reported_by_line(string ozgFile, string expected)
    {
        var catalogue = OzgCatalogueReader.Read(name => new StringReader(name switch
        {
            OzgCatalogueReader.OzgFile => ozgFile,
            OzgCatalogueReader.LeikaFile => "LeiKa-Schlüssel,Leistung,LeiKa-Typ,OZG-ID\n99001001000000,Abfallgebühr,5,99999\n",
            _ => "Nr,Lebenslage,Themenfeld,Themenfeld-Nr\n",
        }));

        var expectedRows = expected.Length == 0 ? [] : expected.Split('|');
        Assert.Equal(
            [.. expectedRows, "leika-leistungen.csv, Zeile 2: Die OZG-ID „99999“ steht nicht im OZG-Katalog."],
            catalogue.Skipped.Select(row => row.ToString()));
        Assert.Contains(catalogue.Services, s => s.OzgId == "10001");
    }

    [Fact]
    public void A_file_without_a_required_column_stops_with_a_German_message()
    {
        var error = Assert.Throws<CatalogueFormatException>(() => OzgCatalogueReader.Read(name => new StringReader(
            name == OzgCatalogueReader.OzgFile ? "OZG-ID,Name\n10000,Elterngeld\n" : "Nr,Lebenslage,Themenfeld,Themenfeld-Nr\n")));
        Assert.Equal("ozg-leistungen.csv, Zeile 1: Die Spalte „OZG-Leistung“ fehlt in der Kopfzeile.", error.Message);
    }
}
