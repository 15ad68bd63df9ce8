using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Whiteboard.Server.Office;

/// <summary>Rule O1: the office link goes to the log of the start that made its key, once the server's address is known.</summary>
public static class OfficeLinkAnnouncement
{
    public static async Task AnnounceOfficeLinkAsync(this WebApplication app)
    {
        var key = await app.Services.GetRequiredService<OfficeKey>().InitializeAsync(app.Lifetime.ApplicationStopping);
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Whiteboard.Office");
        if (key is null)
        {
            log.LogInformation("The programme office link was printed when this server first started; set Office:Key to replace it.");
            return;
        }
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var configured = app.Configuration["PublicUrl"];
            var address = configured is { Length: > 0 }
                ? configured.TrimEnd('/')
                : app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
                    ?.Replace("://0.0.0.0", "://localhost").Replace("://[::]", "://localhost").Replace("://+", "://localhost")
                    .Replace("://*", "://localhost") ?? "";
            log.LogWarning("Programme office link (培训办链接), shown only this once; keep it safe: {OfficeLink}", OfficeKey.Url(address, key));
        });
    }
}
