using System.Globalization;
using Blazor.Diagrams.Core.Geometry;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Whiteboard.Client.Localization;

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
        SetRendererInfo(new RendererInfo("WebAssembly", true)); // reads services: after adding them
    }

    protected FakeTimeProvider Time { get; } = new();
}
