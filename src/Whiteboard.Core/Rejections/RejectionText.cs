using System.Globalization;
using System.Resources;
using Whiteboard.Core.Boards;

namespace Whiteboard.Core.Rejections;

/// <summary>
/// Marker for the localised rejection messages (RejectionText.resx is zh-CN, the neutral language; RejectionText.en.resx is English).
/// Hosts read them through IStringLocalizer&lt;RejectionText&gt;; the messages take the relevant limit as {0}.
/// </summary>
public sealed class RejectionText
{
    private static readonly ResourceManager Resources = new(typeof(RejectionText));

    /// <summary>The {0} argument of a code's message: the limit the input broke, where there is one.</summary>
    public static object[] Arguments(RejectionCode code) => code switch
    {
        RejectionCode.NoteTextTooLong => [BoardLimits.MaxNoteTextLength],
        RejectionCode.NameTooLong => [BoardLimits.MaxDisplayNameLength],
        RejectionCode.TitleTooLong => [BoardLimits.MaxTitleLength],
        RejectionCode.TooManyNotes => [BoardLimits.MaxNotesPerBoard],
        RejectionCode.TooManyActionItems => [BoardLimits.MaxActionItemsPerBoard],
        RejectionCode.NoteQuotaReached => [BoardLimits.MaxNotesPerParticipantPerStage],
        RejectionCode.BoardFull => [BoardLimits.MaxParticipantsPerBoard],
        RejectionCode.ClusterTitleTooLong => [BoardLimits.MaxClusterTitleLength],
        RejectionCode.WorkshopGroupsOutOfRange => [BoardLimits.MaxGroupsPerWorkshop],
        RejectionCode.ActionWhatTooLong => [BoardLimits.MaxActionWhatLength],
        RejectionCode.ProgressTooLong => [BoardLimits.MaxProgressLength],
        RejectionCode.SummaryTooLong => [BoardLimits.MaxSummaryLength],
        RejectionCode.QuestionTextTooLong => [BoardLimits.MaxNoteTextLength],
        RejectionCode.QuestionQuotaReached => [BoardLimits.MaxQuestionPostsPerParticipantPerStage],
        RejectionCode.TooManyQuestions => [BoardLimits.MaxQuestionPostsPerBoard],
        _ => [],
    };

    /// <summary>The message for a code in a culture, straight from the resources (for callers without a localizer).</summary>
    public static string Message(RejectionCode code, CultureInfo culture) =>
        string.Format(culture, Resources.GetString(code.ToString(), culture) ?? code.ToString(), Arguments(code));
}
