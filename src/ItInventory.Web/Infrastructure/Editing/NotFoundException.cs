namespace ItInventory.Web.Infrastructure.Editing;

/// <param name="message">For records not known by a number (a year's index value); otherwise the standard wording.</param>
public sealed class NotFoundException(string entityName, int id, string? message = null)
    : Exception(message ?? $"{entityName} mit der Nummer {id} gibt es nicht (mehr).")
{
    public string EntityName { get; } = entityName;
    public int Id { get; } = id;
}
