using Whiteboard.Core.Boards;
using Whiteboard.Core.Notes;
using Whiteboard.Core.Protocol;

namespace Whiteboard.Client.Undo;

/// <summary>
/// This person's own changes on one board, each with what reverses it (<see cref="UndoSteps"/>). Undo and redo send the
/// reverse as ordinary new commands through <c>send</c> — the session's submit, which records them here again, so that
/// what an undo sent is what its redo takes back. One gesture made of several commands is one step
/// (<see cref="Together"/>). A command the server refuses is no step: it changed nothing.
/// </summary>
/// <param name="shown">The board as shown now: each reverse is worked out from it, just before the change.</param>
/// <param name="send">Sends a command as the person's own (and calls <see cref="Record"/> for it).</param>
public sealed class UndoHistory(Func<BoardState> shown, Func<BoardCommand, Task> send)
{
    /// <summary>How many steps are kept: enough for a class, never a growing list.</summary>
    public const int MaxSteps = 100;

    private readonly List<Step> _undo = [];
    private readonly List<Step> _redo = [];
    private Step? _collecting;
    private Step? _group;
    private int _groupDepth;

    public bool CanUndo => _undo.Count > 0;

    public bool CanRedo => _redo.Count > 0;

    /// <summary>This person deleted a note (not by undoing or redoing): the board offers to take it back.</summary>
    public event Action<Guid>? NoteDeleted;

    /// <summary>Notes a command the person is about to send, before it is shown.</summary>
    public void Record(BoardCommand command)
    {
        if (UndoSteps.Inverse(shown(), command) is not { } inverse) return;
        var change = new Change(command, inverse);
        if (_collecting is { } answer)
        {
            answer.Changes.Add(change);
            return;
        }
        _redo.Clear();
        if (_group is { } group)
        {
            if (!_undo.Contains(group)) Push(_undo, group);
            group.Changes.Add(change);
        }
        else
        {
            Push(_undo, new Step([change]));
        }
        if (command is DeleteNote delete) NoteDeleted?.Invoke(delete.NoteId);
    }

    /// <summary>The commands recorded until the result is disposed are one step (a drop that also clusters and tidies).</summary>
    public IDisposable Together()
    {
        if (_groupDepth++ == 0) _group = new Step([]);
        return new GroupEnd(this);
    }

    /// <summary>The server refused a command: it is no change to take back (nor an undo to redo).</summary>
    public void Forget(BoardCommand refused)
    {
        _collecting?.Changes.RemoveAll(c => ReferenceEquals(c.Done, refused)); // refused at once, while being sent
        foreach (var steps in new[] { _undo, _redo })
        {
            foreach (var step in steps) step.Changes.RemoveAll(c => ReferenceEquals(c.Done, refused));
            steps.RemoveAll(s => s.Changes.Count == 0 && !ReferenceEquals(s, _group));
        }
    }

    public Task UndoAsync() => _undo.Count == 0 ? Task.CompletedTask : Reverse(_undo, _undo.Count - 1, _redo);

    public Task RedoAsync() => _redo.Count == 0 ? Task.CompletedTask : Reverse(_redo, _redo.Count - 1, _undo);

    /// <summary>
    /// The undo toast: takes back the deletion of this note, the latest step or not; when the history no longer has it,
    /// the note is simply restored (rule N10).
    /// </summary>
    public Task UndoDeleteAsync(Guid noteId)
    {
        var at = _undo.FindLastIndex(s => s.Changes is [{ Done: DeleteNote d }] && d.NoteId == noteId);
        return at >= 0 ? Reverse(_undo, at, _redo) : send(new RestoreNote(noteId));
    }

    /// <summary>
    /// Sends the reverse of a step, its last change first, all before anything else can be recorded; what they record is
    /// the step that takes this back again.
    /// </summary>
    private Task Reverse(List<Step> from, int at, List<Step> to)
    {
        var step = from[at];
        from.RemoveAt(at);
        var answer = new Step([]);
        var sent = new List<Task>();
        _collecting = answer;
        try
        {
            for (var i = step.Changes.Count - 1; i >= 0; i--)
                foreach (var command in step.Changes[i].Undo) sent.Add(send(command));
        }
        finally
        {
            _collecting = null;
        }
        if (answer.Changes.Count > 0) Push(to, answer);
        return Task.WhenAll(sent);
    }

    private static void Push(List<Step> steps, Step step)
    {
        steps.Add(step);
        if (steps.Count > MaxSteps) steps.RemoveAt(0);
    }

    private void EndGroup()
    {
        if (--_groupDepth > 0) return;
        _group = null;
    }

    private sealed record Change(BoardCommand Done, IReadOnlyList<BoardCommand> Undo);

    private sealed record Step(List<Change> Changes);

    private sealed class GroupEnd(UndoHistory history) : IDisposable
    {
        private bool _ended;

        public void Dispose()
        {
            if (_ended) return;
            _ended = true;
            history.EndGroup();
        }
    }
}
