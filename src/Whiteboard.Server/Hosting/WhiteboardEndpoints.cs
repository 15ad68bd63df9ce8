using Whiteboard.Core.Protocol;
using Whiteboard.Server.Boards;
using Whiteboard.Server.FollowUp;
using Whiteboard.Server.Reports;
using Whiteboard.Server.Storage;
using Whiteboard.Server.Workshops;

namespace Whiteboard.Server.Hosting;

/// <summary>The request pipeline and every endpoint: the hub, the HTTP API, health, and the browser app.</summary>
public static class WhiteboardEndpoints
{
    public static WebApplication MapWhiteboard(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.Use(SecurityHeaders);
        app.UseRequestLocalization();
        app.UseMiddleware<StoreOutageMiddleware>();
        app.MapStaticAssets();
        app.MapHub<BoardHub>(BoardHubMethods.Path);
        app.MapWorkshops();
        app.MapFollowUp();
        app.MapReports();
        app.MapGet("/healthz", (IBoardStore store) => Results.Ok(new { status = "ok", store = store.Kind }));
        app.MapFallbackToFile("index.html");
        // A follow-up token ends in ".signature": the plain fallback takes that for a missing file.
        app.MapFallbackToFile("f/{*token}", "index.html");
        return app;
    }

    private static Task SecurityHeaders(HttpContext context, Func<Task> next)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        return next();
    }
}
