namespace ItInventory.Web.Infrastructure.Security;

/// <summary>The roles of a municipal IT inventory and what each may do.</summary>
public static class Roles
{
    public const string Administrator = "Administrator";
    public const string ItLeitung = "IT-Leitung";
    public const string Beschaffung = "Beschaffung";
    public const string Rat = "Rat";

    /// <summary>
    /// The operator of a data centre's installation (Betreiber): manages tenants and operator accounts, belongs to no
    /// tenant and sees a tenant's data only after switching into it explicitly, which the tenant's audit trail records.
    /// </summary>
    public const string Operator = "Betreiber";

    /// <summary>
    /// Held only while an operator looks into a tenant: a role claim of that sign-in, never assigned to an account.
    /// It reads what the tenant's IT-Leitung reads and changes nothing.
    /// </summary>
    public const string OperatorLooking = "Betreiber-Einsicht";

    /// <summary>The roles a tenant's user can have.</summary>
    public static readonly IReadOnlyList<string> All = [Administrator, ItLeitung, Beschaffung, Rat];

    /// <summary>The permission matrix; README documents the same table.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlySet<Permission>> Permissions = new Dictionary<string, IReadOnlySet<Permission>>
    {
        [Administrator] = Enum.GetValues<Permission>().Where(p => p != Permission.OperateInstallation).ToHashSet(),
        [ItLeitung] = new HashSet<Permission>
        {
            Permission.ViewDashboard, Permission.ViewInventory, Permission.EditInventory, Permission.EditContracts,
            Permission.EditCosts, Permission.Export, Permission.ViewReferenceData, Permission.EditReferenceData,
        },
        [Beschaffung] = new HashSet<Permission>
        {
            Permission.ViewDashboard, Permission.ViewInventory, Permission.EditContracts, Permission.EditCosts, Permission.Export,
            Permission.ViewReferenceData,
        },
        [Rat] = new HashSet<Permission> { Permission.ViewDashboard },
        [Operator] = new HashSet<Permission> { Permission.OperateInstallation, Permission.ViewReferenceData, Permission.EditReferenceData },
        [OperatorLooking] = new HashSet<Permission> { Permission.ViewDashboard, Permission.ViewInventory, Permission.Export, Permission.ViewReferenceData },
    };

    /// <summary>The role a user acts in: an operator looking into a tenant acts as that, not as operator.</summary>
    public static string? PrimaryOf(System.Security.Claims.ClaimsPrincipal user) =>
        user.IsInRole(OperatorLooking) ? OperatorLooking : Permissions.Keys.FirstOrDefault(user.IsInRole);

    public static string Label(string role) => role switch
    {
        Administrator => "Administration",
        ItLeitung => "IT-Leitung",
        Beschaffung => "Vergabe/Beschaffung",
        Rat => "Ratsmitglied",
        Operator => "Betrieb",
        OperatorLooking => "Betrieb, Einsicht",
        _ => role,
    };
}
