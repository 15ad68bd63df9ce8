using Whiteboard.Core.Boards;
using Whiteboard.Core.Workshops;

namespace Whiteboard.Core.Protocol;

/// <summary>
/// A workshop as anyone with its code may know it: its title, language, template and group boards in order, and the join
/// link as trainees' devices reach it (the laptop's network address, not "localhost").
/// </summary>
public sealed record WorkshopInfo(
    Guid WorkshopId, string Code, string Title, BoardLanguage Language, WorkshopTemplate Template, IReadOnlyList<GroupInfo> Groups,
    string? JoinUrl = null);
