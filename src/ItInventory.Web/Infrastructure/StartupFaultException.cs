namespace ItInventory.Web.Infrastructure;

/// <summary>
/// A fault of the installation that stops the start (or a command-line verb): its message is German, names the setting
/// and the cause, and is shown to the operator as it is, without a stack trace. An <see cref="InvalidOperationException"/>,
/// so code that already expects one for a bad setting keeps working.
/// </summary>
public sealed class StartupFaultException(string message, Exception? innerException = null)
    : InvalidOperationException(message, innerException);
