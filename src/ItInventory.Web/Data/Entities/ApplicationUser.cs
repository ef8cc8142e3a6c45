using Microsoft.AspNetCore.Identity;

namespace ItInventory.Web.Data.Entities;

public class ApplicationUser : IdentityUser
{
    public string? DisplayName { get; set; }

    /// <summary>The tenant the user works in; null only for the operator of a data centre's installation.</summary>
    public int? TenantId { get; set; }

    /// <summary>Disabled by an administrator: the user loses access at the next request or circuit revalidation.</summary>
    public bool IsDisabled { get; set; }
}
