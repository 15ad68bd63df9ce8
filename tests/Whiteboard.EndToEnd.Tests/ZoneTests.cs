namespace Whiteboard.EndToEnd.Tests;

/// <summary>
/// A tool canvas in the browser (rules Z1, Z2): the fishbone flow's cause step shows its bones and the problem at the head
/// on every screen; a trainee on a phone puts a cause on a bone with a tap, the facilitator drags it to another, and
/// every screen agrees which bone it is on.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ZoneTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_cause_goes_on_a_bone_by_a_tap_and_moves_to_another_by_a_drag_on_every_screen()
    {
        var facilitator = await fixture.NewPersonAsync();
        var code = await CreateFlowWorkshopAsync(facilitator, "鱼骨图：基层减负", "fishbone");
        await facilitator.GetByTestId("open-console").ClickAsync();
        await facilitator.GetByTestId("display-name").FillAsync("王老师");
        await facilitator.GetByTestId("join-button").ClickAsync();
        await facilitator.GetByTestId("open-group").ClickAsync();
        await Expect(facilitator.GetByTestId("board-canvas")).ToBeVisibleAsync();

        var phone = await fixture.NewPersonAsync(new() { ViewportSize = new() { Width = 390, Height = 844 }, HasTouch = true, IsMobile = true });
        await JoinByCodeAsync(phone, code, "李明");

        // The facilitator opens the first step and moves on to the causes, drawn as a fishbone on both screens.
        await facilitator.GetByTestId("advance-stage").ClickAsync();
        await facilitator.GetByTestId("advance-stage").ClickAsync();
        foreach (var page in new[] { facilitator, phone })
        {
            await Expect(page.GetByTestId("zone-layer")).ToHaveAttributeAsync("data-canvas", "Fishbone");
            await Expect(page.GetByTestId("zone")).ToHaveCountAsync(6);
            await Expect(page.GetByTestId("fish-head")).ToContainTextAsync("待分析的问题");
        }

        // On the phone: the zone is tapped in the editor.
        await phone.GetByTestId("add-note").TapAsync();
        await phone.Locator("[data-testid=note-zone][data-zone-id=people]").TapAsync();
        await phone.GetByTestId("note-editor").FillAsync("年轻干部不敢拍板");
        await phone.GetByTestId("save-note").TapAsync();
        var note = Note(phone, "年轻干部不敢拍板");
        await Expect(note).ToBeVisibleAsync();
        var noteId = (await note.GetAttributeAsync("data-note-id"))!;
        await Expect(note).ToBeInViewportAsync(); // the board went to the zone, off screen on a phone
        await ExpectOnZoneAsync(phone, noteId, "people");
        await ExpectOnZoneAsync(facilitator, noteId, "people");
        var problems = await Layout.ProblemsAtEverySizeAsync(phone, "zones-fishbone-trainee");

        // The causes were written privately (rule H1): revealed, they are the room's to move (H4).
        await facilitator.GetByTestId("reveal-notes").ClickAsync();
        await Expect(NodeOf(phone, noteId).Locator("[data-testid=private-badge]")).ToHaveCountAsync(0);

        // On the laptop: the note brought into view and dragged onto the bone beside it; both screens follow.
        await facilitator.GetByTestId("zoom-fit").ClickAsync();
        await BringIntoViewAsync(facilitator, NodeOf(facilitator, noteId));
        var rules = facilitator.Locator("[data-testid=zone][data-zone-id=rules]");
        var from = (await NodeOf(facilitator, noteId).Locator(".sticky-note").BoundingBoxAsync())!;
        var to = (await rules.BoundingBoxAsync())!;
        await DragAsync(facilitator, NodeOf(facilitator, noteId), to.X + to.Width / 2 - (from.X + from.Width / 2), 0);
        await ExpectOnZoneAsync(facilitator, noteId, "rules");
        await ExpectOnZoneAsync(phone, noteId, "rules");
        await Screenshots.SaveAsync(facilitator, "zones-fishbone-facilitator");

        Assert.Empty(problems);
        await phone.Context.CloseAsync();
        await facilitator.Context.CloseAsync();
    }
}
