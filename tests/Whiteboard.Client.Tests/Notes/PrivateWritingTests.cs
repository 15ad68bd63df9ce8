namespace Whiteboard.Client.Tests.Notes;

public class PrivateWritingTests : ClientTestContext
{
    private readonly TestBoard _board = new(); // Problem: private writing, anonymous authors

    [Fact]
    public void My_hidden_note_carries_an_only_me_badge() // rule H1
    {
        var note = _board.AddNote("其实是领导不放权", hidden: true, anonymity: NoteAnonymity.HiddenFromEveryone);

        var (cut, _) = RenderBoard(_board, _board.Trainee);

        Assert.Contains("仅自己可见", cut.Find($"[data-note-id='{note.Id}'] [data-testid=private-badge]").TextContent);
        Assert.Empty(cut.FindAll($"[data-note-id='{note.Id}'] [data-testid=vote-button]")); // H4: not voted on while hidden
    }

    [Fact]
    public void The_facilitator_sees_hidden_notes_marked_not_revealed()
    {
        var note = _board.AddNote("其实是领导不放权", hidden: true, anonymity: NoteAnonymity.HiddenFromEveryone);
        _board.Notes[0] = note with { AuthorId = Guid.Empty }; // the facilitator's view does not know the author

        var (cut, _) = RenderBoard(_board, _board.Facilitator);

        Assert.Contains("未揭示", cut.Find("[data-testid=private-badge]").TextContent);
        Assert.Empty(cut.FindAll(".note-author"));
    }

    [Fact]
    public void A_participant_is_told_their_notes_stay_private_until_revealed()
    {
        var (cut, _) = RenderBoard(_board, _board.Trainee);

        Assert.Contains("你的便签在促进师揭示前只有你自己能看到", cut.Find("[data-testid=private-banner]").TextContent);
    }

    [Fact]
    public void Anonymous_notes_of_others_show_no_author() // rule H3
    {
        _board.AddNote("会议太多", author: Guid.Empty, anonymity: NoteAnonymity.HiddenFromParticipants);

        var (cut, _) = RenderBoard(_board, _board.Trainee);

        Assert.Empty(cut.FindAll(".note-author"));
    }

    [Fact]
    public async Task A_reveal_brings_in_the_others_notes_without_badges() // rule H2
    {
        var mine = _board.AddNote("我的", hidden: true);
        var (cut, session) = RenderBoard(_board, _board.Trainee);
        var theirs = new Note(Guid.NewGuid(), "problem", "他们的", NoteColor.Blue, 300, 80, Guid.Empty, null, false,
            NoteAnonymity.HiddenFromEveryone, TestBoard.Start, TestBoard.Start);

        await cut.InvokeAsync(() => session.ReceiveAsync([_board.Event(4, new NotesRevealed("problem", [theirs]), _board.Facilitator.Id)]));

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=note]").Count));
        Assert.Empty(cut.FindAll("[data-testid=private-badge]"));
        Assert.Single(cut.FindAll($"[data-note-id='{mine.Id}'][data-testid=note]"));
        // The banner said "until revealed": once the notes are the room's, it goes.
        Assert.Empty(cut.FindAll("[data-testid=private-banner]"));
    }

    [Fact]
    public void In_a_locked_stage_adding_is_disabled_with_the_reason() // rule ST5
    {
        _board.SetStage("problem", s => s with { Status = StageStatus.Locked });

        var (cut, _) = RenderBoard(_board, _board.Trainee);

        Assert.True(cut.Find("[data-testid=add-note]").HasAttribute("disabled"));
        Assert.Equal("促进师已锁定这个阶段，内容暂时不能修改。", cut.Find("[data-testid=add-note-reason]").TextContent);
        Assert.Single(cut.FindAll("[data-testid=locked-banner]"));
    }

    [Fact]
    public void The_facilitator_still_writes_in_a_locked_stage()
    {
        _board.SetStage("problem", s => s with { Status = StageStatus.Locked });

        var (cut, _) = RenderBoard(_board, _board.Facilitator);

        Assert.False(cut.Find("[data-testid=add-note]").HasAttribute("disabled"));
    }

    [Fact]
    public void A_note_refused_because_the_stage_was_locked_meanwhile_stays_in_the_editor()
    {
        _board.Answer = e => new CommandAck(e.OpId, 0, new Rejection(RejectionCode.StageLocked), null);
        var (cut, _) = RenderBoard(_board, _board.Trainee);

        cut.Find("[data-testid=add-note]").Click();
        cut.Find("[data-testid=note-editor]").Input("差一点就写完了");
        cut.Find("[data-testid=save-note]").Click();

        cut.WaitForAssertion(() => Assert.Equal("差一点就写完了", cut.Find("[data-testid=note-editor]").GetAttribute("value")));
        Assert.Equal("促进师已锁定这个阶段，内容暂时不能修改。", cut.Find("[data-testid=error-message] span").TextContent);
    }
}
