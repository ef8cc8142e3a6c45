namespace ItInventory.Web.Features.Api;

/// <summary>Settings of the service API (section <c>Api</c>).</summary>
public sealed class ApiOptions
{
    public const string Section = "Api";

    /// <summary>Requests one token (or one signed-in user) may make per minute.</summary>
    public int RequestsPerMinute { get; set; } = 300;

    /// <summary>The largest request body the API accepts, in bytes.</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    public const int MaxPageSize = 200;
}
