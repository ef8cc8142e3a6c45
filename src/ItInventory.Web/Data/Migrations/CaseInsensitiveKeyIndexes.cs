using Microsoft.EntityFrameworkCore.Migrations;

namespace ItInventory.Web.Data.Migrations;

/// <summary>
/// The unique indexes on <c>lower(column)</c> of the migration <c>CaseInsensitiveKeys</c>, the same SQL on SQLite and
/// PostgreSQL (EF cannot model an index on an expression; the rule itself is <see cref="UniqueKeys"/>). Part of that
/// migration's history: a later change to the keys is a new migration, not an edit here.
/// </summary>
internal static class CaseInsensitiveKeyIndexes
{
    /// <param name="Label">What a German message calls the values, e.g. "Inventarnummern".</param>
    internal sealed record Key(string Table, string Column, bool PerTenant, string Label)
    {
        public string IndexName => $"UX_{Table}_{(PerTenant ? "TenantId_" : "")}{Column}";

        public string IndexedColumns => PerTenant ? $"\"TenantId\", lower(\"{Column}\")" : $"lower(\"{Column}\")";
    }

    public static readonly Key[] Keys =
    [
        new("Products", "InventoryNumber", true, "Inventarnummern"),
        new("Vendors", "Name", true, "Anbieternamen"),
        new("Contracts", "ContractNumber", true, "Vertragsnummern"),
        new("Departments", "Number", true, "Amtsnummern"),
        new("Standards", "Code", false, "Kürzel von Standards"),
        new("Categories", "Code", false, "Kürzel von Kategorien"),
        new("Tenants", "Name", false, "Mandantennamen"),
    ];

    /// <summary>
    /// Refuses, with a German message naming the values, a database that holds keys differing only in case (possible
    /// before, when the code alone compared them), then creates the indexes. The migration runs in one transaction,
    /// so a refusal changes nothing; rename one of each pair and start again.
    /// </summary>
    public static void Create(MigrationBuilder migrationBuilder, bool postgreSql)
    {
        foreach (var key in Keys)
        {
            migrationBuilder.Sql(postgreSql ? RefusePostgreSql(key) : RefuseSqlite(key));
            migrationBuilder.Sql($"CREATE UNIQUE INDEX \"{key.IndexName}\" ON \"{key.Table}\" ({key.IndexedColumns});");
        }
    }

    public static void Drop(MigrationBuilder migrationBuilder)
    {
        foreach (var key in Keys)
        {
            // IF EXISTS: undoing a later migration on SQLite may have rebuilt the table already, and the copy lacks it.
            migrationBuilder.Sql($"DROP INDEX IF EXISTS \"{key.IndexName}\";");
        }
    }

    private static string Message(Key key) =>
        $"Die Datenbank enthält {key.Label}, die sich nur in Groß- und Kleinschreibung unterscheiden (Tabelle {key.Table}): ";

    private const string Advice = ". Bitte benennen Sie jeweils einen davon um und starten Sie erneut; bis dahin ändert die Migration CaseInsensitiveKeys nichts.";

    private static string Duplicates(Key key) => $"""
        SELECT group_concat(v, ', ') AS found FROM (
            SELECT min("{key.Column}") || ' / ' || max("{key.Column}") AS v FROM "{key.Table}"
            GROUP BY {key.IndexedColumns} HAVING count(*) > 1)
        """;

    // SQLite has no procedural SQL; a trigger on a temporary table is the one place RAISE may stop the statement.
    private static string RefuseSqlite(Key key) => $"""
        CREATE TEMP TABLE "CaseInsensitiveKeysCheck" ("Found" TEXT);
        CREATE TEMP TRIGGER "CaseInsensitiveKeysRefuse" BEFORE INSERT ON "CaseInsensitiveKeysCheck"
        BEGIN SELECT RAISE(ABORT, '{Message(key)}' || NEW."Found" || '{Advice}'); END;
        INSERT INTO "CaseInsensitiveKeysCheck" SELECT found FROM ({Duplicates(key)}) WHERE found IS NOT NULL;
        DROP TABLE temp."CaseInsensitiveKeysCheck";
        """;

    // Row-level security hides every tenant-owned row from a connection without a tenant, so the check looks as each
    // tenant in turn (the setting is local to the migration's transaction).
    private static string RefusePostgreSql(Key key) => $$"""
        DO $check$
        DECLARE
            tenant integer;
            found text;
        BEGIN
            FOR tenant IN SELECT "Id" FROM "Tenants" LOOP
                PERFORM set_config('itinventory.tenant', tenant::text, TRUE);
                SELECT string_agg(v, ', ') INTO found FROM (
                    SELECT min("{{key.Column}}") || ' / ' || max("{{key.Column}}") AS v FROM "{{key.Table}}"
                    GROUP BY {{key.IndexedColumns}} HAVING count(*) > 1) duplicates;
                IF found IS NOT NULL THEN
                    RAISE EXCEPTION '%', '{{Message(key)}}' || found || '{{Advice}}';
                END IF;
            END LOOP;
            PERFORM set_config('itinventory.tenant', '', TRUE);
        END
        $check$;
        """;
}
