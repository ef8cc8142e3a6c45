using System.Reflection;
using ItInventory.Core.Domain;
using ItInventory.Core.Domain.Tenants;
using ItInventory.Core.Validation;
using ItInventory.Web.Data.Auditing;
using ItInventory.Web.Data.Entities;
using ItInventory.Web.Data.Tenancy;
using ItInventory.Web.Infrastructure.Editing;
using ItInventory.Web.Infrastructure.Security;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Data;

/// <summary>The inventory, its audit trail, the user accounts and the data-protection keys, in one database.</summary>
public class InventoryDbContext : IdentityDbContext<ApplicationUser>, IDataProtectionKeyContext
{
    private readonly ICurrentUser? _currentUser;
    private readonly ITenantContext _tenant;

    /// <param name="currentUser">Named in the audit trail; absent at design time and for start-up work ("System").</param>
    /// <param name="tenant">
    /// The tenant every query is filtered by and every insert belongs to. The app always registers one; outside it
    /// (design time, tools, tests) the context works in the installation's first tenant.
    /// </param>
    public InventoryDbContext(DbContextOptions<InventoryDbContext> options, ICurrentUser? currentUser = null, ITenantContext? tenant = null) : base(options)
    {
        _currentUser = currentUser;
        _tenant = tenant ?? FixedTenant.First;
    }

    /// <summary>For the per-provider contexts (<see cref="PostgreSql.PostgreSqlInventoryDbContext"/>), which own their migrations.</summary>
    protected InventoryDbContext(DbContextOptions options, ICurrentUser? currentUser, ITenantContext? tenant) : base(options)
    {
        _currentUser = currentUser;
        _tenant = tenant ?? FixedTenant.First;
    }

    /// <summary>The tenant of this context's operation; null sees and writes no tenant-owned row.</summary>
    public int? CurrentTenantId => _tenant.TenantId;

    public DbSet<Tenant> Tenants => Set<Tenant>();

    public DbSet<Department> Departments => Set<Department>();
    public DbSet<Vendor> Vendors => Set<Vendor>();
    public DbSet<Standard> Standards => Set<Standard>();
    public DbSet<ProductCategory> Categories => Set<ProductCategory>();
    public DbSet<CategoryStandard> CategoryStandards => Set<CategoryStandard>();
    public DbSet<Product> Products => Set<Product>();
    public DbSet<ProductDepartment> ProductDepartments => Set<ProductDepartment>();
    public DbSet<ProductStandardSupport> ProductStandards => Set<ProductStandardSupport>();
    public DbSet<Contract> Contracts => Set<Contract>();
    public DbSet<CostLine> CostLines => Set<CostLine>();
    public DbSet<DataInterface> Interfaces => Set<DataInterface>();
    public DbSet<ExitAssessment> ExitAssessments => Set<ExitAssessment>();
    public DbSet<ExitCostItem> ExitCostItems => Set<ExitCostItem>();
    public DbSet<ReceivedInvoice> ReceivedInvoices => Set<ReceivedInvoice>();
    public DbSet<InvoiceAssignmentRule> InvoiceAssignmentRules => Set<InvoiceAssignmentRule>();
    public DbSet<PrepaymentSettlement> PrepaymentSettlements => Set<PrepaymentSettlement>();
    public DbSet<PriceIndexValue> PriceIndex => Set<PriceIndexValue>();
    public DbSet<Core.Domain.Market.MarketVendor> MarketVendors => Set<Core.Domain.Market.MarketVendor>();
    public DbSet<Core.Domain.Market.MarketProduct> MarketProducts => Set<Core.Domain.Market.MarketProduct>();
    public DbSet<OzgService> OzgServices => Set<OzgService>();
    public DbSet<LeikaService> LeikaServices => Set<LeikaService>();
    public DbSet<CityService> CityServices => Set<CityService>();
    public DbSet<CityServiceProduct> CityServiceProducts => Set<CityServiceProduct>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<AuditFieldChange> AuditFieldChanges => Set<AuditFieldChange>();
    public DbSet<AnalysisDataVersion> AnalysisDataVersions => Set<AnalysisDataVersion>();
    public DbSet<ActionMark> ActionMarks => Set<ActionMark>();
    public DbSet<ImportRun> ImportRuns => Set<ImportRun>();
    public DbSet<InvoiceBatch> InvoiceBatches => Set<InvoiceBatch>();
    public DbSet<NotificationSetting> NotificationSettings => Set<NotificationSetting>();
    public DbSet<ContractNotification> ContractNotifications => Set<ContractNotification>();
    public DbSet<OutgoingMail> OutgoingMails => Set<OutgoingMail>();
    public DbSet<ReceivedExchangeFile> ReceivedExchangeFiles => Set<ReceivedExchangeFile>();

    /// <summary>
    /// The keys that protect cookies and antiforgery tokens, shared by every instance and kept across restarts.
    /// Installation-wide: not tenant-owned, so no query filter and (on PostgreSQL) no row-level security applies.
    /// </summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>Analysis data was written in the current transaction; its commit raises the data version.</summary>
    internal bool AnalysisDataChangePending { get; set; }

    /// <summary>Bulk loads of the sample city record one summary event instead of a row per field.</summary>
    public bool SuppressAudit { get; set; }

