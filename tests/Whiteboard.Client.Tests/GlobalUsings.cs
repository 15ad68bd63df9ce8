// The namespaces nearly every test here uses.
global using Bunit;
global using Whiteboard.Core.Protocol;
global using Whiteboard.Core.Rejections;
global using Whiteboard.Core.Notes;
global using Whiteboard.Core.Stages;
