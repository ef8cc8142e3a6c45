// Keeps Tab and Shift+Tab inside the open dialog without a trip to the server. MudBlazor's focus trap sends the focus
// back to the start only after the server has answered; a second Tab pressed meanwhile lands behind the dialog
// (WCAG 2.1.2, 2.4.3). The trap's own guard elements (direct children of .mud-focus-trap) are skipped.
document.addEventListener('keydown', event => {
    if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return;
    const dialogs = document.querySelectorAll('[role=dialog][aria-modal=true]');
    const dialog = dialogs[dialogs.length - 1];
    if (!dialog) return;

    const stops = [...dialog.querySelectorAll('a[href], button, input, select, textarea, [tabindex]')]
        .filter(e => e.tabIndex >= 0 && !e.disabled && !e.parentElement.classList.contains('mud-focus-trap') && e.getClientRects().length > 0);
    if (stops.length === 0) return;

    const first = stops[0];
    const last = stops[stops.length - 1];
    const current = document.activeElement;
    const outside = !stops.includes(current);
    if (event.shiftKey && (current === first || outside)) {
        last.focus();
        event.preventDefault();
    } else if (!event.shiftKey && (current === last || outside)) {
        first.focus();
        event.preventDefault();
    }
}, true);
