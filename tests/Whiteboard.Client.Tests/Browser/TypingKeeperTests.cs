using Microsoft.Extensions.Time.Testing;
using Whiteboard.Client.Browser;

namespace Whiteboard.Client.Tests.Browser;

/// <summary>One keeper for every piece of typing the server does not hold yet: nothing typed is ever lost.</summary>
public class TypingKeeperTests
{
    private readonly BrowserNetwork _network;
    private readonly TypingKeeper _keeper;
    private readonly FakeLocalStorage _storage = new();
    private readonly FakeTimeProvider _time = new();

    public TypingKeeperTests()
    {
        _network = new BrowserNetwork(_storage);
        _keeper = new TypingKeeper(new BrowserStore(_storage), _time, _network);
    }

    [Fact]
    public async Task Typing_Is_Written_Once_It_Pauses_And_Read_Back_Before_That()
    {
        _keeper.Typed("wb.summary-draft.x", "先调研");
        _keeper.Typed("wb.summary-draft.x", "先调研，后方案");

        Assert.Empty(_storage.Items);
        Assert.Equal("先调研，后方案", await _keeper.ReadAsync<string>("wb.summary-draft.x"));

        _time.Advance(TypingKeeper.Quiet);

        Assert.Equal("\"先调研，后方案\"", _storage.Items["wb.summary-draft.x"]);
    }

    [Fact]
    public void A_Hidden_Tab_Writes_At_Once_The_Lid_May_Be_Closing()
    {
        _keeper.Typed("wb.draft.a", "会议太多");
        _keeper.Typed("wb.action-draft.a", "两周内拿出方案");

        _network.Invisible();

        Assert.Contains("会议太多", _storage.Items["wb.draft.a"]);
        Assert.Contains("两周内拿出方案", _storage.Items["wb.action-draft.a"]);
    }

    [Fact]
    public async Task Words_That_Must_Not_Wait_Are_Written_At_Once()
    {
        await _keeper.KeepNowAsync("wb.action-draft.a", "被拒绝的话");

        Assert.Contains("被拒绝的话", _storage.Items["wb.action-draft.a"]);
    }

    [Fact]
    public async Task Forgotten_Words_Are_Gone_Even_If_A_Write_Was_Due()
    {
        _storage.Items["wb.draft.a"] = "\"旧的\"";
        _keeper.Typed("wb.draft.a", "新的");

        await _keeper.ForgetAsync("wb.draft.a");
        _time.Advance(TypingKeeper.Quiet);

        Assert.False(_storage.Items.ContainsKey("wb.draft.a"));
        Assert.Null(await _keeper.ReadAsync<string>("wb.draft.a"));
    }

    [Fact]
    public async Task Words_Kept_Before_A_Reload_Are_Read_From_Storage()
    {
        _storage.Items["wb.summary-draft.x"] = "\"还没保存的总结\"";

        Assert.Equal("还没保存的总结", await _keeper.ReadAsync<string>("wb.summary-draft.x"));
    }
}
