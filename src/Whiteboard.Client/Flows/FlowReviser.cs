using Whiteboard.Client.Connection;
using Whiteboard.Client.Workshops;
using Whiteboard.Core.Boards;
using Whiteboard.Core.Flows;
using Whiteboard.Core.Protocol.Http;
using Whiteboard.Core.Rejections;

namespace Whiteboard.Client.Flows;

/// <summary>
/// Rule F5 from the console: the running workshop's flow, as every group's board has it now with the guides, opened in the
/// designer; applied for every group with one operation id, kept until it is taken, so that sending it again after a
/// lost answer changes the boards once.
/// </summary>
public sealed class FlowReviser(FlowsApi api, WorkshopCredentials credentials, WorkshopGuides guides)
{
    private Guid _opId = Guid.NewGuid();

    public FlowDesigner? Designer { get; private set; }

    /// <summary>Why the last apply was refused (a step that ran meanwhile, the server unreachable), or null.</summary>
    public RejectionCode? Problem { get; private set; }

    public bool Applying { get; private set; }

    /// <summary>The design on screen is what every group now runs.</summary>
    public bool Applied { get; private set; }

    public async Task BeginAsync(string code, WorkshopSession session, BoardLanguage writing)
    {
        var flow = await guides.FlowAsync(code);
        var title = new LocalizedText(session.Workshop.Title, session.Workshop.Title);
        Designer = new FlowDesigner(FlowRevision.Begin(flow, session.Boards[0].State, title), writing,
            () => [.. session.Boards.Select(b => b.State)]);
    }

    public async Task ApplyAsync(string code)
    {
        if (Designer is not { } designer || Applying) return;
        (Applying, Applied, Problem) = (true, false, null);
        try
        {
            var secret = await credentials.FacilitatorSecretAsync(code);
            var result = await api.ReviseAsync(code, secret, new ReviseFlowRequest(_opId, designer.Ready));
            if (result.Value is { } flow)
            {
                guides.Revised(code, flow);
                (_opId, Applied) = (Guid.NewGuid(), true); // the next change is a new revision
            }
            else Problem = result.Problem ?? RejectionCode.Unavailable;
        }
        finally
        {
            Applying = false;
        }
    }
}
