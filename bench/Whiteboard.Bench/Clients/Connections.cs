using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Whiteboard.Core.Protocol;

namespace Whiteboard.Bench.Clients;

/// <summary>SignalR client connections as the browser makes them: WebSockets, JSON with the protocol's own options.</summary>
public static class Connections
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

    /// <summary>Opens <paramref name="count"/> clients a few at a time, in index order in the result.</summary>
    public static async Task<IReadOnlyList<T>> OpenAsync<T>(int count, Func<int, Task<T>> open)
    {
        var clients = new T[count];
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 8 },
            async (i, _) => clients[i] = await open(i));
        return clients;
    }
}
