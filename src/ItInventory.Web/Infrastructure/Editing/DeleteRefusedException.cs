namespace ItInventory.Web.Infrastructure.Editing;

/// <summary>A delete that would leave other records dangling; the reason is worded in German for the user.</summary>
public sealed class DeleteRefusedException(string reason) : Exception(reason);
