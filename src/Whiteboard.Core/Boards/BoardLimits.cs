namespace Whiteboard.Core.Boards;

/// <summary>The bounds every input is checked against (docs/RULES.md, rules B3, N2, N4, N9, P1, P2, Q4).</summary>
public static class BoardLimits
{
    public const int MaxNoteTextLength = 500;
    public const int MaxDisplayNameLength = 32;
    public const int MaxTitleLength = 80;
    /// <summary>Notes live in a square of ±this many canvas pixels around the origin.</summary>
    public const double MaxCoordinate = 100_000;
    public const int MaxNotesPerBoard = 2_000;
    /// <summary>Rule N9: one trainee cannot use up a shared board; a brainstorm rarely passes 30 notes a person.</summary>
    public const int MaxNotesPerParticipantPerStage = 100;
    public const int MaxParticipantsPerBoard = 500;
    /// <summary>Rule N10: deleted notes kept per author (private and shared apart), for undo and a facilitator's restore.</summary>
    public const int MaxDeletedNotesKeptPerAuthor = 20;
    /// <summary>Rule Q4: questions and answers one person writes in a step, like notes (N9).</summary>
    public const int MaxQuestionPostsPerParticipantPerStage = 100;
    /// <summary>Rule Q4: questions and answers on a board, so that nobody fills the store.</summary>
    public const int MaxQuestionPostsPerBoard = 4_000;
    public const int MaxClusterTitleLength = 40;
    public const int MaxGroupsPerWorkshop = 12;
    public const int MaxActionWhatLength = 200;
    public const int MaxProgressLength = 500;
    public const int MaxSummaryLength = 2_000;
    public const int MaxActionItemsPerBoard = 200;
    /// <summary>Rule O2: a unit (单位), such as 市发改委 or 某区组织部.</summary>
    public const int MaxUnitLength = 60;
}
