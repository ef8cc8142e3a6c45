// The skip link moves the focus to the main content. Its href alone would not do: with <base href="/">, "#main-content"
// navigates to the home page. Listens in the capture phase, before Blazor's navigation handler sees the click.
document.addEventListener('click', event => {
    const link = event.target instanceof Element ? event.target.closest('a.skip-link') : null;
    if (!link) return;
    event.preventDefault();
    document.getElementById('main-content')?.focus();
}, true);
