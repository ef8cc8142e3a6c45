using ItInventory.Core.Domain;
using ItInventory.Web.Data.Auditing;
using ItInventory.Web.Features.Interfaces;
using ItInventory.Web.Infrastructure.Editing;
using ItInventory.Web.Infrastructure.Security;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Tests.Features.Interfaces;

public class InterfaceServiceTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateSampleCityAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private InterfaceService Service(string role = Roles.ItLeitung) => new(_db.Factory, FixedCurrentUser.WithRoles("test.user", role));

    private async Task<(int Source, int Target, int Standard)> IdsAsync()
    {
        await using var context = _db.CreateContext();
        var products = await context.Products.OrderBy(p => p.Id).Select(p => p.Id).Take(2).ToListAsync();
        var standard = await context.Standards.OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();
        return (products[0], products[1], standard);
    }

    private async Task<IReadOnlyDictionary<string, string[]>> ErrorsOfCreateAsync(InterfaceInput input) =>
        (await Assert.ThrowsAsync<ValidationFailedException>(() => Service().CreateAsync(input))).Errors;

    [Fact]
    public async Task The_list_filters_in_the_database_and_pages()
    {
        await using var context = _db.CreateContext();
        var productId = await context.Interfaces.GroupBy(i => i.SourceProductId).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
        var ofProduct = await context.Interfaces.CountAsync(i => i.SourceProductId == productId || i.TargetProductId == productId);
        var external = await context.Interfaces.CountAsync(i => i.TargetProductId == null);
        var proprietaryBetweenProducts = await context.Interfaces.CountAsync(i => i.TargetProductId != null && i.StandardId == null);
        var all = await context.Interfaces.CountAsync();

        var byProduct = await Service(Roles.Beschaffung).QueryAsync(new InterfaceQuery { ProductId = productId, PageSize = 200 });
        var externals = await Service().QueryAsync(new InterfaceQuery { External = true, PageSize = 200 });
        var proprietary = await Service().QueryAsync(new InterfaceQuery { External = false, Proprietary = true, PageSize = 200 });
        var secondPage = await Service().QueryAsync(new InterfaceQuery { Page = 1, PageSize = 10 });

        Assert.True(ofProduct > 1 && external > 0 && proprietaryBetweenProducts > 0);
        Assert.Equal(ofProduct, byProduct.TotalCount);
        Assert.All(byProduct.Rows, r => Assert.True(r.SourceProductId == productId || r.TargetProductId == productId));
        Assert.Equal(external, externals.TotalCount);
        Assert.All(externals.Rows, r => Assert.Equal((null, true), (r.TargetProductId, r.ExternalSystem is not null)));
        Assert.Equal(proprietaryBetweenProducts, proprietary.TotalCount);
        Assert.All(proprietary.Rows, r => Assert.Null(r.StandardCode));
        Assert.Equal(all, secondPage.TotalCount);
        Assert.Equal(10, secondPage.Rows.Count);
    }

    [Fact]
    public async Task An_empty_interface_names_the_source_and_the_missing_target()
    {
        var errors = await ErrorsOfCreateAsync(new InterfaceInput());

        Assert.Equal("Bitte wählen Sie das Quellprodukt, von dem die Daten ausgehen.", Assert.Single(errors[nameof(InterfaceInput.SourceProductId)]));
        const string neither = "Bitte wählen Sie ein Zielprodukt oder nennen Sie ein externes System, an das die Daten gehen.";
        Assert.Equal(neither, Assert.Single(errors[nameof(InterfaceInput.TargetProductId)]));
        Assert.Equal(neither, Assert.Single(errors[nameof(InterfaceInput.ExternalSystem)]));
    }

    [Fact]
    public async Task Exactly_one_target_an_existing_standard_and_another_product_are_required()
    {
        var (source, target, _) = await IdsAsync();

        var both = await ErrorsOfCreateAsync(new InterfaceInput { SourceProductId = source, TargetProductId = target, ExternalSystem = "Kraftfahrt-Bundesamt" });
        var itself = await ErrorsOfCreateAsync(new InterfaceInput { SourceProductId = source, TargetProductId = source });
        var unknown = await ErrorsOfCreateAsync(new InterfaceInput { SourceProductId = 999_999, TargetProductId = 999_998, StandardId = 999_997 });
        var tooLong = await ErrorsOfCreateAsync(new InterfaceInput { SourceProductId = source, ExternalSystem = new string('x', 201), Description = new string('y', 1001) });

        Assert.Equal("Eine Schnittstelle führt entweder zu einem Produkt des Inventars oder zu einem externen System, nicht zu beidem.",
            Assert.Single(both[nameof(InterfaceInput.ExternalSystem)]));
        Assert.Equal("Quell- und Zielprodukt sind dasselbe; eine Schnittstelle verbindet zwei verschiedene Systeme.", Assert.Single(itself[nameof(InterfaceInput.TargetProductId)]));
        Assert.Equal("Das gewählte Quellprodukt gibt es nicht (mehr).", Assert.Single(unknown[nameof(InterfaceInput.SourceProductId)]));
        Assert.Equal("Das gewählte Zielprodukt gibt es nicht (mehr).", Assert.Single(unknown[nameof(InterfaceInput.TargetProductId)]));
        Assert.Equal("Der gewählte Standard existiert nicht (mehr).", Assert.Single(unknown[nameof(InterfaceInput.StandardId)]));
        Assert.Equal("Der Name des externen Systems darf höchstens 200 Zeichen lang sein.", Assert.Single(tooLong[nameof(InterfaceInput.ExternalSystem)]));
        Assert.Equal("Die Beschreibung darf höchstens 1.000 Zeichen lang sein.", Assert.Single(tooLong[nameof(InterfaceInput.Description)]));
    }

    [Fact]
    public async Task The_same_flow_is_not_recorded_twice()
    {
        await using var context = _db.CreateContext();
        var existing = await context.Interfaces.Where(i => i.ExternalSystem != null).OrderBy(i => i.Id).FirstAsync();

        var errors = await ErrorsOfCreateAsync(new InterfaceInput
        {
            SourceProductId = existing.SourceProductId, ExternalSystem = " " + existing.ExternalSystem!.ToUpperInvariant() + " ", StandardId = existing.StandardId,
        });

        Assert.Equal("Diese Schnittstelle ist schon erfasst (gleiches Quellprodukt, gleiches Ziel, gleicher Standard).",
            Assert.Single(errors[nameof(InterfaceInput.ExternalSystem)]));
    }

    [Fact]
    public async Task An_interface_is_created_changed_and_deleted_and_each_step_is_audited()
    {
        var (source, target, standard) = await IdsAsync();
        await using var before = _db.CreateContext();
        var lastId = await before.AuditEntries.MaxAsync(e => (long?)e.Id) ?? 0;

        var id = await Service().CreateAsync(new InterfaceInput { SourceProductId = source, ExternalSystem = "  Bundesagentur für Arbeit ", Description = " " });
        var created = await Service().GetAsync(id);
        var input = await Service().GetForEditAsync(id);
        input.ExternalSystem = null;
        input.TargetProductId = target;
        input.StandardId = standard;
        var version = await Service().UpdateAsync(id, input);
        var changed = await Service().GetAsync(id);
        await Service().DeleteAsync(id, version);

        Assert.Equal(("Bundesagentur für Arbeit", null, null), (created.ExternalSystem, created.Description, created.TargetProductId));
        Assert.Equal((target, (string?)null, standard, version), (changed.TargetProductId, changed.ExternalSystem, changed.StandardId, changed.Version));
        Assert.NotNull(changed.StandardCode);
        await using var check = _db.CreateContext();
        Assert.False(await check.Interfaces.AnyAsync(i => i.Id == id));
        var entries = await check.AuditEntries.Include(e => e.Changes).Where(e => e.Id > lastId).OrderBy(e => e.Id).ToListAsync();
        Assert.Equal([AuditAction.Create, AuditAction.Update, AuditAction.Delete], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal(("DataInterface", id.ToString()), (e.EntityType, e.EntityId)));
        Assert.Equal(target.ToString(), entries[1].Changes.Single(c => c.Field == nameof(DataInterface.TargetProductId)).NewValue);
    }

    [Fact]
    public async Task A_stale_change_conflicts_with_what_is_saved_now()
    {
        var (source, _, standard) = await IdsAsync();
        var id = await Service().CreateAsync(new InterfaceInput { SourceProductId = source, ExternalSystem = "Kraftfahrt-Bundesamt" });
        var mine = await Service().GetForEditAsync(id);
        var theirs = await Service().GetForEditAsync(id);
        theirs.StandardId = standard;
        await Service().UpdateAsync(id, theirs);

        mine.Description = "Halterauskunft";
        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Service().UpdateAsync(id, mine));

        Assert.Equal(standard, Assert.IsType<DataInterface>(conflict.CurrentValues).StandardId);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Service().DeleteAsync(id, mine.Version));
        Assert.Equal(standard, (await Service().GetAsync(id)).StandardId);
    }

    [Fact]
    public async Task Procurement_reads_interfaces_but_may_not_change_them()
    {
        var (source, _, _) = await IdsAsync();

        Assert.True((await Service(Roles.Beschaffung).QueryAsync(new InterfaceQuery())).TotalCount > 0);
        await Assert.ThrowsAsync<AccessDeniedException>(() => Service(Roles.Beschaffung).CreateAsync(new InterfaceInput { SourceProductId = source, ExternalSystem = "KBA" }));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Service(Roles.Rat).QueryAsync(new InterfaceQuery()));
    }
}
