using System.Globalization;
using System.Text;

namespace Whiteboard.Core.Tests;

/// <summary>How typed text is cleaned and counted, seen through notes (multi-line) and <see cref="UserText"/> itself.</summary>
public class TextTests
{
    private const string Family = "👨‍👩‍👧‍👦"; // four people joined by three zero-width joiners: 11 UTF-16 units

    private static Decision Add(string text) =>
        WithParticipants().Decide(new AddNote(Guid.NewGuid(), Brainstorm, text, NoteColor.Yellow, 0, 0), Alice);

    private static string AddedText(string text)
    {
        var decision = Add(text);
        Assert.True(decision.IsAccepted, $"rejected: {decision.Rejection?.Code}");
        return Assert.IsType<NoteAdded>(decision.Event).Text;
    }

    [Fact]
    public void Text_is_normalised_to_NFC()
    {
        // Rule B5
        Assert.Equal("caf\u00E9", AddedText("cafe\u0301"));
        Assert.Equal("\u00C5", AddedText("\u212B")); // ANGSTROM SIGN becomes Å
        Assert.Equal("가", AddedText("\u1100\u1161")); // conjoining jamo compose
    }

    [Theory]
    [InlineData("第一行\r\n第二行", "第一行\n第二行")]
    [InlineData("one\rtwo", "one\ntwo")]
    [InlineData("a\r\n\r\nb", "a\n\nb")]
    public void Windows_and_old_Mac_line_ends_are_folded(string typed, string stored)
    {
        // Rule B5
        Assert.Equal(stored, AddedText(typed));
    }

    [Fact]
    public void Text_is_trimmed_but_inner_newlines_and_tabs_are_kept()
    {
        // Rule B5, N2
        Assert.Equal("要点：\n\t- 会议太多", AddedText("\u3000 \r\n要点：\n\t- 会议太多 \n\n"));
    }

    [Theory]
    [InlineData("a\u0000b")]
    [InlineData("bell\u0007")] // trailing, but not whitespace, so not trimmed away
    [InlineData("esc\u001B[31mred")]
    [InlineData("a\u007Fb")]
    [InlineData("a\u0085b")] // NEXT LINE (C1 control)
    [InlineData("a\u000Bb")] // vertical tab
    [InlineData("a\u000Cb")] // form feed
    public void Control_characters_are_refused(string text)
    {
        // Rule B5
        Assert.Equal(RejectionCode.TextHasControlCharacters, Add(text).Rejection?.Code);
    }

    [Fact]
    public void Lone_surrogate_is_refused()
    {
        // Rule B5. Not a theory: xunit's test-case serialisation would replace a lone surrogate with U+FFFD.
        string[] texts =
        [
            "a\uD800b", // lone high surrogate
            "ab\uDC00", // lone low surrogate at the end
            "\uDE00\uD83D", // a pair in the wrong order
            "😀\uD83D", // a pair, then half of one
        ];

        foreach (var text in texts)
            Assert.Equal(RejectionCode.TextHasControlCharacters, Add(text).Rejection?.Code);
    }

    [Fact]
    public void Chinese_characters_count_one_each_500_accepted_501_rejected()
    {
        // Rule B5, N2
        var text500 = string.Concat(Enumerable.Repeat("会议太多", 125));

        Assert.Equal(text500, AddedText(text500));
        Assert.Equal(RejectionCode.NoteTextTooLong, Add(text500 + "了").Rejection?.Code);
    }

    [Fact]
    public void Emoji_outside_the_basic_plane_count_one_each()
    {
        // Rule B5, N2: each 😀 is two UTF-16 units but one character
        var text500 = string.Concat(Enumerable.Repeat("😀", 500));

        Assert.Equal(text500, AddedText(text500));
        Assert.Equal(RejectionCode.NoteTextTooLong, Add(text500 + "😀").Rejection?.Code);
    }

    [Fact]
    public void Rare_Chinese_characters_outside_the_basic_plane_count_one_each()
    {
        // Rule B5, N2: 𠀀 (CJK Extension B) is a surrogate pair
        var text500 = string.Concat(Enumerable.Repeat("𠀀", 500));

        Assert.Equal(text500, AddedText(text500));
        Assert.Equal(RejectionCode.NoteTextTooLong, Add(text500 + "𠀀").Rejection?.Code);
    }

    [Fact]
    public void Zero_width_joiner_family_emoji_counts_as_one_character()
    {
        // Rule B5, N2
        Assert.Equal(1, new StringInfo(Family).LengthInTextElements);
        var text = new string('字', 499) + Family;

        Assert.Equal(text, AddedText(text));
        Assert.Equal(RejectionCode.NoteTextTooLong, Add("字" + text).Rejection?.Code);
    }

    [Fact]
    public void Combining_marks_count_with_their_base_character()
    {
        // Rule B5: "ệ" typed as e + two combining marks is one character (and one code point after NFC)
        var text500 = string.Concat(Enumerable.Repeat("e\u0323\u0302", 500));

        var stored = AddedText(text500);

        Assert.Equal(500, stored.Length);
        Assert.True(stored.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void Length_is_counted_after_trimming()
    {
        // Rule B5, N2
        var text = "  " + new string('字', 500) + "\n\n";

        Assert.Equal(new string('字', 500), AddedText(text));
    }

    [Theory]
    [InlineData(null, UserText.Problem.Empty)]
    [InlineData("", UserText.Problem.Empty)]
    [InlineData(" \t\r\n ", UserText.Problem.Empty)]
    [InlineData("名字", UserText.Problem.None)]
    [InlineData("名\u0000字", UserText.Problem.ControlCharacters)]
    public void Clean_reports_what_is_wrong_with_a_text(string? raw, UserText.Problem problem)
    {
        // Rule B5
        Assert.Equal(problem, UserText.Clean(raw, 32, multiline: false).Problem);
    }

    [Fact]
    public void Single_line_text_folds_newlines_and_tabs_to_spaces()
    {
        // Rule B5, P1
        Assert.Equal(("张 伟 老师", UserText.Problem.None), UserText.Clean("张\r\n伟\t老师", 32, multiline: false));
    }

    [Theory]
    [InlineData("\u202Eevil")]
    [InlineData("a\u2066b")]
    public void Bidirectional_override_marks_are_refused(string typed)
    {
        // Rule B5: they make text display as something else
        Assert.Equal(RejectionCode.TextHasControlCharacters, Add(typed).Rejection?.Code);
    }

    [Theory]
    [InlineData("\u200B")]
    [InlineData(" \u200B\u2060 ")]
    [InlineData("\uFEFF")]
    public void Text_of_only_invisible_characters_is_empty(string typed)
    {
        // Rule B5
        Assert.Equal(RejectionCode.NoteTextEmpty, Add(typed).Rejection?.Code);
    }

    [Fact]
    public void Line_separators_become_newlines_in_notes()
    {
        // Rule B5
        Assert.Equal("一\n二\n三", AddedText("一\u2028二\u2029三"));
        Assert.Equal("爱心", AddedText("\uFEFF爱心"));
    }

    [Theory]
    [InlineData("会议\uFFFF太多")]
    [InlineData("\uFFFE")]
    public void Noncharacters_no_document_may_hold_are_refused(string typed)
    {
        // Rule B5: U+FFFE and U+FFFF are not characters; XML (the report's pictures) cannot hold them
        Assert.Equal(RejectionCode.TextHasControlCharacters, Add(typed).Rejection?.Code);
    }
}
