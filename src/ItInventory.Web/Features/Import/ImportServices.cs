namespace ItInventory.Web.Features.Import;

public static class ImportServices
{
    public static IServiceCollection AddImportFeature(this IServiceCollection services)
    {
        services.AddOptions<ImportOptions>()
            .BindConfiguration(ImportOptions.Section)
            .Validate(o => o.MaxFileBytes > 0, "Die Einstellung Import:MaxFileBytes muss größer als 0 sein.")
            .Validate(o => o.MaxUncompressedBytes >= o.MaxFileBytes, "Die Einstellung Import:MaxUncompressedBytes darf nicht kleiner als Import:MaxFileBytes sein.")
            .Validate(o => o.MaxCompressionRatio >= 10, "Die Einstellung Import:MaxCompressionRatio muss mindestens 10 sein; echte Arbeitsmappen sind bis etwa 30-fach gepackt.")
            .Validate(o => o.MaxRows > 0, "Die Einstellung Import:MaxRows muss größer als 0 sein.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.DefaultCategory), "Die Einstellung Import:DefaultCategory darf nicht leer sein.")
            .Validate(o => o.SaveBatchSize > 0, "Die Einstellung Import:SaveBatchSize muss größer als 0 sein.")
            .Validate(o => o.ReportMinutes > 0, "Die Einstellung Import:ReportMinutes muss größer als 0 sein.")
            .ValidateOnStart();
        services.AddMemoryCache();
        services.AddSingleton<ImportReportStore>();
        services.AddScoped<ImportService>();
        services.AddScoped<ImportRuns>();
        return services;
    }
}
