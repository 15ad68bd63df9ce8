namespace Whiteboard.EndToEnd.Tests.Support;

/// <summary>
/// A screen's geometry checked the way a person would find fault with it, at every size a class uses: nothing scrolls
/// sideways, every visible control is the thing under its own centre (nothing covers it, but a bar kept at the top of a
/// page scrolled down) and is not cut off by the screen's
/// side or the canvas' edge, text stays legible (note text at least 12 px as drawn, zoom included; other text at least
/// 11 px), and on a tablet or laptop the canvas keeps most of the width and half the height. The screenshots looked at
/// are saved.
/// </summary>
public static class Layout
{
    /// <summary>A phone, a tablet upright, a tablet on its side, a laptop, a wide laptop.</summary>
    public static readonly (int Width, int Height)[] Sizes = [(390, 844), (820, 1180), (1024, 768), (1280, 800), (1440, 900)];

    /// <summary>A phone and the two tablets: where a crowded canvas hurts most.</summary>
    public static readonly (int Width, int Height)[] HandheldSizes = [.. Sizes.Take(3)];

    /// <summary>
    /// Visits every size (or the sizes given) with the page and returns what is wrong ("name at W×H: …"), leaving the page
    /// at its size before.
    /// </summary>
    public static async Task<IReadOnlyList<string>> ProblemsAtEverySizeAsync(IPage page, string name, (int Width, int Height)[]? sizes = null)
    {
        var before = page.ViewportSize!;
        var problems = new List<string>();
        foreach (var (width, height) in sizes ?? Sizes)
        {
            await page.SetViewportSizeAsync(width, height);
            await SettleAsync(page);
            await Screenshots.SaveAsync(page, $"layout-{name}-{width}x{height}");
            foreach (var problem in await page.EvaluateAsync<string[]>(Script))
                problems.Add($"{name} at {width}×{height}: {problem}");
        }
        await page.SetViewportSizeAsync(before.Width, before.Height);
        await SettleAsync(page);
        return problems;
    }

    /// <summary>
    /// Two animation frames and a short pause: the canvas measures itself and re-renders after a resize. A page Chromium
    /// stops painting never draws a frame, and an evaluation has no time limit of its own: a second is the most to wait.
    /// </summary>
    private static async Task SettleAsync(IPage page)
    {
        await page.EvaluateAsync(TwoFrames);
        await page.WaitForTimeoutAsync(250);
        await page.EvaluateAsync(TwoFrames);
    }

    private const string TwoFrames =
        "() => new Promise(r => { requestAnimationFrame(() => requestAnimationFrame(r)); setTimeout(r, 1000); })";

