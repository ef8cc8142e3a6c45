using System.Net;
using System.Net.Http.Json;
using ItInventory.Web.Data.Entities;
using ItInventory.Web.Tests.Features.Api;
using ItInventory.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Tests.Features.Operations;

/// <summary>
/// In an installation of several tenants the shared reference data (standards catalogue, price index) changes for all
/// of them, so only the operator edits it: a tenant's IT-Leitung, who edits it in a single-city installation
/// (PermissionMatrixTests), is refused on the pages and the API and still reads it.
/// </summary>
public sealed class ReferenceDataAccessTests(OperatorTests.Fixture app) : IClassFixture<OperatorTests.Fixture>
{
    private static JsonContent NewStandard(string code) => JsonContent.Create(new { code, name = "Testformat " + code, kind = "MessageFormat", bindingStatus = "Recommended" });

    [Fact]
    public async Task A_tenants_it_leitung_reads_but_no_longer_edits_the_shared_catalogue()
    {
        var browser = await app.Factory.CreateClientAsync("it-leitung");
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/standards")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/preisindex")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync("/standards/neu")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync("/standards/1/bearbeiten")).StatusCode);

        var writer = await app.Factory.CreateTokenClientAsync("it-leitung", TokenScope.Write);
        Assert.Equal(HttpStatusCode.Forbidden, (await writer.PostAsync("/api/v1/standards", NewStandard("TENANT-1"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await writer.PostAsync("/api/v1/price-index", JsonContent.Create(new { year = 2031, value = 130.1m }))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await writer.GetAsync("/api/v1/standards")).StatusCode);
        // Its own inventory it still edits: the rule is about what all tenants share.
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/produkte/neu")).StatusCode);

        await using var db = app.Factory.CreateContext();
        Assert.False(await db.Standards.AnyAsync(s => s.Code == "TENANT-1"));
    }

    [Fact]
    public async Task The_operator_edits_the_shared_catalogue_without_looking_into_a_tenant()
    {
        var operatorClient = await app.Factory.CreateClientAsync(OperatorTests.OperatorName, OperatorTests.OperatorPassword);

        Assert.Equal(HttpStatusCode.OK, (await operatorClient.GetAsync("/standards/neu")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await operatorClient.GetAsync("/preisindex")).StatusCode);
        var created = await operatorClient.PostAsync("/api/v1/standards", NewStandard("BETRIEB-1"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        await using var db = app.Factory.CreateContext();
        Assert.True(await db.Standards.AnyAsync(s => s.Code == "BETRIEB-1"));
    }
}
