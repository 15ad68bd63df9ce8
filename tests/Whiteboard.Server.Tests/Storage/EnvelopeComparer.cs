using System.Text.Json;

namespace Whiteboard.Server.Tests.Storage;

/// <summary>Envelopes are equal when they serialise alike: events holding lists do not compare by value as records.</summary>
public sealed class EnvelopeComparer : IEqualityComparer<EventEnvelope>
{
    public bool Equals(EventEnvelope? x, EventEnvelope? y) =>
        JsonSerializer.Serialize(x, WireJson.Options) == JsonSerializer.Serialize(y, WireJson.Options);

    public int GetHashCode(EventEnvelope obj) => JsonSerializer.Serialize(obj, WireJson.Options).GetHashCode(StringComparison.Ordinal);
}
