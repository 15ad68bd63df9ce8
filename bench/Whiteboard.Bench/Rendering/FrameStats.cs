namespace Whiteboard.Bench.Rendering;

/// <summary>
/// The frames of one stretch of a page's life: the longest and how many took over 50 ms, by the Long Animation Frames API
/// (what Chromium itself counts as a frame kept from the screen, scripts, style, layout and paint together; it reports
/// only frames over 50 ms) and by the gaps between <c>requestAnimationFrame</c> callbacks (what a person sees).
/// <paramref name="Settled"/>: ms from the stretch's start to the end of its last long frame (0 when none), when the screen
/// showed the stretch's outcome and took input again.
/// </summary>
public sealed record FrameStats(double LongestLoaf, int LoafsOver50, double LongestGap, int GapsOver50, int Frames, double Settled)
{
    /// <summary>A frame of 50 ms or more was seen by either measure.</summary>
    public bool Janky => LoafsOver50 > 0 || GapsOver50 > 0;
}
