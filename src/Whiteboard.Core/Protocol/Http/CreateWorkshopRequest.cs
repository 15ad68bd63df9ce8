using Whiteboard.Core.Boards;
using Whiteboard.Core.Workshops;

namespace Whiteboard.Core.Protocol.Http;

/// <summary>
/// POST /api/workshops. <see cref="Flow"/> is a library flow's id (GET /api/templates lists them; rule F1): every group's
/// board gets its steps. <see cref="FromCode"/> and <see cref="FromFacilitatorSecret"/> make it a follow-on of an earlier
/// workshop: that one's open action items come into every group's Reflection stage (rule A8). <see cref="Design"/> is a
/// facilitator's own flow (rule F4), checked like the library's (F2); it runs instead of <see cref="Flow"/>.
/// </summary>
public sealed record CreateWorkshopRequest(
    string? Title, BoardLanguage Language = BoardLanguage.ZhCn, WorkshopTemplate Template = WorkshopTemplate.ActionLearning, int Groups = 1,
    string? FromCode = null, string? FromFacilitatorSecret = null, string? Flow = null, Flows.Flow? Design = null);
