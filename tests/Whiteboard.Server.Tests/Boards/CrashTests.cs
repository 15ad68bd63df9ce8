using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Whiteboard.Core.Protocol.Http;
using Whiteboard.Server.Boards;
using Whiteboard.Server.Workshops;
using static Whiteboard.Server.Tests.Support.TestApp;
using Whiteboard.Tests.Shared;

namespace Whiteboard.Server.Tests.Boards;

public sealed class CrashTests
{
    [Fact]
    public async Task Every_acknowledged_note_survives_kill_minus_9()
    {
        var folder = TestFolders.New();
        try
        {
            var acknowledged = new List<Guid>();
            string code, secret;
            await using (var server = await ServerProcess.StartAsync(folder))
            {
                using var http = new HttpClient { BaseAddress = server.BaseAddress };
                var created = await (await http.PostAsJsonAsync("api/boards", new { title = "崩溃测试" }))
                    .Content.ReadFromJsonAsync<CreateBoardResponse>(WireJson.Options);
                code = created!.Code;
                secret = SecretOf(created.FacilitatorUrl);
                await using var client = new BoardClient(new HubConnectionBuilder()
                    .WithUrl(new Uri(server.BaseAddress, BoardHubMethods.Path))
                    .AddJsonProtocol(o => WireJson.Configure(o.PayloadSerializerOptions)).Build());
                await client.StartAsync();
                await client.JoinAsync(new JoinRequest(code, "王芳"));

                // Submit a burst without waiting for each answer, then kill the process the moment the last ack is in.
                var sends = Enumerable.Range(0, 40).Select(i =>
                {
                    var id = Guid.NewGuid();
                    return (id, ack: client.SubmitAsync(new AddNote(id, Stage, $"第 {i} 张", NoteColor.Yellow, i, i)));
                }).ToList();
                foreach (var (id, ack) in sends)
                    if ((await ack).Accepted) acknowledged.Add(id);
                await server.KillAsync();
            }

            await using var restarted = await ServerProcess.StartAsync(folder);
            using var again = new HttpClient { BaseAddress = restarted.BaseAddress };
            using var exporting = new HttpRequestMessage(HttpMethod.Get, $"api/boards/{code}/export");
            exporting.Headers.Add(CredentialHeaders.FacilitatorSecret, secret);
            var export = await (await again.SendAsync(exporting)).Content.ReadFromJsonAsync<JsonElement>();
            var stored = export.GetProperty("notes").EnumerateArray().Select(n => n.GetProperty("id").GetGuid()).ToHashSet();

            Assert.Equal(40, acknowledged.Count);
            Assert.Superset(acknowledged.ToHashSet(), stored);
        }
        finally
        {
            TestFolders.Delete(folder);
        }
    }
}
