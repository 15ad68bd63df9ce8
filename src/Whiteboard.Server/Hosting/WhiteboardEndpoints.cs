using Whiteboard.Core.Protocol;
using Whiteboard.Server.Boards;
using Whiteboard.Server.Cases;
using Whiteboard.Server.Flows;
using Whiteboard.Server.FollowUp;
using Whiteboard.Server.Office;
using Whiteboard.Server.Programme;
using Whiteboard.Server.Reports;
using Whiteboard.Server.Storage;
using Whiteboard.Server.Workshops;

namespace Whiteboard.Server.Hosting;

/// <summary>The request pipeline and every endpoint: the hub, the HTTP API, health, and the browser app.</summary>
public static class WhiteboardEndpoints
{
    public static WebApplication MapWhiteboard(this WebApplication app)
    {
        app.UseForwardedHeaders(); // first: every limit counts the client's own address
        app.Use(SecurityHeaders.Add);
        // The hub's connections skip what only requests answered over HTTP use (a culture, a body cap, the outage answer: the
        // hub answers in the member's language and has its own per call): each would stay in memory for a connection's life.
        app.UseWhen(http => !http.Request.Path.StartsWithSegments(BoardHubMethods.Path), http =>
        {
            http.UseRequestLocalization();
            http.Use(RequestLimits.CapBodies);
            http.UseMiddleware<StoreOutageMiddleware>();
        });
        app.UseRateLimiter();
        app.MapStaticAssets();
        app.MapHub<BoardHub>(BoardHubMethods.Path);
        app.MapWorkshops();
        app.MapFollowUp();
        app.MapReports();
        app.MapFlows();
        app.MapOffice();
        app.MapProgramme();
        app.MapCases();
        app.MapGet("/healthz", (IBoardStore store) => Results.Ok(new { status = "ok", store = store.Kind }));
        app.MapFallbackToFile("index.html");
        // A follow-up token of the older link form (/f/{token}) ends in ".signature": the plain fallback takes that for a missing file.
        app.MapFallbackToFile("f/{*token}", "index.html");
        return app;
    }
}
