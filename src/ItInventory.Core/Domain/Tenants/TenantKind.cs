namespace ItInventory.Core.Domain.Tenants;

/// <summary>
/// The kinds of public body that keep their own inventory in one installation (a municipal data centre and its members).
/// The kind decides which official key the body has (<see cref="OfficialKeys"/>).
/// </summary>
public enum TenantKind
{
    /// <summary>Kreisfreie Stadt: a city that is its own district.</summary>
    KreisfreieStadt,

    /// <summary>Kreisangehörige Stadt or Gemeinde.</summary>
    KreisangehoerigeGemeinde,

    /// <summary>Kreis (Landkreis).</summary>
    Kreis,

    /// <summary>Amt, Verbandsgemeinde, Samtgemeinde or Verwaltungsgemeinschaft: an association of municipalities.</summary>
    Gemeindeverband,

    /// <summary>Zweckverband, e.g. a municipal data centre run by its members.</summary>
    Zweckverband,

    /// <summary>Anstalt des öffentlichen Rechts, e.g. a municipal data centre as a public-law institution.</summary>
    AnstaltOeffentlichenRechts,
}
