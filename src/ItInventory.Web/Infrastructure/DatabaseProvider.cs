namespace ItInventory.Web.Infrastructure;

public enum DatabaseProvider { Sqlite, PostgreSql }
