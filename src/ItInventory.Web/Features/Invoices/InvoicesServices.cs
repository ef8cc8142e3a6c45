namespace ItInventory.Web.Features.Invoices;

public static class InvoicesServices
{
    public static IServiceCollection AddInvoicesFeature(this IServiceCollection services)
    {
        services.AddOptions<InvoiceOptions>()
            .BindConfiguration(InvoiceOptions.Section)
            .Validate(o => o.MaxFileBytes > 0, "Die Einstellung Invoices:MaxFileBytes muss größer als 0 sein.")
            .Validate(o => o.MaxUncompressedBytes >= o.MaxFileBytes, "Die Einstellung Invoices:MaxUncompressedBytes darf nicht kleiner als Invoices:MaxFileBytes sein.")
            .Validate(o => o.MaxCompressionRatio >= 10, "Die Einstellung Invoices:MaxCompressionRatio muss mindestens 10 sein.")
            .Validate(o => o.MaxFilesPerBatch > 0, "Die Einstellung Invoices:MaxFilesPerBatch muss größer als 0 sein.")
            .Validate(o => o.RetentionYears is >= 1 and <= 30, "Die Einstellung Invoices:RetentionYears muss zwischen 1 und 30 liegen.")
            .ValidateOnStart();
        services.AddScoped<InvoiceIntakeService>();
        services.AddScoped<InvoiceReviewService>();
        services.AddScoped<InvoiceFindings>();
        services.AddScoped<PrepaymentSettlementService>();
        return services;
    }
}
