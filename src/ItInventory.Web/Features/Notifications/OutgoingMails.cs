using ItInventory.Web.Data;
using ItInventory.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ItInventory.Web.Features.Notifications;

/// <summary>Recording messages under their unique keys; the first to record a key wins, every later attempt finds it.</summary>
public static class OutgoingMails
{
    /// <summary>Records the messages whose keys are new; returns how many were recorded.</summary>
    public static async Task<int> RecordNewAsync(InventoryDbContext db, IReadOnlyList<OutgoingMail> candidates, CancellationToken cancellationToken)
    {
        if (candidates.Count == 0)
        {
            return 0;
        }

        var known = await KnownKeysAsync(db, candidates.Select(c => c.Key), cancellationToken);
        var recorded = 0;
        foreach (var mail in candidates.Where(c => !known.Contains(c.Key)))
        {
            db.OutgoingMails.Add(mail);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                recorded++;
            }
            catch (DbUpdateException ex) when (ex.IsUniqueViolation())
            {
                // Another instance recorded the same key between the look-up and this insert: it is theirs to send.
                db.Entry(mail).State = EntityState.Detached;
            }
        }

        return recorded;
    }

    /// <summary>Which of these keys are recorded already: a planner composes only the messages that are still new.</summary>
    public static async Task<HashSet<string>> KnownKeysAsync(InventoryDbContext db, IEnumerable<string> keys, CancellationToken cancellationToken)
    {
        var list = keys.ToList();
        return (await db.OutgoingMails.AsNoTracking().Where(m => list.Contains(m.Key)).Select(m => m.Key).ToListAsync(cancellationToken)).ToHashSet();
    }
}
