using AngleSharp.Dom;
using Microsoft.AspNetCore.Components.Web;
using Whiteboard.Client.Boards;
using Whiteboard.Client.Clusters;
using Whiteboard.Client.Notes;
using Whiteboard.Core.Notes;
using Whiteboard.Core.Clusters;

namespace Whiteboard.Client.Tests.Clusters;

public class ClusteringTests : ClientTestContext
{
    private readonly TestBoard _board = new();

    private static IElement NodeOf(IRenderedComponent<BoardView> cut, Guid noteId) => cut.Find($".diagram-node[data-node-id='{noteId}']");

    private static IElement NoteOf(IRenderedComponent<BoardView> cut, Guid noteId) => cut.Find($"[data-testid=note][data-note-id='{noteId}']");

    private static void Drag(IRenderedComponent<BoardView> cut, Guid noteId, double fromX, double fromY, double toX, double toY)
    {
        NodeOf(cut, noteId).PointerDown(new PointerEventArgs { ClientX = fromX, ClientY = fromY, Button = 0 });
        var canvas = cut.Find(".diagram-canvas");
        canvas.PointerMove(new PointerEventArgs { ClientX = (fromX + toX) / 2, ClientY = (fromY + toY) / 2 });
        canvas.PointerMove(new PointerEventArgs { ClientX = toX, ClientY = toY });
        canvas.PointerUp(new PointerEventArgs { ClientX = toX, ClientY = toY });
    }

    [Fact]
    public void Dragging_a_note_onto_another_makes_a_cluster_and_settles_it_beside() // rule C1
    {
        var target = _board.AddNote("会议太多", x: 400, y: 80);
        var dragged = _board.AddNote("审批流程长", x: 100, y: 80);
        var (cut, _) = RenderBoard(_board, _board.Trainee);

        Drag(cut, dragged.Id, 110, 90, 410, 100); // its centre lands on the other note

        var commands = _board.Commands.ToList();
        Assert.Equal(new MoveNote(dragged.Id, 576, 80), commands[0]); // beside the target, not on top of it
        var create = Assert.IsType<CreateCluster>(commands[1]);
        Assert.Equal([target.Id, dragged.Id], create.NoteIds);
        Assert.Equal("", create.Title);
        Assert.NotEqual(Guid.Empty, create.ClusterId);
    }

    [Fact]
    public void Dropping_on_empty_canvas_is_only_a_move()
    {
        _board.AddNote("会议太多", x: 400, y: 80);
        var dragged = _board.AddNote("审批流程长", x: 100, y: 80);
        var (cut, _) = RenderBoard(_board, _board.Trainee);

        Drag(cut, dragged.Id, 110, 90, 110, 400);

        Assert.Equal(new MoveNote(dragged.Id, 100, 390), Assert.Single(_board.Commands));
    }

    [Fact]
    public void Dragging_a_note_out_of_its_cluster_removes_it() // rule C3
    {
        var a = _board.AddNote("会议太多", x: 100, y: 80);
        var b = _board.AddNote("审批流程长", x: 276, y: 80);
        _board.AddCluster("会议与审批", a, b);
        var (cut, _) = RenderBoard(_board, _board.Trainee);

        Drag(cut, b.Id, 290, 90, 290, 600);

        Assert.Equal([new MoveNote(b.Id, 276, 590), new RemoveFromCluster(b.Id)], _board.Commands);
    }

    [Fact]
    public void Tapping_notes_in_pick_mode_then_group_selected_sends_CreateCluster()
    {
        var a = _board.AddNote("会议太多", x: 100, y: 80);
        var b = _board.AddNote("不选这张", x: 300, y: 80);
        var c = _board.AddNote("审批流程长", x: 500, y: 80);
        var (cut, _) = RenderBoard(_board, _board.Trainee);

        cut.Find("[data-testid=select-mode]").Click();
        NoteOf(cut, c.Id).Click();
        NoteOf(cut, a.Id).Click();

        Assert.Equal("true", NoteOf(cut, a.Id).GetAttribute("data-picked"));
        Assert.Single(cut.FindAll($"[data-note-id='{c.Id}'] [data-testid=pick-mark]"));
        Assert.Contains("已选 2 张", cut.Find("[data-testid=selection-count]").TextContent);
        cut.Find("[data-testid=group-selected]").Click();

        var create = Assert.IsType<CreateCluster>(_board.Commands.First());
        Assert.Equal([a.Id, c.Id], create.NoteIds); // in the order they are drawn
        Assert.Empty(cut.FindAll("[data-testid=selection-bar]"));
        // Then tidied: the two side by side in one frame that leaves the note not picked uncovered, sent as moves.
        var moves = _board.Commands.Skip(1).Cast<MoveNote>().ToDictionary(m => m.NoteId);
        Assert.Subset(new HashSet<Guid> { a.Id, c.Id }, moves.Keys.ToHashSet());
        MoveNote At(Note n) => moves.GetValueOrDefault(n.Id) ?? new MoveNote(n.Id, n.X, n.Y); // a note already in place is not moved
        var (ma, mc) = (At(a), At(c));
        Assert.Equal(ma.Y, mc.Y);
        Assert.Equal(NotePlacement.NoteWidth + NotePlacement.Gap, mc.X - ma.X);
        var frame = ClusterLayout.Framed(new DropBox(ma.X, ma.Y, mc.X + NotePlacement.NoteWidth, mc.Y + NotePlacement.NoteHeight));
        var other = new DropBox(b.X, b.Y, b.X + NotePlacement.NoteWidth, b.Y + NotePlacement.NoteHeight);
        Assert.False(frame.Left < other.Right && other.Left < frame.Right && frame.Top < other.Bottom && other.Top < frame.Bottom,
            $"the new cluster's frame {frame} covers the note not picked {other}");
    }

