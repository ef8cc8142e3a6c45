namespace ItInventory.Web.Features.Products;

public static class ProductsServices
{
    public static IServiceCollection AddProductsFeature(this IServiceCollection services)
    {
        services.AddScoped<ProductListService>();
        services.AddScoped<ProductLookupService>();
        services.AddScoped<CategoryService>();
        services.AddScoped<ProductDetailsService>();
        services.AddScoped<ProductEditService>();
        services.AddScoped<StandardSupportService>();
        return services;
    }
}
