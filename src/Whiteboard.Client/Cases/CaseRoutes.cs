namespace Whiteboard.Client.Cases;

/// <summary>Where a workshop's case editor is: the workshop's code and the case (the secret stays in the browser's storage).</summary>
public static class CaseRoutes
{
    public static string Editor(string code, Guid caseId) => $"/b/{code}/cases/{caseId}";
}
