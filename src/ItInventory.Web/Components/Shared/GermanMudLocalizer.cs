using System.Globalization;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace ItInventory.Web.Components.Shared;

/// <summary>
/// German texts for what MudBlazor itself says: the "required" message, pager and close buttons, conversion errors.
/// MudBlazor ships only English, and an English message or button name on a German page is read out in the wrong
/// language and not understood by everyone (WCAG 3.1.2, 3.3.1). Keys without a translation fall back to English.
/// </summary>
public sealed class GermanMudLocalizer : MudLocalizer
{
    private static readonly Dictionary<string, string> Texts = new()
    {
        ["MudFormComponent_Required"] = "Pflichtangabe: bitte ausfüllen.",
        ["Converter_InvalidNumber"] = "Bitte geben Sie eine Zahl ein.",
        ["Converter_InvalidBoolean"] = "Bitte wählen Sie ja oder nein.",
        ["Converter_InvalidDateTime"] = "Bitte geben Sie ein gültiges Datum ein.",
        ["Converter_InvalidTimeSpan"] = "Bitte geben Sie eine gültige Dauer ein.",
        ["Converter_InvalidGUID"] = "Das ist keine gültige Kennung.",
        ["Converter_InvalidType"] = "Die Eingabe ist kein gültiger Wert ({0}).",
        ["Converter_NotValueOf"] = "Die Eingabe ist kein zulässiger Wert ({0}).",
        ["Converter_ConversionError"] = "Die Eingabe lässt sich nicht lesen: {0}",
        ["Converter_ConversionFailed"] = "Die Eingabe lässt sich nicht lesen ({0} → {1}): {2}",
        ["Converter_ConversionNotImplemented"] = "Die Eingabe lässt sich nicht lesen ({0}).",
        ["Converter_UnableToConvert"] = "Die Eingabe lässt sich nicht lesen ({0}, {1}).",
        ["MudInput_Clear"] = "Eingabe löschen",
        ["MudInput_Increment"] = "Erhöhen",
        ["MudInput_Decrement"] = "Verringern",
        ["MudDialog_Close"] = "Dialog schließen",
        ["MudSnackbar_Close"] = "Meldung schließen",
        ["MudAlert_Close"] = "Hinweis schließen",
        ["MudChip_Close"] = "Entfernen",
        ["MudNavGroup_ToggleExpand"] = "{0} auf- oder zuklappen",
        ["MudBreadcrumbs_Label"] = "Brotkrümelnavigation",
        ["MudSelect_SelectAll"] = "Alle auswählen",
        ["MudTable_Loading"] = "Wird geladen …",
        ["MudTable_SelectAllRows"] = "Alle Zeilen auswählen",
        ["MudTable_SelectRow"] = "Zeile auswählen",
        ["MudTablePager_FirstPage"] = "Erste Seite",
        ["MudTablePager_PreviousPage"] = "Vorige Seite",
        ["MudTablePager_NextPage"] = "Nächste Seite",
        ["MudTablePager_LastPage"] = "Letzte Seite",
        ["MudDataGrid_Loading"] = "Wird geladen …",
        ["MudDataGrid_Sort"] = "Sortieren",
        ["MudDataGrid_Unsort"] = "Sortierung aufheben",
        ["MudDataGrid_SelectAllRows"] = "Alle Zeilen auswählen",
        ["MudDataGrid_SelectRow"] = "Zeile auswählen",
        ["MudDataGridPager_RowsPerPage"] = "Zeilen pro Seite:",
        ["MudDataGridPager_AllItems"] = "Alle",
        ["MudDataGridPager_InfoFormat"] = "{0}–{1} von {2}",
        ["MudDataGridPager_FirstPage"] = "Erste Seite",
        ["MudDataGridPager_PreviousPage"] = "Vorige Seite",
        ["MudDataGridPager_NextPage"] = "Nächste Seite",
        ["MudDataGridPager_LastPage"] = "Letzte Seite",
        ["MudPagination_FirstPage"] = "Erste Seite",
        ["MudPagination_PreviousPage"] = "Vorige Seite",
        ["MudPagination_NextPage"] = "Nächste Seite",
        ["MudPagination_LastPage"] = "Letzte Seite",
        ["MudPagination_CurrentPage"] = "Aktuelle Seite {0}",
        ["MudPagination_PageIndex"] = "Seite {0}",
    };

    public override LocalizedString this[string key] =>
        Texts.TryGetValue(key, out var text) ? new LocalizedString(key, text) : new LocalizedString(key, key, resourceNotFound: true);

    public override LocalizedString this[string key, params object[] arguments] =>
        Texts.TryGetValue(key, out var text)
            ? new LocalizedString(key, string.Format(CultureInfo.GetCultureInfo("de-DE"), text, arguments))
            : new LocalizedString(key, key, resourceNotFound: true);
}
