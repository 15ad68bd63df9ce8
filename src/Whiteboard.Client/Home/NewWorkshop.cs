using Whiteboard.Core.Protocol.Http;

namespace Whiteboard.Client.Home;

/// <summary>A workshop just created here: the server's answer (with the secret links, shown only this once) and its title.</summary>
public sealed record NewWorkshop(CreateWorkshopResponse Links, string Title);
