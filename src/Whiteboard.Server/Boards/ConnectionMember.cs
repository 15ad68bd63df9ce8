using System.Globalization;
using Whiteboard.Core.Participants;

namespace Whiteboard.Server.Boards;

/// <summary>Who a hub connection is, once it joined a board: every later call is authorised against this.</summary>
public sealed record ConnectionMember(Guid BoardId, Guid ParticipantId, ParticipantRole Role, CultureInfo Culture);
