using MudBlazor;

namespace ItInventory.Web.Components.Layout;

public static class InventoryTheme
{
    // Darker primary than MudBlazor's default so text on it meets WCAG AA contrast.
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1f4e79",
            AppbarBackground = "#1f4e79",
            Secondary = "#8a3b12",
            // MudBlazor's default status colours fail AA contrast with white text; these pass 4.5:1.
            Success = "#1b6e20",
            Error = "#b3261e",
            Warning = "#8a4b00",
            Info = "#0b5cad",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["system-ui", "Segoe UI", "Roboto", "Helvetica", "Arial", "sans-serif"] },
        },
    };
}
