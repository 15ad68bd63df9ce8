using Microsoft.Extensions.Time.Testing;
using Whiteboard.Server.Security;

namespace Whiteboard.Server.Tests.Security;

public sealed class JoinAttemptGuardTests
{
    [Fact]
    public void An_address_is_blocked_after_too_many_failures_and_free_again_after_the_window()
    {
        // Rule S4
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var guard = new JoinAttemptGuard(time);
        for (var i = 0; i < JoinAttemptGuard.MaxFailures - 1; i++) guard.RecordFailure("10.0.0.7");
        Assert.False(guard.IsBlocked("10.0.0.7"));

        guard.RecordFailure("10.0.0.7");
        Assert.True(guard.IsBlocked("10.0.0.7"));
        Assert.False(guard.IsBlocked("10.0.0.8"));

        time.Advance(JoinAttemptGuard.Window);
        Assert.False(guard.IsBlocked("10.0.0.7"));
    }

    [Fact]
    public void Old_failures_slide_out_of_the_window()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var guard = new JoinAttemptGuard(time);
        for (var i = 0; i < JoinAttemptGuard.MaxFailures - 1; i++) guard.RecordFailure("10.0.0.7");
        time.Advance(JoinAttemptGuard.Window / 2);
        guard.RecordFailure("10.0.0.7");
        Assert.True(guard.IsBlocked("10.0.0.7"));

        time.Advance(JoinAttemptGuard.Window / 2);
        Assert.False(guard.IsBlocked("10.0.0.7")); // the first batch expired; one recent failure remains
    }

    [Fact]
    public void Fresh_IPv6_addresses_of_one_network_are_counted_together()
    {
        var guard = new JoinAttemptGuard(new FakeTimeProvider(DateTimeOffset.UtcNow));
        for (var i = 0; i < JoinAttemptGuard.MaxFailures; i++) guard.RecordFailure($"2001:db8:1:2::{i + 1:x}");

        Assert.True(guard.IsBlocked("2001:db8:1:2:abcd::99"));
        Assert.False(guard.IsBlocked("2001:db8:1:3::1")); // the neighbour's network
        Assert.Equal("10.0.0.7", JoinAttemptGuard.Key("::ffff:10.0.0.7"));
    }
}
