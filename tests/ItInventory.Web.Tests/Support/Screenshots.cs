using ItInventory.Benchmarks.Harness;
using ItInventory.Web.Infrastructure;
using Microsoft.Playwright;

namespace ItInventory.Web.Tests.Support;

/// <summary>
/// Where the browser tests leave their pictures and downloads: artifacts/screenshots in the repository, which
/// scripts/test.sh clears before a run and keeps afterwards (CI's artefacts). The run on PostgreSQL writes to its own
/// subfolder so it does not overwrite the SQLite run's pictures.
/// </summary>
public static class Screenshots
{
    public static string Root { get; } = Path.Combine(RepositoryPaths.Root, "artifacts", "screenshots",
        TestProvider.Current == DatabaseProvider.Sqlite ? "" : TestProvider.Current.ToString().ToLowerInvariant());

    /// <summary>A subfolder of <see cref="Root"/>, created on first use.</summary>
    public static string Folder(string name)
    {
        var folder = Path.Combine(Root, name);
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>The whole page as <c>folder/name.png</c>.</summary>
    public static async Task SaveAsync(IPage page, string folder, string name) =>
        await page.ScreenshotAsync(new() { Path = Path.Combine(Folder(folder), $"{name}.png"), FullPage = true });
}
