namespace ItInventory.Core.Domain.Tenants;

/// <summary>The 16 Länder, numbered as the first two digits of every official municipal key.</summary>
public enum FederalState
{
    SchleswigHolstein = 1,
    Hamburg = 2,
    Niedersachsen = 3,
    Bremen = 4,
    NordrheinWestfalen = 5,
    Hessen = 6,
    RheinlandPfalz = 7,
    BadenWuerttemberg = 8,
    Bayern = 9,
    Saarland = 10,
    Berlin = 11,
    Brandenburg = 12,
    MecklenburgVorpommern = 13,
    Sachsen = 14,
    SachsenAnhalt = 15,
    Thueringen = 16,
}
