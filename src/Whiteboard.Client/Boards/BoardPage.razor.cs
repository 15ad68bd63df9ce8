using Microsoft.AspNetCore.Components;
using Whiteboard.Client.Workshops;
using Whiteboard.Client.Connection;

namespace Whiteboard.Client.Boards;

/// <summary>
/// /b/{code}: joins the workshop (asking for a name only when this browser has never joined it) and shows this person's
/// board — a participant's group; a facilitator or observer of several groups goes on to the console instead.
/// /b/{code}/g/{n}: group n's board, for facilitators and observers.
/// </summary>
public partial class BoardPage
{
    [Parameter] public string Code { get; set; } = "";
    [Parameter] public int? GroupNumber { get; set; }

    [Inject] private WorkshopClient Client { get; set; } = default!;

    private string TitleOf(WorkshopSession session) => GroupNumber is { } n
        ? $"{T["GroupName", n]} · {session.Workshop.Title}"
        : session.Home.State.Title;

    private string? RedirectFor(WorkshopSession session) => GroupNumber is { } number
        ? WorkshopRoutes.FromGroup(Client.Code, session.Role, session.Boards.Count, number)
        : WorkshopRoutes.FromBoard(Client.Code, session.Role, session.Boards.Count);
}
