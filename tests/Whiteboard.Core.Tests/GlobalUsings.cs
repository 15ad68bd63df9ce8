// The namespaces nearly every test here uses.
global using Whiteboard.Core.Stages;
global using Whiteboard.Core.Boards;
global using Whiteboard.Core.Protocol;
global using Whiteboard.Core.Participants;
global using Whiteboard.Core.Rejections;
global using Whiteboard.Core.Notes;
global using Whiteboard.Core.Voting;
global using static Whiteboard.Core.Tests.TestBoard;
