using Blazor.Diagrams;
using Whiteboard.Client.Notes;

namespace Whiteboard.Client.Tests.Notes;

public class StickyNoteWidgetTests : ClientTestContext
{
    private readonly TestBoard _board = new();

    private static StickyNoteModel Selected(StickyNoteModel node)
    {
        var diagram = new BlazorDiagram();
        diagram.Nodes.Add(node);
        diagram.SelectModel(node, unselectOthers: true);
        return node;
    }

    [Fact]
    public void Shows_the_text_colour_and_author_with_stable_test_ids()
    {
        var note = _board.AddNote("会议太多，时间不够", NoteColor.Pink);

        var cut = Render<StickyNoteWidget>(p => p.Add(w => w.Node, new StickyNoteModel(note, NoteLook.Plain("李明", false))));

        var root = cut.Find("[data-testid=note]");
        Assert.Equal(note.Id.ToString(), root.GetAttribute("data-note-id"));
        Assert.Equal("pink", root.GetAttribute("data-color"));
        Assert.Contains("note-pink", root.ClassList);
        Assert.Equal("会议太多，时间不够", cut.Find("[data-testid=note-text]").TextContent);
        Assert.Equal("李明", cut.Find(".note-author").TextContent.Trim());
    }

    [Fact]
    public void Text_is_shown_as_text_never_as_markup()
    {
        var note = _board.AddNote("<b>粗体</b><script>alert(1)</script>");

        var cut = Render<StickyNoteWidget>(p => p.Add(w => w.Node, new StickyNoteModel(note, NoteLook.Plain("李明", false))));

        var text = cut.Find("[data-testid=note-text]");
        Assert.Equal("<b>粗体</b><script>alert(1)</script>", text.TextContent);
        Assert.Empty(text.Children);
    }

    [Fact]
    public void An_unknown_author_is_not_shown()
    {
        var note = _board.AddNote("匿名");

        var cut = Render<StickyNoteWidget>(p => p.Add(w => w.Node, new StickyNoteModel(note, NoteLook.Plain(null, false))));

        Assert.Empty(cut.FindAll(".note-author"));
    }

    [Fact]
    public void A_selected_note_its_author_may_change_shows_edit_and_Delete_buttons()
    {
        var note = _board.AddNote("我的便签");
        var node = Selected(new StickyNoteModel(note, NoteLook.Plain("李明", true)));
        Guid? edited = null;
        var actions = new NoteActions(id => { edited = id; return Task.CompletedTask; }, _ => Task.CompletedTask);

        var cut = Render<StickyNoteWidget>(p => p.Add(w => w.Node, node).AddCascadingValue(actions));
        cut.Find("[data-testid=edit-note]").Click();

        Assert.Equal(note.Id, edited);
        Assert.Single(cut.FindAll("[data-testid=delete-note]"));
    }

    [Fact]
    public void Someone_elses_note_shows_no_edit_buttons() // rule N5
    {
        var note = _board.AddNote("别人的");
        var node = Selected(new StickyNoteModel(note, NoteLook.Plain("王老师", false)));
        var actions = new NoteActions(_ => Task.CompletedTask, _ => Task.CompletedTask);

        var cut = Render<StickyNoteWidget>(p => p.Add(w => w.Node, node).AddCascadingValue(actions));

        Assert.Empty(cut.FindAll("[data-testid=edit-note]"));
    }
}
