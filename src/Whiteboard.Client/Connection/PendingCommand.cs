using Whiteboard.Core.Protocol;

namespace Whiteboard.Client.Connection;

/// <summary>
/// A command this browser made that the board does not hold yet: its envelope (the operation id it is always sent with),
/// when it was made in server time (so it is shown the same way every time the view is worked out again), and — once the
/// server acknowledged it — the sequence number its event got. It is kept until the board holds that event.
/// This is also the form kept in the browser's storage.
/// </summary>
public sealed record PendingCommand(CommandEnvelope Envelope, DateTimeOffset At, long? AckedSeq = null) : IKeptCommand<PendingCommand>
{
    public Guid OpId => Envelope.OpId;

    public BoardCommand Command => Envelope.Command;

    public bool Acked => AckedSeq is not null;

    /// <summary>Kept, acknowledged, until the board holds its event: the view never flickers between ack and broadcast.</summary>
    public PendingCommand? AppliedAs(long seq) => this with { AckedSeq = seq };
}
