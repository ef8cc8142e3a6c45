using ItInventory.Web.Composition;

return await InventoryApplication.RunAsync(args);

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
