namespace ItInventory.Web.Data.Backup;

/// <summary>A backup or restore that was refused or failed, with a German message for the operator.</summary>
public sealed class BackupRefusedException(string message, Exception? innerException = null) : Exception(message, innerException);
