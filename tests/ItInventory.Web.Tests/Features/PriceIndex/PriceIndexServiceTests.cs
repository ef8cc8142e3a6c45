using ItInventory.Core.Domain;
using ItInventory.Web.Data.Auditing;
using ItInventory.Web.Features.PriceIndex;
using ItInventory.Web.Infrastructure.Editing;
using ItInventory.Web.Infrastructure.Security;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Tests.Features.PriceIndex;

public class PriceIndexServiceTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateSampleCityAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private PriceIndexService Service(string role = Roles.ItLeitung) => new(_db.Factory, FixedCurrentUser.WithRoles("test.user", role));

    private async Task<IReadOnlyDictionary<string, string[]>> ErrorsOfCreateAsync(PriceIndexInput input) =>
        (await Assert.ThrowsAsync<ValidationFailedException>(() => Service().CreateAsync(input))).Errors;

    [Fact]
    public async Task The_index_is_listed_by_year_with_the_change_against_the_year_before()
    {
        var rows = await Service(Roles.Beschaffung).ListAsync(new PriceIndexQuery());

        Assert.Equal(Enumerable.Range(2014, 12), rows.Select(r => r.Year));
        Assert.Null(rows[0].ChangePercent);
        // Destatis: 2023 116.7, 2024 119.3 → +2.2 %; 2025 is still preliminary.
        var y2024 = rows.Single(r => r.Year == 2024);
        Assert.Equal((119.3m, 2.2m, false), (y2024.Value, y2024.ChangePercent, y2024.IsPreliminary));
        Assert.True(rows.Single(r => r.Year == 2025).IsPreliminary);

        var range = await Service().ListAsync(new PriceIndexQuery(2020, 2022));
        Assert.Equal([2020, 2021, 2022], range.Select(r => r.Year));
        Assert.Equal(100m, range[0].Value);
        Assert.NotNull(range[0].ChangePercent);
    }

    [Theory]
    [InlineData(null, 120.0, "Year", "Bitte geben Sie das Jahr an.")]
    [InlineData(1989, 120.0, "Year", "Das Jahr muss zwischen 1990 und 2100 liegen.")]
    [InlineData(2101, 120.0, "Year", "Das Jahr muss zwischen 1990 und 2100 liegen.")]
    [InlineData(2030, null, "Value", "Bitte geben Sie den Indexwert an (2020 = 100).")]
    [InlineData(2030, 0.0, "Value", "Der Indexwert muss größer als 0 sein.")]
    [InlineData(2030, -3.5, "Value", "Der Indexwert muss größer als 0 sein.")]
    [InlineData(2030, 1200.0, "Value", "Der Indexwert ist unplausibel hoch (2020 = 100, höchstens 1.000).")]
    [InlineData(2030, 124.125, "Value", "Der Indexwert darf höchstens zwei Nachkommastellen haben.")]
    public async Task Bad_values_are_refused_naming_the_field(int? year, double? value, string field, string message)
    {
        var errors = await ErrorsOfCreateAsync(new PriceIndexInput { Year = year, Value = (decimal?)value });

        Assert.Equal(message, Assert.Single(errors[field]));
        await using var context = _db.CreateContext();
        Assert.Equal(12, await context.PriceIndex.CountAsync());
    }

    [Fact]
    public async Task Each_year_has_one_value()
    {
        var errors = await ErrorsOfCreateAsync(new PriceIndexInput { Year = 2024, Value = 120m });

        Assert.Equal("Für 2024 gibt es schon einen Indexwert; bitte ändern Sie diesen.", Assert.Single(errors[nameof(PriceIndexInput.Year)]));
    }

    [Fact]
    public async Task A_value_is_created_revised_and_deleted_and_each_step_is_audited()
    {
        await using (var before = _db.CreateContext())
        {
            var lastId = await before.AuditEntries.MaxAsync(e => (long?)e.Id) ?? 0;

            var year = await Service().CreateAsync(new PriceIndexInput { Year = 2026, Value = 124.1m, IsPreliminary = true });
            var loaded = await Service().GetForEditAsync(year);
            loaded.Value = 124.4m;
            loaded.IsPreliminary = false;
            var version = await Service().UpdateAsync(year, loaded);
            var revised = await Service().GetAsync(2026);
            await Service().DeleteAsync(2026, version);

            Assert.Equal(2026, year);
            Assert.Equal((124.4m, false, version), (revised.Value, revised.IsPreliminary, revised.Version));
            // 2025 is 121.9 in the sample city: +2.05 % rounds to +2.1.
            Assert.Equal(2.1m, revised.ChangePercent);
            await using var check = _db.CreateContext();
            Assert.False(await check.PriceIndex.AnyAsync(v => v.Year == 2026));
            var entries = await check.AuditEntries.Include(e => e.Changes).Where(e => e.Id > lastId).OrderBy(e => e.Id).ToListAsync();
            Assert.Equal([AuditAction.Create, AuditAction.Update, AuditAction.Delete], entries.Select(e => e.Action));
            Assert.All(entries, e => Assert.Equal(("PriceIndexValue", "2026", "VPI 2026"), (e.EntityType, e.EntityId, e.Summary)));
            var change = entries[1].Changes.Single(c => c.Field == nameof(PriceIndexValue.Value));
            Assert.Equal(("124.1", "124.4"), (change.OldValue, change.NewValue));
        }
    }

    [Fact]
    public async Task A_stale_revision_conflicts_and_the_year_stays_the_key()
    {
        var mine = await Service().GetForEditAsync(2025);
        var theirs = await Service().GetForEditAsync(2025);
        theirs.Value = 122.0m;
        theirs.IsPreliminary = false;
        await Service().UpdateAsync(2025, theirs);

        mine.Value = 121.5m;
        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Service().UpdateAsync(2025, mine));
        Assert.Equal(122.0m, Assert.IsType<PriceIndexValue>(conflict.CurrentValues).Value);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Service().DeleteAsync(2025, mine.Version));

        var current = await Service().GetForEditAsync(2025);
        current.Year = 2027;
        var moved = await Assert.ThrowsAsync<ValidationFailedException>(() => Service().UpdateAsync(2025, current));
        Assert.Equal("Das Jahr eines Indexwerts lässt sich nicht ändern; legen Sie für 2027 einen neuen Wert an.", Assert.Single(moved.Errors["Year"]));
        var missing = await Assert.ThrowsAsync<NotFoundException>(() => Service().GetAsync(1995));
        Assert.Equal("Für 1995 ist kein Indexwert erfasst.", missing.Message);
    }

    [Fact]
    public async Task Procurement_reads_the_index_but_only_inventory_editors_change_it()
    {
        Assert.NotEmpty(await Service(Roles.Beschaffung).ListAsync(new PriceIndexQuery()));

        await Assert.ThrowsAsync<AccessDeniedException>(() => Service(Roles.Beschaffung).CreateAsync(new PriceIndexInput { Year = 2026, Value = 124m }));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Service(Roles.Beschaffung).GetForEditAsync(2024));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Service(Roles.Rat).ListAsync(new PriceIndexQuery()));
        Assert.Equal(2026, await Service(Roles.Administrator).CreateAsync(new PriceIndexInput { Year = 2026, Value = 124m }));
    }
}
