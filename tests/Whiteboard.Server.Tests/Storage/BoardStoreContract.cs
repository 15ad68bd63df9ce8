using System.Text.Json;
using Whiteboard.Core.Boards;
using Whiteboard.Core.Cases;
using Whiteboard.Core.Flows;
using Whiteboard.Core.Ratings;
using Whiteboard.Core.Questions;
using Whiteboard.Core.Stages;
using Whiteboard.Core.Workshops;
using Whiteboard.Server.Storage;

namespace Whiteboard.Server.Tests.Storage;

/// <summary>
/// What every <see cref="IBoardStore"/> must do. One suite; each implementation runs it by deriving and making a store.
/// </summary>
public abstract class BoardStoreContract : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 30, 0, TimeSpan.Zero);

    protected IBoardStore Store { get; private set; } = null!;

    /// <summary>A fresh, empty store.</summary>
    protected abstract Task<IBoardStore> CreateStoreAsync();

    /// <summary>Another store over the same data, as after a restart or on another node.</summary>
    protected abstract Task<IBoardStore> ReopenAsync();

    public async Task InitializeAsync()
    {
        Store = await CreateStoreAsync();
        await Store.InitializeAsync(default);
    }

    public virtual Task DisposeAsync() => Task.CompletedTask;

    protected static WorkshopRecord NewWorkshop(string code, int boards = 1) => new(Guid.NewGuid(), code, "研讨", BoardLanguage.ZhCn,
        WorkshopTemplate.ActionLearning, "facilitator-hash-" + code, "observer-hash-" + code, Now,
        [.. Enumerable.Range(0, boards).Select(_ => Guid.NewGuid())]);

    protected static EventEnvelope Created(int group = 1) =>
        new(1, Guid.NewGuid(), Guid.Empty, Now, new BoardCreated("研讨", BoardLanguage.ZhCn, Guid.NewGuid(), group,
            Templates.StagesOf(WorkshopTemplate.ActionLearning), false));

    /// <summary>A stored one-group workshop; its board's id.</summary>
    protected async Task<Guid> NewBoardAsync(string code)
    {
        var workshop = NewWorkshop(code);
        Assert.True(await Store.TryCreateWorkshopAsync(workshop, [Created()], default));
        return workshop.BoardIds[0];
    }

    protected static EventEnvelope Note(long seq, Guid? opId = null) =>
        new(seq, opId ?? Guid.NewGuid(), Guid.NewGuid(), Now.AddSeconds(seq),
            new NoteAdded(Guid.NewGuid(), "problem", $"便签 {seq}", NoteColor.Yellow, seq, -seq, false, NoteAnonymity.Named));

    [Fact]
    public async Task A_created_workshop_is_found_by_code_and_by_id_with_the_first_event_of_each_board()
    {
        var workshop = NewWorkshop("ABCDEF", boards: 3);
        EventEnvelope[] created = [Created(1), Created(2), Created(3)];

        Assert.True(await Store.TryCreateWorkshopAsync(workshop, created, default));

        Assert.True(workshop.SameAs((await Store.FindWorkshopByCodeAsync("ABCDEF", default))!));
        Assert.True(workshop.SameAs((await Store.FindWorkshopAsync(workshop.WorkshopId, default))!));
        for (var i = 0; i < 3; i++)
            Assert.Equal([created[i]], await Store.ReadEventsAsync(workshop.BoardIds[i], 0, 10, default), new EnvelopeComparer());
    }

    [Fact]
    public async Task Every_workshop_is_listed_oldest_first_with_the_facilitator_who_made_it()
    {
        var owner = Guid.NewGuid();
        var older = NewWorkshop("AAAAAA") with { CreatedAt = Now.AddDays(-2), FacilitatorId = owner };
        var newer = NewWorkshop("BBBBBB");
        Assert.True(await Store.TryCreateWorkshopAsync(newer, [Created()], default));
        Assert.True(await Store.TryCreateWorkshopAsync(older, [Created()], default));

        var listed = await (await ReopenAsync()).WorkshopsAsync(default);

        Assert.Equal(["AAAAAA", "BBBBBB"], listed.Select(w => w.Code));
        Assert.Equal(owner, listed[0].FacilitatorId);
        Assert.Null(listed[1].FacilitatorId);
        Assert.True(older.SameAs(listed[0]));
        await Store.DeleteWorkshopAsync(older.WorkshopId, default);
        Assert.Equal(["BBBBBB"], (await Store.WorkshopsAsync(default)).Select(w => w.Code));
    }

    [Fact]
    public async Task A_facilitator_is_found_by_id_and_by_link_and_a_new_link_replaces_the_old()
    {
        var first = new FacilitatorRecord(Guid.NewGuid(), "王老师", "市委党校", "hash-1", Now, null);
        var second = new FacilitatorRecord(Guid.NewGuid(), "Li", "", "hash-2", Now.AddMinutes(1), null);
        await Store.SaveFacilitatorAsync(second, default);
        await Store.SaveFacilitatorAsync(first, default);

        var reopened = await ReopenAsync();
        Assert.Equal(first, await reopened.FindFacilitatorAsync(first.FacilitatorId, default));
        Assert.Equal(second, await reopened.FindFacilitatorByLinkHashAsync("hash-2", default));
        Assert.Equal([first, second], await reopened.FacilitatorsAsync(default));
        Assert.Null(await reopened.FindFacilitatorByLinkHashAsync("hash-3", default));

        var relinked = first with { LinkHash = "hash-3", RevokedAt = Now.AddHours(1) };
        await Store.SaveFacilitatorAsync(relinked, default);
        Assert.Null(await Store.FindFacilitatorByLinkHashAsync("hash-1", default));
        Assert.Equal(relinked, await Store.FindFacilitatorByLinkHashAsync("hash-3", default));
        Assert.Equal(2, (await Store.FacilitatorsAsync(default)).Count);

        await Store.DeleteFacilitatorAsync(first.FacilitatorId, default);
        await Store.DeleteFacilitatorAsync(first.FacilitatorId, default); // gone already: nothing
        Assert.Null(await Store.FindFacilitatorAsync(first.FacilitatorId, default));
        Assert.Null(await Store.FindFacilitatorByLinkHashAsync("hash-3", default));
        Assert.Equal([second], await Store.FacilitatorsAsync(default));
    }

    /// <summary>A case of the library, as a facilitator wrote it up (rule K1).</summary>
    protected static Case NewCase(string title, string problem = "", string unit = "", IReadOnlyList<string>? topics = null,
        CaseStatus status = CaseStatus.Published, Guid? facilitator = null, Guid? workshop = null, int year = 2026, int minutes = 0) =>
        new(Guid.NewGuid(), workshop ?? Guid.NewGuid(), "青干班 行动学习", new DateOnly(year, 5, 20), Guid.NewGuid(), 1, facilitator,
            BoardLanguage.ZhCn, title, CaseSections.Empty with { Problem = problem }, new CaseTags("基层治理", unit, topics ?? []), status,
            Now.AddMinutes(minutes), Now.AddMinutes(minutes), status == CaseStatus.Published ? Now : null);

    private async Task<IReadOnlyList<string>> TitlesAsync(CaseQuery query) => [.. (await Store.CasesAsync(query, default)).Select(c => c.Title)];

    [Fact]
    public async Task A_case_is_kept_whole_replaced_by_its_id_and_deleted()
    {
        var draft = NewCase("审批提速", "企业办事 跑多趟", status: CaseStatus.Draft) with
        {
            Sections = new CaseSections("背景", "问题", "原因\n第二行", "方案", "- 行动", "反思", "经验 😀"),
        };
        await Store.SaveCaseAsync(draft, default);
        var found = await (await ReopenAsync()).FindCaseAsync(draft.CaseId, default);
        Assert.Equal(JsonSerializer.Serialize(draft, WireJson.Options), JsonSerializer.Serialize(found, WireJson.Options));

        var published = draft with { Title = "审批提速三步法", Status = CaseStatus.Published, UpdatedAt = Now.AddHours(1), PublishedAt = Now.AddHours(1) };
        await Store.SaveCaseAsync(published, default);
        Assert.Equal("审批提速三步法", (await Store.FindCaseAsync(draft.CaseId, default))!.Title);
        Assert.Equal(["审批提速三步法"], await TitlesAsync(new CaseQuery("三步")));
        Assert.Empty(await TitlesAsync(new CaseQuery("审批提速 跑多趟 不存在")));

        await Store.DeleteCaseAsync(draft.CaseId, default);
        await Store.DeleteCaseAsync(draft.CaseId, default); // gone already: nothing
        Assert.Null(await Store.FindCaseAsync(draft.CaseId, default));
        Assert.Empty(await TitlesAsync(new CaseQuery("审批")));
    }

    [Fact]
    public async Task Search_finds_chinese_words_inside_words_mixed_english_and_tags_and_every_word_must_match()
    {
        await Store.SaveCaseAsync(NewCase("深化审批制度改革", "企业开办时间长，材料反复提交", topics: ["营商环境"], minutes: 1), default);
        await Store.SaveCaseAsync(NewCase("社区网格化治理", "居民诉求响应慢，Hotline 12345 转办多", unit: "某区组织部", minutes: 2), default);
        await Store.SaveCaseAsync(NewCase("Digital office pilot", "审批 paperwork took weeks", topics: ["AI"], minutes: 3), default);

        Assert.Equal(["深化审批制度改革"], await TitlesAsync(new CaseQuery("改革")));            // two characters, inside a word
        Assert.Equal(["深化审批制度改革"], await TitlesAsync(new CaseQuery("批制度改")));         // four, across words, in the middle
        Assert.Equal(["Digital office pilot", "深化审批制度改革"], await TitlesAsync(new CaseQuery("审批"))); // newest first
        Assert.Equal(["社区网格化治理"], await TitlesAsync(new CaseQuery("hotline 转办")));      // English ignoring case, with Chinese
        Assert.Equal(["Digital office pilot"], await TitlesAsync(new CaseQuery("PAPERWORK")));
        Assert.Equal(["Digital office pilot"], await TitlesAsync(new CaseQuery("ai")));          // a topic, two letters
        Assert.Equal(["深化审批制度改革"], await TitlesAsync(new CaseQuery("营商")));            // a topic, inside it
        Assert.Equal(["社区网格化治理"], await TitlesAsync(new CaseQuery("组织部")));            // the unit is text too
        Assert.Empty(await TitlesAsync(new CaseQuery("改革 Hotline")));                          // every word must match
        Assert.Equal(["社区网格化治理", "深化审批制度改革"], await TitlesAsync(new CaseQuery("化"))); // one character: no index, still found
        Assert.Empty(await TitlesAsync(new CaseQuery("\"%_")));
    }

    [Fact]
    public async Task Filters_by_tag_unit_facilitator_year_status_and_what_a_facilitator_may_see()
    {
        var wang = Guid.NewGuid();
        var li = Guid.NewGuid();
        await Store.SaveCaseAsync(NewCase("甲", topics: ["营商环境"], unit: "市发改委", facilitator: wang, year: 2025, minutes: 1), default);
        await Store.SaveCaseAsync(NewCase("乙", unit: "市财政局", facilitator: li, status: CaseStatus.Draft, minutes: 2), default);
        await Store.SaveCaseAsync(NewCase("丙", topics: ["审批"], facilitator: wang, status: CaseStatus.Draft, minutes: 3), default);

        Assert.Equal(["甲"], await TitlesAsync(new CaseQuery(Tag: "营商环境")));
        Assert.Equal(["丙", "乙", "甲"], await TitlesAsync(new CaseQuery(Tag: "基层治理"))); // the domain is a tag
        Assert.Equal(["乙"], await TitlesAsync(new CaseQuery(Unit: "市财政局")));
        Assert.Equal(["丙", "甲"], await TitlesAsync(new CaseQuery(FacilitatorId: wang)));
        Assert.Equal(["甲"], await TitlesAsync(new CaseQuery(Year: 2025)));
        Assert.Equal(["丙", "乙"], await TitlesAsync(new CaseQuery(Status: CaseStatus.Draft)));
        Assert.Equal(["丙", "甲"], await TitlesAsync(new CaseQuery(VisibleTo: wang))); // published, and his own drafts
        Assert.Equal(["乙", "甲"], await TitlesAsync(new CaseQuery(VisibleTo: li)));
    }

    [Fact]
    public async Task Deleting_a_workshop_deletes_its_cases()
    {
        var workshop = NewWorkshop("CASE23");
        Assert.True(await Store.TryCreateWorkshopAsync(workshop, [Created()], default));
        var mine = NewCase("本班案例", workshop: workshop.WorkshopId);
        var other = NewCase("别班案例");
        await Store.SaveCaseAsync(mine, default);
        await Store.SaveCaseAsync(other, default);

        await Store.DeleteWorkshopAsync(workshop.WorkshopId, default);

        Assert.Null(await Store.FindCaseAsync(mine.CaseId, default));
        Assert.Equal(["别班案例"], await TitlesAsync(new CaseQuery("案例")));
    }

    [Fact]
    public async Task A_workshop_keeps_the_flow_it_runs_with_every_step_and_guide()
    {
        var fishbone = FlowLibrary.Find(FlowLibrary.ActionLearning)! with { Id = "mine" };
        var workshop = NewWorkshop("ABCDEF") with { Flow = fishbone };

        Assert.True(await Store.TryCreateWorkshopAsync(workshop, [Created()], default));

        var found = (await (await ReopenAsync()).FindWorkshopByCodeAsync("ABCDEF", default))!;
        Assert.True(workshop.SameAs(found));
        Assert.Equal(FlowJson.Write(fishbone), FlowJson.Write(found.Flow!));
        Assert.Null((await Store.FindWorkshopAsync((await NewStoredWithoutFlowAsync()).WorkshopId, default))!.Flow);
    }

    [Fact]
    public async Task A_revised_flow_replaces_the_one_kept_and_nothing_else()
    {
        var workshop = NewWorkshop("ABCDEF") with { Flow = FlowLibrary.Find(FlowLibrary.ActionLearning) };
        Assert.True(await Store.TryCreateWorkshopAsync(workshop, [Created()], default));
        var revised = workshop.Flow! with { Steps = [.. workshop.Flow!.Steps.Take(2)] };

        await Store.SetWorkshopFlowAsync(workshop.WorkshopId, revised, default);
        await Store.SetWorkshopFlowAsync(Guid.NewGuid(), revised, default); // a workshop that is gone: nothing

        var found = (await (await ReopenAsync()).FindWorkshopByCodeAsync("ABCDEF", default))!;
        Assert.Equal(FlowJson.Write(revised), FlowJson.Write(found.Flow!));
        Assert.True((workshop with { Flow = revised }).SameAs(found));
    }

    private async Task<WorkshopRecord> NewStoredWithoutFlowAsync()
    {
        var workshop = NewWorkshop("GHJKMN");
        Assert.True(await Store.TryCreateWorkshopAsync(workshop, [Created()], default));
        return workshop;
    }

    [Fact]
    public async Task A_taken_code_is_not_given_twice()
    {
        await NewBoardAsync("ABCDEF");

        var second = NewWorkshop("ABCDEF");
        Assert.False(await Store.TryCreateWorkshopAsync(second, [Created()], default));
        Assert.Null(await Store.FindWorkshopAsync(second.WorkshopId, default));
        Assert.Empty(await Store.ReadEventsAsync(second.BoardIds[0], 0, 10, default));
    }

    [Fact]
    public async Task Unknown_workshops_codes_and_boards_are_not_found()
    {
        Assert.Null(await Store.FindWorkshopByCodeAsync("ZZZZZZ", default));
        Assert.Null(await Store.FindWorkshopAsync(Guid.NewGuid(), default));
        Assert.Empty(await Store.ReadEventsAsync(Guid.NewGuid(), 0, 10, default));
    }

    [Fact]
    public async Task Events_append_in_sequence_and_read_back_exactly()
    {
        var board = await NewBoardAsync("ABCDEF");
        var notes = Enumerable.Range(2, 5).Select(s => Note(s)).ToList();

        foreach (var e in notes) Assert.Equal(AppendResult.Appended, await Store.AppendAsync(board, e, default));

        Assert.Equal(notes, await Store.ReadEventsAsync(board, 1, 100, default));
        Assert.Equal(notes.Skip(2), await Store.ReadEventsAsync(board, 3, 100, default));
        Assert.Equal(notes.Take(2), await Store.ReadEventsAsync(board, 1, 2, default));
        Assert.Empty(await Store.ReadEventsAsync(board, 6, 100, default));
    }

    [Fact]
    public async Task An_append_that_is_not_the_next_sequence_number_is_a_conflict_and_writes_nothing()
    {
        var board = await NewBoardAsync("ABCDEF");
        await Store.AppendAsync(board, Note(2), default);

        Assert.Equal(AppendResult.SequenceConflict, await Store.AppendAsync(board, Note(2), default));
        Assert.Equal(AppendResult.SequenceConflict, await Store.AppendAsync(board, Note(4), default));
        Assert.Equal(2, (await Store.ReadEventsAsync(board, 0, 100, default)).Count);
    }

    [Fact]
    public async Task Appends_at_the_same_moment_to_many_boards_each_get_their_own_answer()
    {
        // As a class writes: many boards' commands at once (the embedded store commits those that queue up together).
        // On each board three race for its second event: a command, its retry (same operation) and another command.
        var boards = new List<Guid>();
        for (var i = 0; i < 20; i++) boards.Add(await NewBoardAsync("RACE" + (char)('A' + i) + (char)('A' + i)));
        var races = boards.Select(board =>
        {
            var command = Note(2);
            EventEnvelope[] tries = [command, command, Note(2)];
            return (board, tries, answers: tries.Select(e => Task.Run(() => Store.AppendAsync(board, e, default))).ToArray());
        }).ToList();
        await Task.WhenAll(races.SelectMany(r => r.answers));

        foreach (var (board, tries, answers) in races)
        {
            var results = answers.Select(a => a.Result).ToList();
            var stored = Assert.Single(await Store.ReadEventsAsync(board, 1, 100, default));
            Assert.Equal(tries[results.IndexOf(AppendResult.Appended)], stored);
            Assert.Single(results, AppendResult.Appended);
            // The retry of what was stored is a duplicate; any other loser found the sequence number taken.
            for (var k = 0; k < 3; k++)
                if (results[k] != AppendResult.Appended)
                    Assert.Equal(tries[k].OpId == stored.OpId ? AppendResult.DuplicateOperation : AppendResult.SequenceConflict, results[k]);
        }
    }

    [Fact]
    public async Task A_repeated_operation_id_is_a_duplicate_and_writes_nothing()
    {
        var board = await NewBoardAsync("ABCDEF");
        var first = Note(2);
        await Store.AppendAsync(board, first, default);

        Assert.Equal(AppendResult.DuplicateOperation, await Store.AppendAsync(board, Note(3, first.OpId), default));
        Assert.Equal(first, await Store.FindOperationAsync(board, first.OpId, default));
        Assert.Null(await Store.FindOperationAsync(board, Guid.NewGuid(), default));
        Assert.Single(await Store.ReadEventsAsync(board, 1, 100, default));
    }

    [Fact]
    public async Task Operation_ids_are_per_board()
    {
        var a = await NewBoardAsync("AAAAAA");
        var b = await NewBoardAsync("BBBBBB");
        var opId = Guid.NewGuid();

        Assert.Equal(AppendResult.Appended, await Store.AppendAsync(a, Note(2, opId), default));
        Assert.Equal(AppendResult.Appended, await Store.AppendAsync(b, Note(2, opId), default));
    }

    [Fact]
    public async Task Concurrent_appends_of_the_same_sequence_number_let_exactly_one_win()
    {
        var board = await NewBoardAsync("ABCDEF");
        var other = await ReopenAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            (i % 2 == 0 ? Store : other).AppendAsync(board, Note(2), default)));

        Assert.Single(results, r => r == AppendResult.Appended);
        Assert.All(results.Where(r => r != AppendResult.Appended), r => Assert.Equal(AppendResult.SequenceConflict, r));
        Assert.Equal(2, (await Store.ReadEventsAsync(board, 0, 100, default)).Count);
    }

    [Fact]
    public async Task Everything_is_still_there_after_reopening()
    {
        var board = await NewBoardAsync("ABCDEF");
        var note = Note(2);
        await Store.AppendAsync(board, note, default);
        var key = await Store.GetOrAddSecretAsync("k", [1, 2, 3], default);

        var reopened = await ReopenAsync();

        Assert.Equal(board, (await reopened.FindWorkshopByCodeAsync("ABCDEF", default))!.BoardIds[0]);
        Assert.Equal(note, (await reopened.ReadEventsAsync(board, 1, 10, default)).Single());
        Assert.Equal(key, await reopened.GetOrAddSecretAsync("k", [9, 9, 9], default));
    }

    [Fact]
    public async Task A_secret_is_created_once_and_then_always_the_same()
    {
        var first = await Store.GetOrAddSecretAsync("token-key", [1, 2, 3], default);
        var second = await Store.GetOrAddSecretAsync("token-key", [4, 5, 6], default);
        var other = await Store.GetOrAddSecretAsync("other", [7], default);

        Assert.Equal([1, 2, 3], first);
        Assert.Equal(first, second);
        Assert.Equal([7], other);
    }

    [Fact]
    public async Task Event_times_and_texts_round_trip_exactly()
    {
        var board = await NewBoardAsync("ABCDEF");
        var precise = new EventEnvelope(2, Guid.NewGuid(), Guid.NewGuid(), new DateTimeOffset(638_999_999_999_999_999, TimeSpan.Zero),
            new NoteAdded(Guid.NewGuid(), "plan", "多行\n表情 👨‍👩‍👧‍👦 \"引号\" <b>不是标记</b>", NoteColor.Purple, -99_999, 99_999,
                true, NoteAnonymity.HiddenFromEveryone));

        await Store.AppendAsync(board, precise, default);

        Assert.Equal(precise, (await Store.ReadEventsAsync(board, 1, 10, default)).Single());
    }

    [Fact]
    public async Task The_latest_snapshot_is_kept_and_an_older_one_never_replaces_it()
    {
        var board = await NewBoardAsync("ABCDEF");
        var state = Board.Replay(board, [Created()]);
        var at200 = BoardSnapshot.Of(state with { Seq = 200, Title = "第 200 个事件" });
        var at400 = BoardSnapshot.Of(state with { Seq = 400, Title = "第 400 个事件" });

        Assert.Null(await Store.LoadSnapshotAsync(board, default));
        await Store.SaveSnapshotAsync(board, at400, default);
        await Store.SaveSnapshotAsync(board, at200, default);

        var kept = await (await ReopenAsync()).LoadSnapshotAsync(board, default);
        Assert.Equal(400, kept!.Seq);
        Assert.Equal("第 400 个事件", kept.Title);
        Assert.Equal(5, kept.Stages.Count);
    }

    [Fact]
    public async Task Questions_and_their_answers_are_kept_as_events_and_in_snapshots()
    {
        // Rules Q1-Q5, B4: threads go through the event log like everything else, and a snapshot holds them
        var board = await NewBoardAsync("ABCDEF");
        var (author, asker, noteId, questionId) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        EventEnvelope At(long seq, Guid actor, BoardEvent e) => new(seq, Guid.NewGuid(), actor, Now.AddSeconds(seq), e);
        EventEnvelope[] events =
        [
            At(2, Guid.Empty, new StageAdvanced(null, "problem")),
            At(3, author, new NoteAdded(noteId, "problem", "审批太慢", NoteColor.Yellow, 0, 0, false, NoteAnonymity.Named)),
            At(4, Guid.Empty, new QuestionsAllowed("problem", true)),
            At(5, asker, new QuestionAsked(questionId, noteId, "problem", "慢在哪一步？", NoteAnonymity.HiddenFromEveryone)),
            At(6, author, new QuestionAnswered(Guid.NewGuid(), questionId, "部门会签\n还有财务 👍", NoteAnonymity.Named)),
            At(7, asker, new QuestionEdited(questionId, "慢在哪里？")),
        ];
        foreach (var e in events) await Store.AppendAsync(board, e, default);
        var state = Board.Replay(board, [Created(), .. events]);

        await Store.SaveSnapshotAsync(board, BoardSnapshot.Of(state), default);
        var reopened = await ReopenAsync();

        Assert.Equal(events, await reopened.ReadEventsAsync(board, 1, 10, default), new EnvelopeComparer());
        var kept = (await reopened.LoadSnapshotAsync(board, default))!;
        var thread = Assert.Single(kept.Questions!);
        Assert.Equal(("慢在哪里？", asker, NoteAnonymity.HiddenFromEveryone), (thread.Text, thread.AskerId, thread.Anonymity));
        Assert.Equal(["部门会签\n还有财务 👍"], thread.Answers.Select(a => a.Text));
        Assert.Equal(JsonSerializer.Serialize(BoardSnapshot.Of(state), WireJson.Options), JsonSerializer.Serialize(kept, WireJson.Options));
    }

    [Fact]
    public async Task Deleted_notes_are_kept_through_the_events_and_a_snapshot()
    {
        // Rule N10: a board loaded from either keeps what can still be restored, and a snapshot from before still loads
        var board = await NewBoardAsync("ABCDEF");
        var added = Note(2);
        var noteId = ((NoteAdded)added.Event).NoteId;
        var deleted = new EventEnvelope(3, Guid.NewGuid(), added.ActorId, Now.AddSeconds(3), new NoteDeleted(noteId));
        await Store.AppendAsync(board, added, default);
        await Store.AppendAsync(board, deleted, default);

        var reopened = await ReopenAsync();
        var replayed = Board.Replay(board, await reopened.ReadEventsAsync(board, 0, 10, default));
        Assert.Equal(new DeletedNote(Board.Replay(board, [Created(), added]).Notes[noteId], added.ActorId, deleted.At), replayed.Deleted[noteId]);

        await Store.SaveSnapshotAsync(board, BoardSnapshot.Of(replayed), default);
        var loaded = (await (await ReopenAsync()).LoadSnapshotAsync(board, default))!.ToState();
        Assert.Equal(replayed.Deleted, loaded.Deleted);
        var restored = Board.Apply(loaded, new EventEnvelope(4, Guid.NewGuid(), added.ActorId, Now.AddSeconds(4), new NoteRestored(noteId)));
        Assert.Equal("便签 2", restored.Notes[noteId].Text);

        await Store.SaveSnapshotAsync(board, BoardSnapshot.Of(replayed with { Seq = 4 }) with { Deleted = null }, default);
        Assert.Empty((await (await ReopenAsync()).LoadSnapshotAsync(board, default))!.ToState().Deleted);
    }

    [Fact]
    public async Task A_snapshot_keeps_a_rating_steps_criteria_and_every_score()
    {
        // Rules R1–R4: a board loaded from its snapshot rates on as it did
        var board = await NewBoardAsync("ABCDEF");
        var criteria = new[] { new RatingCriterion("importance", new LocalizedText("重要性", "Importance"), 2) };
        var state = Board.Replay(board, [Created()]);
        var rated = state with
        {
            Seq = 200,
            Stages = state.Stages.SetItem(1, state.Stages[1] with
            {
                Capabilities = StageCapabilities.Notes | StageCapabilities.Rating, Criteria = criteria, RatingsRevealed = true,
            }),
            Ratings = [new Rating(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "plan", "importance", 4)],
        };

        await Store.SaveSnapshotAsync(board, BoardSnapshot.Of(rated), default);

        var kept = (await (await ReopenAsync()).LoadSnapshotAsync(board, default))!.ToState();
        Assert.Equal(rated.Ratings, kept.Ratings);
        var plan = kept.Stages[1];
        Assert.Equal((true, true), (plan.HasRating, plan.RatingsRevealed));
        Assert.Equal(criteria, plan.Criteria);
        var appended = new EventEnvelope(2, Guid.NewGuid(), Guid.NewGuid(), Now, new ItemRated(Guid.NewGuid(), "plan", "importance", 5));
        await Store.AppendAsync(board, appended, default);
        Assert.Equal(appended, (await Store.ReadEventsAsync(board, 1, 10, default)).Single());
    }

    [Fact]
    public async Task A_deleted_workshop_leaves_nothing_and_its_code_is_free_again()
    {
        var workshop = NewWorkshop("ABCDEF", boards: 2);
        Assert.True(await Store.TryCreateWorkshopAsync(workshop, [Created(1), Created(2)], default));
        await Store.AppendAsync(workshop.BoardIds[0], Note(2), default);
        await Store.SaveSnapshotAsync(workshop.BoardIds[0], BoardSnapshot.Of(Board.Replay(workshop.BoardIds[0], [Created()]) with { Seq = 2 }), default);
        var other = await NewBoardAsync("GHJKMN");

        await Store.DeleteWorkshopAsync(workshop.WorkshopId, default);
        await Store.DeleteWorkshopAsync(workshop.WorkshopId, default); // deleting again is nothing

        var reopened = await ReopenAsync();
        Assert.Null(await reopened.FindWorkshopByCodeAsync("ABCDEF", default));
        Assert.Null(await reopened.FindWorkshopAsync(workshop.WorkshopId, default));
        foreach (var board in workshop.BoardIds)
        {
            Assert.Empty(await reopened.ReadEventsAsync(board, 0, 10, default));
            Assert.Null(await reopened.LoadSnapshotAsync(board, default));
            Assert.Null(await reopened.FindOperationAsync(board, Guid.NewGuid(), default));
        }
        Assert.Single(await reopened.ReadEventsAsync(other, 0, 10, default));
        Assert.True(await reopened.TryCreateWorkshopAsync(NewWorkshop("ABCDEF"), [Created()], default));
    }

    [Fact]
    public async Task An_append_to_a_deleted_board_says_it_is_gone_and_writes_nothing()
    {
        var workshop = NewWorkshop("ABCDEF");
        Assert.True(await Store.TryCreateWorkshopAsync(workshop, [Created()], default));
        await Store.DeleteWorkshopAsync(workshop.WorkshopId, default);

        Assert.Equal(AppendResult.BoardGone, await Store.AppendAsync(workshop.BoardIds[0], Note(2), default));
        Assert.Empty(await Store.ReadEventsAsync(workshop.BoardIds[0], 0, 10, default));
    }

    [Fact]
    public async Task A_new_facilitator_secret_replaces_the_old_one()
    {
        var workshop = NewWorkshop("ABCDEF");
        Assert.True(await Store.TryCreateWorkshopAsync(workshop, [Created()], default));

        await Store.SetFacilitatorSecretAsync(workshop.WorkshopId, "new-hash", default);

        var found = (await (await ReopenAsync()).FindWorkshopByCodeAsync("ABCDEF", default))!;
        Assert.Equal("new-hash", found.FacilitatorSecretHash);
        Assert.True((workshop with { FacilitatorSecretHash = "new-hash" }).SameAs(found));
    }

    [Fact]
    public async Task Untouched_workshops_are_those_whose_boards_have_no_event_since_the_cutoff()
    {
        var quiet = NewWorkshop("ABCDEF", boards: 2);
        Assert.True(await Store.TryCreateWorkshopAsync(quiet, [Created(1), Created(2)], default));
        var busy = NewWorkshop("GHJKMN", boards: 2);
        Assert.True(await Store.TryCreateWorkshopAsync(busy, [Created(1), Created(2)], default));
        await Store.AppendAsync(busy.BoardIds[1], Note(2) with { At = Now.AddDays(40) }, default); // only the second group goes on

        var untouched = await Store.WorkshopsUntouchedSinceAsync(Now.AddDays(30), default);

        Assert.Equal([quiet.WorkshopId], untouched);
        Assert.Empty(await Store.WorkshopsUntouchedSinceAsync(Now, default));
    }
}
