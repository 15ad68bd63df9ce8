using Microsoft.Extensions.Options;
using Whiteboard.Server.Storage;
using Whiteboard.Server.Storage.Sqlite;

namespace Whiteboard.Server.Tests.Storage;

public sealed class SqliteBoardStoreTests : BoardStoreContract
{
    private readonly string _folder = TestFolders.New();
    private readonly List<SqliteBoardStore> _stores = [];

    protected override Task<IBoardStore> CreateStoreAsync() => ReopenAsync();

    protected override Task<IBoardStore> ReopenAsync()
    {
        var store = new SqliteBoardStore(Options.Create(new StorageOptions { DataFolder = _folder }));
        _stores.Add(store);
        return Task.FromResult<IBoardStore>(store);
    }

    public override Task DisposeAsync()
    {
        foreach (var store in _stores) store.Dispose();
        TestFolders.Delete(_folder);
        return Task.CompletedTask;
    }
}
