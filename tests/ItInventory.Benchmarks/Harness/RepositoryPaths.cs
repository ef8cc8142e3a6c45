namespace ItInventory.Benchmarks.Harness;

/// <summary>Where the repository and the web app's build output are, seen from this assembly's output folder.</summary>
public static class RepositoryPaths
{
    public static string Root
    {
        get
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "ItInventory.sln")))
                {
                    return folder.FullName;
                }
            }

            throw new InvalidOperationException("ItInventory.sln nicht gefunden: die Benchmarks laufen aus dem Repository heraus.");
        }
    }

    /// <summary>The web app built in the same configuration as the running assembly (bin/Release/net10.0 or bin/Debug/...).</summary>
    public static string WebAppDll
    {
        get
        {
            var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var configuration = framework.Parent!.Name;
            var dll = Path.Combine(Root, "src", "ItInventory.Web", "bin", configuration, framework.Name, "ItInventory.Web.dll");
            return File.Exists(dll) ? dll : throw new InvalidOperationException($"{dll} fehlt: bitte zuerst bauen.");
        }
    }
}
