using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using Whiteboard.Core.Protocol;
using Whiteboard.Server.Boards;
using Whiteboard.Server.Cases;
using Whiteboard.Server.Flows;
using Whiteboard.Server.FollowUp;
using Whiteboard.Server.Localization;
using Whiteboard.Server.Office;
using Whiteboard.Server.Participants;
using Whiteboard.Server.Programme;
using Whiteboard.Server.Presence;
using Whiteboard.Server.Security;
using Whiteboard.Server.Storage;
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
        services.Configure<LimitOptions>(builder.Configuration.GetSection(LimitOptions.Section));
        services.Configure<RetentionOptions>(builder.Configuration.GetSection(RetentionOptions.Section));
        services.Configure<OfficeOptions>(builder.Configuration.GetSection(OfficeOptions.Section));
        services.AddSingleton(TimeProvider.System);

        services.AddSingleton<PublicAddress>();
        services.AddSingleton<ApiErrors>();
        services.AddSingleton<BoardRooms>();
        services.AddSingleton<BoardBroadcaster>();
        services.AddSingleton<BoardConnections>();
        services.AddSingleton<DragRelays>();
        services.AddSingleton<WorkshopCreator>();
        services.AddSingleton<WorkshopLookup>();
        services.AddSingleton<WorkshopAccess>();
        services.AddSingleton<WorkshopDeleting>();
        services.AddSingleton<FlowRevising>();
        services.AddSingleton<OfficeKey>();
        services.AddSingleton<FacilitatorLinks>();
        services.AddSingleton<FacilitatorCredential>();
        services.AddSingleton<ProgrammeAccess>();
        services.AddSingleton<ProgrammeReader>();
        services.AddSingleton<CaseReading>();
        services.AddSingleton<FollowUpLinks>();
        services.AddSingleton<FollowUpOpening>();
        services.AddSingleton<ParticipantJoining>();
        services.AddSingleton<ParticipantMoving>();
        services.AddSingleton<ParticipantRemoving>();
        services.AddSingleton<FacilitatorSignOut>();
        services.AddSingleton<ParticipantTokens>();
        services.AddSingleton<RejectionMessages>();
        services.AddSingleton(sp => new GuessThrottle(Buckets(sp).PerKey("guess", Limits(sp).GuessBurst, Limits(sp).GuessesPerMinute),
            sp.GetRequiredService<IKnownCodes>()));
        services.AddSingleton(sp => new JoinThrottle(Buckets(sp).PerKey("join", Limits(sp).JoinBurst, Limits(sp).JoinsPerMinute)));
        services.AddHostedService<IdleBoardSweeper>();
        services.AddHostedService<RetentionSweeper>();

        services.AddProxyHeaders(builder.Configuration);
        services.AddRequestLimits();
        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Cultures.Chinese);
            o.SupportedCultures = o.SupportedUICultures = Cultures.Supported;
        });
        services.ConfigureHttpJsonOptions(o => WireJson.Configure(o.SerializerOptions));
        services.AddSingleton<StoreOutageHubFilter>();
        services.AddSingleton<HubCallLimits>();
        var signalR = services.AddSignalR(o =>
            {
                o.MaximumReceiveMessageSize = BoardHubMethods.MaxMessageBytes;
                o.AddFilter<HubCallLimits>(); // first: a flood is refused before it costs anything else
                o.AddFilter<StoreOutageHubFilter>();
            })
            .AddJsonProtocol(o => WireJson.Configure(o.PayloadSerializerOptions));
        if (string.IsNullOrWhiteSpace(storage.Redis)) AddEmbeddedStorage(services);
        else AddRedisStorage(services, signalR, storage.Redis, new RedisStoreOptions(storage.RedisPrefix, storage.PresenceSeconds));
        return builder;
    }

    /// <summary>One process: SQLite in the data folder, presence and the limits' counters in memory.</summary>
    private static void AddEmbeddedStorage(IServiceCollection services)
    {
        services.AddSingleton<IBoardStore, SqliteBoardStore>();
        services.AddSingleton<IPresence, MemoryPresence>();
        services.AddSingleton<IKnownCodes, MemoryKnownCodes>();
        services.AddSingleton(new TokenBuckets(null, ""));
    }

    /// <summary>Any number of nodes sharing one Redis: board state, presence, the limits' counters and the SignalR backplane.</summary>
    private static void AddRedisStorage(IServiceCollection services, ISignalRServerBuilder signalR, string connectionString, RedisStoreOptions options)
    {
        var redis = new Lazy<IConnectionMultiplexer>(() => RedisConnection.Connect(connectionString));
        services.AddSingleton(_ => redis.Value);
        services.AddSingleton(options);
        services.AddSingleton<IBoardStore, RedisBoardStore>();
        services.AddSingleton<RedisPresence>();
        services.AddSingleton<IPresence>(sp => sp.GetRequiredService<RedisPresence>());
        services.AddSingleton<IKnownCodes, RedisKnownCodes>();
        services.AddSingleton(_ => new TokenBuckets(redis.Value, options.Prefix));
        services.AddHostedService<RedisPresenceKeeper>();
        services.AddHostedService<RedisBoardEviction>();
        signalR.AddStackExchangeRedis(o =>
        {
            o.Configuration.ChannelPrefix = RedisChannel.Literal(options.Prefix + "signalr");
            o.ConnectionFactory = _ => Task.FromResult(redis.Value);
        });
    }

    /// <summary>Creates or upgrades the store's schema before the first request, and the office key on the first start (rule O1).</summary>
    public static async Task InitializeStoreAsync(this WebApplication app)
    {
        await app.Services.GetRequiredService<IBoardStore>().InitializeAsync(app.Lifetime.ApplicationStopping);
        await app.AnnounceOfficeLinkAsync();
    }

    private static TokenBuckets Buckets(IServiceProvider services) => services.GetRequiredService<TokenBuckets>();

    private static LimitOptions Limits(IServiceProvider services) => services.GetRequiredService<IOptions<LimitOptions>>().Value;
}
