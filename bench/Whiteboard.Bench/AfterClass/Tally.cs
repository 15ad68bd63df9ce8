using Whiteboard.Core.ActionItems;
using Whiteboard.Core.Clusters;
using Whiteboard.Core.Notes;
using Whiteboard.Core.Protocol;
using Whiteboard.Core.Voting;

namespace Whiteboard.Bench.AfterClass;

/// <summary>What the class put on its boards: the accepted commands, counted by kind (any group, any thread).</summary>
public sealed class Tally
{
    private int _notes, _clusters, _votes, _actionItems, _progressUpdates;

    public int Notes => _notes;
    public int Clusters => _clusters;
    public int Votes => _votes;
    public int ActionItems => _actionItems;
    public int ProgressUpdates => _progressUpdates;

    public void Count(BoardCommand accepted)
    {
        switch (accepted)
        {
            case AddNote: Interlocked.Increment(ref _notes); break;
            case CreateCluster: Interlocked.Increment(ref _clusters); break;
            case CastVote: Interlocked.Increment(ref _votes); break;
            case CreateActionItem: Interlocked.Increment(ref _actionItems); break;
            case UpdateActionProgress: Interlocked.Increment(ref _progressUpdates); break;
        }
    }
}
