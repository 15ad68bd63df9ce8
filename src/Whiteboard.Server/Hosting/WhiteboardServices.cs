using Microsoft.AspNetCore.Localization;
using Whiteboard.Core.Protocol;
using Whiteboard.Server.Boards;
using Whiteboard.Server.Localization;
using Whiteboard.Server.Participants;
using Whiteboard.Server.Presence;
using Whiteboard.Server.Security;
using Whiteboard.Server.Storage;
using Whiteboard.Server.Storage.Sqlite;

namespace Whiteboard.Server.Hosting;

/// <summary>Everything the server is made of, registered in one place.</summary>
public static class WhiteboardServices
{
    public static WebApplicationBuilder AddWhiteboard(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<StorageOptions>(builder.Configuration.GetSection(StorageOptions.Section));
        services.AddSingleton<IBoardStore, SqliteBoardStore>();
        services.AddSingleton(TimeProvider.System);

        services.AddSingleton<BoardRooms>();
        services.AddSingleton<BoardCreator>();
        services.AddSingleton<BoardLookup>();
        services.AddSingleton<ParticipantJoining>();
        services.AddSingleton<ParticipantTokens>();
        services.AddSingleton<JoinAttemptGuard>();
        services.AddSingleton<PresenceTracker>();
        services.AddSingleton<RejectionMessages>();
        services.AddHostedService<IdleBoardSweeper>();

        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Cultures.Chinese);
            o.SupportedCultures = o.SupportedUICultures = Cultures.Supported;
        });
        services.ConfigureHttpJsonOptions(o => WireJson.Configure(o.SerializerOptions));
        services.AddSignalR(o => o.MaximumReceiveMessageSize = BoardHubMethods.MaxMessageBytes)
            .AddJsonProtocol(o => WireJson.Configure(o.PayloadSerializerOptions));
        return builder;
    }

    /// <summary>Creates or upgrades the store's schema before the first request.</summary>
    public static async Task InitializeStoreAsync(this WebApplication app) =>
        await app.Services.GetRequiredService<IBoardStore>().InitializeAsync(app.Lifetime.ApplicationStopping);
}
