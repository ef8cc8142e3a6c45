using ItInventory.Core.Domain;
using ItInventory.Web.Features.Standards;
using ItInventory.Web.Infrastructure.Editing;
using ItInventory.Web.Infrastructure.Security;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Tests.Features.Standards;

public class StandardServiceTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateSampleCityAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private StandardService Service(string role = Roles.ItLeitung) => new(_db.Factory, FixedCurrentUser.WithRoles("test.user", role));

    [Fact]
    public async Task Should_but_do_not_lists_match_the_sample_city_computed_in_memory()
    {
        await using var context = _db.CreateContext();
        var products = await context.Products.AsNoTracking()
            .Include(p => p.Category!).ThenInclude(c => c.Requirements)
            .Include(p => p.StandardSupport)
            .ToListAsync();
        var standards = await context.Standards.AsNoTracking().ToListAsync();

        var listed = await Service().ListAsync(new StandardQuery());
        var totalGaps = 0;
        var partials = 0;
        foreach (var standard in standards)
        {
            var expected = products
                .Where(p => p.Lifecycle != LifecycleStatus.Retired)
                .Where(p => p.Category!.Requirements.Any(r => r.StandardId == standard.Id && r.Level is RequirementLevel.Mandatory or RequirementLevel.Binding))
                .Select(p => (p.Id, Status: p.StandardSupport.SingleOrDefault(s => s.StandardId == standard.Id)?.Status))
                .Where(p => p.Status != SupportStatus.Supported)
                .Select(p => (p.Id, Gap: p.Status switch
                {
                    null => StandardGap.NotRecorded,
                    SupportStatus.NotSupported => StandardGap.NotSupported,
                    SupportStatus.Planned => StandardGap.Planned,
                    _ => StandardGap.Partial,
                }))
                .OrderBy(p => p.Id)
                .ToList();

            var details = await Service().GetAsync(standard.Id);

            Assert.Equal(expected, details.Gaps.Select(g => (g.ProductId, g.Gap)).OrderBy(g => g.ProductId).ToList());
            Assert.Equal(expected.Count, listed.Single(r => r.Id == standard.Id).RequiredButMissing);
            Assert.Equal(products.Count(p => p.StandardSupport.Any(s => s.StandardId == standard.Id && s.Status == SupportStatus.Supported)),
                listed.Single(r => r.Id == standard.Id).SupportingProducts);
            totalGaps += expected.Count;
            partials += expected.Count(g => g.Gap == StandardGap.Partial);
        }

        // The sample city has real gaps, so the comparison above is not vacuous.
        Assert.True(totalGaps > 0);
        Assert.True(totalGaps > partials);
    }

    [Fact]
    public async Task The_support_list_shows_status_version_and_verification_of_each_product()
    {
        await using var context = _db.CreateContext();
        var standardId = await context.ProductStandards.GroupBy(s => s.StandardId).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
        var rows = await context.ProductStandards.Where(s => s.StandardId == standardId).ToListAsync();

        var details = await Service().GetAsync(standardId);

        Assert.Equal(rows.Count, details.Support.Count);
        Assert.All(rows, row =>
        {
            var shown = details.Support.Single(s => s.ProductId == row.ProductId);
            Assert.Equal((row.Status, row.StandardVersion, row.Verification), (shown.Status, shown.StandardVersion, shown.Verification));
        });
        Assert.Equal(details.Support.Select(s => s.Status).Order(), details.Support.Select(s => s.Status));
    }

    [Fact]
    public async Task The_catalogue_filters_by_kind_and_binding_status()
    {
        await using var context = _db.CreateContext();
        var serviceApis = await context.Standards.CountAsync(s => s.Kind == StandardKind.ServiceApi);
        var mandatoryFormats = await context.Standards.CountAsync(s => s.Kind == StandardKind.MessageFormat && s.BindingStatus == BindingStatus.MandatoryByLaw);

        var apis = await Service().ListAsync(new StandardQuery(Kind: StandardKind.ServiceApi));
        var mandatory = await Service().ListAsync(new StandardQuery(StandardKind.MessageFormat, BindingStatus.MandatoryByLaw));

        Assert.True(serviceApis > 0 && mandatoryFormats > 0);
        Assert.Equal(serviceApis, apis.Count);
        Assert.All(apis, s => Assert.Equal(StandardKind.ServiceApi, s.Kind));
        Assert.Equal(mandatoryFormats, mandatory.Count);
        Assert.All(mandatory, s => Assert.Equal((StandardKind.MessageFormat, BindingStatus.MandatoryByLaw), (s.Kind, s.BindingStatus)));
    }

    [Fact]
    public async Task Codes_are_unique_and_names_required()
    {
        await using var context = _db.CreateContext();
        var existing = await context.Standards.OrderBy(s => s.Id).FirstAsync();

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            Service().CreateAsync(new StandardInput { Code = existing.Code.ToLowerInvariant(), Name = "" }));

        Assert.Equal($"Einen Standard mit dem Kürzel „{existing.Code.ToLowerInvariant()}“ gibt es schon.", Assert.Single(error.Errors[nameof(StandardInput.Code)]));
        Assert.Equal("Bitte den Namen des Standards angeben.", Assert.Single(error.Errors[nameof(StandardInput.Name)]));
    }

    [Fact]
    public async Task A_standard_is_edited_keeping_its_code_and_a_stale_edit_conflicts()
    {
        await using var context = _db.CreateContext();
        var id = await context.Standards.OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();
        var mine = await Service().GetForEditAsync(id);
        var theirs = await Service().GetForEditAsync(id);

        theirs.LegalBasis = "Neue Verordnung 2026";
        await Service().UpdateAsync(id, theirs);
        mine.Description = "Meine Beschreibung";
        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Service().UpdateAsync(id, mine));

        Assert.Equal("Neue Verordnung 2026", Assert.IsType<Standard>(conflict.CurrentValues).LegalBasis);
        Assert.Equal("Neue Verordnung 2026", (await Service().GetAsync(id)).Fields.LegalBasis);
    }

    [Fact]
    public async Task A_standard_in_use_cannot_be_deleted()
    {
        await using var context = _db.CreateContext();
        var standard = await context.Standards.Where(s => context.CategoryStandards.Any(r => r.StandardId == s.Id)).OrderBy(s => s.Id).FirstAsync();

        var refused = await Assert.ThrowsAsync<DeleteRefusedException>(() => Service().DeleteAsync(standard.Id, standard.Version));

        Assert.Contains("Produktkategorie", refused.Message);
        Assert.True(await context.Standards.AnyAsync(s => s.Id == standard.Id));
    }
}
