namespace Whiteboard.Server.Tests;

public class Placeholder { [Fact] public void Builds() { } }
