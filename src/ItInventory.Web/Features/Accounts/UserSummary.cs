namespace ItInventory.Web.Features.Accounts;

public sealed record UserSummary(string Id, string UserName, string? DisplayName, string? Email, string? Role, bool IsDisabled, bool IsLockedOut);
