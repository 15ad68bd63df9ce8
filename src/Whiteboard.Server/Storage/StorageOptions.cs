namespace Whiteboard.Server.Storage;

/// <summary>Configuration section "Storage".</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>Folder of the embedded SQLite database; relative paths are from the working directory.</summary>
    public string DataFolder { get; set; } = "data";
}
