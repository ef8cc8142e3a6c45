using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using ItInventory.Web.Features.Api;

namespace ItInventory.Web.Tests.Features.Api;

/// <summary>The document types numbers as numbers and marks what the API demands as required, so generated clients do too.</summary>
public class OpenApiTypesTests(ApiFixture app) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Numbers_are_plain_numbers_and_each_demanded_member_is_required_and_not_null()
    {
        using var document = JsonDocument.Parse(await OpenApiNode.DocumentAsync(app.Anonymous));
        var schemas = document.RootElement.GetProperty("components").GetProperty("schemas");

        // Read from strings, every number used to be "integer | string" with a pattern.
        Assert.DoesNotContain("\"pattern\"", document.RootElement.GetRawText());
        foreach (var (type, members) in ApiRequiredMembers.ByType)
        {
            var schema = schemas.GetProperty(type.Name);
            var required = schema.GetProperty("required").EnumerateArray().Select(r => r.GetString()).ToHashSet();
            foreach (var member in members)
            {
                var name = JsonNamingPolicy.CamelCase.ConvertName(member);
                Assert.True(required.Contains(name), $"{type.Name}.{name} fehlt in required");
                var propertyType = schema.GetProperty("properties").GetProperty(name).GetProperty("type");
                Assert.True(propertyType.ValueKind == JsonValueKind.String, $"{type.Name}.{name} hat den Typ {propertyType}");
            }
        }

        var input = schemas.GetProperty("ProductInput").GetProperty("properties");
        Assert.Equal("integer", input.GetProperty("vendorId").GetProperty("type").GetString());
        Assert.Equal(["null", "integer"], Types(input.GetProperty("operatorVendorId")));
        Assert.Equal(["null", "number"], Types(input.GetProperty("estimatedMigrationCost")));
    }

    [NodeValidatorFact]
    public async Task A_client_generated_with_openapi_typescript_types_each_field_as_the_API_takes_it()
    {
        var (exitCode, types, errors) = await OpenApiNode.RunAsync("generate-types.mjs", await OpenApiNode.DocumentAsync(app.Anonymous));
        Assert.True(exitCode == 0, $"openapi-typescript ist gescheitert:\n{errors}");

        var productInput = Block(types, "ProductInput");
        Assert.Matches(@"\n\s+vendorId: number;", productInput);
        Assert.Matches(@"\n\s+categoryId: number;", productInput);
        Assert.Matches(@"\n\s+name: string;", productInput);
        Assert.Matches(@"\n\s+operatorVendorId\?: null \| number;", productInput);
        Assert.Matches(@"\n\s+estimatedMigrationCost\?: null \| number;", productInput);
        Assert.Matches(@"\n\s+costSharePercent: number;", Block(types, "DepartmentShareInput"));
        Assert.Matches(@"\n\s+value: number;", Block(types, "PriceIndexInput"));
        Assert.Matches(@"\n\s+categoryId: number;", Block(types, "ProductDetails"));
        // No member of any schema may be typed as a number that also takes a string.
        Assert.DoesNotMatch(@"number \| string|string \| number", types);
    }

    private static string[] Types(JsonElement property) => property.GetProperty("type").EnumerateArray().Select(t => t.GetString()!).ToArray();

    /// <summary>The body of one schema's type in the generated <c>components["schemas"]</c>.</summary>
    private static string Block(string types, string schema)
    {
        var match = Regex.Match(types, $@"\n(?<indent>\s+){schema}: \{{(?<body>.*?)\n\k<indent>\}};", RegexOptions.Singleline);
        Assert.True(match.Success, $"{schema} fehlt im erzeugten TypeScript");
        return match.Groups["body"].Value;
    }
}
