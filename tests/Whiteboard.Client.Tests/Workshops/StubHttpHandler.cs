using System.Net;
using System.Net.Http.Json;

namespace Whiteboard.Client.Tests.Workshops;

/// <summary>The transport under a real HttpClient: records each request (with its body) and answers from a function.</summary>
public sealed class StubHttpHandler : HttpMessageHandler
{
    public List<(HttpRequestMessage Request, string Body)> Requests { get; } = [];

    public Func<HttpRequestMessage, HttpResponseMessage> Answer { get; set; } = _ => new HttpResponseMessage(HttpStatusCode.NotFound);

    public HttpClient Client() => new(this) { BaseAddress = new Uri("http://wb.test/") };

    public static HttpResponseMessage Json<T>(T value, HttpStatusCode status = HttpStatusCode.OK) =>
        new(status) { Content = JsonContent.Create(value, options: WireJson.Options) };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Add((request, body));
        return Answer(request);
    }
}
