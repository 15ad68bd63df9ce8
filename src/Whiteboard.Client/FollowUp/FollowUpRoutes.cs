namespace Whiteboard.Client.FollowUp;

/// <summary>An action owner's follow-up page: /f/{token}, opened from their personal link, weeks after the class.</summary>
public static class FollowUpRoutes
{
    public static string Page(string token) => $"f/{Uri.EscapeDataString(token)}";
}
