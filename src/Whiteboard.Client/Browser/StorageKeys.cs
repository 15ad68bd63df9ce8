namespace Whiteboard.Client.Browser;

/// <summary>
/// Every key this browser keeps in local storage, in one place. Browsers in the field already hold these strings: a key
/// spelled differently would lose someone's unsent words or identity, so they never change.
/// </summary>
public static class StorageKeys
{
    /// <summary>The language a person chose themselves.</summary>
    public const string Language = "wb.language";

    /// <summary>Whether the timer's end sound is muted on this device.</summary>
    public const string TimerMuted = "wb.timer.muted";

    /// <summary>
    /// The name a facilitator or observer gave once on this browser, used for every later workshop they open by link. Never
    /// a trainee's: the room's tablets pass from class to class.
    /// </summary>
    public const string EntryName = "wb.entry-name";

    /// <summary>The unit (rule P7) a trainee last gave on this browser: offered again, to change or clear, in the next join form.</summary>
    public const string EntryUnit = "wb.entry-unit";

    /// <summary>The programme office's key (rule O1), from the office link.</summary>
    public const string OfficeKey = "wb.office-key";

    /// <summary>A facilitator's personal link from the office (rule O2): their workshops on this device, and new ones theirs.</summary>
    public const string FacilitatorLink = "wb.facilitator-link";

    /// <summary>The participant token for a workshop: a reload is the same person.</summary>
    public static string Token(string code) => $"wb.token.{code}";

    /// <summary>The facilitator secret from a workshop's facilitator link.</summary>
    public static string FacilitatorSecret(string code) => $"wb.facilitator.{code}";

    /// <summary>The observer secret from a workshop's observer link.</summary>
    public static string ObserverSecret(string code) => $"wb.observer.{code}";

    /// <summary>The codes of the workshops whose state is kept, most recent first.</summary>
    public const string WorkshopsKept = "wb.workshops-kept";

    /// <summary>What every kept workshop's key starts with.</summary>
    public const string WorkshopPrefix = "wb.workshop.";

    /// <summary>A workshop's last known state, to open it without the network.</summary>
    public static string Workshop(string code) => WorkshopPrefix + code;

    /// <summary>A board's commands not yet on the board.</summary>
    public static string Outbox(Guid boardId) => $"wb.outbox.{boardId}";

    /// <summary>A facilitator's stage commands for every group of a workshop not yet answered (rule W5).</summary>
    public static string WorkshopOutbox(Guid workshopId) => $"wb.workshop-outbox.{workshopId}";

    /// <summary>What is being typed in a board's note editor.</summary>
    public static string NoteDraft(Guid boardId) => $"wb.draft.{boardId}";

    /// <summary>An action item being made or changed on a board.</summary>
    public static string ActionDraft(Guid boardId) => $"wb.action-draft.{boardId}";

    /// <summary>A board's summary as typed, until the server holds it.</summary>
    public static string SummaryDraft(Guid boardId) => $"wb.summary-draft.{boardId}";

    /// <summary>A question or answers being typed on one note (rules Q1, Q2).</summary>
    public static string QuestionDraft(Guid boardId, Guid noteId) => $"wb.question-draft.{boardId}.{noteId:N}";

    /// <summary>The last time the facilitator moved this person to another group, with what they wrote in the old one.</summary>
    public static string GroupMove(string code) => $"wb.moved.{code}";

    /// <summary>An owner's update of one item that has not reached the server.</summary>
    public static string FollowUpUpdate(string token, Guid actionItemId) => $"wb:follow-up:{token}:{actionItemId:N}";
}
