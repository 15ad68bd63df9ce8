// What every browser test uses: Playwright, its assertions, and the people who act on the board.
global using Microsoft.Playwright;
global using Whiteboard.EndToEnd.Tests.Support;
global using static Microsoft.Playwright.Assertions;
global using static Whiteboard.EndToEnd.Tests.Support.People;
