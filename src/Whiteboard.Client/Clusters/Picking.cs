using Whiteboard.Core.Boards;
using Whiteboard.Core.Clusters;
using Whiteboard.Core.Privacy;

namespace Whiteboard.Client.Clusters;

/// <summary>Grouping by touch, without dragging (rule C1): in pick mode tapping notes picks them; the picks become one cluster.</summary>
public sealed class Picking
{
    public bool Active { get; private set; }

    public IReadOnlySet<Guid> Picked { get; private set; } = new HashSet<Guid>();

    public void Toggle()
    {
        if (Active) End();
        else Active = true;
    }

    public void End() => (Active, Picked) = (false, new HashSet<Guid>());

    /// <summary>Rules C1, H4: only a note the room has seen is picked, as the core decides it.</summary>
    public void TogglePick(Guid noteId, BoardState state, Viewer viewer)
    {
        if (ClusterAccess.CheckNote(state, noteId, viewer) is not null) return;
        var picked = new HashSet<Guid>(Picked);
        if (!picked.Remove(noteId)) picked.Add(noteId);
        Picked = picked;
    }

    /// <summary>Rule C1: the picked notes, in the order they are drawn, as one new cluster (none for fewer than two); picking ends.</summary>
    public CreateCluster? Group(BoardState state)
    {
        var ids = state.NotesInOrder().Select(n => n.Id).Where(Picked.Contains).ToList();
        End();
        return ids.Count >= 2 ? new CreateCluster(Guid.NewGuid(), ids, "") : null;
    }
}
