// The namespaces nearly every test here uses.
global using Whiteboard.Core.Protocol;
global using Whiteboard.Server.Tests.Support;
global using Whiteboard.Core.Notes;
