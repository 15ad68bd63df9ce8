namespace Whiteboard.Core.Tests;

/// <summary>Rule B5 for every field a person types: one mapping from what is wrong with a text to the field's refusal.</summary>
public class TypedTextTests
{
    private static readonly string Control = "a\u0001b";

    public static TheoryData<string, int, RejectionCode?, RejectionCode> Fields => new()
    {
        // field, limit, when empty (null: allowed), when too long
        { nameof(TypedText.Title), BoardLimits.MaxTitleLength, RejectionCode.TitleEmpty, RejectionCode.TitleTooLong }, // B1
        { nameof(TypedText.DisplayName), BoardLimits.MaxDisplayNameLength, RejectionCode.NameEmpty, RejectionCode.NameTooLong }, // P1
        { nameof(TypedText.NoteText), BoardLimits.MaxNoteTextLength, RejectionCode.NoteTextEmpty, RejectionCode.NoteTextTooLong }, // N2
        { nameof(TypedText.ClusterTitle), BoardLimits.MaxClusterTitleLength, null, RejectionCode.ClusterTitleTooLong }, // C1
        { nameof(TypedText.ActionWhat), BoardLimits.MaxActionWhatLength, RejectionCode.ActionWhatEmpty, RejectionCode.ActionWhatTooLong }, // A2
        { nameof(TypedText.OwnerName), BoardLimits.MaxDisplayNameLength, RejectionCode.OwnerMissing, RejectionCode.NameTooLong }, // A2
        { nameof(TypedText.Progress), BoardLimits.MaxProgressLength, null, RejectionCode.ProgressTooLong }, // A4
        { nameof(TypedText.Summary), BoardLimits.MaxSummaryLength, null, RejectionCode.SummaryTooLong }, // A7
    };

    [Theory]
    [MemberData(nameof(Fields))]
    public void Each_field_is_cleaned_and_refused_with_its_own_codes(string field, int limit, RejectionCode? whenEmpty, RejectionCode whenTooLong)
    {
        var check = ((TextField)typeof(TypedText).GetField(field)!.GetValue(null)!).Check;
        // Rule B5 and the field's rule
        Assert.Equal(("会议太多", (RejectionCode?)null), check("  会议太多 \r\n"));
        Assert.Equal(("", whenEmpty), check("  \u200B "));
        Assert.Equal(("", whenEmpty), check(null));
        Assert.Null(check(new string('字', limit)).Item2);
        Assert.Equal(("", (RejectionCode?)whenTooLong), check(new string('字', limit + 1)));
        Assert.Equal(("", (RejectionCode?)RejectionCode.TextHasControlCharacters), check(Control));
    }

    [Fact]
    public void One_line_fields_fold_line_breaks_and_notes_keep_them()
    {
        // Rules B5, N2
        Assert.Equal("先做 试点", TypedText.Title.Check("先做\n试点").Item1);
        Assert.Equal("先做\n试点", TypedText.NoteText.Check("先做\r\n试点").Item1);
    }
}
