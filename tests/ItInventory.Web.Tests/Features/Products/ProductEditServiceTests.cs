using ItInventory.Core.Domain;
using ItInventory.Web.Features.Products;
using ItInventory.Web.Infrastructure.Editing;
using ItInventory.Web.Infrastructure.Security;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Tests.Features.Products;

public class ProductEditServiceTests : ProductEditTestBase
{
    private async Task<IReadOnlyDictionary<string, string[]>> ErrorsOfCreateAsync(Action<ProductInput> breakIt)
    {
        var input = await ValidInputAsync();
        breakIt(input);
        var before = await ProductCountAsync();
        var failure = await Assert.ThrowsAsync<ValidationFailedException>(() => Service.CreateAsync(input));
        Assert.Equal(before, await ProductCountAsync());
        return failure.Errors;
    }

    [Fact]
    public async Task A_valid_product_is_created_with_its_departments_and_shares()
    {
        var input = await ValidInputAsync();

        var id = await Service.CreateAsync(input);

        await using var context = Db.CreateContext();
        var saved = await context.Products.Include(p => p.UsingDepartments).SingleAsync(p => p.Id == id);
        Assert.Equal("Testverfahren", saved.Name);
        Assert.Equal(100m, saved.UsingDepartments.Sum(d => d.CostSharePercent));
        Assert.Contains(saved.UsingDepartments, d => d.DepartmentId == input.OwnerDepartmentId && d.CostSharePercent == 70m);
    }

    [Theory]
    [InlineData(nameof(ProductInput.Name), "Bitte geben Sie den Namen des Produkts an.")]
    [InlineData(nameof(ProductInput.InventoryNumber), "Bitte geben Sie die Inventarnummer an.")]
    [InlineData(nameof(ProductInput.OwnerDepartmentId), "Bitte wählen Sie das verantwortliche Amt.")]
    [InlineData(nameof(ProductInput.VendorId), "Bitte wählen Sie den Anbieter.")]
    [InlineData(nameof(ProductInput.CategoryId), "Bitte wählen Sie eine Kategorie.")]
    public async Task Required_fields_are_refused_with_a_German_message(string field, string message)
    {
        var errors = await ErrorsOfCreateAsync(input =>
        {
            switch (field)
            {
                case nameof(ProductInput.Name): input.Name = "   "; break;
                case nameof(ProductInput.InventoryNumber): input.InventoryNumber = ""; break;
                case nameof(ProductInput.OwnerDepartmentId): input.OwnerDepartmentId = null; break;
                case nameof(ProductInput.VendorId): input.VendorId = null; break;
                case nameof(ProductInput.CategoryId): input.CategoryId = null; break;
            }
        });

        Assert.Contains(message, errors[field]);
    }

    [Fact]
    public async Task An_inventory_number_that_is_already_taken_is_refused_and_names_the_holder()
    {
        await using var context = Db.CreateContext();
        var existing = await context.Products.OrderBy(p => p.Id).FirstAsync();

        var errors = await ErrorsOfCreateAsync(input => input.InventoryNumber = " " + existing.InventoryNumber + " ");

        Assert.Equal($"Die Inventarnummer „{existing.InventoryNumber}“ ist bereits an „{existing.Name}“ vergeben.", Assert.Single(errors[nameof(ProductInput.InventoryNumber)]));
    }

    [Fact]
    public async Task Keeping_the_own_inventory_number_on_update_is_not_a_duplicate()
    {
        await using var context = Db.CreateContext();
        var id = await context.Products.OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
        var input = await Service.GetForEditAsync(id);
        input.Notes = "nur eine Notiz";

        await Service.UpdateAsync(id, input);

        await using var check = Db.CreateContext();
        Assert.Equal("nur eine Notiz", (await check.Products.SingleAsync(p => p.Id == id)).Notes);
    }

