using Whiteboard.Core.Protocol;

namespace Whiteboard.Core.Privacy;

/// <summary>What a viewer receives in place of an event they may not see: it keeps the sequence unbroken and says nothing (rule H1).</summary>
public sealed record EventHidden() : BoardEvent;
