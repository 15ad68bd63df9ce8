using System.Globalization;
using Xunit.Abstractions;

namespace Whiteboard.EndToEnd.Tests;

/// <summary>
/// One truth on every screen (docs/PROTOCOL.md, rule 5 of the principles): a laptop with a mouse, a tablet and a phone by
/// touch drag notes at random and at the same time — quick drops, out and back, long drags, drags crossing each other,
/// drops onto notes and clusters, drags out of clusters and of whole clusters. Once everything is sent, every screen must
/// show each note where the server's export has it, in the same cluster. The seed is fixed so CI repeats one run;
/// WB_CONVERGE_SEED=&lt;number&gt; (or =random) tries another, and a failure names the seed that made it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ConvergenceTests(BrowserFixture fixture, ITestOutputHelper output)
{
    private const int DefaultSeed = 20261203;
    private const int Rounds = 14;
    private const int NotesPerScreen = 2;

    [Fact]
    public async Task Random_drags_and_drops_by_mouse_and_touch_leave_every_screen_as_the_server_has_the_board()
    {
        var seed = Seed();
        output.WriteLine($"seed {seed}");
        var random = new Random(seed);
        var laptop = await fixture.NewPersonAsync();
        var code = await CreateBoardAsync(laptop, "随机拖放");
        await laptop.GetByTestId("open-board").ClickAsync();
        await JoinAsync(laptop, "王老师");
        var tablet = await fixture.NewTabletPersonAsync();
        await OpenAndJoinAsync(tablet, code, "平板学员");
        var phone = await fixture.NewPersonAsync(new() { ViewportSize = new() { Width = 390, Height = 844 }, HasTouch = true, IsMobile = true });
        await OpenAndJoinAsync(phone, code, "手机学员");
        Screen[] screens = [new("laptop", laptop, await Hand.OfAsync(laptop)), new("tablet", tablet, await Hand.OfAsync(tablet)),
            new("phone", phone, await Hand.OfAsync(phone))];
        var notes = new List<string>();
        for (var i = 1; i <= NotesPerScreen; i++)
        {
            notes.Add(await AddNoteAsync(laptop, $"电脑{i}"));
            notes.Add(await AddNoteByTouchAsync(tablet, $"平板{i}"));
            notes.Add(await AddNoteByTouchAsync(phone, $"手机{i}"));
        }
        foreach (var screen in screens)
        {
            await Expect(screen.Page.GetByTestId("note")).ToHaveCountAsync(notes.Count);
            await PressAsync(screen.Page, screen.Page.GetByTestId("zoom-fit"));
        }

        var done = new List<string>();
        for (var round = 1; round <= Rounds; round++)
        {
            var plans = PlanRound(random, screens, notes, last: round == Rounds);
            var said = await Task.WhenAll(plans.Select(DoAsync));
            done.AddRange(said.Select(s => $"{round,2} {s}"));
            foreach (var line in said) output.WriteLine($"{round,2} {line}");
        }

        var differences = await ScreensAgree.AfterSettlingAsync([.. screens.Select(s => (s.Name, s.Page))], code);
        if (differences.Count > 0)
            Assert.Fail($"seed {seed} (WB_CONVERGE_SEED={seed} repeats it): the screens differ from the server's export after settling:\n"
                + string.Join("\n", differences) + "\nwhat was done:\n" + string.Join("\n", done));
        foreach (var screen in screens) await Screenshots.SaveAsync(screen.Page, $"converge-{screen.Name}");
        foreach (var screen in screens) await screen.Page.Context.CloseAsync();
    }

    private static int Seed() => Environment.GetEnvironmentVariable("WB_CONVERGE_SEED") switch
    {
        null or "" => DefaultSeed,
        "random" => Random.Shared.Next(),
        var text => int.Parse(text, CultureInfo.InvariantCulture),
    };

    private enum Gesture { Nudge, OutAndBack, LongDrag, Cross, DropOnto, OutOfCluster, DragCluster }

    /// <summary>What one screen does on its own, quick drops the likeliest: a drop back where the note was moves nothing.</summary>
    private static readonly Gesture[] Alone = [Gesture.Nudge, Gesture.Nudge, Gesture.OutAndBack, Gesture.OutAndBack, Gesture.OutAndBack,
        Gesture.LongDrag, Gesture.DropOnto, Gesture.DropOnto, Gesture.OutOfCluster, Gesture.DragCluster];

    private sealed record Screen(string Name, IPage Page, Hand Hand);

    /// <summary>What one screen does in a round, all drawn before anyone acts so that a seed always draws the same.</summary>
    /// <param name="Notes">The note to take, then those to take should it not be on screen (never another's first).</param>
    /// <param name="Other">The note dropped onto, or the one the crossing drag goes past.</param>
    private sealed record Plan(Screen Screen, Gesture Gesture, IReadOnlyList<string> Notes, string Other, double Angle, double Reach, int Steps);

    /// <summary>
    /// A round: two screens crossing drags, or one to three screens each doing something with a note of its own. In the
    /// last round every screen drops a note back where it took it, so that no later move hides a screen left behind.
    /// </summary>
    private static List<Plan> PlanRound(Random random, Screen[] screens, List<string> notes, bool last)
    {
        var order = notes.OrderBy(_ => random.Next()).ToList();
        var actors = screens.OrderBy(_ => random.Next()).ToList();
        var crossing = !last && random.NextDouble() < 0.25;
        if (crossing) actors = actors.Take(2).ToList();
        else if (!last) actors = actors.Take(random.Next(1, screens.Length + 1)).ToList();
        var firsts = order.Take(actors.Count).ToList();
        var plans = new List<Plan>();
        for (var i = 0; i < actors.Count; i++)
        {
            var gesture = last ? Gesture.OutAndBack : crossing ? Gesture.Cross : Alone[random.Next(Alone.Length)];
            var mine = order.Where(n => n == firsts[i] || !firsts.Contains(n)).OrderBy(n => n != firsts[i]).ToList();
            var other = crossing ? firsts[1 - i] : order[(actors.Count + i) % order.Count];
            plans.Add(new Plan(actors[i], gesture, mine, other, random.NextDouble() * 2 * Math.PI, random.NextDouble(), random.Next(1, 4)));
        }
        return plans;
    }

    /// <summary>Does a plan with real pointer input and says what was done.</summary>
    private static async Task<string> DoAsync(Plan plan)
    {
        var (page, name) = (plan.Screen.Page, plan.Screen.Name);
        var grip = await GripAsync(plan);
        if (grip is null)
        {
            await PressAsync(page, page.GetByTestId("zoom-fit"));
            grip = await GripAsync(plan);
            if (grip is null) return $"{name}: none of its notes on screen";
        }
        var (gesture, id, at, box) = grip.Value;
        var canvas = await page.EvaluateAsync<Rect>(CanvasScript);
        var (dx, dy) = (Math.Cos(plan.Angle), Math.Sin(plan.Angle));
        var centre = (X: box.X + box.Width / 2, Y: box.Y + box.Height / 2);
        var other = await page.EvaluateAsync<Rect?>(BoxScript, $"[data-testid=note][data-note-id='{plan.Other}']");
        (double X, double Y) By(double x, double y) => Inside(canvas, at.X + x, at.Y + y);
        var (path, steps, what) = gesture switch
        {
            Gesture.Nudge => (new[] { at, By(dx * (2 + 4 * plan.Reach), dy * (2 + 4 * plan.Reach)) }, plan.Steps, "nudges"),
            Gesture.OutAndBack => (new[] { at, By(dx * (60 + 160 * plan.Reach), dy * (60 + 160 * plan.Reach)), at }, 2 + plan.Steps * 2, "drags out and back"),
            Gesture.Cross when other is not null => (new[] { at, By(Past(other).X - centre.X, Past(other).Y - centre.Y) }, 12 + plan.Steps * 2,
                $"drags across {Short(plan.Other)}"),
            Gesture.DropOnto when other is not null && plan.Other != id =>
                (new[] { at, By(other.X + other.Width / 2 - centre.X, other.Y + other.Height / 2 - centre.Y) }, 4 + plan.Steps * 3, $"drops onto {Short(plan.Other)}"),
            Gesture.OutOfCluster => (new[] { at, OutOf(await page.EvaluateAsync<Rect?>(BoxScript, $"[data-testid=cluster]:has([data-note-id='{id}'])") ?? box) },
                6 + plan.Steps * 3, "drags out of its cluster"),
            Gesture.DragCluster => (new[] { at, By(dx * (60 + 140 * plan.Reach), dy * (60 + 140 * plan.Reach)) }, 4 + plan.Steps * 2, "drags the cluster"),
            _ => (new[] { at, By(dx * (120 + 240 * plan.Reach), dy * (120 + 240 * plan.Reach)) }, 10 + plan.Steps * 3, "drags far"),
        };
        // Lets go over the canvas itself, never over a button lying on it (the zoom buttons): a mouse let go there
        // would not end the drag.
        for (var i = 1; i < path.Length; i++) path[i] = await OnCanvasAsync(page, canvas, path[i]);
        if (gesture == Gesture.OutAndBack) await OutAndBackAsync(plan.Screen.Hand, path[0], path[1], steps);
        else await plan.Screen.Hand.StrokeAsync(path, steps);
        return $"{name}: {Short(id)} {what} {string.Join(" → ", path.Select(p => $"({p.X:0},{p.Y:0})"))}";

        // The crossing drag ends as far past the other note as it started before it, so both paths cross.
        (double X, double Y) Past(Rect o) => (2 * (o.X + o.Width / 2) - centre.X, 2 * (o.Y + o.Height / 2) - centre.Y);
        // Out of the cluster's frame, away from its middle, the note's whole width beyond its edge where the screen allows.
        (double X, double Y) OutOf(Rect frame)
        {
            var reach = Math.Max(frame.Width, frame.Height) / 2 + Math.Max(box.Width, box.Height);
            return Inside(canvas, frame.X + frame.Width / 2 + dx * reach + (at.X - centre.X), frame.Y + frame.Height / 2 + dy * reach + (at.Y - centre.Y));
        }
    }

    /// <summary>
    /// Out, a pause there, a last twitch and back in the very next frame, let go at once: the others' last preview is
    /// the twitch, as previews go at most one in 50 ms (docs/PROTOCOL.md), and the drop moves nothing on the board.
    /// </summary>
    private static async Task OutAndBackAsync(Hand hand, (double X, double Y) at, (double X, double Y) far, int steps)
    {
        await hand.PressAsync(at.X, at.Y);
        for (var i = 1; i <= steps; i++)
        {
            await hand.MoveAsync(at.X + (far.X - at.X) * i / steps, at.Y + (far.Y - at.Y) * i / steps);
            await hand.NextFrameAsync();
        }
        for (var i = 0; i < 4; i++) await hand.NextFrameAsync();
        await hand.MoveAsync(far.X + Math.Sign(at.X - far.X) * 3, far.Y + Math.Sign(at.Y - far.Y) * 3);
        await hand.NextFrameAsync();
        await hand.MoveAsync(at.X, at.Y);
        await hand.LetGoAsync();
    }

    /// <summary>
    /// Where to take hold for a plan, on this screen now: what is done (with no cluster on screen, a drop onto a note
    /// instead, which makes one), the id of what is taken, the point and its box. A note is taken where nothing lies over
    /// it (no button, no other note, no panel); a cluster by its title bar.
    /// </summary>
    private static async Task<(Gesture Gesture, string Id, (double X, double Y) At, Rect Box)?> GripAsync(Plan plan)
    {
        var page = plan.Screen.Page;
        var gesture = plan.Gesture;
        if (gesture == Gesture.DragCluster)
        {
            var clusters = await page.GetByTestId("cluster").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.clusterId)");
            foreach (var cluster in clusters.Skip((int)(plan.Reach * clusters.Length)).Concat(clusters))
                if (await page.EvaluateAsync<Grip?>(GripScript, new[] { $"[data-testid=cluster][data-cluster-id='{cluster}'] .cluster-header", "button, .cluster-buttons, .vote-buttons" }) is { } g)
                    return (gesture, cluster, (g.X, g.Y), g.Box);
            gesture = Gesture.DropOnto;
        }
        if (gesture == Gesture.OutOfCluster)
        {
            foreach (var note in plan.Notes)
                if (!string.IsNullOrEmpty(await NoteById(page, note).GetAttributeAsync("data-cluster-id")) && await NoteGripAsync(page, note) is { } g)
                    return (gesture, note, (g.X, g.Y), g.Box);
            gesture = Gesture.DropOnto;
        }
        foreach (var note in plan.Notes)
            if (await NoteGripAsync(page, note) is { } g)
                return (gesture, note, (g.X, g.Y), g.Box);
        return null;
    }

    private static Task<Grip?> NoteGripAsync(IPage page, string noteId) =>
        page.EvaluateAsync<Grip?>(GripScript, new[] { $"[data-testid=note][data-note-id='{noteId}']", "button, .note-actions, .note-votes, .pick-mark" });

    /// <summary>The point, or the nearest one towards the canvas's middle where the canvas itself is hit.</summary>
    private static async Task<(double X, double Y)> OnCanvasAsync(IPage page, Rect canvas, (double X, double Y) point)
    {
        var middle = (X: canvas.X + canvas.Width / 2, Y: canvas.Y + canvas.Height / 2);
        for (var i = 0; i < 8 && !await page.EvaluateAsync<bool>(OnCanvasScript, new[] { point.X, point.Y }); i++)
            point = (point.X + (middle.X - point.X) * 0.3, point.Y + (middle.Y - point.Y) * 0.3);
        return point;
    }

    private static (double X, double Y) Inside(Rect canvas, double x, double y) =>
        (Math.Clamp(x, canvas.X, canvas.X + canvas.Width), Math.Clamp(y, canvas.Y, canvas.Y + canvas.Height));

    private static string Short(string id) => id[..8];

    // What the scripts return (Playwright fills settable properties).
    private sealed class Rect
    {
        public double X { get; set; }
        public double Y { get; set; }
        public double Width { get; set; }
        public double Height { get; set; }
    }

    private sealed class Grip
    {
        public double X { get; set; }
        public double Y { get; set; }
        public Rect Box { get; set; } = new();
    }

    /// <summary>The part of the canvas on screen, a little inside its edges.</summary>
    private const string CanvasScript = """
        () => {
          const r = document.querySelector('.diagram-canvas').getBoundingClientRect();
          const left = Math.max(r.left, 0) + 16, top = Math.max(r.top, 0) + 16;
          const right = Math.min(r.right, innerWidth) - 16, bottom = Math.min(r.bottom, innerHeight) - 16;
          return { x: left, y: top, width: right - left, height: bottom - top };
        }
        """;

    private const string OnCanvasScript = "([x, y]) => !!document.elementFromPoint(x, y)?.closest('.diagram-canvas')";

    private const string BoxScript = """
        selector => {
          const el = document.querySelector(selector);
          if (!el) return null;
          const r = el.getBoundingClientRect();
          return { x: r.left, y: r.top, width: r.width, height: r.height };
        }
        """;

    /// <summary>A point of the element, on the canvas, where the element itself (nothing over it, none of the parts to avoid) is hit.</summary>
    private const string GripScript = """
        ([selector, avoid]) => {
          const el = document.querySelector(selector);
          const canvas = document.querySelector('.diagram-canvas');
          if (!el || !canvas) return null;
          const r = el.getBoundingClientRect();
          for (const fy of [0.3, 0.5, 0.7, 0.15, 0.85])
            for (const fx of [0.3, 0.5, 0.7, 0.15, 0.85]) {
              const x = r.left + r.width * fx, y = r.top + r.height * fy;
              if (x < 8 || y < 8 || x > innerWidth - 8 || y > innerHeight - 8) continue;
              const hit = document.elementFromPoint(x, y);
              if (!hit || !el.contains(hit) || hit.closest(avoid) || !canvas.contains(hit)) continue;
              return { x, y, box: { x: r.left, y: r.top, width: r.width, height: r.height } };
            }
          return null;
        }
        """;
}
