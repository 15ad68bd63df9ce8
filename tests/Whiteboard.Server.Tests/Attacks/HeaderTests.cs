using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Whiteboard.Server.Hosting;
using static Whiteboard.Server.Tests.Support.TestApp;

namespace Whiteboard.Server.Tests.Attacks;

/// <summary>
/// The audit: no Content-Security-Policy anywhere, while reports open as blob: pages in the app's origin, where local
/// storage holds facilitator secrets.
/// </summary>
public sealed class HeaderTests
{
    [Fact]
    public async Task The_app_runs_only_its_own_scripts_and_none_inline()
    {
        await using var app = TestApp.Start();

        var page = await app.Http.GetAsync("/");
        var policy = page.Headers.GetValues("Content-Security-Policy").Single();
        var html = await page.Content.ReadAsStringAsync();

        Assert.Contains("script-src 'self' 'wasm-unsafe-eval';", policy);
        Assert.DoesNotContain("'unsafe-inline'", policy.Split("style-src-attr")[0]);
        Assert.Contains("frame-ancestors 'none'", policy);
        // The documents opened from memory keep this policy: their own style blocks, and only those, are allowed by hash.
        Assert.Equal(SecurityHeaders.DocumentStyles.Count, Regex.Matches(policy.Split("style-src-attr")[0], "'sha256-[A-Za-z0-9+/=]{44}'").Count);
        Assert.Empty(InlineScript().Matches(html)); // every <script> has a src: the policy would block it otherwise
    }

    [Fact]
    public async Task Reports_slips_and_pictures_run_no_script_even_if_escaping_failed()
    {
        await using var app = TestApp.Start();
        await using var session = await AfterClass.SessionToSummary.RunAsync(app);
        var code = session.People.Workshop.Code;
        var secret = session.People.FacilitatorSecret;

        foreach (var path in new[] { $"/api/workshops/{code}/report?format=html", $"/api/workshops/{code}/actions?format=slips",
                     $"/api/workshops/{code}/insight?format=svg", $"/api/workshops/{code}/qr.svg" })
        {
            var response = await app.GetAsFacilitatorAsync(path, secret);
            Assert.Equal(SecurityHeaders.Document, response.Headers.GetValues("Content-Security-Policy").Single());
            Assert.StartsWith("sandbox;", SecurityHeaders.Document);
        }
        var report = await (await app.GetAsFacilitatorAsync($"/api/workshops/{code}/report?format=html", secret)).Content.ReadAsStringAsync();
        // Opened from memory as an object URL no header applies: the document itself says it runs no script.
        Assert.Contains($"<head><meta charset=\"utf-8\">{SecurityHeaders.DocumentMeta}", report);
    }

    private static readonly Regex InlineScriptTag = new("<script(?![^>]*\\bsrc=)[^>]*>", RegexOptions.IgnoreCase);

    private static Regex InlineScript() => InlineScriptTag;
}
