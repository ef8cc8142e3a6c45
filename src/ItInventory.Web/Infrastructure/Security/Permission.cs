namespace ItInventory.Web.Infrastructure.Security;

/// <summary>What a user may do. Pages, services and the API all check these, never role names directly.</summary>
public enum Permission
{
    /// <summary>The dashboard (Übersicht) and the council report.</summary>
    ViewDashboard,
    /// <summary>Products, vendors, contracts, costs, standards, findings and reports.</summary>
    ViewInventory,
    /// <summary>Products, vendors, departments, interfaces, standard support.</summary>
    EditInventory,
    EditContracts,
    EditCosts,
    /// <summary>Excel exports other than the council report.</summary>
    Export,
    Import,
    /// <summary>Users, roles, settings and the audit trail.</summary>
    Administer,
    /// <summary>The shared reference data all tenants read: the standards catalogue and the price index.</summary>
    ViewReferenceData,
    /// <summary>
    /// The shared reference data changes for every tenant at once: in an installation of several tenants only the
    /// operator edits it (<see cref="ReferenceDataAccess"/>); in a single-city installation its editors as before.
    /// </summary>
    EditReferenceData,
    /// <summary>The installation of a data centre: its tenants and operator accounts. No tenant's data.</summary>
    OperateInstallation,
}
