using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Whiteboard.Server.Hosting;

/// <summary>
/// Behind a reverse proxy every request comes from the proxy: without its X-Forwarded-For, all of a college's users would
/// share one address, and the join-code guard would block them together. Only proxies in <c>Proxy:TrustedNetworks</c>
/// (CIDR list, e.g. "172.16.0.0/12") — and loopback — are believed.
/// </summary>
public static class ProxyHeaders
{
    public static IServiceCollection AddProxyHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        var trusted = configuration["Proxy:TrustedNetworks"]?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        return services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            foreach (var network in trusted) o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        });
    }
}
