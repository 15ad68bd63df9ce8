using Whiteboard.Core.Flows;
using Whiteboard.Core.Protocol.Http;
using Whiteboard.Core.Workshops;
using Whiteboard.Server.Storage;

namespace Whiteboard.Server.Workshops;

/// <summary>Which flow a workshop runs (rule F1).</summary>
public static class WorkshopFlows
{
    /// <summary>
    /// The facilitator's own design (rule F4); else the library flow asked for; none asked, the classic cycle for an
    /// action-learning workshop; null otherwise.
    /// </summary>
    public static Flow? Chosen(CreateWorkshopRequest request) =>
        request.Design is { } design ? design
        : request.Flow is { } id ? FlowLibrary.Find(id)
        : request.Template == WorkshopTemplate.ActionLearning ? FlowLibrary.Find(FlowLibrary.ActionLearning)
        : null;

    /// <summary>The flow a stored workshop runs: its own, or for one made before flows were kept, the classic cycle it ran.</summary>
    public static Flow? Of(WorkshopRecord workshop) =>
        workshop.Flow ?? (workshop.Template == WorkshopTemplate.ActionLearning ? FlowLibrary.Find(FlowLibrary.ActionLearning) : null);
}
