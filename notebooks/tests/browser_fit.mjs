// Opens committed notebooks in a running JupyterLab with Debian's Chromium (playwright-core) in windows of
// the given widths, the file browser open beside the notebook (JupyterLab's fresh layout), and checks that
// each interactive (Vega-Lite) view fits its cell:
//   - the output that holds the view does not scroll sideways (its scrollWidth is not above its clientWidth);
//   - the view is drawn, its SVG wider than 200 pixels in a window of 800 pixels or more, 150 in a narrower one
//     (at 600 pixels the file browser leaves the output 232 pixels): not empty, not squeezed to a stamp;
//   - no text of the view (a title, a name under a bar, a legend's title or entry, a timeline's event label) runs
//     past the SVG's edges, where it is cut mid-word ("Othe" under the last bar, a legend title "source of the figur");
// and saves a picture of each view: <shots>/<notebook>-chart<N>-<width>px.png.
//
//   node notebooks/tests/browser_fit.mjs --base URL --token TOKEN --notebooks a.ipynb,b.ipynb \
//        --widths 600,800,1280 --shots target/browser/fit
//
// Each view prints one "[browser] fit ..." line; a problem prints "[browser] FAIL ...". Exit status 0 when
// every check holds.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch, parseArgs, step } from './browser_lib.mjs';

const args = parseArgs(['base', 'token', 'notebooks', 'widths', 'shots']);
const notebooks = args.notebooks.split(',').filter(Boolean);
const widths = args.widths.split(',').map(Number);
const failures = [];
const fail = (m) => { console.error(`[browser] FAIL ${m}`); failures.push(m); };
mkdirSync(args.shots, { recursive: true });

const PANEL = '.jp-NotebookPanel:not(.lm-mod-hidden)';

/** The view's SVG width, and its output's clientWidth and scrollWidth (the output scrolls when it is wider). */
function measure(view) {
  /** The texts of an SVG that run more than a pixel past one of its edges, each with the pixels it runs past them. */
  function cutTexts(svg) {
    const s = svg.getBoundingClientRect();
    // not a label Vega hides where labels would overlap (opacity 0)
    return [...svg.querySelectorAll('text')].filter(t => t.textContent.trim() && t.getAttribute('opacity') !== '0').map(t => {
      const r = t.getBoundingClientRect();
      const past = Math.max(s.left - r.left, r.right - s.right, s.top - r.top, r.bottom - s.bottom);
      return r.width > 0 && past > 1 ? `"${t.textContent.trim()}" (${Math.round(past)}px)` : null;
    }).filter(Boolean);
  }
  const svg = view.querySelector('svg');
  return {
    svg: svg ? Math.round(svg.getBoundingClientRect().width) : 0,
    client: view.clientWidth,
    scroll: view.scrollWidth,
    cut: svg ? cutTexts(svg) : [],
  };
}

for (const width of widths) {
  const { page, close } = await launch({ width, height: 900 }, args.timeout);
  try {
    for (const notebook of notebooks) {
      // "reset": JupyterLab's fresh layout, the file browser open on the left
      await page.goto(`${args.base}/lab/tree/${encodeURIComponent(notebook)}?reset&token=${args.token}`, { waitUntil: 'domcontentloaded' });
      await page.locator(`${PANEL} .jp-Cell`).first().waitFor({ state: 'visible' });
      const side = await page.evaluate(() => Math.round(document.querySelector('#jp-left-stack')?.getBoundingClientRect().width || 0));
      const views = page.locator(`${PANEL} .jp-RenderedVegaLite`);
      await views.first().waitFor({ state: 'attached' });
      const stem = notebook.replace(/\.ipynb$/, '');
      // JupyterLab attaches the cells near the viewport only (its windowing): look at the views in sight, then scroll
      // the notebook down a screen and look again, until its end; a view is known by its cell's index
      const seen = new Set();
      let n = 0;
      for (let atEnd = false, pass = 0; !atEnd && pass < 200; pass++) {
        const count = await views.count();
        for (let i = 0; i < count; i++) {
          const v = views.nth(i);
          const cell = await v.evaluate((e) => e.closest('.jp-Cell')?.dataset.windowedListIndex
            ?? [...document.querySelectorAll('.jp-Cell')].indexOf(e.closest('.jp-Cell')));
          if (seen.has(cell)) continue;
          seen.add(cell);
          n++;
          await v.scrollIntoViewIfNeeded();
          await v.locator('svg').first().waitFor({ state: 'visible' });
          await page.waitForTimeout(300);
          const m = await v.evaluate(measure);
          const path = join(args.shots, `${stem}-chart${n}-${width}px.png`);
          await v.screenshot({ path });
          const what = `${stem} chart ${n} at ${width}px (side panel ${side}px)`;
          if (m.scroll > m.client) fail(`${what}: the view scrolls sideways in its cell: ${m.scroll}px wide in ${m.client}px`);
          const least = width >= 800 ? 200 : 150;
          if (!(m.svg > least)) fail(`${what}: the view is drawn ${m.svg}px wide (at least ${least}px expected)`);
          if (m.cut.length) fail(`${what}: texts cut at the view's edges: ${m.cut.join(', ')}`);
          step(`fit ${what}: SVG ${m.svg}px, cell output ${m.client}px, scrollWidth ${m.scroll}px, ${m.cut.length} texts cut; ${path}`);
        }
        atEnd = await page.evaluate((panel) => {
          const scroller = [...document.querySelectorAll(`${panel} *`)].find(e => e.scrollHeight > e.clientHeight + 10
            && ['auto', 'scroll'].includes(getComputedStyle(e).overflowY));
          if (!scroller) return true;
          const before = scroller.scrollTop;
          scroller.scrollTop = before + scroller.clientHeight * 0.8;
          return scroller.scrollTop === before;
        }, PANEL);
        await page.waitForTimeout(200);
      }
      if (n === 0) fail(`${stem} at ${width}px: no Vega-Lite view`);
    }
  } catch (e) {
    fail(`at ${width}px: ${e.message.split('\n')[0]}`);
    await page.screenshot({ path: join(args.shots, `failure-${width}px.png`) }).catch(() => {});
  } finally {
    await close();
  }
}
process.exit(failures.length ? 1 : 0);
