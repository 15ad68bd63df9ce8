using Microsoft.AspNetCore.Components.Web;
using Whiteboard.Client.Notes;

namespace Whiteboard.Client.Tests.Notes;

public class NoteEditorTests : ClientTestContext
{
    private readonly List<NoteDraft> _saved = [];

    private IRenderedComponent<NoteEditor> RenderEditor(Note? existing = null) =>
        Render<NoteEditor>(p => p.Add(e => e.Existing, existing).Add(e => e.OnSave, d => _saved.Add(d)));

    [Fact]
    public void Save_is_disabled_and_refused_while_the_note_is_empty()
    {
        var cut = RenderEditor();
        var textarea = cut.Find("[data-testid=note-editor]");

        textarea.Input("   ");
        textarea.KeyDown(new KeyboardEventArgs { Key = "Enter" });

        Assert.True(cut.Find("[data-testid=save-note]").HasAttribute("disabled"));
        Assert.Empty(_saved);
    }

    [Fact]
    public void Enter_while_an_input_method_is_composing_does_not_save()
    {
        var cut = RenderEditor();
        var textarea = cut.Find("[data-testid=note-editor]");

        textarea.Input("huiyi");
        textarea.KeyDown(new KeyboardEventArgs { Key = "Enter", IsComposing = true });

        Assert.Empty(_saved);
    }

    [Fact]
    public void Enter_after_composing_saves_the_typed_text_and_colour()
    {
        var cut = RenderEditor();
        cut.Find("[data-testid=note-color-green]").Click();
        var textarea = cut.Find("[data-testid=note-editor]");

        textarea.Input("会议太多");
        textarea.KeyDown(new KeyboardEventArgs { Key = "Enter" });

        Assert.Equal([new NoteDraft("会议太多", NoteColor.Green)], _saved);
    }

    [Fact]
    public void Shift_Enter_starts_a_new_line_instead_of_saving()
    {
        var cut = RenderEditor();
        var textarea = cut.Find("[data-testid=note-editor]");

        textarea.Input("第一行");
        textarea.KeyDown(new KeyboardEventArgs { Key = "Enter", ShiftKey = true });

        Assert.Empty(_saved);
    }

    [Fact]
    public void The_counter_shows_when_the_note_is_over_the_limit_and_save_is_disabled()
    {
        var cut = RenderEditor();

        cut.Find("[data-testid=note-editor]").Input(new string('字', 503));

        var counter = cut.Find("[data-testid=note-length]");
        Assert.Contains("over", counter.ClassList);
        Assert.Contains("503/500", counter.TextContent);
        Assert.Contains("超出 3 字", counter.TextContent);
        Assert.True(cut.Find("[data-testid=save-note]").HasAttribute("disabled"));
    }

    [Fact]
    public void Editing_starts_from_the_notes_text_and_colour()
    {
        var note = new TestBoard().AddNote("原来的文字", NoteColor.Purple);

        var cut = RenderEditor(note);
        cut.Find("[data-testid=save-note]").Click();

        Assert.Equal("原来的文字", cut.Find("[data-testid=note-editor]").GetAttribute("value"));
        Assert.Equal([new NoteDraft("原来的文字", NoteColor.Purple)], _saved);
        Assert.Equal("true", cut.Find("[data-testid=note-color-purple]").GetAttribute("aria-pressed"));
    }
}
