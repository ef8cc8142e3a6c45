namespace ItInventory.Web.Infrastructure.Editing;

public sealed class NotFoundException(string entityName, int id) : Exception($"{entityName} mit der Nummer {id} gibt es nicht (mehr).")
{
    public string EntityName { get; } = entityName;
    public int Id { get; } = id;
}
