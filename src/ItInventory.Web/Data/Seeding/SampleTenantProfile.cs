using ItInventory.Core.Domain.Tenants;

namespace ItInventory.Web.Data.Seeding;

/// <summary>
/// A sample tenant's profile from its folder's <c>tenant.csv</c> (one row: Name; Kind; FederalState; OfficialKey;
/// RegionalKey; Inhabitants), its keys checked by the same rules as the tenant form (<see cref="OfficialKeys"/>).
/// </summary>
internal sealed record SampleTenantProfile(string Name, TenantKind Kind, FederalState FederalState, string? OfficialKey, string? RegionalKey, int Inhabitants)
{
    public const string FileName = "tenant.csv";

    public static SampleTenantProfile Read(string folder)
    {
        var table = CsvTable.Load(folder, FileName, "Name", "Kind", "FederalState", "Inhabitants");
        if (table.Rows.Count != 1)
        {
            throw new SeedDataException(FileName, table.Rows.Count == 0 ? 1 : table.Rows[1].Line, "Die Datei beschreibt genau einen Mandanten in einer Zeile.");
        }

        var row = table.Rows[0];
        var profile = new SampleTenantProfile(row.Required("Name"), row.Enum<TenantKind>("Kind"), row.Enum<FederalState>("FederalState"),
            row.Optional("OfficialKey"), row.Optional("RegionalKey"), row.Int("Inhabitants"));
        if (OfficialKeys.Check(profile.Kind, profile.FederalState, profile.OfficialKey, profile.RegionalKey) is [var problem, ..])
        {
            throw row.Error(problem.Message);
        }

        return profile.Inhabitants > 0 ? profile : throw row.Error("„Inhabitants“ muss größer als 0 sein.");
    }

    /// <summary>Everything but the name, which a tenant may already carry (the configured city name of the first one).</summary>
    public void Describe(Tenant tenant)
    {
        tenant.Kind = Kind;
        tenant.FederalState = FederalState;
        tenant.OfficialKey = OfficialKey;
        tenant.RegionalKey = RegionalKey;
        tenant.Inhabitants = Inhabitants;
    }
}
