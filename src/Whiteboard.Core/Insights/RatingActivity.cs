namespace Whiteboard.Core.Insights;

/// <summary>
/// A rating step's scores as far as the facilitator may know them (rule R4): nothing before the reveal; after it, how many
/// items were rated, on how many raters' sheets (one per rater and item), and how many scores were given — never by whom.
/// </summary>
public sealed record RatingActivity(bool Revealed, int Items, int Sheets, int Scores);
