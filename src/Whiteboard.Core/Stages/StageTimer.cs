namespace Whiteboard.Core.Stages;

/// <summary>
/// A stage's countdown in server time (rule ST8): running until <see cref="EndsAt"/>, or paused with <see cref="Remaining"/>
/// left. Every browser shows <c>EndsAt − server now</c>, so all show the same time whatever their own clocks say.
/// </summary>
public sealed record StageTimer(bool Running, DateTimeOffset EndsAt, TimeSpan Remaining)
{
    public static readonly StageTimer Stopped = new(false, DateTimeOffset.MinValue, TimeSpan.Zero);

    public TimeSpan RemainingAt(DateTimeOffset now) =>
        Running ? (EndsAt > now ? EndsAt - now : TimeSpan.Zero) : Remaining;
}
