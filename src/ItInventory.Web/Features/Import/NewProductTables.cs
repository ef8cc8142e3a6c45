using ItInventory.Core.Domain;
using ItInventory.Web.Data;

namespace ItInventory.Web.Features.Import;

/// <summary>
/// The tables a new product of an import is written to, each with its own bulk writer for the whole import, and the
/// keys reserved for the new products and contracts (one query each for the whole import).
/// </summary>
internal sealed class NewProductTables : IAsyncDisposable
{
    /// <summary>The many-to-many join table of contracts and products, which has no entity class.</summary>
    private const string ContractProducts = "ContractProducts";

    private NewProductTables(InventoryDbContext db, IEnumerable<int> productKeys, IEnumerable<int> contractKeys)
    {
        Products = BulkTableWriter<Product>.For(db);
        Shares = BulkTableWriter<ProductDepartment>.For(db);
        CostLines = BulkTableWriter<CostLine>.For(db, keysFromDatabase: true);
        Contracts = BulkTableWriter<Contract>.For(db);
        ContractLinks = BulkTableWriter<Dictionary<string, object>>.For(db, ContractProducts);
        ProductKeys = new Queue<int>(productKeys);
        ContractKeys = new Queue<int>(contractKeys);
    }

    public static async Task<NewProductTables> OpenAsync(InventoryDbContext db, int products, int contracts, CancellationToken cancellationToken) =>
        new(db, await KeyReservation.ReserveAsync<Product>(db, products, cancellationToken), await KeyReservation.ReserveAsync<Contract>(db, contracts, cancellationToken));

    public Queue<int> ProductKeys { get; }
    public Queue<int> ContractKeys { get; }

    public BulkTableWriter<Product> Products { get; }
    public BulkTableWriter<ProductDepartment> Shares { get; }

    /// <summary>Cost lines are numbered by the database: nothing refers to them.</summary>
    public BulkTableWriter<CostLine> CostLines { get; }

    public BulkTableWriter<Contract> Contracts { get; }
    public BulkTableWriter<Dictionary<string, object>> ContractLinks { get; }

    public static Dictionary<string, object> Link(Contract contract, Product product) =>
        new() { ["ContractsId"] = contract.Id, ["ProductsId"] = product.Id };

    public async ValueTask DisposeAsync()
    {
        await Products.DisposeAsync();
        await Shares.DisposeAsync();
        await CostLines.DisposeAsync();
        await Contracts.DisposeAsync();
        await ContractLinks.DisposeAsync();
    }
}
