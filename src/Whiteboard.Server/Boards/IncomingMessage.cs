using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Whiteboard.Core.Protocol;

namespace Whiteboard.Server.Boards;

/// <summary>
/// Reads what a client sent from its raw JSON strictly (<see cref="WireJson"/>), so that a malformed or crafted message
/// becomes a typed MalformedMessage answer instead of a server error or a half-read object. Every field the hub reads
/// goes through here: a number where an id belongs, a string where a number belongs, is malformed, never an exception.
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

    /// <summary>The operation id of a message that failed to read, when it has a readable one, so the client can match the answer.</summary>
    public static Guid OpIdOf(JsonElement message) =>
        message.ValueKind == JsonValueKind.Object && message.TryGetProperty("opId", out var op) && TryGuid(op, out var id) ? id : Guid.Empty;

    public static bool TryGuid(JsonElement json, out Guid id)
    {
        id = Guid.Empty;
        return json.ValueKind == JsonValueKind.String && json.TryGetGuid(out id);
    }

    public static bool TryLong(JsonElement json, out long value)
    {
        value = 0;
        return json.ValueKind == JsonValueKind.Number && json.TryGetInt64(out value);
    }

    public static bool TryFiniteDouble(JsonElement json, out double value)
    {
        value = 0;
        return json.ValueKind == JsonValueKind.Number && json.TryGetDouble(out value) && double.IsFinite(value);
    }
}
