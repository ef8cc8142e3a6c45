namespace ItInventory.Web.Features.Accounts;

public sealed class AccountOptions
{
    public const string Section = "Accounts";

    /// <summary>How often an open circuit re-checks that its user still exists and is not disabled.</summary>
    public TimeSpan RevalidationInterval { get; set; } = TimeSpan.FromSeconds(30);

    public int MaxFailedLogins { get; set; } = 5;

    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Seed one demo user per role; only ever honoured in Development.</summary>
    public bool SeedDemoUsers { get; set; } = true;
}
