using Whiteboard.Core.Boards;
using Whiteboard.Core.Participants;
using Whiteboard.Core.Privacy;
using Whiteboard.Core.Ratings;
using Whiteboard.Core.Stages;

namespace Whiteboard.Client.Ratings;

/// <summary>
/// The "rate" button on a note or cluster of a rating step (rules R1–R4): how many of the step's criteria this viewer has
/// scored it on. Null where the stage does not rate, and for observers, who score nothing.
/// </summary>
public sealed record RatingLook(int Scored, int Criteria)
{
    public bool Complete => Scored == Criteria;

    public static RatingLook? On(BoardState state, Viewer viewer, Stage stage, Guid targetId)
    {
        if (!stage.HasRating || viewer.Role == ParticipantRole.Observer) return null;
        var scored = stage.Criteria!.Count(c => RatingResults.ScoreOf(state, viewer.ParticipantId, targetId, c.Id) is not null);
        return new RatingLook(scored, stage.Criteria!.Count);
    }
}