    private const string Script = """
        () => {
          const problems = [];
          const describe = el => {
            const id = el.getAttribute('data-testid');
            const text = (el.innerText || el.value || el.getAttribute('aria-label') || '').trim().replace(/\s+/g, ' ').slice(0, 24);
            return `${el.tagName.toLowerCase()}${id ? `[${id}]` : ''}${el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : ''} "${text}"`;
          };
          const overflow = document.documentElement.scrollWidth - window.innerWidth;
          if (overflow > 0) problems.push(`scrolls sideways by ${overflow} px`);
          const bodyOverflow = document.body.scrollWidth - window.innerWidth;
          if (overflow <= 0 && bodyOverflow > 0) problems.push(`the page is ${bodyOverflow} px wider than the screen`);

          // The part of the screen an element can be seen in: the viewport cut by every clipping ancestor.
          const visibleBox = el => {
            let left = 0, top = 0, right = window.innerWidth, bottom = window.innerHeight;
            for (let a = el.parentElement; a && a !== document.documentElement; a = a.parentElement) {
              const s = getComputedStyle(a);
              if (s.overflowX !== 'visible' || s.overflowY !== 'visible') {
                const r = a.getBoundingClientRect();
                left = Math.max(left, r.left); top = Math.max(top, r.top);
                right = Math.min(right, r.right); bottom = Math.min(bottom, r.bottom);
              }
            }
            return { left, top, right, bottom };
          };
          const shown = el => {
            const s = getComputedStyle(el);
            return s.visibility !== 'hidden' && s.display !== 'none' && parseFloat(s.opacity) > 0.05 && s.pointerEvents !== 'none';
          };

          // What clips a control for good: the screen's sides and any ancestor that hides its overflow without scrolling it
          // (the canvas among them). A control cut by one of those can be seen but not wholly pressed or read; one in a row
          // that scrolls sideways is reached by scrolling it.
          const fixedBox = el => {
            let left = -Infinity, right = Infinity, top = -Infinity, bottom = Infinity, sideways = false;
            for (let a = el.parentElement; a && a !== document.documentElement; a = a.parentElement) {
              const s = getComputedStyle(a);
              const r = a.getBoundingClientRect();
              sideways ||= s.overflowX === 'auto' || s.overflowX === 'scroll';
              if (s.overflowX === 'hidden' || s.overflowX === 'clip') { left = Math.max(left, r.left); right = Math.min(right, r.right); }
              if (s.overflowY === 'hidden' || s.overflowY === 'clip') { top = Math.max(top, r.top); bottom = Math.min(bottom, r.bottom); }
            }
            if (!sideways) { left = Math.max(left, 0); right = Math.min(right, window.innerWidth); }
            return { left, top, right, bottom };
          };

          const stuckAtTop = node => {
            for (let n = node; n && n !== document.body; n = n.parentElement) {
              const p = getComputedStyle(n).position;
              if ((p === 'sticky' || p === 'fixed') && n.getBoundingClientRect().top <= 1) return n;
            }
            return null;
          };

          for (const el of document.querySelectorAll('button, a[href], input:not([type=hidden]), select, textarea, summary, [role=button]')) {
            const r = el.getBoundingClientRect();
            if (r.width < 2 || r.height < 2 || !shown(el)) continue;
            const box = visibleBox(el);
            const x = r.left + r.width / 2, y = r.top + r.height / 2;
            if (x < box.left || x >= box.right || y < box.top || y >= box.bottom) continue; // scrolled or panned out of sight
            // A note's or a cluster's control lies on the canvas's pannable plane: partly past the canvas's edge it is
            // panned partly out of sight and reached by panning (as a row that scrolls sideways), not cut off or covered.
            const panned = el.closest('.diagram-canvas') !== null;
            const hit = document.elementFromPoint(x, y);
            if (panned && !hit) continue;
            if (!hit || (hit !== el && !el.contains(hit))) {
              // Scrolled down beneath a bar that stays at the top of the screen: scrolling back up shows it.
              { const bar = hit && window.scrollY > 0 ? stuckAtTop(hit) : null; if (bar && !bar.contains(el)) continue; }
              const over = hit ? (hit.closest('button, a, input, select, textarea, [data-testid]') || hit) : null;
              problems.push(`${describe(el)} is covered by ${over ? describe(over) : 'nothing'}`);
            }
            const clip = fixedBox(el);
            const cut = Math.max(clip.left - r.left, r.right - clip.right, clip.top - r.top, r.bottom - clip.bottom);
            if (cut > 1 && !panned) problems.push(`${describe(el)} is cut off by ${Math.round(cut)} px`);
          }

          // The canvas is the work: on a tablet or laptop it keeps most of the width, and at least half the height beside
          // the header and the facilitator's controls (an upright screen gives a stage's sheet its lower part); a step with
          // nothing to draw shows none.
          const canvas = document.querySelector('[data-testid=board-canvas] .diagram-canvas');
          if (canvas && canvas.checkVisibility() && window.innerWidth > 480) {
            const c = canvas.getBoundingClientRect();
            const upright = window.innerHeight > window.innerWidth;
            const [wide, tall] = [c.width / window.innerWidth, c.height / window.innerHeight];
            if (wide < 0.6) problems.push(`the canvas is ${Math.round(c.width)} px wide, ${Math.round(wide * 100)} % of the screen (at least 60 %)`);
            const least = upright ? 0.4 : 0.5;
            if (tall < least) problems.push(`the canvas is ${Math.round(c.height)} px tall, ${Math.round(tall * 100)} % of the screen (at least ${Math.round(least * 100)} %)`);
          }

          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          const seen = new Set();
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const el = node.parentElement;
            if (!el || seen.has(el) || !node.textContent.trim()) continue;
            seen.add(el);
            const r = el.getBoundingClientRect();
            // Not drawn at all (a folded <details>' content is laid out but skipped): nothing to read, nothing to judge.
            if (r.width < 1 || r.height < 1 || getComputedStyle(el).visibility === 'hidden' || !el.checkVisibility()) continue;
            const box = visibleBox(el);
            if (r.right <= box.left || r.left >= box.right || r.bottom <= box.top || r.top >= box.bottom) continue;
            const scale = el.offsetWidth > 0 ? r.width / el.offsetWidth : 1;
            const size = parseFloat(getComputedStyle(el).fontSize) * scale;
            const least = el.closest('.note-text') ? 12 : 11;
            if (size < least - 0.05) problems.push(`text ${describe(el)} is ${size.toFixed(1)} px (at least ${least})`);
          }
          return problems;
        }
        """;
}
