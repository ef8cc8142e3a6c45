namespace ItInventory.Web.Features.Contracts;

public static class ContractsServices
{
    /// <remarks>Needs the analysis settings service, which the findings feature registers.</remarks>
    public static IServiceCollection AddContractsFeature(this IServiceCollection services) => services.AddScoped<ContractService>();
}
