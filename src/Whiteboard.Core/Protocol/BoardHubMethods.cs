namespace Whiteboard.Core.Protocol;

/// <summary>The hub's method names, shared by the server and its clients. The hub lives at <see cref="Path"/>.</summary>
public static class BoardHubMethods
{
    public const string Path = "/hubs/board";
    public const string Join = "Join";
    public const string Submit = "Submit";
    public const string CatchUp = "CatchUp";
    public const string Drag = "Drag";
    /// <summary>The largest message the protocol needs (a 500-character note, escaped, with its envelope) with room to spare.</summary>
    public const long MaxMessageBytes = 16 * 1024;
}
