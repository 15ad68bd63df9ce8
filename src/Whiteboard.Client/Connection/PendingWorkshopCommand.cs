using Whiteboard.Core.Protocol;

namespace Whiteboard.Client.Connection;

/// <summary>
/// A facilitator's stage command for every group (rule W5) that the server does not hold yet: kept in the browser and sent
/// again with its operation id until answered. The server derives each board's operation id from it, so sending it again
/// applies it once on every board. Done once answered: each board's event arrives by itself.
/// This is also the form kept in the browser's storage.
/// </summary>
public sealed record PendingWorkshopCommand(WorkshopCommandEnvelope Envelope) : IKeptCommand<PendingWorkshopCommand>
{
    public Guid OpId => Envelope.OpId;

    public bool Acked => false;

    public PendingWorkshopCommand? AppliedAs(long seq) => null;
}
