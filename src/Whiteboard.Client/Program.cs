using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Components.WebAssembly.Hosting;
using Whiteboard.Client;
using Whiteboard.Client.Background;
using Whiteboard.Client.Localization;

var builder = WebAssemblyHostBuilder.CreateDefault(args);
builder.RootComponents.Add<App>("#app");
builder.RootComponents.Add<HeadOutlet>("head::after");
builder.Services.AddWhiteboardClient(builder.HostEnvironment.BaseAddress);

var host = builder.Build();
BackgroundWork.UseLogger(host.Services.GetRequiredService<ILoggerFactory>().CreateLogger(nameof(BackgroundWork)));
// The remembered language applies before the first render, so the first screen is already in it.
await host.Services.GetRequiredService<UiLanguage>().LoadAsync();
await host.RunAsync();
