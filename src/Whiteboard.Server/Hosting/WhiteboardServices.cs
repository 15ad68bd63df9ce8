using Microsoft.AspNetCore.Localization;
using Whiteboard.Core.Protocol;
using Whiteboard.Server.Boards;
using Whiteboard.Server.Localization;
using Whiteboard.Server.Participants;
using Whiteboard.Server.Presence;
using Whiteboard.Server.Security;
using Whiteboard.Server.Storage;
using Microsoft.AspNetCore.SignalR;
using StackExchange.Redis;
using Whiteboard.Server.Storage.Redis;
using Whiteboard.Server.Storage.Sqlite;
using Whiteboard.Server.Workshops;

namespace Whiteboard.Server.Hosting;

/// <summary>Everything the server is made of, registered in one place.</summary>
public static class WhiteboardServices
{
    public static WebApplicationBuilder AddWhiteboard(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var storage = builder.Configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        services.Configure<StorageOptions>(builder.Configuration.GetSection(StorageOptions.Section));
        services.AddSingleton(TimeProvider.System);

        services.AddSingleton<PublicAddress>();
        services.AddSingleton<BoardRooms>();
        services.AddSingleton<BoardBroadcaster>();
        services.AddSingleton<WorkshopCreator>();
        services.AddSingleton<WorkshopLookup>();
        services.AddSingleton<WorkshopAccess>();
        services.AddSingleton<FollowUp.FollowUpLinks>();
        services.AddSingleton<ParticipantJoining>();
        services.AddSingleton<ParticipantMoving>();
        services.AddSingleton<ParticipantTokens>();
        services.AddSingleton<JoinAttemptGuard>();
        services.AddSingleton<RejectionMessages>();
        services.AddHostedService<IdleBoardSweeper>();

        services.AddProxyHeaders(builder.Configuration);
        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Cultures.Chinese);
            o.SupportedCultures = o.SupportedUICultures = Cultures.Supported;
        });
        services.ConfigureHttpJsonOptions(o => WireJson.Configure(o.SerializerOptions));
        services.AddSingleton<StoreOutageHubFilter>();
        var signalR = services.AddSignalR(o =>
            {
                o.MaximumReceiveMessageSize = BoardHubMethods.MaxMessageBytes;
                o.AddFilter<StoreOutageHubFilter>();
            })
            .AddJsonProtocol(o => WireJson.Configure(o.PayloadSerializerOptions));
        if (string.IsNullOrWhiteSpace(storage.Redis)) AddEmbeddedStorage(services);
        else AddRedisStorage(services, signalR, storage.Redis, new RedisStoreOptions(storage.RedisPrefix, storage.PresenceSeconds));
        return builder;
    }

    /// <summary>One process: SQLite in the data folder, presence in memory.</summary>
    private static void AddEmbeddedStorage(IServiceCollection services)
    {
        services.AddSingleton<IBoardStore, SqliteBoardStore>();
        services.AddSingleton<IPresence, MemoryPresence>();
    }

    /// <summary>Any number of nodes sharing one Redis: board state, presence and the SignalR backplane.</summary>
    private static void AddRedisStorage(IServiceCollection services, ISignalRServerBuilder signalR, string connectionString, RedisStoreOptions options)
    {
        var redis = new Lazy<IConnectionMultiplexer>(() => RedisConnection.Connect(connectionString));
        services.AddSingleton(_ => redis.Value);
        services.AddSingleton(options);
        services.AddSingleton<IBoardStore, RedisBoardStore>();
        services.AddSingleton<RedisPresence>();
        services.AddSingleton<IPresence>(sp => sp.GetRequiredService<RedisPresence>());
        services.AddHostedService<RedisPresenceKeeper>();
        signalR.AddStackExchangeRedis(o =>
        {
            o.Configuration.ChannelPrefix = RedisChannel.Literal(options.Prefix + "signalr");
            o.ConnectionFactory = _ => Task.FromResult(redis.Value);
        });
    }

    /// <summary>Creates or upgrades the store's schema before the first request.</summary>
    public static async Task InitializeStoreAsync(this WebApplication app) =>
        await app.Services.GetRequiredService<IBoardStore>().InitializeAsync(app.Lifetime.ApplicationStopping);
}
