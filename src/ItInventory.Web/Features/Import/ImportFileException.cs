namespace ItInventory.Web.Features.Import;

/// <summary>A file that cannot be imported at all. The message is German and tells the user what to do; nothing was changed.</summary>
public sealed class ImportFileException(string message, Exception? inner = null) : Exception(message, inner);
