using ItInventory.Web.Composition;

var builder = WebApplication.CreateBuilder(args);
builder.AddInventory();

var app = builder.Build();
app.UseInventory();

await app.RunInventoryAsync(args);

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
