using System.Net;
using System.Net.Sockets;

namespace Whiteboard.Server.Security;

/// <summary>
/// Who a limit counts: the client's address as <c>Proxy:TrustedNetworks</c> resolves it (forwarded headers run first). An
/// IPv4 address as it is, an IPv6 one by its /64 network — one home or office line gets a whole /64, and a guesser could
/// otherwise take a fresh address for every try.
/// </summary>
public static class ClientAddress
{
    public static string Of(HttpContext? http) => Key(http?.Connection.RemoteIpAddress);

    public static string Key(IPAddress? ip)
    {
        if (ip is null) return "unknown";
        if (ip.IsIPv4MappedToIPv6) return ip.MapToIPv4().ToString();
        if (ip.AddressFamily != AddressFamily.InterNetworkV6) return ip.ToString();
        var bytes = ip.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return $"{new IPAddress(bytes)}/64";
    }
}
