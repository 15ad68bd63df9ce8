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
    InvalidObserverSecret,
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
    NotActionStage,
    ActionItemNotFound,
    ActionItemAlreadyExists,
    ActionWhatEmpty,
    ActionWhatTooLong,
    OwnerNotFound,
    OwnerMissing,
    DueDateOutOfRange,
    ActionTransitionNotAllowed,
    ProgressTooLong,
    NotSummaryStage,
    SummaryTooLong,
    InvalidFollowUpLink,
    TooManyActionItems,
    /// <summary>The id is already taken on this board by another kind of thing (ids are unique across notes, clusters and action items).</summary>
    IdInUse,
    /// <summary>This person has written the most notes one person may write in a stage.</summary>
    NoteQuotaReached,
    /// <summary>Too many calls from one connection, or too many workshops from one address: wait and try again.</summary>
    TooFast,
    /// <summary>Too many people joined from one connection or one address just now.</summary>
    TooManyJoins,
    /// <summary>The facilitator removed this person from the workshop.</summary>
    ParticipantRemoved,
    /// <summary>The request body is larger than the API accepts.</summary>
    RequestTooLarge,
    /// <summary>A facilitator signed out every other device: this one must open the new facilitator link.</summary>
    SignedOut,
    /// <summary>The facilitator deleted the workshop and everything in it.</summary>
    WorkshopDeleted,
    /// <summary>This step of the flow does not take sticky notes (rule ST10).</summary>
    NoNotesInStage,
    /// <summary>This step of the flow does not group notes into clusters (rule ST10).</summary>
    NoClustersInStage,
    /// <summary>The flow (a design or an imported file) cannot run: a step, a layout or a text is missing or out of range.</summary>
    InvalidFlow,
    /// <summary>No flow in the method library has this id.</summary>
    FlowNotFound,
    /// <summary>A note asked to be restored is on the board (it was never deleted, or is back already).</summary>
    NoteNotDeleted,
    /// <summary>This step of the flow does not rate on criteria (rule ST10).</summary>
    NoRatingInStage,
    /// <summary>A score is a whole number from 1 to 5 (rule R2).</summary>
    ScoreOutOfRange,
    /// <summary>This step does not rate on that criterion (rule R2).</summary>
    CriterionNotFound,
    /// <summary>There is no score of this person's to clear (rule R2).</summary>
    NoScoreToClear,
    /// <summary>The facilitator revealed the step's scores: they are final (rule R4).</summary>
    RatingsFinal,
    /// <summary>Someone has already rated in this step: its criteria stay as they are (rule R1).</summary>
    RatingStarted,
    /// <summary>Criteria must be 1–8, each with a name of 1–20 characters and a weight of 1–5 (rule R1).</summary>
    InvalidCriteria,
    /// <summary>This step does not take questions on notes (rules ST10, Q1).</summary>
    NoQuestionsInStage,
    /// <summary>The question does not exist (or was withdrawn).</summary>
    QuestionNotFound,
    QuestionAlreadyExists,
    QuestionTextEmpty,
    QuestionTextTooLong,
    /// <summary>This person has written the most questions and answers one person may write in a step (rule Q4).</summary>
    QuestionQuotaReached,
    /// <summary>The board holds the most questions and answers it may (rule Q4).</summary>
    TooManyQuestions,
    /// <summary>Rule F5: a revision of a running workshop changes, moves or removes a step that has already run.</summary>
    StepAlreadyRan,
    /// <summary>Rule O1: the office link is missing or not this server's.</summary>
    InvalidOfficeKey,
    /// <summary>Rule O2: the facilitator link is missing, not valid, or revoked by the office.</summary>
    InvalidFacilitatorLink,
    /// <summary>Rule O3: this server lets only facilitators with a link from the office create workshops.</summary>
    FacilitatorLinkRequired,
    /// <summary>The facilitator does not exist (or their data was deleted).</summary>
    FacilitatorNotFound,
    /// <summary>Rule O2: a unit's name is at most 60 characters on one line.</summary>
    UnitTooLong,
    /// <summary>Rule K1: a part of a case's write-up is at most 4,000 characters.</summary>
    CaseTextTooLong,
    /// <summary>Rule K2: at most 10 topics of 20 characters, a domain and a unit of 60, each on one line.</summary>
    CaseTagsInvalid,
    /// <summary>The case does not exist (or its workshop was deleted), or it is not this caller's to see.</summary>
    CaseNotFound,
    /// <summary>Rule K1: a group's work becomes a case once the group has reached its last step.</summary>
    CaseNotReady,
}
