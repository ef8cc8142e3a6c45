using System.Linq.Expressions;
using ItInventory.Core.Validation;
using ItInventory.Web.Infrastructure.Editing;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Data;

/// <summary>
/// The one case rule for keys people type (inventory, contract numbers, vendor names, standard and category codes,
/// tenant names): two values are the same key when the database's <c>lower()</c> makes them equal. The database
/// enforces it with unique indexes on <c>lower(column)</c> (migration <c>CaseInsensitiveKeys</c>, both providers);
/// the services ask <see cref="HavingKey{T}"/> before saving, which compares with the same function, so the check
/// and the index never disagree. SQLite's <c>lower()</c> folds A–Z only, PostgreSQL's every letter of the database's
/// locale (Ä/ä too); each side uses its own database's function, so on each provider check and index agree.
/// </summary>
public static class UniqueKeys
{
    /// <summary>
    /// The database's <c>lower()</c>, registered as a function of the model (<see cref="InventoryDbContext"/>). With
    /// <c>string.ToLower()</c>, EF would lower the value in .NET before sending it, which folds more letters than
    /// SQLite does; this way SQL applies the same function to both sides, exactly as the index does.
    /// </summary>
    public static string Lower(string value) => throw new InvalidOperationException("Nur in Abfragen an die Datenbank verwendbar.");

    internal static readonly System.Reflection.MethodInfo LowerMethod = typeof(UniqueKeys).GetMethod(nameof(Lower))!;

    /// <summary>The records whose <paramref name="key"/> is the same key as <paramref name="value"/> under the rule above.</summary>
    public static IQueryable<T> HavingKey<T>(this IQueryable<T> records, Expression<Func<T, string>> key, string value)
    {
        // No stored key holds U+0000 (every save refuses it, see TextRules), and PostgreSQL refuses it even as a
        // parameter: the answer is "not taken" without asking, and the save then names the field in German.
        if (!TextRules.CanStore(value))
        {
            return records.Where(_ => false);
        }

        // The value goes in as a captured variable, so EF sends it as a parameter and lowers it in SQL.
        Expression<Func<string>> captured = () => value;
        var body = Expression.Equal(Expression.Call(LowerMethod, key.Body), Expression.Call(LowerMethod, captured.Body));
        return records.Where(Expression.Lambda<Func<T, bool>>(body, key.Parameters));
    }

    /// <summary>
    /// Saves, and when the database refuses a key another save took between the service's check and this one, runs
    /// that check again: it now sees the other record and throws the same German "schon vergeben" as without the
    /// race (a 409 in the API, a field message in a form). The refused save wrote nothing; it ran in one transaction.
    /// </summary>
    public static async Task<T> SaveGuardedAsync<T>(Func<Task<T>> save, Func<Task> checkAgain)
    {
        try
        {
            return await save();
        }
        catch (DbUpdateException ex) when (ex is not DbUpdateConcurrencyException && ex.IsUniqueViolation())
        {
            await checkAgain();
            // The other record is gone again already; the user may simply retry.
            throw new ValidationFailedException(new Dictionary<string, string[]>
            {
                [""] = ["Ein gleichlautender Eintrag wurde eben gespeichert. Bitte laden Sie neu und prüfen Sie Ihre Eingabe."],
            }, isConflict: true);
        }
    }

    public static async Task SaveGuardedAsync(Func<Task> save, Func<Task> checkAgain) =>
        await SaveGuardedAsync(async () => { await save(); return 0; }, checkAgain);
}
