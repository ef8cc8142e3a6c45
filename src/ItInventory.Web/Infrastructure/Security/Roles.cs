namespace ItInventory.Web.Infrastructure.Security;

/// <summary>The roles of a municipal IT inventory and what each may do.</summary>
public static class Roles
{
    public const string Administrator = "Administrator";
    public const string ItLeitung = "IT-Leitung";
    public const string Beschaffung = "Beschaffung";
    public const string Rat = "Rat";

    public static readonly IReadOnlyList<string> All = [Administrator, ItLeitung, Beschaffung, Rat];

    /// <summary>The permission matrix; README documents the same table.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlySet<Permission>> Permissions = new Dictionary<string, IReadOnlySet<Permission>>
    {
        [Administrator] = Enum.GetValues<Permission>().ToHashSet(),
        [ItLeitung] = new HashSet<Permission>
        {
            Permission.ViewDashboard, Permission.ViewInventory, Permission.EditInventory, Permission.EditContracts,
            Permission.EditCosts, Permission.Export,
        },
        [Beschaffung] = new HashSet<Permission>
        {
            Permission.ViewDashboard, Permission.ViewInventory, Permission.EditContracts, Permission.EditCosts, Permission.Export,
        },
        [Rat] = new HashSet<Permission> { Permission.ViewDashboard },
    };

    public static string Label(string role) => role switch
    {
        Administrator => "Administration",
        ItLeitung => "IT-Leitung",
        Beschaffung => "Vergabe/Beschaffung",
        Rat => "Ratsmitglied",
        _ => role,
    };
}
