using Whiteboard.Core.Rejections;

namespace Whiteboard.Core.Boards;

/// <summary>
/// A field a person types into, as its rule bounds it: the one mapping from what is wrong with a text (rule B5) to the
/// field's refusal. <see cref="WhenEmpty"/> is null where empty text is allowed.
/// </summary>
public sealed record TextField(int MaxLength, bool Multiline, RejectionCode? WhenEmpty, RejectionCode WhenTooLong)
{
    /// <summary>The text cleaned as it will be stored, and why it is refused (null: it may be sent).</summary>
    public (string Text, RejectionCode? Refusal) Check(string? raw)
    {
        var (text, problem) = UserText.Clean(raw, MaxLength, Multiline);
        return (text, problem switch
        {
            UserText.Problem.None => null,
            UserText.Problem.Empty => WhenEmpty,
            UserText.Problem.TooLong => WhenTooLong,
            _ => RejectionCode.TextHasControlCharacters,
        });
    }
}
