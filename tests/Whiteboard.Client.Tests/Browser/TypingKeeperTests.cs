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
    public async Task Typing_is_written_once_it_pauses_and_read_back_before_that()
    {
        _keeper.Typed("wb.summary-draft.x", "先调研");
        _keeper.Typed("wb.summary-draft.x", "先调研，后方案");

        Assert.Empty(_storage.Items);
        Assert.Equal("先调研，后方案", await _keeper.ReadAsync<string>("wb.summary-draft.x"));

        _time.Advance(TypingKeeper.Quiet);

        Assert.Equal("\"先调研，后方案\"", _storage.Items["wb.summary-draft.x"]);
    }

    [Fact]
    public void A_hidden_Tab_writes_at_once_the_lid_may_be_closing()
    {
        _keeper.Typed("wb.draft.a", "会议太多");
        _keeper.Typed("wb.action-draft.a", "两周内拿出方案");

        _network.Invisible();

        Assert.Contains("会议太多", _storage.Items["wb.draft.a"]);
        Assert.Contains("两周内拿出方案", _storage.Items["wb.action-draft.a"]);
    }

    [Fact]
    public async Task Words_that_must_not_wait_are_written_at_once()
    {
        await _keeper.KeepNowAsync("wb.action-draft.a", "被拒绝的话");

        Assert.Contains("被拒绝的话", _storage.Items["wb.action-draft.a"]);
    }

    [Fact]
    public async Task Forgotten_words_are_gone_even_if_a_write_was_due()
    {
        _storage.Items["wb.draft.a"] = "\"旧的\"";
        _keeper.Typed("wb.draft.a", "新的");

        await _keeper.ForgetAsync("wb.draft.a");
        _time.Advance(TypingKeeper.Quiet);

        Assert.False(_storage.Items.ContainsKey("wb.draft.a"));
        Assert.Null(await _keeper.ReadAsync<string>("wb.draft.a"));
    }

    [Fact]
    public async Task Words_kept_before_a_reload_are_read_from_storage()
    {
        _storage.Items["wb.summary-draft.x"] = "\"还没保存的总结\"";

        Assert.Equal("还没保存的总结", await _keeper.ReadAsync<string>("wb.summary-draft.x"));
    }
}
