var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.UseBlazorFrameworkFiles();
app.MapStaticAssets();
app.MapGet("/healthz", () => "ok");
app.MapFallbackToFile("index.html");
app.Run();
public partial class Program;
