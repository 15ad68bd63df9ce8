using System.Text.Json.Serialization;

namespace Whiteboard.Core.Boards;

/// <summary>The language a board is run in; its participants see the UI in it unless they switch.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<BoardLanguage>))]
public enum BoardLanguage
{
    [JsonStringEnumMemberName("zh-CN")] ZhCn,
    [JsonStringEnumMemberName("en")] En,
}
