namespace ItInventory.Web.Data;

/// <summary>
/// The one row that says which state of the inventory the analysis sees. Every committed write that can change a
/// finding raises <see cref="Value"/> by one in its own transaction (see <see cref="AnalysisDataVersionBump"/>), so an
/// analysis cached under a version is current exactly as long as the database still holds that version, on every app
/// instance that shares the database.
/// </summary>
public sealed class AnalysisDataVersion
{
    /// <summary>Always <see cref="RowId"/>: the table has one row.</summary>
    public int Id { get; set; }

    public long Value { get; set; }

    public const int RowId = 1;
}