    [Theory]
    [InlineData(nameof(ProductInput.UserCount), "Die Zahl der Nutzer darf nicht negativ sein.")]
    [InlineData(nameof(ProductInput.LicenceCount), "Die Zahl der Lizenzen darf nicht negativ sein.")]
    [InlineData(nameof(ProductInput.AlternativeProducts), "Die Zahl der Alternativen am Markt darf nicht negativ sein.")]
    [InlineData(nameof(ProductInput.EstimatedMigrationCost), "Die Schätzung der Migrationskosten darf nicht negativ sein.")]
    public async Task Counts_and_amounts_may_not_be_negative(string field, string message)
    {
        var errors = await ErrorsOfCreateAsync(input =>
        {
            switch (field)
            {
                case nameof(ProductInput.UserCount): input.UserCount = -1; break;
                case nameof(ProductInput.LicenceCount): input.LicenceCount = -5; break;
                case nameof(ProductInput.AlternativeProducts): input.AlternativeProducts = -2; break;
                case nameof(ProductInput.EstimatedMigrationCost): input.EstimatedMigrationCost = -0.01m; break;
            }
        });

        Assert.Equal(message, Assert.Single(errors[field]));
    }

    [Fact]
    public async Task Planned_dates_and_budget_keys_are_checked_by_their_rules_and_saved_trimmed()
    {
        var errors = await ErrorsOfCreateAsync(input =>
        {
            input.PlannedStart = new DateOnly(2028, 1, 1);
            input.PlannedEnd = new DateOnly(2027, 12, 31);
            input.BudgetProduct = "11-1-11";
            input.BudgetAccount = "54";
        });
        Assert.Equal("Das geplante Ende darf nicht vor dem geplanten Beginn liegen.", Assert.Single(errors[nameof(ProductInput.PlannedEnd)]));
        Assert.StartsWith("Das Haushaltsprodukt besteht aus Ziffern", Assert.Single(errors[nameof(ProductInput.BudgetProduct)]));
        Assert.StartsWith("Das Sachkonto besteht aus 4 bis 8 Ziffern", Assert.Single(errors[nameof(ProductInput.BudgetAccount)]));

        var valid = await ValidInputAsync();
        (valid.PlannedEnd, valid.BudgetProduct, valid.BudgetAccount) = (new DateOnly(2028, 6, 30), " 01.1.11 ", "");
        var id = await Service.CreateAsync(valid);

        await using var context = Db.CreateContext();
        var saved = await context.Products.SingleAsync(p => p.Id == id);
        Assert.Equal((new DateOnly(2028, 6, 30), "01.1.11", (string?)null), (saved.PlannedEnd!.Value, saved.BudgetProduct, saved.BudgetAccount));
    }

    [Fact]
    public async Task Cost_shares_must_add_up_to_100_percent()
    {
        var errors = await ErrorsOfCreateAsync(input => input.UsingDepartments[1].CostSharePercent = 20m);

        Assert.Equal("Die Kostenanteile ergeben zusammen 90 % statt 100 %.", Assert.Single(errors[nameof(ProductInput.UsingDepartments)]));
    }

    [Theory]
    [InlineData(-10, 110)]
    [InlineData(101, -1)]
    public async Task Each_cost_share_lies_between_0_and_100_percent(int first, int second)
    {
        var errors = await ErrorsOfCreateAsync(input =>
        {
            input.UsingDepartments[0].CostSharePercent = first;
            input.UsingDepartments[1].CostSharePercent = second;
        });

        Assert.Equal("Der Kostenanteil muss zwischen 0 und 100 % liegen.", Assert.Single(errors[ProductInput.ShareField(0)]));
        Assert.Equal("Der Kostenanteil muss zwischen 0 und 100 % liegen.", Assert.Single(errors[ProductInput.ShareField(1)]));
        Assert.False(errors.ContainsKey(nameof(ProductInput.UsingDepartments)), "the shares add up to 100, only their range is wrong");
    }

    [Fact]
    public async Task The_owner_department_must_be_among_the_using_departments()
    {
        await using var context = Db.CreateContext();
        var third = await context.Departments.OrderBy(d => d.Number).Skip(2).Select(d => d.Id).FirstAsync();

        var errors = await ErrorsOfCreateAsync(input => input.UsingDepartments[0].DepartmentId = third);

        Assert.Equal("Das verantwortliche Amt muss zu den nutzenden Ämtern gehören.", Assert.Single(errors[nameof(ProductInput.UsingDepartments)]));
    }

    [Fact]
    public async Task A_department_listed_twice_is_refused()
    {
        var errors = await ErrorsOfCreateAsync(input => input.UsingDepartments[1].DepartmentId = input.UsingDepartments[0].DepartmentId);

        Assert.Equal("Dieses Amt ist bereits aufgeführt.", Assert.Single(errors[ProductInput.ShareDepartmentField(1)]));
    }

