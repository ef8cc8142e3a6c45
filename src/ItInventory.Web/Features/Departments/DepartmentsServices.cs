namespace ItInventory.Web.Features.Departments;

public static class DepartmentsServices
{
    public static IServiceCollection AddDepartmentsFeature(this IServiceCollection services) => services.AddScoped<DepartmentService>();
}
