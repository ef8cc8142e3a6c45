namespace ItInventory.Web.Features.Accounts;

/// <summary>Why a single sign-on did not sign anyone in; travels to the login page as a short code, never as text.</summary>
public enum SingleSignOnFailure
{
    NoRole,
    NoTenant,
    Disabled,
    UserNameTaken,
    AccountRejected,
    ProviderError,
}

public static class SingleSignOnFailureCodes
{
    public static string Code(this SingleSignOnFailure failure) => failure switch
    {
        SingleSignOnFailure.NoRole => "keine-rolle",
        SingleSignOnFailure.NoTenant => "kein-mandant",
        SingleSignOnFailure.Disabled => "gesperrt",
        SingleSignOnFailure.UserNameTaken => "name-vergeben",
        SingleSignOnFailure.AccountRejected => "konto-abgelehnt",
        _ => "fehler",
    };

    /// <summary>The German message for the login page; null for a code nobody issued.</summary>
    public static string? MessageFor(string? code) => code switch
    {
        "keine-rolle" => "Sie sind beim Anmeldedienst angemeldet, haben aber keine Berechtigung für ItInventory: Keine Ihrer Gruppen ist einer Rolle zugeordnet. Bitte wenden Sie sich an die Administration.",
        "kein-mandant" => "Sie sind beim Anmeldedienst angemeldet, aber ItInventory kann Sie keinem Mandanten (keiner Kommune) zuordnen. Bitte wenden Sie sich an die Administration.",
        "gesperrt" => "Ihr Konto ist gesperrt. Bitte wenden Sie sich an die Administration.",
        "name-vergeben" => "Ihr Benutzername gehört bereits zu einem lokalen Konto in ItInventory. Bitte wenden Sie sich an die Administration.",
        "konto-abgelehnt" => "Für Ihre Anmeldung konnte kein Konto in ItInventory angelegt werden (etwa wegen eines ungültigen Benutzernamens). Bitte wenden Sie sich an die Administration.",
        "fehler" => "Die Anmeldung über den Anmeldedienst ist fehlgeschlagen. Bitte versuchen Sie es erneut oder wenden Sie sich an die Administration.",
        _ => null,
    };
}
