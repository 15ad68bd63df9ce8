namespace Whiteboard.Server.Storage;

/// <summary>
/// The store cannot be reached right now (Redis down or unreachable). Commands are refused with "temporarily unavailable"
/// and the browser keeps them in its outbox; nothing is half-done.
/// </summary>
public sealed class StoreUnavailableException(string message, Exception inner) : Exception(message, inner);
