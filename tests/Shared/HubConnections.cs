using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Whiteboard.Core.Protocol;

namespace Whiteboard.Tests.Shared;

/// <summary>SignalR client connections as the browser makes them: WebSockets, JSON with the protocol's own options.</summary>
public static class HubConnections
{
    public static HubConnection To(Uri server, string path) =>
        new HubConnectionBuilder()
            .WithUrl(new Uri(server, path), o =>
            {
                o.SkipNegotiation = true; // WebSockets straight away: no negotiate round trip per connection
                o.Transports = HttpTransportType.WebSockets;
            })
            .AddJsonProtocol(o => WireJson.Configure(o.PayloadSerializerOptions))
            .Build();
}
