using Whiteboard.Server.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddWhiteboard();

var app = builder.Build();
await app.InitializeStoreAsync();
app.MapWhiteboard();
app.Run();

/// <summary>The entry point, visible to tests that host the app in-process.</summary>
public partial class Program;
