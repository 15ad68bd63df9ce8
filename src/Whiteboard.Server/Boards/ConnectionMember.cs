using System.Globalization;
using Microsoft.AspNetCore.SignalR;
using Whiteboard.Core.Participants;
using Whiteboard.Core.Privacy;
using Whiteboard.Server.Localization;
using Whiteboard.Server.Storage;

namespace Whiteboard.Server.Boards;

/// <summary>
/// Who a hub connection is, once it joined, and the boards it joined. Every later call is authorised against this and
/// against the board's state (<see cref="Core.Boards.BoardState.IsMember"/>): someone moved, removed or signed out since
/// the join is refused there, whatever this record still says.
/// </summary>
public sealed record ConnectionMember(WorkshopRecord Workshop, Guid ParticipantId, ParticipantRole Role, CultureInfo Culture, IReadOnlyList<Guid> BoardIds)
{
    public Viewer Viewer => new(ParticipantId, Role);

    public bool IsFacilitator => Role == ParticipantRole.Facilitator;

    public bool Sees(Guid boardId) => BoardIds.Contains(boardId);

    public static ConnectionMember? Of(HubCallerContext context) => ConnectionSlots.Of(context)?.Member;

    public static void Set(HubCallerContext context, ConnectionMember? member)
    {
        // Every connection has its slots (HubCallLimits opens them); without, a member could never be taken off the boards.
        (ConnectionSlots.Of(context) ?? throw new InvalidOperationException("The connection has no slots.")).Member = member;
    }

    /// <summary>The language to answer a connection in: its member's, else Chinese (the default).</summary>
    public static CultureInfo CultureOf(HubCallerContext context) => Of(context)?.Culture ?? Cultures.Chinese;
}
