using System.Globalization;
using System.Text.RegularExpressions;
using Bunit;
using ItInventory.Benchmarks.Harness;
using ItInventory.Web.Components.Layout;
using ItInventory.Web.Tests.Support;

namespace ItInventory.Web.Tests.Accessibility;

/// <summary>
/// What a user sees when the live connection breaks or the circuit fails: German text, and colours readable at WCAG
/// AA (4.5:1). The colours are read from the style sheets themselves, so a changed colour is checked, not a copy.
/// </summary>
public partial class ConnectionMessagesTests
{
    [Fact]
    public async Task The_reconnect_dialog_speaks_german()
    {
        await using var context = new BunitContext();

        var text = context.Render<ReconnectModal>().Find("#components-reconnect-modal").TextContent;

        Assert.Contains("Die Verbindung zum Server ist unterbrochen und wird wiederhergestellt", text);
        Assert.Contains("Nächster Versuch in", text);
        Assert.Contains("Die Verbindung ließ sich nicht wiederherstellen.", text);
        Assert.Contains("Erneut verbinden", text);
        Assert.Contains("Sitzung fortsetzen", text);
        Assert.DoesNotMatch(EnglishWords(), text);
    }

    [Fact]
    public async Task The_error_bar_on_a_page_is_german_and_has_no_inline_handler()
    {
        await using var factory = new InventoryAppFactory();
        var client = await factory.CreateClientAsync("admin");

        var page = await client.GetStringAsync("/");
        var bar = ErrorBar().Match(page);

        Assert.True(bar.Success, "Die Fehlerleiste fehlt auf der Seite.");
        Assert.Contains("Ein unerwarteter Fehler ist aufgetreten.", bar.Value);
        Assert.Contains("class=\"reload\">Seite neu laden</a>", bar.Value);
        Assert.Contains("aria-label=\"Meldung schließen\"", bar.Value);
        Assert.DoesNotMatch(@"\son\w+\s*=", bar.Value);
    }

    [Theory]
    [InlineData("src/ItInventory.Web/wwwroot/app.css", "#blazor-error-ui", "#blazor-error-ui")]
    [InlineData("src/ItInventory.Web/wwwroot/app.css", "#blazor-error-ui a", "#blazor-error-ui")]
    [InlineData("src/ItInventory.Web/wwwroot/app.css", "#blazor-error-ui .dismiss", "#blazor-error-ui")]
    [InlineData("src/ItInventory.Web/Components/Layout/ReconnectModal.razor.css", "#components-reconnect-modal button", "#components-reconnect-modal button")]
    [InlineData("src/ItInventory.Web/Components/Layout/ReconnectModal.razor.css", "#components-reconnect-modal button", "#components-reconnect-modal button:hover")]
    public void Text_and_background_reach_wcag_aa(string styleSheet, string textRule, string backgroundRule)
    {
        var css = File.ReadAllText(Path.Combine(RepositoryPaths.Root, styleSheet));

        var text = Colour(css, textRule, "color");
        var background = Colour(css, backgroundRule, "background(?:-color)?");

        Assert.True(ContrastRatio(text, background) >= 4.5, $"{textRule}: {ContrastRatio(text, background):F2}:1 ist unter 4,5:1.");
    }

    [Fact]
    public void The_contrast_formula_gives_the_known_ratios()
    {
        Assert.Equal(21.0, ContrastRatio("#000000", "#ffffff"), 1);
        Assert.Equal(2.8, ContrastRatio("#ffffff", "#6b9ed2"), 1);
    }

    /// <summary>The colour a rule declares; the rule must state it as #rrggbb, so that the test never guesses.</summary>
    private static string Colour(string css, string selector, string property)
    {
        var rule = Regex.Match(css, $@"(?:^|}}|\*/)\s*{Regex.Escape(selector)}\s*\{{(?<body>[^}}]*)\}}", RegexOptions.Multiline);
        Assert.True(rule.Success, $"Regel {selector} fehlt.");
        var declaration = Regex.Match(rule.Groups["body"].Value, $@"(?:^|;|\s){property}\s*:\s*(#[0-9a-fA-F]{{6}})\b");
        Assert.True(declaration.Success, $"{selector} nennt {property} nicht als #rrggbb.");
        return declaration.Groups[1].Value;
    }

    /// <summary>WCAG 2.x contrast ratio of two sRGB colours.</summary>
    private static double ContrastRatio(string first, string second)
    {
        var (lighter, darker) = (Luminance(first), Luminance(second)) is var (a, b) && a > b ? (a, b) : (b, a);
        return (lighter + 0.05) / (darker + 0.05);
    }

    private static double Luminance(string hex)
    {
        double Channel(int offset)
        {
            var value = int.Parse(hex.AsSpan(1 + offset, 2), NumberStyles.HexNumber) / 255.0;
            return value <= 0.04045 ? value / 12.92 : Math.Pow((value + 0.055) / 1.055, 2.4);
        }

        return 0.2126 * Channel(0) + 0.7152 * Channel(2) + 0.0722 * Channel(4);
    }

    [GeneratedRegex(@"\b(Rejoin\w*|Retry|Resume|Failed|failed|Please|session|seconds)\b")]
    private static partial Regex EnglishWords();

    [GeneratedRegex("<div id=\"blazor-error-ui\"[\\s\\S]*?</div>")]
    private static partial Regex ErrorBar();
}
