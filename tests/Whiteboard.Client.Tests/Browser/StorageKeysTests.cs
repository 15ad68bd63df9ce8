using Whiteboard.Client.Browser;

namespace Whiteboard.Client.Tests.Browser;

/// <summary>Browsers in the field hold these keys: a key spelled differently would lose someone's unsent words or identity.</summary>
public class StorageKeysTests
{
    private static readonly Guid Board = Guid.Parse("b0a4d000-0000-4000-8000-000000000001");
    private static readonly Guid Item = Guid.Parse("ac710000-0000-4000-8000-000000000002");

    [Fact]
    public void Every_key_is_spelled_as_browsers_already_hold_it()
    {
        Assert.Equal("wb.language", StorageKeys.Language);
        Assert.Equal("wb.timer.muted", StorageKeys.TimerMuted);
        Assert.Equal("wb.entry-name", StorageKeys.EntryName);
        Assert.Equal("wb.workshops-kept", StorageKeys.WorkshopsKept);
        Assert.Equal("wb.token.K7M2QX", StorageKeys.Token("K7M2QX"));
        Assert.Equal("wb.facilitator.K7M2QX", StorageKeys.FacilitatorSecret("K7M2QX"));
        Assert.Equal("wb.observer.K7M2QX", StorageKeys.ObserverSecret("K7M2QX"));
        Assert.Equal("wb.workshop.K7M2QX", StorageKeys.Workshop("K7M2QX"));
        Assert.StartsWith(StorageKeys.WorkshopPrefix, StorageKeys.Workshop("K7M2QX"), StringComparison.Ordinal);
        Assert.Equal("wb.outbox.b0a4d000-0000-4000-8000-000000000001", StorageKeys.Outbox(Board));
        Assert.Equal("wb.workshop-outbox.b0a4d000-0000-4000-8000-000000000001", StorageKeys.WorkshopOutbox(Board));
        Assert.False(StorageKeys.WorkshopOutbox(Board).StartsWith(StorageKeys.WorkshopPrefix, StringComparison.Ordinal)); // not a kept workshop
        Assert.Equal("wb.draft.b0a4d000-0000-4000-8000-000000000001", StorageKeys.NoteDraft(Board));
        Assert.Equal("wb.action-draft.b0a4d000-0000-4000-8000-000000000001", StorageKeys.ActionDraft(Board));
        Assert.Equal("wb.summary-draft.b0a4d000-0000-4000-8000-000000000001", StorageKeys.SummaryDraft(Board));
        Assert.Equal("wb:follow-up:owner.token:ac710000000040008000000000000002", StorageKeys.FollowUpUpdate("owner.token", Item));
    }
}
