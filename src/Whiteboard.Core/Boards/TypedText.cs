using Whiteboard.Core.Rejections;

namespace Whiteboard.Core.Boards;

/// <summary>
/// Every field a person types, bounded by its rule. The core decides with these, and forms use them to say at once whether
/// a text can be saved: <c>TypedText.NoteText.Check(text)</c>.
/// </summary>
public static class TypedText
{
    /// <summary>Rule B1: a board's or a workshop's title, 1–80 characters on one line.</summary>
    public static readonly TextField Title = new(BoardLimits.MaxTitleLength, false, RejectionCode.TitleEmpty, RejectionCode.TitleTooLong);

    /// <summary>Rule P1: a display name, 1–32 characters on one line.</summary>
    public static readonly TextField DisplayName = new(BoardLimits.MaxDisplayNameLength, false, RejectionCode.NameEmpty, RejectionCode.NameTooLong);

    /// <summary>Rule O2: a person's unit (单位), at most 60 characters on one line; none is fine.</summary>
    public static readonly TextField Unit = new(BoardLimits.MaxUnitLength, false, null, RejectionCode.UnitTooLong);

    /// <summary>Rule N2: a note's text, 1–500 characters, newlines kept.</summary>
    public static readonly TextField NoteText = new(BoardLimits.MaxNoteTextLength, true, RejectionCode.NoteTextEmpty, RejectionCode.NoteTextTooLong);

    /// <summary>Rule Q1: a question or an answer on a note, as long as a note may be.</summary>
    public static readonly TextField QuestionText = new(BoardLimits.MaxNoteTextLength, true, RejectionCode.QuestionTextEmpty, RejectionCode.QuestionTextTooLong);

    /// <summary>Rule C1: a cluster's title, at most 40 characters; an untitled cluster is fine.</summary>
    public static readonly TextField ClusterTitle = new(BoardLimits.MaxClusterTitleLength, false, null, RejectionCode.ClusterTitleTooLong);

    /// <summary>Rule A2: what an action item says is to be done, 1–200 characters on one line.</summary>
    public static readonly TextField ActionWhat = new(BoardLimits.MaxActionWhatLength, false, RejectionCode.ActionWhatEmpty, RejectionCode.ActionWhatTooLong);

    /// <summary>Rule A2: an owner named in free text, as long as a display name; no name is no owner.</summary>
    public static readonly TextField OwnerName = new(BoardLimits.MaxDisplayNameLength, false, RejectionCode.OwnerMissing, RejectionCode.NameTooLong);

    /// <summary>Rule A4: a progress note, at most 500 characters; an empty one clears it.</summary>
    public static readonly TextField Progress = new(BoardLimits.MaxProgressLength, true, null, RejectionCode.ProgressTooLong);

    /// <summary>Rule A7: the summary, at most 2,000 characters; writing nothing clears it.</summary>
    public static readonly TextField Summary = new(BoardLimits.MaxSummaryLength, true, null, RejectionCode.SummaryTooLong);

    /// <summary>Rule R1: a rating criterion's name, 1–20 characters on one line.</summary>
    public static readonly TextField CriterionName = new(Ratings.RatingCriterion.MaxNameLength, false, RejectionCode.InvalidCriteria, RejectionCode.InvalidCriteria);
}
