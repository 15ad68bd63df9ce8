using System.Text.Json;
using Whiteboard.Core.Privacy;

namespace Whiteboard.Core.Tests.Sessions;

/// <summary>
/// A browser following the board: it starts from the snapshot it joined with and applies every event as sent to it.
/// <see cref="Live"/> follows the hub's broadcasts (<see cref="Fanout.SentTo"/>); <see cref="CaughtUp"/> follows the same
/// events as catch-up sends them (each projected for this viewer, as BoardRoom.ReadAfterAsync does).
/// </summary>
internal sealed class Browser(Viewer viewer, BoardState server)
{
    public Viewer Viewer { get; } = viewer;

    public BoardState Live { get; private set; } = Visibility.Snapshot(server, viewer);

    public BoardState CaughtUp { get; private set; } = Visibility.Snapshot(server, viewer);

    /// <summary>Everything this browser was sent, as JSON: the snapshot, then each event (when followed with JSON).</summary>
    public List<string> ReceivedJson { get; } = [];

    public EventEnvelope Receive(BoardState before, EventEnvelope stored)
    {
        var sent = Fanout.SentTo(before, stored, Viewer);
        Live = Board.Apply(Live, sent);
        CaughtUp = Board.Apply(CaughtUp, Visibility.Project(before, stored, Viewer));
        return sent;
    }

    public override string ToString() => $"{People.Name(Viewer.ParticipantId)} ({Viewer.Role})";
}

/// <summary>The browsers of everyone on the board: those there from the start, and the latecomer from the moment they join.</summary>
internal static class Browsers
{
    /// <summary>
    /// Runs every stored event of the session past every browser; after each browser received it,
    /// <paramref name="check"/> sees the step, the browser and what it was sent. With <paramref name="json"/>, each browser
    /// also keeps the JSON of everything it was sent.
    /// </summary>
    public static List<Browser> Follow(SessionRun run, Action<Outcome, Browser, EventEnvelope>? check = null, bool json = false)
    {
        var browsers = People.AtStart.Select(p => Join(new Viewer(p.Id, p.Role), run.Initial, json)).ToList();
        var serialized = new Dictionary<EventEnvelope, string>(ReferenceEqualityComparer.Instance);
        foreach (var outcome in run.Outcomes)
        {
            if (outcome.Envelope is not { } stored) continue;
            serialized.Clear(); // most browsers are sent the very same envelope: write it once
            foreach (var browser in browsers)
            {
                var sent = browser.Receive(outcome.Before, stored);
                if (json)
                {
                    if (!serialized.TryGetValue(sent, out var text)) serialized[sent] = text = JsonSerializer.Serialize(sent, WireJson.Options);
                    browser.ReceivedJson.Add(text);
                }
                check?.Invoke(outcome, browser, sent);
            }
            if (stored.Event is ParticipantJoined { ParticipantId: var joined } && joined == People.Latecomer &&
                browsers.All(b => b.Viewer.ParticipantId != joined))
                browsers.Add(Join(new Viewer(joined, ParticipantRole.Participant), outcome.After, json));
        }
        return browsers;
    }

    private static Browser Join(Viewer viewer, BoardState server, bool json)
    {
        var browser = new Browser(viewer, server);
        if (json) browser.ReceivedJson.Add(JsonSerializer.Serialize(BoardSnapshot.Of(browser.Live), WireJson.Options));
        return browser;
    }
}
