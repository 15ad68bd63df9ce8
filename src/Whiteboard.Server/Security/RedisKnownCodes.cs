using Microsoft.Extensions.Options;
using StackExchange.Redis;
using Whiteboard.Server.Storage.Redis;

namespace Whiteboard.Server.Security;

/// <summary>Known codes in Redis, one expiring key per address and code, shared by every node.</summary>
public sealed class RedisKnownCodes(IConnectionMultiplexer redis, RedisStoreOptions store, IOptions<LimitOptions> options) : IKnownCodes
{
    private IDatabase Db => redis.GetDatabase();

    public async Task<bool> IsKnownAsync(string address, string code) => await Db.KeyExistsAsync(Key(address, code));

    public Task RememberAsync(string address, string code) =>
        Db.StringSetAsync(Key(address, code), 1, TimeSpan.FromHours(options.Value.KnownCodeHours));

    private RedisKey Key(string address, string code) => $"{store.Prefix}known:{address}:{code}";
}
