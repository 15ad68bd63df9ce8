using System.Globalization;
using Blazor.Diagrams.Core.Geometry;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Whiteboard.Client.Boards;
using Whiteboard.Client.Connection;
using Whiteboard.Client.Localization;
using Whiteboard.Client.Notes;
using Whiteboard.Client.Browser;
using Whiteboard.Client.Tests.Browser;
using Whiteboard.Client.Flows;
using Whiteboard.Client.Tests.Workshops;
using Whiteboard.Client.Workshops;
using Whiteboard.Core.Participants;

namespace Whiteboard.Client.Tests;

/// <summary>A bUnit context with the client's services, Chinese as the UI language, and the JS a DiagramCanvas calls.</summary>
public abstract class ClientTestContext : BunitContext
{
    protected ClientTestContext()
    {
        var chinese = CultureInfo.GetCultureInfo("zh-CN");
        CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.CurrentUICulture = chinese;
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.CurrentCulture = chinese;

        JSInterop.Mode = JSRuntimeMode.Loose;
        JSInterop.Setup<Rectangle>("ZBlazorDiagrams.getBoundingClientRect", _ => true).SetResult(new Rectangle(0, 0, 1000, 600));
        Services.AddLocalization();
        Services.AddSingleton<TimeProvider>(Time);
        Services.AddScoped<UiLanguage>();
        Services.AddScoped<ClassClock>();
        Services.AddSingleton(Storage);
        Services.AddScoped(_ => new BrowserStore(Storage));
        Services.AddScoped<BrowserNetwork>();
        Services.AddScoped<TypingKeeper>();
        // A facilitator's board asks for its workshop's flow (the guides); the answer is the test's to give.
        Services.AddSingleton(_ => Http.Client());
        Services.AddScoped<WorkshopCredentials>();
        Services.AddScoped<FlowsApi>();
        Services.AddScoped<MyFlows>();
        Services.AddScoped<WorkshopGuides>();
        Services.AddScoped<Whiteboard.Client.Office.ProgrammeApi>();
        SetRendererInfo(new RendererInfo("WebAssembly", true)); // reads services: after adding them
    }

    /// <summary>The server's HTTP API as the test answers it: by default, nothing is found.</summary>
    protected StubHttpHandler Http { get; } = new();

    protected FakeTimeProvider Time { get; } = new();

    /// <summary>The browser's local storage: drafts and outboxes are kept here.</summary>
    protected FakeLocalStorage Storage { get; } = new();

    /// <summary>The server's clock as the browser estimates it: here, the fake time itself.</summary>
    protected ServerClock Clock => _clock ??= new ServerClock(Time);

    private ServerClock? _clock;

    /// <summary>A board view of <paramref name="board"/> as <paramref name="me"/> sees it, and its session.</summary>
    /// <summary>A tap on a note: it is selected and shows its buttons.</summary>
    protected static void Select(IRenderedComponent<BoardView> cut, Guid noteId)
    {
        cut.Find($".diagram-node[data-node-id='{noteId}']").PointerDown(
            new Microsoft.AspNetCore.Components.Web.PointerEventArgs { ClientX = 110, ClientY = 90, Button = 0 });
        cut.Find(".diagram-canvas").PointerUp(new Microsoft.AspNetCore.Components.Web.PointerEventArgs { ClientX = 110, ClientY = 90 });
    }

    protected (IRenderedComponent<BoardView> Cut, BoardSession Session) RenderBoard(TestBoard board, Participant me)
    {
        var session = board.SessionFor(me, Time);
        var cut = Render<BoardView>(p => p
            .Add(v => v.Session, session)
            .Add(v => v.Code, "K7M2QX")
            .Add(v => v.Clock, Clock)
            .Add(v => v.Status, ConnectionState.Online));
        return (cut, session);
    }
}