    /// <summary>Who the audit trail names when no user is signed in (start-up, command-line verbs).</summary>
    public string SystemUserName { get; set; } = "System";

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(InventoryDbContext).Assembly);
        modelBuilder.HasDbFunction(UniqueKeys.LowerMethod).HasName("lower").IsBuiltIn();
        foreach (var type in modelBuilder.Model.GetEntityTypes().Select(t => t.ClrType).Where(typeof(ITenantOwned).IsAssignableFrom).ToList())
        {
            FilterByTenantMethod.MakeGenericMethod(type).Invoke(this, [modelBuilder]);
        }

        modelBuilder.Entity<AuditEntry>().HasQueryFilter(a => a.TenantId == CurrentTenantId);
        modelBuilder.Entity<AuditFieldChange>().HasQueryFilter(c => c.TenantId == CurrentTenantId);
    }

    private static readonly MethodInfo FilterByTenantMethod =
        typeof(InventoryDbContext).GetMethod(nameof(FilterByTenant), BindingFlags.NonPublic | BindingFlags.Instance)!;

    // Written here, not built from expressions, so that EF sees a member of this context and reads it per query.
    private void FilterByTenant<T>(ModelBuilder modelBuilder) where T : class, ITenantOwned
    {
        modelBuilder.Entity<T>().HasQueryFilter(e => e.TenantId == CurrentTenantId);
        modelBuilder.Entity<T>().HasOne<Tenant>().WithMany().HasForeignKey(e => e.TenantId).OnDelete(DeleteBehavior.Restrict);
    }

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder.AddInterceptors(AnalysisDataVersionBump.Interceptor);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name so the database stays readable and reordering an enum cannot corrupt data.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<decimal>().HavePrecision(18, 2);
        if (GetType() == typeof(InventoryDbContext) && !Database.IsSqlite())
        {
            // The migrations attributed to this type are SQLite's; other providers use their derived context.
            throw new InvalidOperationException("InventoryDbContext ist die SQLite-Variante; für PostgreSQL gilt PostgreSqlInventoryDbContext (siehe AddInventoryDbContext).");
        }

        if (Database.IsSqlite())
        {
            // SQLite has no decimal type; EF would store text and sum in managed code. Whole cents in an
            // INTEGER column keep money exact and let SQLite aggregate natively.
            configurationBuilder.Properties<decimal>().HaveConversion<CentsConverter>();
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    /// <summary>
    /// Saves the change and its audit rows in one transaction: a failed or conflicting save records nothing,
    /// and a change is never saved without its record. A change to analysis data raises the data version when that
    /// transaction commits (an explicit one of the caller, or the save's own).
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefuseChangesToTheTrail();
        RefuseUnstorableText();
        TenantStamp.Apply(ChangeTracker, CurrentTenantId);
        RenewVersions();
        var changesAnalysisData = AnalysisDataVersionBump.AnyAnalysisDataIn(ChangeTracker);
        var capture = SuppressAudit ? null : AuditCapture.From(ChangeTracker);
        var audited = capture is { IsEmpty: false };
        if (!audited && !changesAnalysisData)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        var ownTransaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            var result = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (audited)
            {
                var userName = _currentUser is null ? SystemUserName : await _currentUser.GetNameAsync();
                AuditEntries.AddRange(capture!.ToEntries(userName == "anonym" ? SystemUserName : userName, DateTime.UtcNow, CurrentTenantId));
                await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            }

            AnalysisDataChangePending |= changesAnalysisData;
            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(cancellationToken);
            }

            return result;
        }
        finally
        {
            if (ownTransaction is not null)
            {
                await ownTransaction.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// Text the storage cannot hold (<see cref="TextRules"/>), from any path (form, import, seed loader, API), is a
    /// German field error before anything is written, on both providers alike: PostgreSQL would fail the save with an
    /// exception, SQLite would store it.
    /// </summary>
    private void RefuseUnstorableText()
    {
        var errors = ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified)
            .SelectMany(e => e.Properties)
            .Where(p => p.Metadata.ClrType == typeof(string) && (p.EntityEntry.State == EntityState.Added || p.IsModified) && !TextRules.CanStore(p.CurrentValue as string))
            .Select(p => p.Metadata.Name)
            .Distinct()
            .ToDictionary(name => name, _ => new[] { TextRules.NullCharacterMessage });
        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }
    }

    /// <summary>
    /// For writes that bypass SaveChanges (bulk writer, ExecuteDelete), called after them: the version rises with the
    /// current transaction's commit, or at once without one. Never before the write: a reader could otherwise cache
    /// the old data under the new version.
    /// </summary>
    public async Task NoteAnalysisDataWrittenAsync(CancellationToken cancellationToken = default)
    {
        if (Database.CurrentTransaction is not null)
        {
            AnalysisDataChangePending = true;
            return;
        }

        await Database.ExecuteSqlRawAsync(AnalysisDataVersionBump.UpsertSql(this), cancellationToken);
    }

    private void RefuseChangesToTheTrail()
    {
        if (ChangeTracker.Entries().Any(e => e.Entity is AuditEntry or AuditFieldChange && e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new AuditTrailIsAppendOnlyException();
        }
    }

    /// <summary>
    /// SQLite has no row version, so the app renews the token itself; EF compares the original value in the
    /// UPDATE's WHERE clause and reports a conflict when someone else saved in between.
    /// </summary>
    private void RenewVersions()
    {
        foreach (var entry in ChangeTracker.Entries<IVersioned>())
        {
            if (entry.State == EntityState.Modified)
            {
                entry.Entity.Version = RecordVersion.New();
            }
        }
    }
}
