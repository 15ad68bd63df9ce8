using Whiteboard.Core.Notes;
using Whiteboard.Core.Protocol;

namespace Whiteboard.Bench.Clients;

/// <summary>
/// What one participant does: it alternates adding a note and moving its newest one; once it has
/// <see cref="MaxNotes"/> notes its next "add" deletes its oldest instead, so a board stays at a classroom's size
/// (at most 300 notes for 60 people) however long the bench runs.
/// </summary>
public sealed class CommandMix(int seed)
{
    public const int MaxNotes = 5;
    public const string StageId = "brainstorm"; // the quick board's only stage (open brainstorm template)

    private static readonly string[] Texts =
    [
        "会议太多，决策太慢，谁来拍板不清楚",
        "新员工入职第一周没人带，问题不知道问谁",
        "客户投诉的处理流程要经过五个部门",
        "周报格式每个组都不一样，汇总很费时间",
        "跨部门项目的目标和优先级经常变化",
    ];

    private readonly Random _random = new(seed);
    private readonly List<Guid> _notes = []; // acknowledged, oldest first
    private readonly Lock _lock = new();
    private long _turn;

    public BoardCommand Next()
    {
        lock (_lock)
        {
            var addTurn = _turn++ % 2 == 0;
            if (addTurn && _notes.Count >= MaxNotes)
            {
                var oldest = _notes[0];
                _notes.RemoveAt(0);
                return new DeleteNote(oldest);
            }
            if (addTurn || _notes.Count == 0)
                return new AddNote(Guid.NewGuid(), StageId, Texts[_random.Next(Texts.Length)], (NoteColor)_random.Next(6), X(), Y());
            return new MoveNote(_notes[^1], X(), Y());
        }
    }

    public void Acknowledged(BoardCommand command, bool accepted)
    {
        if (!accepted || command is not AddNote add) return;
        lock (_lock) _notes.Add(add.NoteId);
    }

    private double X() => _random.Next(0, 1600);

    private double Y() => _random.Next(0, 900);
}
