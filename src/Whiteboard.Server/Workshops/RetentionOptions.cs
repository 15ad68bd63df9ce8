namespace Whiteboard.Server.Workshops;

/// <summary>Configuration section "Retention": how long the server keeps workshops nobody touches (trainees' names are personal information).</summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>Delete a workshop once none of its boards has changed for this many days; 0 (the default) keeps workshops until deleted.</summary>
    public int DeleteUntouchedAfterDays { get; set; }
}
