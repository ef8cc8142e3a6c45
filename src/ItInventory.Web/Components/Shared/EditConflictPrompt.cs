using ItInventory.Web.Infrastructure.Editing;
using MudBlazor;

namespace ItInventory.Web.Components.Shared;

public static class EditConflictPrompt
{
    /// <summary>Shows the conflict and returns the user's choice, or null when the dialog was cancelled.</summary>
    public static async Task<ConflictChoice?> AskAsync(this IDialogService dialogs, ConcurrencyConflictException conflict, IReadOnlyList<ConflictField> fields)
    {
        var parameters = new DialogParameters<EditConflictDialog>
        {
            { d => d.Message, conflict.Message },
            { d => d.Fields, fields },
            { d => d.Deleted, conflict.CurrentValues is null },
        };
        var dialog = await dialogs.ShowAsync<EditConflictDialog>("Gleichzeitige Änderung", parameters,
            new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true, CloseOnEscapeKey = true });
        var result = await dialog.Result;
        return result is { Canceled: false, Data: ConflictChoice choice } ? choice : null;
    }
}
