using Whiteboard.Core.Protocol;

namespace Whiteboard.Server.Storage.Sqlite;

/// <summary>
/// One append waiting for the embedded store's writer. Whoever holds the writer next commits every waiting append in one
/// transaction (group commit: one fsync for all of them); the one that asked may have given up meanwhile (cancelled),
/// and exactly one of "taken into a commit" and "given up" wins.
/// </summary>
internal sealed class PendingAppend(Guid boardId, EventEnvelope envelope)
{
    private const int Waiting = 0, Taken = 1, GivenUp = 2;
    private readonly TaskCompletionSource<AppendResult> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _state;

    public Guid BoardId => boardId;
    public EventEnvelope Envelope => envelope;
    public Task<AppendResult> Done => _done.Task;

    /// <summary>A writer takes it into its commit; false when the one who asked gave up first.</summary>
    public bool TryTake() => Interlocked.CompareExchange(ref _state, Taken, Waiting) == Waiting;

    /// <summary>The one who asked gives up; false when a writer already took it (then its result will come).</summary>
    public bool TryGiveUp() => Interlocked.CompareExchange(ref _state, GivenUp, Waiting) == Waiting;

    public void Complete(AppendResult result) => _done.TrySetResult(result);

    public void Fail(Exception error) => _done.TrySetException(error);
}
