using ItInventory.Core.Validation;
using ItInventory.Web.Data;
using ItInventory.Web.Data.Auditing;
using ItInventory.Web.Data.Entities;
using ItInventory.Web.Infrastructure;
using ItInventory.Web.Infrastructure.Editing;
using ItInventory.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ItInventory.Web.Features.Notifications;

public enum LinkDelivery
{
    Sent,
    /// <summary>No SMTP server is configured: the address is stored, no link went out, and the page says so.</summary>
    NoMailServer,
    Failed,
}

public sealed record AddressChange(LinkDelivery Delivery, string? Error = null);

public sealed record AddressConfirmation(bool Confirmed, string Message);

/// <summary>
/// The signed-in user's e-mail address. A new address is unconfirmed until the link mailed to it is opened: nothing is
/// sent to it before (<see cref="Recipients"/>). The link is sent at once, not queued, so the user sees whether it went out.
/// </summary>
public sealed class AddressVerificationService(
    IDbContextFactory<InventoryDbContext> contextFactory, ICurrentUser currentUser, SmtpMailSender sender, IOptions<MailOptions> mail, TimeProvider time)
{
    public const string ConfirmPath = "/benachrichtigungen/bestaetigen";

    /// <summary>Stores the address unconfirmed and mails a new link to it (the same address again: a new link).</summary>
    public async Task<AddressChange> ChangeAsync(string? address, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var user = await SignedInUser.FindAsync(db, currentUser, cancellationToken) ?? throw SignedInUser.NotInTenant();
        new ValidationErrors().Problem("Email", NotificationRules.AddressProblem(address)).ThrowIfAny();

        var trimmed = address!.Trim();
        var (secret, stored) = AddressVerificationToken.Create(trimmed, time.GetUtcNow().UtcDateTime);
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            var before = user.Account.Email;
            user.Account.Email = trimmed;
            user.Account.NormalizedEmail = trimmed.ToUpperInvariant();
            user.Account.EmailConfirmed = false;
            await db.UserTokens.Where(t => t.UserId == user.Account.Id && t.LoginProvider == AddressVerificationToken.LoginProvider
                                           && t.Name == AddressVerificationToken.Name).ExecuteDeleteAsync(cancellationToken);
            db.UserTokens.Add(new IdentityUserToken<string>
            {
                UserId = user.Account.Id, LoginProvider = AddressVerificationToken.LoginProvider, Name = AddressVerificationToken.Name, Value = stored.Value,
            });
            await db.SaveChangesAsync(cancellationToken);
            await AuditLog.AppendAsync(db, db.CurrentTenantId, AuditAction.UserChange, user.Name,
                before == trimmed ? $"Bestätigungslink für „{trimmed}“ neu angefordert." : $"E-Mail-Adresse von „{before}“ auf „{trimmed}“ geändert (unbestätigt).",
                "User", user.Account.Id, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        if (!sender.IsConfigured)
        {
            return new AddressChange(LinkDelivery.NoMailServer);
        }

        try
        {
            await sender.SendAsync(VerificationMail(user, trimmed, secret, stored), cancellationToken);
            return new AddressChange(LinkDelivery.Sent);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new AddressChange(LinkDelivery.Failed, MailErrors.German(ex));
        }
    }

    /// <summary>Opens a link: confirms its address once, for the account it was sent for; every other case gets a German reason.</summary>
    public async Task<AddressConfirmation> ConfirmAsync(string? secret, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var user = await SignedInUser.FindAsync(db, currentUser, cancellationToken) ?? throw SignedInUser.NotInTenant();
        const string unknown = "Dieser Bestätigungslink ist unbekannt oder wurde schon benutzt. Auf der Seite „Benachrichtigungen“ lässt sich ein neuer anfordern.";
        if (string.IsNullOrWhiteSpace(secret) || secret.Length > 200)
        {
            return new AddressConfirmation(false, unknown);
        }

        var prefix = AddressVerificationToken.HashOf(secret.Trim()) + "|";
        var row = await db.UserTokens.SingleOrDefaultAsync(t => t.LoginProvider == AddressVerificationToken.LoginProvider
                                                                && t.Name == AddressVerificationToken.Name && t.Value!.StartsWith(prefix), cancellationToken);
        if (row is null || AddressVerificationToken.Parse(row.Value) is not { } stored)
        {
            return new AddressConfirmation(false, unknown);
        }

        if (row.UserId != user.Account.Id)
        {
            return new AddressConfirmation(false, "Dieser Bestätigungslink gehört zu einem anderen Konto. Bitte mit dem Konto anmelden, dessen Adresse bestätigt werden soll.");
        }

        db.UserTokens.Remove(row);
        if (stored.IsExpired(time.GetUtcNow().UtcDateTime) || !string.Equals(stored.Address, user.Account.Email, StringComparison.OrdinalIgnoreCase))
        {
            await db.SaveChangesAsync(cancellationToken);
            return new AddressConfirmation(false,
                $"Dieser Bestätigungslink ist abgelaufen (er gilt {AddressVerificationToken.Lifetime.TotalDays:0} Tage). Auf der Seite „Benachrichtigungen“ lässt sich ein neuer anfordern.");
        }

        user.Account.EmailConfirmed = true;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await AuditLog.AppendAsync(db, db.CurrentTenantId, AuditAction.UserChange, user.Name, $"E-Mail-Adresse „{stored.Address}“ bestätigt.", "User", user.Account.Id, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new AddressConfirmation(true, $"Die Adresse {stored.Address} ist bestätigt. Benachrichtigungen gehen ab jetzt an sie.");
    }

    private OutgoingMail VerificationMail(SignedInUser user, string address, string secret, AddressVerificationToken stored)
    {
        var link = $"{mail.Value.BaseUrl.TrimEnd('/')}{ConfirmPath}?token={Uri.EscapeDataString(secret)}";
        var until = Core.Formatting.Formats.Date(DateOnly.FromDateTime(stored.ExpiresUtc));
        var intro = $"Bitte bestätigen Sie, dass {address} Ihre Adresse für Benachrichtigungen aus dem IT-Inventar ist (Konto „{user.Name}“).";
        var hint = $"Der Link gilt bis {until}. Wenn Sie die Adresse nicht eingetragen haben, können Sie diese Nachricht ignorieren.";
        Func<string, string> enc = MailText.Html;
        return new OutgoingMail
        {
            Key = $"verify|{user.Account.Id}|{stored.Hash[..16]}", RecipientUserId = user.Account.Id, ToAddress = address,
            Subject = "Bitte bestätigen Sie Ihre E-Mail-Adresse", TextBody = $"{intro}\n\n{link}\n\n{hint}",
            HtmlBody = $"<p>{enc(intro)}</p><p><a href=\"{enc(link)}\">Adresse bestätigen</a></p><p>{enc(hint)}</p>",
        };
    }
}
