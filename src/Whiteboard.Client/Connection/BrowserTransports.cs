using System.Runtime.InteropServices.JavaScript;

namespace Whiteboard.Client.Connection;

/// <summary>
/// Which transports the page can offer. Where a proxy blocks WebSockets the client falls back by itself; but where the
/// page has no <c>WebSocket</c> object at all (stripped by a filter or an embedding app), trying it would end the .NET
/// runtime, so the connection goes straight to long polling. A filter may also leave the name with nothing behind it
/// (<c>window.WebSocket = undefined</c>): only a constructor counts.
/// </summary>
public static class BrowserTransports
{
    public static bool HasWebSockets() => !OperatingSystem.IsBrowser() || JSHost.GlobalThis.GetTypeOfProperty("WebSocket") == "function";
}
