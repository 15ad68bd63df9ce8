using Whiteboard.Client.Flows;
using Whiteboard.Client.Boards;
using Whiteboard.Client.Cases;
using Whiteboard.Client.Connection;
using Whiteboard.Client.FollowUp;
using Whiteboard.Client.Localization;
using Whiteboard.Client.Notes;
using Whiteboard.Client.Office;
using Whiteboard.Client.Browser;
using Whiteboard.Client.Reports;
using Whiteboard.Client.Workshops;

namespace Whiteboard.Client;

public static class ClientServices
{
    public static IServiceCollection AddWhiteboardClient(this IServiceCollection services, string baseAddress)
    {
        services.AddLocalization();
        services.AddSingleton(TimeProvider.System);
        services.AddScoped(_ => new HttpClient { BaseAddress = new Uri(baseAddress) });
        services.AddScoped<WorkshopsApi>();
        services.AddScoped<ReportsApi>();
        services.AddScoped<FlowsApi>();
        services.AddScoped<MyFlows>();
        services.AddScoped<WorkshopGuides>();
        services.AddTransient<FlowReviser>();
        services.AddScoped<FollowUpApi>();
        services.AddScoped<OfficeApi>();
        services.AddScoped<CasesApi>();
        services.AddScoped<ProgrammeApi>();
        services.AddScoped<ProgrammeKeys>();
        services.AddScoped<WorkshopCredentials>();
        services.AddScoped<WorkshopEntry>();
        services.AddScoped<BoardConnection>();
        services.AddScoped<BrowserStore>();
        services.AddScoped<BrowserNetwork>();
        services.AddScoped<WorkshopKeeper>();
        services.AddScoped<TypingKeeper>();
        services.AddScoped<UiLanguage>();
        services.AddScoped<ClassClock>();
        services.AddScoped<WorkshopClient>();
        return services;
    }
}
