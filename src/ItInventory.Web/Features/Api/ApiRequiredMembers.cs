using System.Reflection;
using System.Text.Json.Serialization.Metadata;
using ItInventory.Web.Features.Contracts;
using ItInventory.Web.Features.Costs;
using ItInventory.Web.Features.Departments;
using ItInventory.Web.Features.Interfaces;
using ItInventory.Web.Features.PriceIndex;
using ItInventory.Web.Features.Products;
using ItInventory.Web.Features.Standards;
using ItInventory.Web.Features.Vendors;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ItInventory.Web.Features.Api;

/// <summary>
/// Which members of the input types the API demands, so the OpenAPI document marks them required and not nullable.
/// The input types keep nullable members because the forms bind empty fields to them; the demand itself lives in the
/// services' validation (a missing member is a German 400 there), and <c>StrictNumbersApiTests</c> checks that the
/// members named here are those the service refuses when they are missing. No [Required] attributes on the inputs: MudBlazor would
/// validate them on the forms with the framework's English message.
/// </summary>
public static class ApiRequiredMembers
{
    public static readonly IReadOnlyDictionary<Type, string[]> ByType = new Dictionary<Type, string[]>
    {
        [typeof(ProductInput)] = [nameof(ProductInput.InventoryNumber), nameof(ProductInput.Name), nameof(ProductInput.CategoryId),
            nameof(ProductInput.OwnerDepartmentId), nameof(ProductInput.VendorId), nameof(ProductInput.UsingDepartments)],
        [typeof(DepartmentShareInput)] = [nameof(DepartmentShareInput.DepartmentId), nameof(DepartmentShareInput.CostSharePercent)],
        [typeof(VendorInput)] = [nameof(VendorInput.Name)],
        [typeof(DepartmentInput)] = [nameof(DepartmentInput.Number), nameof(DepartmentInput.Name)],
        [typeof(ContractInput)] = [nameof(ContractInput.ContractNumber), nameof(ContractInput.Title), nameof(ContractInput.VendorId), nameof(ContractInput.Start)],
        [typeof(CostLineInput)] = [nameof(CostLineInput.ProductId), nameof(CostLineInput.FiscalYear), nameof(CostLineInput.Amount)],
        [typeof(StandardInput)] = [nameof(StandardInput.Code), nameof(StandardInput.Name)],
        [typeof(StandardSupportInput)] = [nameof(StandardSupportInput.ProductId), nameof(StandardSupportInput.StandardId)],
        [typeof(InterfaceInput)] = [nameof(InterfaceInput.SourceProductId)],
        [typeof(PriceIndexInput)] = [nameof(PriceIndexInput.Year), nameof(PriceIndexInput.Value)],
    };

    /// <summary>Schema transformer: the demanded members go into <c>required</c> and lose <c>null</c> from their type.</summary>
    public static Task MarkAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (!ByType.TryGetValue(context.JsonTypeInfo.Type, out var members) || schema.Properties is null)
        {
            return Task.CompletedTask;
        }

        foreach (var property in context.JsonTypeInfo.Properties.Where(p => members.Contains(MemberName(p))))
        {
            (schema.Required ??= new HashSet<string>()).Add(property.Name);
            if (schema.Properties.TryGetValue(property.Name, out var propertySchema) && propertySchema is OpenApiSchema { Type: { } type } inline)
            {
                inline.Type = type & ~JsonSchemaType.Null;
            }
        }

        return Task.CompletedTask;
    }

    private static string? MemberName(JsonPropertyInfo property) => (property.AttributeProvider as MemberInfo)?.Name;
}
