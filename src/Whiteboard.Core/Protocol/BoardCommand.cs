using System.Text.Json.Serialization;
using Whiteboard.Core.ActionItems;
using Whiteboard.Core.Boards;
using Whiteboard.Core.Clusters;
using Whiteboard.Core.Notes;
using Whiteboard.Core.Participants;
using Whiteboard.Core.Privacy;
using Whiteboard.Core.Ratings;
using Whiteboard.Core.Questions;
using Whiteboard.Core.Stages;
using Whiteboard.Core.Summaries;
using Whiteboard.Core.Voting;

namespace Whiteboard.Core.Protocol;

/// <summary>
/// Something a person asks of a board. Closed set: <see cref="Board.Decide"/> handles each, and the JSON names below are the wire names.
/// Server-issued commands (<see cref="IsServerIssued"/>) are never accepted from a client.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(CreateBoard), "createBoard")]
[JsonDerivedType(typeof(JoinBoard), "joinBoard")]
[JsonDerivedType(typeof(LeaveBoard), "leaveBoard")]
[JsonDerivedType(typeof(RemoveParticipant), "removeParticipant")]
[JsonDerivedType(typeof(SetParticipantUnit), "setParticipantUnit")]
[JsonDerivedType(typeof(AddNote), "addNote")]
[JsonDerivedType(typeof(EditNote), "editNote")]
[JsonDerivedType(typeof(RecolorNote), "recolorNote")]
[JsonDerivedType(typeof(MoveNote), "moveNote")]
[JsonDerivedType(typeof(DeleteNote), "deleteNote")]
[JsonDerivedType(typeof(RestoreNote), "restoreNote")]
[JsonDerivedType(typeof(AdvanceStage), "advanceStage")]
[JsonDerivedType(typeof(LockStage), "lockStage")]
[JsonDerivedType(typeof(UnlockStage), "unlockStage")]
[JsonDerivedType(typeof(ReopenStage), "reopenStage")]
[JsonDerivedType(typeof(ChangeStageSettings), "changeStageSettings")]
[JsonDerivedType(typeof(RevealNotes), "revealNotes")]
[JsonDerivedType(typeof(RevealVotes), "revealVotes")]
[JsonDerivedType(typeof(ControlTimer), "controlTimer")]
[JsonDerivedType(typeof(MarkDone), "markDone")]
[JsonDerivedType(typeof(CreateCluster), "createCluster")]
[JsonDerivedType(typeof(AddToCluster), "addToCluster")]
[JsonDerivedType(typeof(RemoveFromCluster), "removeFromCluster")]
[JsonDerivedType(typeof(RenameCluster), "renameCluster")]
[JsonDerivedType(typeof(DissolveCluster), "dissolveCluster")]
[JsonDerivedType(typeof(CastVote), "castVote")]
[JsonDerivedType(typeof(RetractVote), "retractVote")]
[JsonDerivedType(typeof(CreateActionItem), "createActionItem")]
[JsonDerivedType(typeof(EditActionItem), "editActionItem")]
[JsonDerivedType(typeof(DeleteActionItem), "deleteActionItem")]
[JsonDerivedType(typeof(UpdateActionProgress), "updateActionProgress")]
[JsonDerivedType(typeof(RecordOwnerProgress), "recordOwnerProgress")]
[JsonDerivedType(typeof(WriteSummary), "writeSummary")]
[JsonDerivedType(typeof(RateItem), "rateItem")]
[JsonDerivedType(typeof(SetCriteria), "setCriteria")]
[JsonDerivedType(typeof(RevealRatings), "revealRatings")]
[JsonDerivedType(typeof(AllowQuestions), "allowQuestions")]
[JsonDerivedType(typeof(AskQuestion), "askQuestion")]
[JsonDerivedType(typeof(AnswerQuestion), "answerQuestion")]
[JsonDerivedType(typeof(EditQuestion), "editQuestion")]
[JsonDerivedType(typeof(WithdrawQuestion), "withdrawQuestion")]
[JsonDerivedType(typeof(ReviseSteps), "reviseSteps")]
public abstract record BoardCommand
{
    /// <summary>Commands only the server may issue; a client sending one is refused.</summary>
    [JsonIgnore] public virtual bool IsServerIssued => false;
}
