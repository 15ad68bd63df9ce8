namespace Whiteboard.Core.Protocol;

/// <summary>The hub's method names, shared by the server and its clients. The hub lives at <see cref="Path"/>.</summary>
public static class BoardHubMethods
{
    public const string Path = "/hubs/board";
    public const string Join = "Join";
    public const string Submit = "Submit";
    public const string SubmitToAll = "SubmitToAll";
    public const string MoveParticipant = "MoveParticipant";
    public const string RemoveParticipant = "RemoveParticipant";
    public const string SignOutOtherDevices = "SignOutOtherDevices";
    public const string CatchUp = "CatchUp";
    public const string Drag = "Drag";
    public const string Heads = "Heads";
    /// <summary>
    /// The largest message the protocol needs: a note's text is at most 4,000 UTF-16 units (rule N2), which is at most
    /// 24 KB even if every unit were escaped as \uXXXX, plus its envelope.
    /// </summary>
    public const long MaxMessageBytes = 32 * 1024;
}
