namespace Whiteboard.Core.Boards;

/// <summary>Who issues a command and when: passed in, so that deciding stays pure.</summary>
public readonly record struct CommandContext(Guid ActorId, DateTimeOffset Now);
