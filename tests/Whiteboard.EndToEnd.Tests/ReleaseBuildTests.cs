using Whiteboard.Tests.Shared;

namespace Whiteboard.EndToEnd.Tests;

/// <summary>What ships: the Release publish (trimmed WebAssembly, compressed assets, Production), driven in Chromium.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReleaseBuildTests(BrowserFixture fixture)
{
    [Fact]
    public async Task The_published_release_build_runs_a_board_between_two_browsers()
    {
        var folder = Path.Combine(Path.GetTempPath(), "wb-release-data-" + Guid.NewGuid().ToString("N"));
        await using var server = await ServerProcess.StartPublishedAsync(await ReleaseBuild.FolderAsync(), folder);
        var facilitator = await fixture.NewPersonAsync(new() { BaseURL = server.BaseAddress.ToString() });
        var code = await CreateBoardAsync(facilitator, "发布版本");
        await facilitator.GetByTestId("open-board").ClickAsync();
        await JoinAsync(facilitator, "王老师");
        var trainee = await fixture.NewTabletPersonAsync(server.BaseAddress);
        await OpenAndJoinAsync(trainee, code, "李明");

        var noteId = await AddNoteByTouchAsync(trainee, "发布版也能同步");
        await Expect(NoteById(facilitator, noteId)).ToBeVisibleAsync();
        await facilitator.GetByTestId("language-switch").ClickAsync();
        await Expect(facilitator.GetByTestId("add-note")).ToContainTextAsync("Add note"); // English satellites survived trimming

        // A tablet opening the join link cold: what crosses the classroom's Wi-Fi (compressed), until the name field shows.
        var cold = await fixture.NewTabletPersonAsync(server.BaseAddress);
        var finished = new List<IRequest>();
        cold.Context.RequestFinished += (_, request) => { lock (finished) finished.Add(request); }; // the service worker's too
        await cold.GotoAsync($"/b/{code}");
        await Expect(cold.GetByTestId("display-name")).ToBeVisibleAsync();
        await cold.WaitForLoadStateAsync(LoadState.NetworkIdle);
        IRequest[] requests;
        lock (finished) requests = [.. finished];
        var bytes = (await Task.WhenAll(requests.Select(WireBytesAsync))).Sum();
        Assert.True(bytes <= 3_500_000, $"a cold join link cost {bytes:N0} bytes in {requests.Length} requests (at most 3.5 MB)");

        await cold.Context.CloseAsync();
        await trainee.Context.CloseAsync();
        await facilitator.Context.CloseAsync();
        try { Directory.Delete(folder, recursive: true); } catch (DirectoryNotFoundException) { }
    }

    /// <summary>
    /// What a response cost on the wire (compressed body and headers). Chromium sometimes never answers Playwright's sizes
    /// (microsoft/playwright#9349), which hung the whole suite: after a wait, the response's own compressed length. Every
    /// wait here has a limit, so a browser that stops answering fails the test instead of stalling the run.
    /// </summary>
    private static async Task<long> WireBytesAsync(IRequest request)
    {
        var sizes = request.SizesAsync();
        if (await Task.WhenAny(sizes, Task.Delay(TimeSpan.FromSeconds(5))) == sizes)
            return (await sizes).ResponseBodySize + (await sizes).ResponseHeadersSize;
        var response = await request.ResponseAsync().WaitAsync(TimeSpan.FromSeconds(10)) ?? throw new InvalidOperationException($"{request.Url} finished without a response");
        return response.Headers.TryGetValue("content-length", out var length) && long.TryParse(length, out var n) ? n
            : (await response.BodyAsync().WaitAsync(TimeSpan.FromSeconds(10))).LongLength;
    }
}
