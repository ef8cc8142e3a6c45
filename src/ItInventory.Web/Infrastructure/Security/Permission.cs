namespace ItInventory.Web.Infrastructure.Security;

/// <summary>What a user may do. Pages, services and the API all check these, never role names directly.</summary>
public enum Permission
{
    /// <summary>The dashboard (Übersicht) and the council report.</summary>
    ViewDashboard,
    /// <summary>Products, vendors, contracts, costs, standards, findings and reports.</summary>
    ViewInventory,
    /// <summary>Products, vendors, departments, standards, interfaces, the price index.</summary>
    EditInventory,
    EditContracts,
    EditCosts,
    /// <summary>Excel exports other than the council report.</summary>
    Export,
    Import,
    /// <summary>Users, roles, settings and the audit trail.</summary>
    Administer,
    /// <summary>The installation of a data centre: its tenants and operator accounts. No tenant's data.</summary>
    OperateInstallation,
}
