using Microsoft.AspNetCore.Identity;

namespace ItInventory.Web.Features.Accounts;

/// <summary>Identity's messages in German, for the user administration and the setup page.</summary>
public sealed class GermanIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) => new() { Code = nameof(PasswordTooShort), Description = $"Das Passwort muss mindestens {length} Zeichen lang sein." };
    public override IdentityError DuplicateUserName(string userName) => new() { Code = nameof(DuplicateUserName), Description = $"Den Benutzernamen „{userName}“ gibt es bereits." };
    public override IdentityError InvalidUserName(string? userName) => new() { Code = nameof(InvalidUserName), Description = $"Der Benutzername „{userName}“ ist ungültig; erlaubt sind Buchstaben, Ziffern und - . _ @." };
    public override IdentityError DuplicateEmail(string email) => new() { Code = nameof(DuplicateEmail), Description = $"Die E-Mail-Adresse „{email}“ ist bereits vergeben." };
    public override IdentityError InvalidEmail(string? email) => new() { Code = nameof(InvalidEmail), Description = $"„{email}“ ist keine gültige E-Mail-Adresse." };
    public override IdentityError PasswordMismatch() => new() { Code = nameof(PasswordMismatch), Description = "Das Passwort ist falsch." };
    public override IdentityError UserAlreadyInRole(string role) => new() { Code = nameof(UserAlreadyInRole), Description = $"Der Benutzer hat die Rolle „{role}“ bereits." };
    public override IdentityError UserNotInRole(string role) => new() { Code = nameof(UserNotInRole), Description = $"Der Benutzer hat die Rolle „{role}“ nicht." };
    public override IdentityError ConcurrencyFailure() => new() { Code = nameof(ConcurrencyFailure), Description = "Der Benutzer wurde inzwischen von jemand anderem geändert. Bitte neu laden." };
    public override IdentityError DefaultError() => new() { Code = nameof(DefaultError), Description = "Es ist ein unbekannter Fehler aufgetreten." };
}
