using Microsoft.Playwright;

namespace ItInventory.Web.Tests.Support;

/// <summary>
/// The pages of one journey in the order they were visited: artifacts/screenshots/&lt;journey&gt;/01-name.png, 02-...
/// The folder is emptied first, so a shorter rerun leaves no pictures of an earlier one behind.
/// </summary>
public sealed class ScreenshotTrail
{
    private readonly string _journey;
    private int _step;

    public ScreenshotTrail(string journey)
    {
        _journey = journey;
        var folder = Screenshots.Folder(journey);
        foreach (var old in Directory.EnumerateFiles(folder, "*.png"))
        {
            File.Delete(old);
        }
    }

    public async Task TakeAsync(IPage page, string name) =>
        await Screenshots.SaveAsync(page, _journey, $"{++_step:00}-{name}");
}
