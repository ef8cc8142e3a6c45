using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;

namespace ItInventory.Web.Data.PostgreSql;

/// <summary>
/// Makes <c>EF.Functions.Like</c> ignore case on PostgreSQL, as it does on SQLite, so every search in the app behaves the
/// same on both servers without provider checks in feature code. It compares <c>lower(column)</c> with <c>lower(pattern)</c>,
/// which is what ILIKE does, and PostgreSQL's lower() also folds umlauts.
/// </summary>
internal sealed class CaseInsensitiveLikeExtension : IDbContextOptionsExtension
{
    public DbContextOptionsExtensionInfo Info => new ExtensionInfo(this);

    public void ApplyServices(IServiceCollection services) =>
        new EntityFrameworkRelationalServicesBuilder(services).TryAdd<IMethodCallTranslatorPlugin, CaseInsensitiveLikePlugin>();

    public void Validate(IDbContextOptions options)
    {
    }

    private sealed class ExtensionInfo(IDbContextOptionsExtension extension) : DbContextOptionsExtensionInfo(extension)
    {
        public override bool IsDatabaseProvider => false;
        public override string LogFragment => "CaseInsensitiveLike ";
        public override int GetServiceProviderHashCode() => 0;
        public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) => other is ExtensionInfo;
        public override void PopulateDebugInfo(IDictionary<string, string> debugInfo) => debugInfo["CaseInsensitiveLike"] = "1";
    }
}

internal sealed class CaseInsensitiveLikePlugin(ISqlExpressionFactory sql) : IMethodCallTranslatorPlugin
{
    public IEnumerable<IMethodCallTranslator> Translators { get; } = [new CaseInsensitiveLikeTranslator(sql)];
}

internal sealed class CaseInsensitiveLikeTranslator(ISqlExpressionFactory sql) : IMethodCallTranslator
{
    public SqlExpression? Translate(SqlExpression? instance, MethodInfo method, IReadOnlyList<SqlExpression> arguments, IDiagnosticsLogger<DbLoggerCategory.Query> logger)
    {
        if (method.DeclaringType != typeof(DbFunctionsExtensions) || method.Name != nameof(DbFunctionsExtensions.Like)
            || arguments.Count < 3 || arguments[1].Type != typeof(string))
        {
            return null;
        }

        var mapping = Microsoft.EntityFrameworkCore.Query.ExpressionExtensions.InferTypeMapping(arguments[1], arguments[2]);
        var match = sql.ApplyTypeMapping(arguments[1], mapping);
        var pattern = sql.ApplyTypeMapping(arguments[2], mapping);
        var escape = arguments.Count > 3 ? sql.ApplyTypeMapping(arguments[3], mapping) : null;
        return sql.Like(Lower(match), Lower(pattern), escape);
    }

    private SqlExpression Lower(SqlExpression value) =>
        sql.Function("lower", [value], nullable: true, argumentsPropagateNullability: [true], typeof(string), value.TypeMapping);
}

internal static class CaseInsensitiveLikeOptions
{
    public static DbContextOptionsBuilder UseCaseInsensitiveLike(this DbContextOptionsBuilder options)
    {
        ((IDbContextOptionsBuilderInfrastructure)options).AddOrUpdateExtension(new CaseInsensitiveLikeExtension());
        return options;
    }

    public static DbContextOptionsBuilder<TContext> UseCaseInsensitiveLike<TContext>(this DbContextOptionsBuilder<TContext> options) where TContext : DbContext =>
        (DbContextOptionsBuilder<TContext>)((DbContextOptionsBuilder)options).UseCaseInsensitiveLike();
}
