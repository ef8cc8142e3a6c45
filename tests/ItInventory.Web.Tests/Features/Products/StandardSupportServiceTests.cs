using ItInventory.Core.Domain;
using ItInventory.Web.Features.Products;
using ItInventory.Web.Infrastructure.Editing;
using ItInventory.Web.Infrastructure.Security;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Tests.Features.Products;

public class StandardSupportServiceTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateSampleCityAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private StandardSupportService As(string role) => new(_db.Factory, FixedCurrentUser.WithRoles("test." + role, role));

    private StandardSupportService Service => As(Roles.ItLeitung);

    /// <summary>A product and a standard it has no statement about yet.</summary>
    private async Task<(int ProductId, int StandardId)> FreePairAsync()
    {
        await using var context = _db.CreateContext();
        var product = await context.Products.OrderBy(p => p.Id).FirstAsync();
        var standard = await context.Standards.Where(s => !context.ProductStandards.Any(p => p.ProductId == product.Id && p.StandardId == s.Id))
            .OrderBy(s => s.Id).FirstAsync();
        return (product.Id, standard.Id);
    }

    private async Task<IReadOnlyDictionary<string, string[]>> ErrorsOfCreateAsync(StandardSupportInput input)
    {
        await using var context = _db.CreateContext();
        var before = await context.ProductStandards.CountAsync();
        var failure = await Assert.ThrowsAsync<ValidationFailedException>(() => Service.CreateAsync(input));
        Assert.Equal(before, await context.ProductStandards.CountAsync());
        return failure.Errors;
    }

    [Fact]
    public async Task A_statement_is_created_changed_and_deleted_and_each_step_is_audited()
    {
        var (productId, standardId) = await FreePairAsync();

        var id = await Service.CreateAsync(new StandardSupportInput
        {
            ProductId = productId, StandardId = standardId, Status = SupportStatus.Partial, StandardVersion = " 2.6 ", Verification = Verification.Tested,
        });
        var loaded = await Service.GetAsync(id);
        Assert.Equal(SupportStatus.Partial, loaded.Status);
        Assert.Equal("2.6", loaded.StandardVersion);

        loaded.Status = SupportStatus.Supported;
        var version = await Service.UpdateAsync(id, loaded);
        Assert.NotEqual(loaded.Version, version);
        Assert.Equal(SupportStatus.Supported, (await Service.GetAsync(id)).Status);

        await Service.DeleteAsync(id, version);
        await using var context = _db.CreateContext();
        Assert.False(await context.ProductStandards.AnyAsync(s => s.Id == id));
        var audited = await context.AuditEntries.Where(a => a.EntityType == nameof(ProductStandardSupport) && a.EntityId == id.ToString()).CountAsync();
        Assert.Equal(3, audited);
    }

    [Fact]
    public async Task Product_and_standard_are_required_and_must_exist()
    {
        var missing = await ErrorsOfCreateAsync(new StandardSupportInput());
        Assert.Equal("Bitte wählen Sie das Produkt.", Assert.Single(missing[nameof(StandardSupportInput.ProductId)]));
        Assert.Equal("Bitte wählen Sie den Standard.", Assert.Single(missing[nameof(StandardSupportInput.StandardId)]));

        var unknown = await ErrorsOfCreateAsync(new StandardSupportInput { ProductId = 999_999, StandardId = 999_999 });
        Assert.Equal("Das gewählte Produkt gibt es nicht (mehr).", Assert.Single(unknown[nameof(StandardSupportInput.ProductId)]));
        Assert.Equal("Den gewählten Standard gibt es nicht (mehr).", Assert.Single(unknown[nameof(StandardSupportInput.StandardId)]));
    }

    [Fact]
    public async Task A_second_statement_on_the_same_standard_is_refused_with_a_hint_to_change_the_first()
    {
        await using var context = _db.CreateContext();
        var existing = await context.ProductStandards.Include(s => s.Product).Include(s => s.Standard).OrderBy(s => s.Id).FirstAsync();

        var errors = await ErrorsOfCreateAsync(new StandardSupportInput { ProductId = existing.ProductId, StandardId = existing.StandardId });

        Assert.Equal($"Für „{existing.Product!.Name}“ gibt es schon eine Angabe zu {existing.Standard!.Code}; bitte ändern Sie diese.",
            Assert.Single(errors[nameof(StandardSupportInput.StandardId)]));
    }

    [Fact]
    public async Task Overlong_texts_and_undefined_choices_are_named_per_field()
    {
        var (productId, standardId) = await FreePairAsync();

        var errors = await ErrorsOfCreateAsync(new StandardSupportInput
        {
            ProductId = productId, StandardId = standardId, StandardVersion = new string('9', 31), Note = new string('x', 1001),
            Status = (SupportStatus)42, Verification = (Verification)42,
        });

        Assert.Equal("Die Version darf höchstens 30 Zeichen lang sein.", Assert.Single(errors[nameof(StandardSupportInput.StandardVersion)]));
        Assert.Equal("Der Hinweis darf höchstens 1.000 Zeichen lang sein.", Assert.Single(errors[nameof(StandardSupportInput.Note)]));
        Assert.Contains(nameof(StandardSupportInput.Status), errors.Keys);
        Assert.Contains(nameof(StandardSupportInput.Verification), errors.Keys);
    }

    [Fact]
    public async Task A_stale_version_is_a_conflict_and_changes_nothing()
    {
        var (productId, standardId) = await FreePairAsync();
        var id = await Service.CreateAsync(new StandardSupportInput { ProductId = productId, StandardId = standardId });
        var first = await Service.GetAsync(id);
        var second = await Service.GetAsync(id);
        first.Note = "zuerst";
        await Service.UpdateAsync(id, first);

        second.Note = "danach";
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Service.UpdateAsync(id, second));
        Assert.Equal("zuerst", (await Service.GetAsync(id)).Note);
    }

    [Fact]
    public async Task Procurement_reads_but_may_not_change_statements()
    {
        var (productId, standardId) = await FreePairAsync();
        var procurement = As(Roles.Beschaffung);

        Assert.NotEmpty(await procurement.ListAsync(new StandardSupportQuery()));
        await Assert.ThrowsAsync<AccessDeniedException>(() => procurement.CreateAsync(new StandardSupportInput { ProductId = productId, StandardId = standardId }));
    }

    [Fact]
    public async Task The_standards_offered_for_a_product_leave_out_those_it_already_has_except_the_one_being_edited()
    {
        await using var context = _db.CreateContext();
        var existing = await context.ProductStandards.OrderBy(s => s.Id).FirstAsync();
        var taken = await context.ProductStandards.Where(s => s.ProductId == existing.ProductId).Select(s => s.StandardId).ToListAsync();

        var offered = (await Service.StandardsForProductAsync(existing.ProductId)).Select(s => s.Id).ToList();
        var offeredWhileEditing = (await Service.StandardsForProductAsync(existing.ProductId, existing.StandardId)).Select(s => s.Id).ToList();

        Assert.Empty(offered.Intersect(taken));
        Assert.Equal(await context.Standards.CountAsync() - taken.Count, offered.Count);
        Assert.Contains(existing.StandardId, offeredWhileEditing);
    }
}
