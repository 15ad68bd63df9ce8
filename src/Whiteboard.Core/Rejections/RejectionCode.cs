using System.Text.Json.Serialization;

namespace Whiteboard.Core.Rejections;

/// <summary>Why the server refused something. Closed set: every code has a zh-CN and an en message (RejectionText.resx).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RejectionCode>))]
public enum RejectionCode
{
    MalformedMessage,
    BoardNotFound,
    NotJoined,
    NotAllowed,
    TooManyAttempts,
    InvalidToken,
    InvalidFacilitatorSecret,
    TitleEmpty,
    TitleTooLong,
    NameEmpty,
    NameTooLong,
    AlreadyJoined,
    BoardFull,
    NoteNotFound,
    NoteAlreadyExists,
    NoteTextEmpty,
    NoteTextTooLong,
    TextHasControlCharacters,
    PositionOutOfRange,
    TooManyNotes,
    Unavailable,
    StageNotFound,
    StageNotOpen,
    StageLocked,
    NoCurrentStage,
    NoNextStage,
    StageNotDone,
    InvalidSettings,
    HiddenNote,
    ClusterNotFound,
    ClusterAlreadyExists,
    ClusterNeedsTwoNotes,
    ClusterTitleTooLong,
    NotInCluster,
    VotingClosed,
    VoteBudgetSpent,
    VoteLimitPerTarget,
    NoVoteToRetract,
    WorkshopGroupsOutOfRange,
    ObserverReadOnly,
}
