using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using ItInventory.Web.Components.Shared;
using MudBlazor;

namespace ItInventory.Web.Tests.Components;

/// <summary>
/// Every text MudBlazor ships (its English resource) has a German one, except for components the app does not use;
/// and no German text asks for more arguments than MudBlazor passes, which would throw while a page renders.
/// </summary>
public partial class GermanMudLocalizerTests
{
    /// <summary>Components the app does not use; a new use of one of them must bring its German texts.</summary>
    private static readonly string[] UnusedComponents = ["MudColorPicker_", "MudCarousel_", "MudRating", "MudExitPrompt_", "MudTabs_AddTab", "MudTabs_CloseTab"];

    private static IEnumerable<(string Key, string English)> MudBlazorTexts()
    {
        var resources = new ResourceManager("MudBlazor.Resources.LanguageResource", typeof(MudButton).Assembly);
        var set = resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: true)!;
        foreach (DictionaryEntry entry in set)
            if (entry.Value is string english)
                yield return ((string)entry.Key, english);
    }

    [Fact]
    public void Every_text_of_a_component_the_app_uses_is_German()
    {
        var localizer = new GermanMudLocalizer();
        var texts = MudBlazorTexts().ToList();
        Assert.True(texts.Count > 100, $"MudBlazor's resource was not found or is smaller than expected ({texts.Count} texts)");

        var missing = texts
            .Where(t => !UnusedComponents.Any(prefix => t.Key.StartsWith(prefix, StringComparison.Ordinal)))
            .Where(t => localizer[t.Key].ResourceNotFound)
            .Select(t => $"{t.Key} (\"{t.English}\")")
            .ToList();

        Assert.True(missing.Count == 0, "Ohne deutsche Übersetzung: " + string.Join(", ", missing));
    }

    [Fact]
    public void No_German_text_asks_for_an_argument_MudBlazor_does_not_pass()
    {
        var localizer = new GermanMudLocalizer();
        foreach (var (key, english) in MudBlazorTexts())
        {
            var german = localizer[key];
            if (german.ResourceNotFound) continue;
            var arguments = Placeholders().Matches(english).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) + 1).DefaultIfEmpty(0).Max();

            var formatted = localizer[key, Enumerable.Range(0, arguments).Select(i => (object)$"a{i}").ToArray()];

            Assert.False(string.IsNullOrWhiteSpace(formatted.Value), key);
        }
    }

    [GeneratedRegex(@"\{(\d+)[^}]*\}")]
    private static partial Regex Placeholders();
}
