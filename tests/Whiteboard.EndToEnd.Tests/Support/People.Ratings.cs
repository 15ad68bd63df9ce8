using System.Globalization;

namespace Whiteboard.EndToEnd.Tests.Support;

/// <summary>The steps of the decision matrix (rules R1–R5): scoring a note on its step's criteria.</summary>
public static partial class People
{
    /// <summary>Opens a note's rating sheet and gives each score, waiting until the server holds each; the sheet stays open.</summary>
    public static async Task RateAsync(IPage page, string noteId, params (string Criterion, int Score)[] scores)
    {
        await PressAsync(page, NoteById(page, noteId).GetByTestId("rate-button"));
        foreach (var (criterion, score) in scores)
        {
            var row = page.Locator($"[data-testid=criterion-row][data-criterion-id='{criterion}']");
            await PressAsync(page, row.Locator($"[data-testid=score-button][data-score='{score}']"));
            await Expect(row).ToHaveAttributeAsync("data-score", score.ToString(CultureInfo.InvariantCulture));
        }
        await Expect(NoteById(page, noteId).GetByTestId("rate-button")).ToHaveAttributeAsync("data-scored", scores.Length.ToString(CultureInfo.InvariantCulture));
    }
}
