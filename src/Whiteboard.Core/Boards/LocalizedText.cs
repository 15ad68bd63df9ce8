namespace Whiteboard.Core.Boards;

/// <summary>Text the product itself supplies (stage titles and prompts), in both of its languages.</summary>
public sealed record LocalizedText(string ZhCn, string En)
{
    public string In(BoardLanguage language) => language == BoardLanguage.En ? En : ZhCn;
}
