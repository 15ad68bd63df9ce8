namespace Whiteboard.Client.Tests;

public class Placeholder { [Fact] public void Builds() { } }
