using System.Globalization;
using Whiteboard.Core.Participants;
using Whiteboard.Core.Privacy;
using Whiteboard.Server.Storage;

namespace Whiteboard.Server.Boards;

/// <summary>Who a hub connection is, once it joined: every later call is authorised against this.</summary>
public sealed record ConnectionMember(WorkshopRecord Workshop, Guid ParticipantId, ParticipantRole Role, CultureInfo Culture, IReadOnlyList<Guid> BoardIds)
{
    public Viewer Viewer => new(ParticipantId, Role);

    public bool IsFacilitator => Role == ParticipantRole.Facilitator;

    public bool Sees(Guid boardId) => BoardIds.Contains(boardId);
}
