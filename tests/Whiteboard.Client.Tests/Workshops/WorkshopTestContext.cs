using Whiteboard.Client.Workshops;
using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Whiteboard.Client.Boards;
using Whiteboard.Client.Localization;
using Whiteboard.Client.Notes;
using Whiteboard.Client.Browser;
using Whiteboard.Client.Connection;
using Whiteboard.Client.Tests.Browser;

namespace Whiteboard.Client.Tests.Workshops;

/// <summary>
/// A bUnit context for the workshop screens: the client's services (as <see cref="ClientTestContext"/>, whose renderer
/// info closes the service list), the HTTP API over a stub transport, the kept credentials, and Chinese as the UI language.
/// </summary>
public abstract class WorkshopTestContext : BunitContext, IAsyncLifetime
{
    protected WorkshopTestContext()
    {
        var chinese = CultureInfo.GetCultureInfo("zh-CN");
        CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.CurrentUICulture = chinese;
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.CurrentCulture = chinese;

        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddLocalization();
        Services.AddSingleton<TimeProvider>(Time);
        Services.AddScoped<UiLanguage>();
        Services.AddScoped<ClassClock>();
        Services.AddSingleton(_ => Http.Client());
        Services.AddScoped<WorkshopsApi>();
        Services.AddScoped<Whiteboard.Client.Office.ProgrammeKeys>();
        Services.AddScoped<Whiteboard.Client.Office.OfficeApi>();
        Services.AddScoped<Whiteboard.Client.Cases.CasesApi>();
        Services.AddScoped<Whiteboard.Client.Office.ProgrammeApi>();
        Services.AddScoped<Whiteboard.Client.Reports.ReportsApi>();
        Services.AddScoped<Whiteboard.Client.Flows.FlowsApi>();
        Services.AddScoped<Whiteboard.Client.Flows.MyFlows>();
        Services.AddScoped<Whiteboard.Client.Flows.WorkshopGuides>();
        Services.AddScoped<Whiteboard.Client.FollowUp.FollowUpApi>();
        Services.AddScoped<WorkshopCredentials>();
        Services.AddScoped<WorkshopEntry>();
        Services.AddScoped(_ => new BrowserStore(LocalStorage));
        Services.AddScoped<BrowserNetwork>();
        Services.AddScoped<TypingKeeper>();
        // The workshop's pages open through the real client; nothing connects before someone joins.
        Services.AddScoped<BoardConnection>();
        Services.AddScoped<WorkshopKeeper>();
        Services.AddScoped<WorkshopClient>();
        SetRendererInfo(new RendererInfo("WebAssembly", true));
    }

    protected FakeTimeProvider Time { get; } = new(TestWorkshop.Start.AddHours(1));

    protected StubHttpHandler Http { get; } = new();

    protected FakeLocalStorage LocalStorage { get; } = new();

    protected TestWorkshop Workshop { get; } = new();

    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>The hub connection of a test that opened a workshop can only be disposed of asynchronously.</summary>
    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();
}