    [Fact]
    public void A_second_tap_unpicks_and_one_note_is_not_enough_to_group()
    {
        var a = _board.AddNote("会议太多");
        var (cut, _) = RenderBoard(_board, _board.Trainee);

        cut.Find("[data-testid=select-mode]").Click();
        NoteOf(cut, a.Id).Click();
        Assert.True(cut.Find("[data-testid=group-selected]").HasAttribute("disabled"));
        NoteOf(cut, a.Id).Click();

        Assert.Equal("false", NoteOf(cut, a.Id).GetAttribute("data-picked"));
    }

    [Fact]
    public void Outside_pick_mode_a_tap_picks_nothing()
    {
        var a = _board.AddNote("会议太多");
        var (cut, _) = RenderBoard(_board, _board.Trainee);

        NoteOf(cut, a.Id).Click();

        Assert.Equal("false", NoteOf(cut, a.Id).GetAttribute("data-picked"));
        Assert.Empty(cut.FindAll("[data-testid=selection-bar]"));
    }

    [Fact]
    public void A_cluster_shows_its_title_or_untitled_around_its_notes()
    {
        var a = _board.AddNote("会议太多");
        var b = _board.AddNote("审批流程长");
        var c = _board.AddNote("信息不通");
        var d = _board.AddNote("基层负担重");
        var named = _board.AddCluster("会议与审批", a, b);
        var untitled = _board.AddCluster("", c, d);

        var (cut, _) = RenderBoard(_board, _board.Trainee);

        var clusterIds = cut.FindAll("[data-testid=cluster]").Select(e => e.GetAttribute("data-cluster-id")).ToHashSet();
        Assert.Equal([named.Id.ToString(), untitled.Id.ToString()], clusterIds);
        Assert.Equal("会议与审批", cut.Find($"[data-cluster-id='{named.Id}'][data-testid=cluster] [data-testid=cluster-title]").TextContent);
        Assert.Equal("未命名", cut.Find($"[data-cluster-id='{untitled.Id}'][data-testid=cluster] [data-testid=cluster-title]").TextContent);
        Assert.Equal(2, cut.FindAll($"[data-cluster-id='{named.Id}'][data-testid=cluster] [data-testid=note]").Count); // its notes are drawn inside
    }

    [Fact]
    public async Task Remote_clustering_regroups_the_notes()
    {
        var a = _board.AddNote("会议太多");
        var b = _board.AddNote("审批流程长");
        var (cut, session) = RenderBoard(_board, _board.Trainee);
        var clusterId = Guid.NewGuid();

        await cut.InvokeAsync(() => session.ReceiveAsync([_board.Event(4, new ClusterCreated(clusterId, "problem", "", [a.Id, b.Id]), _board.Colleague.Id)]));
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll($"[data-cluster-id='{clusterId}'][data-testid=cluster] [data-testid=note]").Count));

        await cut.InvokeAsync(() => session.ReceiveAsync([_board.Event(5, new ClusterDissolved(clusterId), _board.Colleague.Id)]));
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=cluster]")));
        Assert.Equal(2, cut.FindAll("[data-testid=note]").Count);
        Assert.Empty(_board.Submitted);
    }

    [Fact]
    public void A_cluster_is_renamed_and_dissolved_from_its_title_bar() // rule C3
    {
        var a = _board.AddNote("会议太多");
        var b = _board.AddNote("审批流程长");
        var cluster = _board.AddCluster("", a, b);
        var (cut, _) = RenderBoard(_board, _board.Trainee);

        cut.Find("[data-testid=rename-cluster]").Click();
        cut.Find("[data-testid=cluster-title-input]").Input("会议与审批");
        cut.Find("[data-testid=save-cluster-title]").Click();
        cut.Find("[data-testid=dissolve-cluster]").Click();

        Assert.Equal([new RenameCluster(cluster.Id, "会议与审批"), new DissolveCluster(cluster.Id)], _board.Commands);
    }

    [Fact]
    public void A_selected_clustered_note_offers_remove_from_cluster()
    {
        var a = _board.AddNote("会议太多", author: _board.Colleague.Id);
        var b = _board.AddNote("审批流程长");
        _board.AddCluster("", a, b);
        var (cut, _) = RenderBoard(_board, _board.Trainee);

        NodeOf(cut, a.Id).PointerDown(new PointerEventArgs { ClientX = 110, ClientY = 90 });
        cut.Find(".diagram-canvas").PointerUp(new PointerEventArgs { ClientX = 110, ClientY = 90 });
        cut.WaitForElement("[data-testid=remove-from-cluster]").Click();

        Assert.Equal(new RemoveFromCluster(a.Id), Assert.Single(_board.Commands));
    }
}
