using ItInventory.Core.Domain;
using ItInventory.Core.Validation;
using ItInventory.Web.Data;
using ItInventory.Web.Infrastructure.Editing;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Tests.Data;

/// <summary>
/// Text with U+0000 from any path that saves (form, import, seed loader, API) is a German field error before
/// anything is written, on both providers: PostgreSQL failed the save with an exception, SQLite stored it.
/// </summary>
public class UnstorableTextTests
{
    [Fact]
    public async Task A_save_with_a_null_character_in_any_text_is_refused_naming_the_field_and_writes_nothing()
    {
        await using var db = await TestDatabase.CreateSampleCityAsync();
        await using var context = db.CreateContext();
        var before = await context.Vendors.CountAsync();
        context.Vendors.Add(new Vendor { Name = "Nullzeichen GmbH", Kind = VendorKind.PrivateVendor, Country = "DE", Notes = "vor\0nach" });

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => context.SaveChangesAsync());

        Assert.Equal([TextRules.NullCharacterMessage], refused.Errors[nameof(Vendor.Notes)]);
        await using var check = db.CreateContext();
        Assert.Equal(before, await check.Vendors.CountAsync());
    }

    [Fact]
    public async Task A_key_with_a_null_character_is_not_taken_without_asking_the_database()
    {
        // PostgreSQL refused the look-up itself with an exception, before the save could name the field.
        await using var db = await TestDatabase.CreateSampleCityAsync();
        await using var context = db.CreateContext();
        var name = (await context.Vendors.OrderBy(v => v.Id).FirstAsync()).Name;

        Assert.False(await context.Vendors.HavingKey(v => v.Name, name + "\0").AnyAsync());
    }

    [Fact]
    public async Task A_change_to_a_null_character_is_refused_too()
    {
        await using var db = await TestDatabase.CreateSampleCityAsync();
        await using var context = db.CreateContext();
        var vendor = await context.Vendors.OrderBy(v => v.Id).FirstAsync();
        var name = vendor.Name;
        vendor.Name = name + "\0";

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => context.SaveChangesAsync());

        Assert.True(refused.Errors.ContainsKey(nameof(Vendor.Name)));
        await using var check = db.CreateContext();
        Assert.Equal(name, (await check.Vendors.OrderBy(v => v.Id).FirstAsync()).Name);
    }
}
