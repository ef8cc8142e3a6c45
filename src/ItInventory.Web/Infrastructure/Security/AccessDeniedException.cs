namespace ItInventory.Web.Infrastructure.Security;

public sealed class AccessDeniedException(Permission permission)
    : Exception($"Für diese Aktion fehlt Ihnen die Berechtigung ({PermissionLabels.Of(permission)}).")
{
    public Permission Permission { get; } = permission;
}

public static class PermissionLabels
{
    public static string Of(Permission permission) => permission switch
    {
        Permission.ViewDashboard => "Übersicht lesen",
        Permission.ViewInventory => "Inventar lesen",
        Permission.EditInventory => "Inventar bearbeiten",
        Permission.EditContracts => "Verträge bearbeiten",
        Permission.EditCosts => "Kosten bearbeiten",
        Permission.Export => "Berichte exportieren",
        Permission.Import => "Daten importieren",
        Permission.Administer => "Verwaltung",
        _ => permission.ToString(),
    };
}
