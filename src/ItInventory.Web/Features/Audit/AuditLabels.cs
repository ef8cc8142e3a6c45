using ItInventory.Web.Data.Auditing;

namespace ItInventory.Web.Features.Audit;

public static class AuditLabels
{
    public static string Of(AuditAction action) => action switch
    {
        AuditAction.Create => "angelegt",
        AuditAction.Update => "geändert",
        AuditAction.Delete => "gelöscht",
        AuditAction.Login => "Anmeldung",
        AuditAction.LoginFailed => "Anmeldung fehlgeschlagen",
        AuditAction.Logout => "Abmeldung",
        AuditAction.RoleChange => "Rollenänderung",
        AuditAction.UserChange => "Benutzerverwaltung",
        AuditAction.Export => "Export",
        AuditAction.Import => "Import",
        AuditAction.TenantChange => "Mandantenverwaltung",
        AuditAction.TenantAccess => "Einsicht durch den Betrieb",
        _ => action.ToString(),
    };

    public static string EntityOf(string? entityType) => entityType switch
    {
        "Product" => "Produkt",
        "Vendor" => "Anbieter",
        "Contract" => "Vertrag",
        "CostLine" => "Kostenposition",
        "Department" => "Amt",
        "Standard" => "Standard",
        "ProductCategory" => "Kategorie",
        "ProductDepartment" => "Kostenanteil",
        "ProductStandardSupport" => "Standardunterstützung",
        "DataInterface" => "Schnittstelle",
        "PriceIndexValue" => "Preisindex",
        "User" => "Benutzer",
        "Tenant" => "Mandant",
        null or "" => "–",
        _ => entityType,
    };

    /// <summary>Audit times are stored in UTC and shown in German local time.</summary>
    public static string Time(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), GermanTime).ToString("dd.MM.yyyy HH:mm:ss", System.Globalization.CultureInfo.GetCultureInfo("de-DE"));

    private static readonly TimeZoneInfo GermanTime = FindGermanTime();

    private static TimeZoneInfo FindGermanTime()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}
