using ItInventory.Web.Data.Entities;

namespace ItInventory.Web.Features.Accounts;

/// <summary>The local user a single sign-on resolved to and the provider's subject it is linked by, or why there is none.</summary>
public sealed record SingleSignOnOutcome(ApplicationUser? User, string? Subject, SingleSignOnFailure? Failure)
{
    public static SingleSignOnOutcome Success(ApplicationUser user, string subject) => new(user, subject, null);

    public static SingleSignOnOutcome Refused(SingleSignOnFailure failure) => new(null, null, failure);
}
