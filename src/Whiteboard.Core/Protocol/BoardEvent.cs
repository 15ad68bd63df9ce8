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

/// <summary>What happened to a board. Closed set: <see cref="Board.Apply"/> handles each. Stored, and sent to clients, in sequence.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(BoardCreated), "boardCreated")]
[JsonDerivedType(typeof(ParticipantJoined), "participantJoined")]
[JsonDerivedType(typeof(ParticipantLeft), "participantLeft")]
[JsonDerivedType(typeof(ParticipantRemoved), "participantRemoved")]
[JsonDerivedType(typeof(NoteAdded), "noteAdded")]
[JsonDerivedType(typeof(NoteEdited), "noteEdited")]
[JsonDerivedType(typeof(NoteRecolored), "noteRecolored")]
[JsonDerivedType(typeof(NoteMoved), "noteMoved")]
[JsonDerivedType(typeof(NoteDeleted), "noteDeleted")]
[JsonDerivedType(typeof(NoteRestored), "noteRestored")]
[JsonDerivedType(typeof(StageAdvanced), "stageAdvanced")]
[JsonDerivedType(typeof(StageLocked), "stageLocked")]
[JsonDerivedType(typeof(StageUnlocked), "stageUnlocked")]
[JsonDerivedType(typeof(StageReopened), "stageReopened")]
[JsonDerivedType(typeof(StageSettingsChanged), "stageSettingsChanged")]
[JsonDerivedType(typeof(NotesRevealed), "notesRevealed")]
[JsonDerivedType(typeof(VotesRevealed), "votesRevealed")]
[JsonDerivedType(typeof(TimerChanged), "timerChanged")]
[JsonDerivedType(typeof(DoneMarked), "doneMarked")]
[JsonDerivedType(typeof(ClusterCreated), "clusterCreated")]
[JsonDerivedType(typeof(NoteClustered), "noteClustered")]
[JsonDerivedType(typeof(NoteUnclustered), "noteUnclustered")]
[JsonDerivedType(typeof(ClusterRenamed), "clusterRenamed")]
[JsonDerivedType(typeof(ClusterDissolved), "clusterDissolved")]
[JsonDerivedType(typeof(VoteCast), "voteCast")]
[JsonDerivedType(typeof(VoteRetracted), "voteRetracted")]
[JsonDerivedType(typeof(EventHidden), "eventHidden")]
[JsonDerivedType(typeof(ActionItemCreated), "actionItemCreated")]
[JsonDerivedType(typeof(ActionItemEdited), "actionItemEdited")]
[JsonDerivedType(typeof(ActionItemDeleted), "actionItemDeleted")]
[JsonDerivedType(typeof(ActionProgressUpdated), "actionProgressUpdated")]
[JsonDerivedType(typeof(SummaryWritten), "summaryWritten")]
[JsonDerivedType(typeof(ItemRated), "itemRated")]
[JsonDerivedType(typeof(CriteriaSet), "criteriaSet")]
[JsonDerivedType(typeof(RatingsRevealed), "ratingsRevealed")]
[JsonDerivedType(typeof(QuestionsAllowed), "questionsAllowed")]
[JsonDerivedType(typeof(QuestionAsked), "questionAsked")]
[JsonDerivedType(typeof(QuestionAnswered), "questionAnswered")]
[JsonDerivedType(typeof(QuestionEdited), "questionEdited")]
[JsonDerivedType(typeof(QuestionWithdrawn), "questionWithdrawn")]
public abstract record BoardEvent;
