using Microsoft.Extensions.Options;

namespace ItInventory.Web.Tests.Support;

/// <summary>Fixed options for services constructed directly in tests.</summary>
public sealed class StaticOptionsMonitor<T>(T value) : IOptionsMonitor<T>
{
    public T CurrentValue => value;

    public T Get(string? name) => value;

    public IDisposable? OnChange(Action<T, string?> listener) => null;
}
