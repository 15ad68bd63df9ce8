namespace Whiteboard.Client.Connection;

/// <summary>What the person sees of the link to the server (its lower-case name is the status element's data-state).</summary>
public enum ConnectionState
{
    /// <summary>Connected and joined: changes go out and come in.</summary>
    Online,
    /// <summary>Trying to (re)connect; what is typed waits and is sent once back.</summary>
    Reconnecting,
    /// <summary>Not connected, waiting before the next attempt: an attempt failed, or the network is gone.</summary>
    Offline,
    /// <summary>Not connected yet, and nothing has failed: the first connection is being made (or not started).</summary>
    Connecting,
}
