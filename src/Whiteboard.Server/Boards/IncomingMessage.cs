using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Whiteboard.Core.Protocol;

namespace Whiteboard.Server.Boards;

/// <summary>
/// Reads a message from its raw JSON strictly (<see cref="WireJson"/>), so that a malformed or crafted message becomes a
/// typed MalformedMessage answer instead of a server error or a half-read object.
/// </summary>
public static class IncomingMessage
{
    public static bool TryRead<T>(JsonElement json, [NotNullWhen(true)] out T? message) where T : class
    {
        try
        {
            message = json.ValueKind == JsonValueKind.Object ? json.Deserialize<T>(WireJson.Options) : null;
        }
        catch (JsonException)
        {
            message = null;
        }
        catch (NotSupportedException)
        {
            message = null; // e.g. a polymorphic type discriminator that names an abstract type
        }
        return message is not null;
    }
}
