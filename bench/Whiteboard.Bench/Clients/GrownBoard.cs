using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Whiteboard.Bench.Targets;
using Whiteboard.Core.Boards;
using Whiteboard.Core.Notes;
using Whiteboard.Core.Protocol;
using Whiteboard.Tests.Shared;

namespace Whiteboard.Bench.Clients;

/// <summary>
/// A quick board grown through the hub (the growth and render parts), with the connections of its authors and the tokens
/// of everyone. Notes go to random spots in a <paramref name="width"/> × <paramref name="height"/> area.
/// </summary>
public sealed class GrownBoard(Target target, string code, Guid boardId, string smallCode, int width = 4000, int height = 3000)
    : IAsyncDisposable
{
    private const string StageId = CommandMix.StageId;
    private readonly List<Author> _authors = [];
    private readonly List<string> _tokens = [];
    private readonly Random _random = new(7);
    private int _next;

    public Guid BoardId => boardId;
    public long Seq { get; private set; }
    public int Participants => _tokens.Count;
    public int Notes => _authors.Sum(a => a.Notes.Count);
    public int DeletedNotes => _authors.Sum(a => Math.Min(a.Deleted, BoardLimits.MaxDeletedNotesKeptPerAuthor));

    public async Task JoinAuthorsAsync(int count)
    {
        for (var i = 0; i < count; i++)
        {
            var (connection, joined) = await JoinAsync(new JoinRequest(code, $"作者{i + 1}"));
            _authors.Add(new Author(connection, joined.ParticipantToken!));
            _tokens.Add(joined.ParticipantToken!);
        }
    }

    /// <summary>Joins people (who then leave), adds notes, then moves and replaces notes until each count is reached.</summary>
    public async Task GrowAsync(int participants, int notes, long events)
    {
        await Parallel.ForEachAsync(Enumerable.Range(_tokens.Count, Math.Max(0, participants - _tokens.Count)),
            new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
            {
                var (connection, joined) = await JoinAsync(new JoinRequest(code, $"学员{i + 1}"));
                lock (_tokens) _tokens.Add(joined.ParticipantToken!);
                await connection.DisposeAsync();
            });
        // Every author at once, each writing its share (a participant's quota is per stage, rule N9).
        var each = new ParallelOptions { MaxDegreeOfParallelism = _authors.Count };
        var share = (notes + _authors.Count - 1) / _authors.Count;
        await Parallel.ForEachAsync(_authors, each, async (author, _) =>
        {
            while (author.Notes.Count < share) await AddAsync(author);
        });
        await Parallel.ForEachAsync(_authors, each, async (author, _) =>
        {
            for (var turn = 0; Seq < events; turn++)
                if (turn % 2 == 0) await MoveAsync(author);
                else await ReplaceAsync(author);
        });
    }

    public async Task<long> MoveOneAsync()
    {
        await MoveAsync(NextAuthor());
        return 0;
    }

    public async Task<long> ReplaceOneAsync()
    {
        await ReplaceAsync(NextAuthor());
        return 0;
    }

    /// <summary>A participant joins again on a new connection; returns the size of what the join answered (the snapshot).</summary>
    public async Task<long> RejoinAsync()
    {
        var connection = HubConnections.To(target.BaseAddress, BoardHubMethods.Path);
        await connection.StartAsync();
        try
        {
            var answer = await connection.InvokeAsync<JsonElement>(BoardHubMethods.Join,
                new JoinRequest(code, null, ParticipantToken: _tokens[_random.Next(_tokens.Count)]));
            return answer.GetRawText().Length;
        }
        finally
        {
            await connection.DisposeAsync();
        }
    }

    /// <summary>What a client that last saw <paramref name="afterSeq"/> asks for, page by page.</summary>
    public async Task<long> CatchUpAsync(long afterSeq)
    {
        long bytes = 0;
        var connection = _authors[0].Connection;
        while (true)
        {
            var page = await connection.InvokeAsync<JsonElement>(BoardHubMethods.CatchUp, boardId, afterSeq);
            bytes += page.GetRawText().Length;
            var events = page.GetProperty("events");
            if (!page.GetProperty("hasMore").GetBoolean() || events.GetArrayLength() == 0) return bytes;
            afterSeq = events[events.GetArrayLength() - 1].GetProperty("seq").GetInt64();
        }
    }

    /// <summary>Kills and starts the server, then times the first join (which loads the board); the authors join again.</summary>
    public async Task<double> ColdJoinAsync()
    {
        foreach (var author in _authors) await author.Connection.DisposeAsync();
        await target.RestartAsync();
        var warming = HubConnections.To(target.BaseAddress, BoardHubMethods.Path);
        await warming.StartAsync();
        await warming.InvokeAsync<JsonElement>(BoardHubMethods.Join, new JoinRequest(smallCode, "热身"));
        await warming.DisposeAsync();
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        await RejoinAsync();
        var ms = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        for (var i = 0; i < _authors.Count; i++)
            _authors[i] = _authors[i] with { Connection = (await JoinAsync(new JoinRequest(code, null, ParticipantToken: _authors[i].Token))).Connection };
        return ms;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var author in _authors) await author.Connection.DisposeAsync();
    }

    private Author NextAuthor() => _authors[Interlocked.Increment(ref _next) % _authors.Count];

    private async Task AddAsync(Author author)
    {
        var id = Guid.NewGuid();
        await SubmitAsync(author, new AddNote(id, StageId, $"第{author.Notes.Count + 1}条：跨部门协作的问题需要更快拍板", NoteColor.Yellow,
            _random.Next(0, width), _random.Next(0, height)));
        lock (_authors) author.Notes.Add(id);
    }

    private Task MoveAsync(Author author)
    {
        Guid note;
        lock (_authors) note = author.Notes[_random.Next(author.Notes.Count)];
        return SubmitAsync(author, new MoveNote(note, _random.Next(0, width), _random.Next(0, height)));
    }

    /// <summary>Deletes the author's oldest note and adds a new one: the board keeps its size, its kept deleted notes grow.</summary>
    private async Task ReplaceAsync(Author author)
    {
        Guid oldest;
        lock (_authors)
        {
            oldest = author.Notes[0];
            author.Notes.RemoveAt(0);
        }
        await SubmitAsync(author, new DeleteNote(oldest));
        author.Deleted++;
        await AddAsync(author);
    }

    private async Task SubmitAsync(Author author, BoardCommand command)
    {
        var ack = await author.Connection.InvokeAsync<CommandAck>(BoardHubMethods.Submit, new CommandEnvelope(Guid.NewGuid(), boardId, command));
        if (ack.Rejection is { } rejection)
            throw new InvalidOperationException($"{command.GetType().Name} refused: {rejection.Code}");
        lock (_authors) Seq = Math.Max(Seq, ack.Seq);
    }

    private async Task<(HubConnection Connection, JoinResult Joined)> JoinAsync(JoinRequest request)
    {
        var connection = HubConnections.To(target.BaseAddress, BoardHubMethods.Path);
        await connection.StartAsync();
        var joined = await connection.InvokeAsync<JoinResult>(BoardHubMethods.Join, request);
        if (joined.Rejection is not null) throw new InvalidOperationException($"Join refused: {joined.Rejection.Code} {joined.Message}");
        return (connection, joined);
    }

    private sealed record Author(HubConnection Connection, string Token)
    {
        public List<Guid> Notes { get; } = [];
        public int Deleted { get; set; }
    }
}
