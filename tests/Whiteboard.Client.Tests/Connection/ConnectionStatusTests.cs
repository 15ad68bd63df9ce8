using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Whiteboard.Client.Connection;

namespace Whiteboard.Client.Tests.Connection;

/// <summary>The connection badge: calm while the first connection is being made, red only once connecting failed.</summary>
public class ConnectionStatusTests : ClientTestContext
{
    [Fact]
    public async Task A_page_that_has_not_connected_yet_is_connecting_not_offline()
    {
        await using var connection = new BoardConnection(Services.GetRequiredService<NavigationManager>());

        Assert.Equal(ConnectionState.Connecting, connection.State);
    }

    [Theory]
    [InlineData(ConnectionState.Connecting, "connecting", "正在连接…")]
    [InlineData(ConnectionState.Offline, "offline", "未连接")]
    [InlineData(ConnectionState.Online, "online", "已连接")]
    public void The_badge_names_the_state(ConnectionState state, string dataState, string words)
    {
        var cut = Render<ConnectionStatus>(p => p.Add(s => s.State, state));

        var badge = cut.Find("[data-testid=connection-status]");
        Assert.Equal(dataState, badge.GetAttribute("data-state"));
        Assert.Contains($"state-{dataState}", badge.ClassName);
        Assert.Equal(words, badge.QuerySelector(".status-text")!.TextContent);
    }
}
