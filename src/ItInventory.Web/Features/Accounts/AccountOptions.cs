namespace ItInventory.Web.Features.Accounts;

public sealed class AccountOptions
{
    public const string Section = "Accounts";

    /// <summary>How often an open circuit re-checks that its user still exists and is not disabled.</summary>
    public TimeSpan RevalidationInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Identity's lockout of the account itself, whoever fails: the last resort against guessing from many addresses,
    /// high because anyone can trigger it. Guessing from one address is slowed by <see cref="LoginThrottle"/> long before.
    /// </summary>
    public int MaxFailedLogins { get; set; } = 50;

    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Failures per client address and account before the throttle's delays begin.</summary>
    public int LoginThrottleFreeFailures { get; set; } = 3;

    /// <summary>The longest delay the throttle imposes between two attempts of one address on one account.</summary>
    public TimeSpan LoginThrottleMaxDelay { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Seed one demo user per role; only ever honoured in Development.</summary>
    public bool SeedDemoUsers { get; set; } = true;
}
