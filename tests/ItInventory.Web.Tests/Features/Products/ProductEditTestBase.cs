using ItInventory.Core.Domain;
using ItInventory.Web.Features.Products;
using ItInventory.Web.Infrastructure.Editing;
using ItInventory.Web.Infrastructure.Security;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Tests.Features.Products;

/// <summary>The sample city and a valid product form, for the tests of ProductEditService.</summary>
public abstract class ProductEditTestBase : IAsyncLifetime
{
    protected TestDatabase Db { get; private set; } = null!;

    public async Task InitializeAsync() => Db = await TestDatabase.CreateSampleCityAsync();

    public async Task DisposeAsync() => await Db.DisposeAsync();

    protected ProductEditService Service => new(Db.Factory, FixedCurrentUser.WithRoles("i.leitner", Roles.ItLeitung));

    /// <summary>A complete, valid new product built from the sample city's first department, category and vendor.</summary>
    protected async Task<ProductInput> ValidInputAsync()
    {
        await using var context = Db.CreateContext();
        var departments = await context.Departments.OrderBy(d => d.Number).Take(2).Select(d => d.Id).ToListAsync();
        return new ProductInput
        {
            InventoryNumber = "FV-TEST-1",
            Name = "Testverfahren",
            CategoryId = await context.Categories.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync(),
            OwnerDepartmentId = departments[0],
            VendorId = await context.Vendors.OrderBy(v => v.Id).Select(v => v.Id).FirstAsync(),
            Operator = OperatorKind.InHouse,
            UserCount = 12,
            LicenceCount = 10,
            UsingDepartments =
            [
                new DepartmentShareInput { DepartmentId = departments[0], CostSharePercent = 70m },
                new DepartmentShareInput { DepartmentId = departments[1], CostSharePercent = 30m },
            ],
        };
    }

    protected async Task<int> ProductCountAsync()
    {
        await using var context = Db.CreateContext();
        return await context.Products.CountAsync();
    }
}
