using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ItInventory.Web.Tests.Features.Invoices;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Tests.Features.Api;

/// <summary><c>POST /api/v1/invoices</c>: one XML body or multipart files, German problems, and its place in the OpenAPI document.</summary>
public class InvoicesApiTests(ApiFixture app) : IClassFixture<ApiFixture>
{
    private static HttpContent Xml(string text, string type = "application/xml") =>
        new StringContent(text, Encoding.UTF8, type);

    private async Task<int> InvoiceCountAsync()
    {
        await using var context = app.Factory.CreateContext();
        return await context.ReceivedInvoices.CountAsync();
    }

    [Fact]
    public async Task An_invoice_as_body_is_received_and_a_bad_one_is_refused_with_the_BT_number_changing_nothing()
    {
        var before = await InvoiceCountAsync();

        var ok = await app.Writer.PostAsync("/api/v1/invoices", Xml(InvoiceTestData.Fixture("01.05a-INVOICE_ubl.xml")));
        Assert.True(ok.StatusCode == HttpStatusCode.OK, await ok.Content.ReadAsStringAsync());
        var file = Assert.Single((await ok.JsonAsync()).GetProperty("files").EnumerateArray());
        Assert.Equal("ToReview", file.GetProperty("outcome").GetString());
        Assert.Equal(before + 1, await InvoiceCountAsync());

        var bad = await app.Writer.PostAsync("/api/v1/invoices", Xml("<rsm:CrossIndustryInvoice xmlns:rsm=\"urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100\"/>", "text/xml"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var problem = await bad.JsonAsync();
        Assert.Equal("Keine Rechnung wurde angenommen.", problem.GetProperty("title").GetString());
        Assert.Equal("Pflichtangabe fehlt: BT-1 (Rechnungsnummer) unter /rsm:CrossIndustryInvoice/rsm:ExchangedDocument.",
            problem.GetProperty("errors").GetProperty("rechnung.xml")[0].GetString());
        Assert.Equal(before + 1, await InvoiceCountAsync());
    }

    [Fact]
    public async Task Several_files_as_multipart_get_one_result_each()
    {
        using var form = new MultipartFormDataContent();
        var xml = new ByteArrayContent(InvoiceTestData.FixtureBytes("01.06a-INVOICE_uncefact.xml"));
        xml.Headers.ContentType = new MediaTypeHeaderValue("application/xml");
        form.Add(xml, "files", "01.06a.xml");
        form.Add(new ByteArrayContent("kein XML"u8.ToArray()), "files", "notiz.txt");

        var response = await app.Writer.PostAsync("/api/v1/invoices", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var files = (await response.JsonAsync()).GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(["01.06a.xml:ToReview", "notiz.txt:Refused"], files.Select(f => $"{f.GetProperty("fileName").GetString()}:{f.GetProperty("outcome").GetString()}"));
    }

    [Fact]
    public async Task Another_content_type_is_415_and_a_read_only_token_403()
    {
        var plain = await app.Writer.PostAsync("/api/v1/invoices", new StringContent("x", Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, plain.StatusCode);
        Assert.Equal("Inhaltstyp nicht unterstützt.", (await plain.JsonAsync()).GetProperty("title").GetString());

        var readOnly = await app.ReadOnlyItLeitung.PostAsync("/api/v1/invoices", Xml(InvoiceTestData.Fixture("01.07a-INVOICE_ubl.xml")));
        Assert.Equal(HttpStatusCode.Forbidden, readOnly.StatusCode);
    }

    [Fact]
    public async Task The_endpoint_is_in_the_OpenAPI_document_with_its_error_responses()
    {
        using var document = JsonDocument.Parse(await OpenApiNode.DocumentAsync(app.Anonymous));
        var post = document.RootElement.GetProperty("paths").GetProperty("/api/v1/invoices").GetProperty("post");

        var responses = post.GetProperty("responses").EnumerateObject().Select(r => r.Name).ToList();
        Assert.Superset(new HashSet<string> { "200", "400", "403", "413", "415" }, responses.ToHashSet());
        var types = post.GetProperty("requestBody").GetProperty("content").EnumerateObject().Select(c => c.Name).ToList();
        Assert.Superset(new HashSet<string> { "application/xml", "text/xml", "application/zip", "multipart/form-data" }, types.ToHashSet());
    }
}
