using System.Security.Cryptography;
using System.Text;
using Whiteboard.Server.Flows;
using Whiteboard.Server.Reports;

namespace Whiteboard.Server.Hosting;

/// <summary>
/// Response headers that limit what a page may do (docs/SECURITY.md). The app may run only its own scripts (and compile
/// WebAssembly, <c>'wasm-unsafe-eval'</c>), nothing inline; styles only its own, plus the style attributes the canvas sets.
/// What the API answers as a document — reports, follow-up slips, SVG — is sandboxed and runs no script at all, even if
/// escaping ever failed.
/// </summary>
public static class SecurityHeaders
{
    public static readonly string App = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; " +
        $"style-src 'self' {string.Join(' ', DocumentStyles.Select(Hash))}; style-src-attr 'unsafe-inline'; " +
        "img-src 'self' data: blob:; font-src 'self'; connect-src 'self' blob:; worker-src 'self'; manifest-src 'self'; object-src 'none'; " +
        "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// The style blocks of the documents the app opens from memory. A blob: page keeps the policy of the app that made it,
    /// which allows no inline style: each of these exact blocks is allowed by its hash, and nothing else is.
    /// </summary>
    public static IReadOnlyList<string> DocumentStyles => [HtmlReport.Style, FollowUpSlips.Style, RunSheet.Style];

    private static string Hash(string style) =>
        $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(style)))}'";

    public const string Document = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'";

    /// <summary>
    /// The same for a document the app opens from memory (a report fetched with the secret, shown through an object URL,
    /// where no response header applies): its first element says it runs no script and loads nothing.
    /// </summary>
    public const string DocumentMeta = "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">";

    public static Task Add(HttpContext context, Func<Task> next)
    {
        var response = context.Response;
        response.OnStarting(() =>
        {
            var type = response.ContentType ?? "";
            var document = context.Request.Path.StartsWithSegments("/api")
                && (type.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) || type.StartsWith("image/svg+xml", StringComparison.OrdinalIgnoreCase));
            response.Headers.ContentSecurityPolicy = document ? Document : App;
            return Task.CompletedTask;
        });
        var headers = response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        return next();
    }
}
