using Whiteboard.Client.ActionItems;
using Whiteboard.Client.Boards;
using Whiteboard.Client.Clusters;
using Whiteboard.Client.Notes;
using Whiteboard.Core.ActionItems;
using Whiteboard.Core.Boards;
using Whiteboard.Core.Participants;
using Whiteboard.Core.Privacy;

namespace Whiteboard.Client.Tests.Boards;

/// <summary>The board screen's logic — editors, picking, the shown stage, drops and zoom — in plain classes: tested without rendering.</summary>
public class BoardScreenLogicTests
{
    private readonly TestBoard _board = new();

    private BoardState State => _board.Snapshot.ToState();

    private Viewer ViewerOf(Participant p) => new(p.Id, p.Role);

    [Fact]
    public void The_shown_stage_is_the_tapped_one_until_the_facilitator_moves_on()
    {
        var shown = new ShownStage(State);
        Assert.Equal("problem", shown.In(State)?.Id);

        _board.SetStage("problem", s => s with { Status = StageStatus.Done });
        _board.SetStage("plan", s => s with { Status = StageStatus.Open });
        shown.Show("problem", State);
        Assert.Equal("problem", shown.In(State)?.Id);

        Assert.True(shown.FollowCurrent(State));
        Assert.Equal("plan", shown.In(State)?.Id);
        Assert.False(shown.FollowCurrent(State));
    }

    [Fact]
    public void Picking_takes_only_notes_the_room_has_seen_and_groups_them_in_the_order_they_are_drawn()
    {
        var first = _board.AddNote("审批流程长");
        var hidden = _board.AddNote("还没公开", hidden: true);
        var picking = new Picking();
        picking.Toggle();

        picking.TogglePick(hidden.Id, State, ViewerOf(_board.Trainee)); // rule H4
        var second = _board.AddNote("会议太多", author: _board.Colleague.Id);
        picking.TogglePick(second.Id, State, ViewerOf(_board.Trainee));
        picking.TogglePick(first.Id, State, ViewerOf(_board.Trainee));
        Assert.Equal(new HashSet<Guid> { first.Id, second.Id }, picking.Picked);
        Assert.Null(new Picking().Group(State)); // rule C1: two or more

        var cluster = picking.Group(State);

        Assert.Equal([first.Id, second.Id], cluster!.NoteIds);
        Assert.False(picking.Active);
    }

    [Fact]
    public void Refused_words_wait_for_the_note_editor_and_come_back_one_at_a_time()
    {
        var editing = new NoteEditing();
        var viewer = ViewerOf(_board.Trainee);
        editing.Open(null, null, State, viewer);

        editing.Refused(new AddNote(Guid.NewGuid(), "problem", "第一条", NoteColor.Pink, 0, 0), State, viewer);
        editing.Refused(new AddNote(Guid.NewGuid(), "problem", "第二条", NoteColor.Blue, 0, 0), State, viewer);
        Assert.Null(editing.NextRefused()); // the editor is busy

        editing.Close();
        Assert.Equal((null, new NoteDraft("第一条", NoteColor.Pink)), editing.NextRefused()!.Value);
    }

    [Fact]
    public void Saving_a_note_sends_only_what_changed()
    {
        var note = _board.AddNote("会议太多", NoteColor.Yellow);
        var editing = new NoteEditing();
        Assert.True(editing.Open(note.Id, null, State, ViewerOf(_board.Trainee)));

        var changes = editing.Save(new NoteDraft(" 会议太多 ", NoteColor.Green), State, "problem", (_, _) => (0, 0));

        Assert.Equal([new RecolorNote(note.Id, NoteColor.Green)], changes);
        Assert.False(editing.IsOpen);
        Assert.False(editing.Open(note.Id, null, State, ViewerOf(_board.Colleague))); // rule N5: not theirs
    }

    [Fact]
    public void A_draft_begun_before_the_stage_moved_on_says_so()
    {
        var editing = new NoteEditing();
        var viewer = ViewerOf(_board.Trainee);
        editing.Open(null, null, State, viewer);
        Assert.Null(editing.Notice(State, viewer));

        _board.SetStage("problem", s => s with { Status = StageStatus.Locked });
        Assert.Equal(DraftNotice.StageLocked, editing.Notice(State, viewer));
        _board.SetStage("problem", s => s with { Status = StageStatus.Done });
        _board.SetStage("plan", s => s with { Status = StageStatus.Open });
        Assert.Equal(DraftNotice.StageChanged, editing.Notice(State, viewer));
    }

    [Fact]
    public void A_refused_action_item_comes_back_when_the_action_editor_is_free()
    {
        var editing = new ActionEditing();
        var create = new CreateActionItem(Guid.NewGuid(), "编制流程图", new ActionOwner(_board.Colleague.Id, null), null, null);

        Assert.True(editing.Reopen(create, State, ViewerOf(_board.Trainee)));
        Assert.Equal(("编制流程图", (Guid?)_board.Colleague.Id), (editing.Draft.What, editing.Draft.OwnerId));
        Assert.False(editing.Reopen(create, State, ViewerOf(_board.Trainee))); // busy: the words stay where they are
    }