    [Theory]
    [InlineData(OperatorKind.MunicipalDataCentre)]
    [InlineData(OperatorKind.VendorSaaS)]
    public async Task A_product_not_run_in_house_needs_its_operator(OperatorKind kind)
    {
        var errors = await ErrorsOfCreateAsync(input =>
        {
            input.Operator = kind;
            input.OperatorVendorId = null;
        });

        Assert.Equal("Bitte wählen Sie den Betreiber (Rechenzentrum oder Anbieter); nur im Eigenbetrieb entfällt er.",
            Assert.Single(errors[nameof(ProductInput.OperatorVendorId)]));
    }

    [Fact]
    public async Task An_in_house_product_keeps_no_operator_even_if_the_form_still_holds_one()
    {
        var input = await ValidInputAsync();
        input.Operator = OperatorKind.InHouse;
        input.OperatorVendorId = input.VendorId;

        var id = await Service.CreateAsync(input);

        await using var context = Db.CreateContext();
        Assert.Null((await context.Products.SingleAsync(p => p.Id == id)).OperatorVendorId);
    }

    [Fact]
    public async Task Two_people_editing_the_same_product_do_not_silently_overwrite_each_other()
    {
        await using var context = Db.CreateContext();
        var id = await context.Products.OrderBy(p => p.Id).Skip(1).Select(p => p.Id).FirstAsync();
        // Two users, two services, two contexts on the same SQLite file.
        var alice = new ProductEditService(Db.Factory, FixedCurrentUser.WithRoles("alice", Roles.ItLeitung));
        var bob = new ProductEditService(Db.Factory, FixedCurrentUser.WithRoles("bob", Roles.Administrator));
        var aliceForm = await alice.GetForEditAsync(id);
        var bobForm = await bob.GetForEditAsync(id);

        aliceForm.Name = "Von Alice";
        await alice.UpdateAsync(id, aliceForm);
        bobForm.Name = "Von Bob";
        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => bob.UpdateAsync(id, bobForm));

        var current = Assert.IsType<Product>(conflict.CurrentValues);
        Assert.Equal("Von Alice", current.Name);
        Assert.Contains("von jemand anderem geändert", conflict.Message);
        await using (var check = Db.CreateContext())
        {
            Assert.Equal("Von Alice", (await check.Products.SingleAsync(p => p.Id == id)).Name);
        }

        // Overwriting deliberately means saving again with the version that is current now.
        bobForm.Version = conflict.CurrentVersion!.Value;
        await bob.UpdateAsync(id, bobForm);
        await using var after = Db.CreateContext();
        Assert.Equal("Von Bob", (await after.Products.SingleAsync(p => p.Id == id)).Name);
    }

    [Fact]
    public async Task Changing_only_the_cost_shares_still_detects_a_concurrent_edit()
    {
        await using var context = Db.CreateContext();
        var id = await context.Products.Where(p => p.UsingDepartments.Count >= 2).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
        var first = await Service.GetForEditAsync(id);
        var second = await Service.GetForEditAsync(id);
        first.Notes = "geändert";
        await Service.UpdateAsync(id, first);

        (second.UsingDepartments[0].CostSharePercent, second.UsingDepartments[1].CostSharePercent) =
            (second.UsingDepartments[1].CostSharePercent, second.UsingDepartments[0].CostSharePercent);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Service.UpdateAsync(id, second));
    }

    [Fact]
    public async Task Shares_are_updated_in_place_and_removed_departments_disappear()
    {
        var input = await ValidInputAsync();
        var id = await Service.CreateAsync(input);
        var form = await Service.GetForEditAsync(id);
        form.UsingDepartments = [new DepartmentShareInput { DepartmentId = input.OwnerDepartmentId, CostSharePercent = 100m }];

        await Service.UpdateAsync(id, form);

        await using var context = Db.CreateContext();
        var shares = await context.ProductDepartments.Where(d => d.ProductId == id).ToListAsync();
        Assert.Equal(input.OwnerDepartmentId, Assert.Single(shares).DepartmentId);
        Assert.Equal(100m, shares[0].CostSharePercent);
    }
}
