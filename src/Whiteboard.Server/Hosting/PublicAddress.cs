using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Whiteboard.Server.Hosting;

/// <summary>
/// The address trainees' tablets must use to reach this server, for join links and the projector's QR code. A facilitator
/// often opens the laptop's own page as localhost, which no tablet can reach: then, when the server listens on the network,
/// the laptop's LAN address is used instead. <c>PublicUrl</c> in the configuration overrides both (e.g. behind a proxy).
/// </summary>
public sealed class PublicAddress(IConfiguration configuration, IServer server)
{
    public string BaseUrl(HttpRequest request)
    {
        if (configuration["PublicUrl"] is { Length: > 0 } configured) return configured.TrimEnd('/');
        if (IsLoopback(request.Host.Host) && ListensOnTheNetwork() && LanAddress() is { } lan)
            return $"{request.Scheme}://{lan}{(request.Host.Port is { } port ? $":{port}" : "")}{request.PathBase}";
        return $"{request.Scheme}://{request.Host}{request.PathBase}";
    }

    public string JoinUrl(HttpRequest request, string code) => $"{BaseUrl(request)}/b/{code}";

    private static bool IsLoopback(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));

    private bool ListensOnTheNetwork() =>
        server.Features.Get<IServerAddressesFeature>()?.Addresses.Any(a =>
        {
            var host = new Uri(a.Replace("://+", "://0.0.0.0").Replace("://*", "://0.0.0.0")).Host;
            return !IsLoopback(host);
        }) ?? false;

    /// <summary>The first private IPv4 address of an interface that is up (a classroom network), if any.</summary>
    private static string? LanAddress() =>
        NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == OperationalStatus.Up && n.NetworkInterfaceType != NetworkInterfaceType.Loopback)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses.Select(u => u.Address))
            .Where(a => a.AddressFamily == AddressFamily.InterNetwork && IsPrivate(a))
            .Select(a => a.ToString())
            .FirstOrDefault();

    private static bool IsPrivate(IPAddress address)
    {
        var b = address.GetAddressBytes();
        return b[0] == 10 || (b[0] == 172 && b[1] >= 16 && b[1] <= 31) || (b[0] == 192 && b[1] == 168);
    }
}