    [Fact]
    public void Action_items_are_given_to_the_boards_people_trainees_first_never_to_observers()
    {
        Assert.Equal([_board.Trainee.Id, _board.Colleague.Id, _board.Facilitator.Id], ActionEditing.Owners(State).Select(p => p.Id));
    }

    private static StickyNoteModel Node(Note note) => new(note, NoteLook.Plain(null, mayChange: true));

    [Fact]
    public void A_note_dropped_on_another_makes_a_cluster_and_settles_beside_it() // rules C1, N6
    {
        var dropped = Node(_board.AddNote("会议太多", x: 100, y: 80));
        var target = Node(_board.AddNote("审批流程长", x: 400, y: 80));
        dropped.SetPosition(410, 90);

        var (clustering, tidy) = NoteDrop.Read(dropped, [dropped, target], new Dictionary<Guid, ClusterGroupModel>(), _ => true);

        var create = Assert.IsType<Core.Clusters.CreateCluster>(clustering);
        Assert.Equal([target.Note.Id, dropped.Note.Id], create.NoteIds);
        // Side by side where the target was: the target stays, the dropped note beside it, not on top of it.
        Assert.Equal([(target.Note.Id, 400.0, 80.0), (dropped.Note.Id, 400 + NotePlacement.NoteWidth + NotePlacement.Gap, 80.0)], tidy);
    }

    [Fact]
    public void A_note_dropped_into_a_cluster_lands_inside_its_frame_next_to_its_notes() // rules C2, N6
    {
        var a = Node(_board.AddNote("会议太多", x: 100, y: 300));
        var b = Node(_board.AddNote("审批流程长", x: 700, y: 300));
        var clusterId = Guid.NewGuid();
        var group = new ClusterGroupModel(new Core.Clusters.Cluster(clusterId, "problem", "", DateTimeOffset.UnixEpoch), new ClusterLook(true, null), [a, b]);
        var dropped = Node(_board.AddNote("人手不够", x: 100, y: 900));
        dropped.SetPosition(400, 320); // inside the frame, on no note

        var (clustering, tidy) = NoteDrop.Read(dropped, [a, b, dropped], new Dictionary<Guid, ClusterGroupModel> { [clusterId] = group }, _ => true);

        Assert.Equal(new Core.Clusters.AddToCluster(dropped.Note.Id, clusterId), clustering);
        var spots = tidy.ToDictionary(t => t.NoteId, t => (t.X, t.Y));
        Assert.Equal((100.0, 300.0), spots[a.Note.Id]); // a compact 2×2 from where the cluster begins
        Assert.Equal((100 + NotePlacement.NoteWidth + NotePlacement.Gap, 300.0), spots[b.Note.Id]);
        Assert.Equal((100.0, 300 + NotePlacement.NoteHeight + NotePlacement.Gap), spots[dropped.Note.Id]);
    }

    [Fact]
    public void A_note_that_may_not_be_grouped_is_only_moved() // rule H4
    {
        var dropped = Node(_board.AddNote("还没公开", x: 100, y: 80, hidden: true));
        var target = Node(_board.AddNote("审批流程长", x: 400, y: 80));
        dropped.SetPosition(410, 90);

        var (clustering, tidy) = NoteDrop.Read(dropped, [dropped, target], new Dictionary<Guid, ClusterGroupModel>(), n => !n.Note.Hidden);

        Assert.Null(clustering);
        Assert.Empty(tidy);
    }

    [Fact]
    public void Zooming_keeps_within_the_diagrams_range_and_fitting_an_empty_stage_does_nothing()
    {
        var diagram = new BoardDiagram().Diagram;

        for (var i = 0; i < 10; i++) CanvasZoom.By(diagram, 1.25);
        Assert.Equal(2, diagram.Zoom);
        CanvasZoom.By(diagram, 0.8);
        Assert.Equal(1.6, diagram.Zoom, 3);

        CanvasZoom.ToNotes(diagram);
        Assert.Equal(1.6, diagram.Zoom, 3);
        Assert.Equal((0.0, 0.0), (diagram.Pan.X, diagram.Pan.Y));
    }

    [Fact]
    public void Fitting_a_wide_board_on_a_phone_stops_where_note_text_stays_legible()
    {
        var diagram = new BoardDiagram().Diagram;
        diagram.SetContainer(new Blazor.Diagrams.Core.Geometry.Rectangle(0, 0, 340, 500));
        foreach (var x in new[] { 0.0, 3000.0 })
            diagram.Nodes.Add(new Blazor.Diagrams.Core.Models.NodeModel(new Blazor.Diagrams.Core.Geometry.Point(x, 0))
            {
                Size = new Blazor.Diagrams.Core.Geometry.Size(160, 120),
            });

        CanvasZoom.ToNotes(diagram);

        Assert.Equal(CanvasZoom.LeastLegibleZoom, diagram.Zoom, 3); // 15 px note text drawn at 12 px, not 0.1× of it
        var middle = (340 / 2 - diagram.Pan.X) / diagram.Zoom;
        Assert.InRange(middle, 1500, 1660); // the notes' middle is in the middle of the screen
    }
}
