using System.Data.Common;
using ItInventory.Core.Domain;
using ItInventory.Core.Domain.Market;
using ItInventory.Core.Domain.Tenants;
using ItInventory.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace ItInventory.Web.Data;

/// <summary>
/// Raises <see cref="AnalysisDataVersion"/> in the same transaction as the write that changed analysis data: the
/// context marks the change (<see cref="InventoryDbContext.AnalysisDataChangePending"/>) and this interceptor runs one
/// upsert just before the transaction commits. Bumping at commit rather than at the first write keeps the row lock
/// short on PostgreSQL (an import's long transaction does not block other users' saves), and a transaction that rolls
/// back never raises the version.
/// </summary>
public static class AnalysisDataVersionBump
{
    public static readonly DbTransactionInterceptor Interceptor = new CommitInterceptor();

    /// <summary>
    /// Analysis data is everything of the domain (products, vendors, contracts, cost lines, departments, categories,
    /// standards, product standards, interfaces, price index), the contract–product links and the stored analysis
    /// settings. Users, tokens and the audit trail are not: a login must not throw the analysis away. The comparison's
    /// data counts too: tenants (participation, inhabitants) and the shared market catalogue, whose writes are rare.
    /// </summary>
    public static bool IsAnalysisData(EntityEntry entry) =>
        entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
        && (entry.Metadata.ClrType.Namespace == typeof(Product).Namespace
            || entry.Metadata.ClrType == typeof(Tenant)
            || entry.Metadata.ClrType.Namespace == typeof(MarketProduct).Namespace
            || entry.Metadata.ClrType == typeof(StoredSetting)
            || entry.Metadata.HasSharedClrType);

    public static bool AnyAnalysisDataIn(ChangeTracker changeTracker) => changeTracker.Entries().Any(IsAnalysisData);

    /// <summary>The current version; 0 while the row is missing (the first bump creates it).</summary>
    public static async Task<long> ReadAsync(InventoryDbContext db, CancellationToken cancellationToken = default) =>
        await db.Set<AnalysisDataVersion>().AsNoTracking()
            .Where(v => v.Id == AnalysisDataVersion.RowId)
            .Select(v => (long?)v.Value)
            .SingleOrDefaultAsync(cancellationToken) ?? 0;

    /// <summary>An upsert, so concurrent writers each add one (PostgreSQL serialises them on the row) and a missing row heals.</summary>
    internal static string UpsertSql(DbContext db)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var table = sql.DelimitIdentifier("AnalysisDataVersion");
        var id = sql.DelimitIdentifier(nameof(AnalysisDataVersion.Id));
        var value = sql.DelimitIdentifier(nameof(AnalysisDataVersion.Value));
        return $"INSERT INTO {table} ({id}, {value}) VALUES ({AnalysisDataVersion.RowId}, 1) " +
               $"ON CONFLICT ({id}) DO UPDATE SET {value} = {table}.{value} + 1";
    }

    private static DbCommand Command(DbContext db, DbTransaction transaction)
    {
        var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = UpsertSql(db);
        return command;
    }

    private sealed class CommitInterceptor : DbTransactionInterceptor
    {
        public override InterceptionResult TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result)
        {
            if (eventData.Context is InventoryDbContext { AnalysisDataChangePending: true } db)
            {
                using var command = Command(db, transaction);
                command.ExecuteNonQuery();
            }

            return result;
        }

        public override async ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
        {
            if (eventData.Context is InventoryDbContext { AnalysisDataChangePending: true } db)
            {
                await using var command = Command(db, transaction);
                await command.ExecuteNonQueryAsync(cancellationToken);
            }

            return result;
        }

        public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Clear(eventData);

        public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Clear(eventData);
            return Task.CompletedTask;
        }

        public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Clear(eventData);

        public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Clear(eventData);
            return Task.CompletedTask;
        }

        private static void Clear(TransactionEventData eventData)
        {
            if (eventData.Context is InventoryDbContext db)
            {
                db.AnalysisDataChangePending = false;
            }
        }
    }
}
