using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Whiteboard.Core.Protocol;

namespace Whiteboard.Bench.Bare;

/// <summary>The baseline server (`serve-bare --urls …`): Kestrel and the bare hub, configured as our server is.</summary>
public static class BareServer
{
    public static async Task RunAsync(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSignalR(o => o.MaximumReceiveMessageSize = 32 * 1024)
            .AddJsonProtocol(o => WireJson.Configure(o.PayloadSerializerOptions)); // same bytes on the wire as ours
        var app = builder.Build();
        app.MapHub<BareHub>(BareHub.Path);
        app.MapGet("/healthz", () => "ok");
        await app.RunAsync();
    }
}
