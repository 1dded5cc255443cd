// Opens every committed notebook in a running JupyterLab with Debian's Chromium (playwright-core), as a
// reader would before running anything, in the light and then the dark theme, and looks at each of its
// charts (the interactive Vega-Lite views JupyterLab shows in place of the PNGs):
//   - the view is drawn: it has marks (points, bars or rules) and axis labels;
//   - its axis labels read on the theme (dark on the light theme, light on the dark one), and every text
//     (titles, axis labels, legends, labels on bars) stands out from what it lies on (WCAG contrast 3:1);
//   - no two of its texts (titles, axis labels, legend entries, labels on marks) overlap;
// and saves a picture of each view: <shots>/<notebook>-chart<N>-<light|dark>.png.
//
//   node notebooks/tests/browser_charts.mjs --base URL --token TOKEN --notebooks a.ipynb,b.ipynb \
//        --shots target/browser/charts
//
// Each view prints one "[browser] chart ..." line; a problem prints "[browser] FAIL ...". Exit status 0
// when every check holds. Each notebook's kernel is shut down before the next one is opened.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch, menu as menuOf, parseArgs, setTheme as setThemeOf, step } from './browser_lib.mjs';

const args = parseArgs(['base', 'token', 'notebooks', 'shots']);
const notebooks = args.notebooks.split(',').filter(Boolean);
const failures = [];
const fail = (m) => { console.error(`[browser] FAIL ${m}`); failures.push(m); };
mkdirSync(args.shots, { recursive: true });

const { page, close } = await launch({ width: 1600, height: 1100 }, args.timeout);

const menu = (top, item) => menuOf(page, top, item);

const setTheme = (name) => setThemeOf(page, name);

/** Shuts down every kernel session, so that one notebook's kernel is gone before the next starts. */
async function shutDownKernels() {
  await page.evaluate(async (token) => {
    const headers = { Authorization: `token ${token}` };
    const sessions = await (await fetch('/api/sessions', { headers })).json();
    await Promise.all(sessions.map(s => fetch(`/api/sessions/${s.id}`, { method: 'DELETE', headers })));
  }, args.token);
}

/** The notebook on show. */
const PANEL = '.jp-NotebookPanel:not(.lm-mod-hidden)';

/**
 * Opens a notebook as committed and waits until its charts are drawn (the lab runs with windowing mode
 * "none", so that every cell is attached, not only those near the viewport).
 */
async function open(notebook, charts) {
  // "reset": a fresh workspace, so that the notebook opened before is not open in a hidden tab
  await page.goto(`${args.base}/lab/tree/${encodeURIComponent(notebook)}?reset&token=${args.token}`, { waitUntil: 'domcontentloaded' });
  await page.locator(`${PANEL} .jp-Cell`).first().waitFor({ state: 'visible' });
  await page.waitForFunction(([panel, n]) => document.querySelectorAll(`${panel} .jp-RenderedVegaLite svg`).length >= n, [PANEL, charts]);
}

/** What a view shows: marks, axis label colour, and the texts that overlap (pairs of their words). */
function inspect(el) {
  const svg = el.querySelector('svg');
  // the data's marks (points, bars, rules), not the axes' grid and ticks
  const marks = svg ? svg.querySelectorAll('.role-mark.mark-symbol path, .role-mark.mark-rect path, .role-mark.mark-rule line').length : 0;
  const label = svg && svg.querySelector('.role-axis-label text');
  const m = ((label ? getComputedStyle(label).fill : '').match(/\d+/g) || [0, 0, 0]).map(Number);
  const texts = svg ? [...svg.querySelectorAll('text')].filter(t => t.textContent.trim() && t.getBBox().width > 0) : [];
  // what lies under the view: its own background rect, else the first opaque background above it
  const rgb = (c) => (c.match(/[\d.]+/g) || []).map(Number);
  const bgRect = svg && svg.querySelector('rect.background');
  let bg = bgRect && rgb(getComputedStyle(bgRect).fill);
  for (let e = svg || el; !(bg && bg.length >= 3 && (bg.length < 4 || bg[3] > 0)) && e; e = e.parentElement) bg = rgb(getComputedStyle(e).backgroundColor);
  if (!bg || bg.length < 3) bg = [255, 255, 255];
  // what a text lies on: the topmost bar under its centre (blended over the background by its opacity),
  // else the background
  const bars = svg ? [...svg.querySelectorAll('.role-mark.mark-rect path')] : [];
  const under = (t) => {
    const r = t.getBoundingClientRect(), cx = (r.left + r.right) / 2, cy = (r.top + r.bottom) / 2;
    let hit = null;
    for (const b of bars) {
      const q = b.getBoundingClientRect();
      if (cx >= q.left && cx <= q.right && cy >= q.top && cy <= q.bottom) hit = b;
    }
    if (!hit) return bg.slice(0, 3);
    const f = rgb(getComputedStyle(hit).fill), o = Number(getComputedStyle(hit).fillOpacity || 1);
    return f.slice(0, 3).map((v, i) => v * o + bg[i] * (1 - o));
  };
  // the colour a text shows: its fill, or for the "difference" blend mode, |fill - what it lies on|
  const relLum = (c) => c.map(v => v / 255).map(v => v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)
    .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
  const look = (t) => {
    const f = rgb(getComputedStyle(t).fill).slice(0, 3), base = under(t);
    const c = getComputedStyle(t).mixBlendMode === 'difference' ? f.map((v, i) => Math.abs(v - base[i])) : f;
    const [a, b] = [relLum(c), relLum(base)].sort((x, y) => y - x);
    return { rgb: `rgb(${c.map(Math.round).join(', ')}) on rgb(${base.map(Math.round).join(', ')})`, contrast: (a + 0.05) / (b + 0.05) };
  };
  const fills = texts.map(t => ({ text: t.textContent.trim(), fill: look(t).rgb, contrast: look(t).contrast }));
  const boxes = texts.map(t => ({ text: t.textContent.trim(), r: t.getBoundingClientRect() }));
  const overlaps = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const p = boxes[i].r, q = boxes[j].r;
      const w = Math.min(p.right, q.right) - Math.max(p.left, q.left);
      const h = Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top);
      // more than a sliver: glyph boxes of neighbouring lines touch by a pixel or two
      if (w > 2 && h > 3) overlaps.push(`"${boxes[i].text}" / "${boxes[j].text}"`);
    }
  }
  return { marks, fill: label ? getComputedStyle(label).fill : '', lum: (m[0] + m[1] + m[2]) / 3, texts: texts.length, overlaps, fills };
}

try {
  for (const theme of ['light', 'dark']) {
    if (theme === 'dark') await setTheme('JupyterLab Dark');
    for (const notebook of notebooks) {
      await open(notebook, 1);
      const views = page.locator(`${PANEL} .jp-RenderedVegaLite`);
      const n = await views.count();
      if (n === 0) fail(`${notebook} (${theme}): no Vega-Lite view`);
      for (let i = 0; i < n; i++) {
        const v = views.nth(i);
        await v.scrollIntoViewIfNeeded();
        await v.locator('svg').first().waitFor({ state: 'visible' });
        await page.mouse.move(2, 2);
        await page.waitForTimeout(200);
        const seen = await v.evaluate(inspect);
        const stem = notebook.replace(/\.ipynb$/, '');
        const path = join(args.shots, `${stem}-chart${i + 1}-${theme}.png`);
        await v.screenshot({ path });
        const what = `${stem} chart ${i + 1} (${theme})`;
        if (seen.marks === 0) fail(`${what}: no marks drawn`);
        if (!seen.fill) fail(`${what}: no axis labels`);
        else if (theme === 'light' ? !(seen.lum < 120) : !(seen.lum > 160)) fail(`${what}: axis labels ${seen.fill} do not read on the ${theme} theme`);
        // WCAG's contrast ratio for large text, 3:1, between each text and what it lies on
        const unreadable = seen.fills.filter(f => !(f.contrast >= 3));
        if (unreadable.length) fail(`${what}: texts that do not read on the ${theme} theme: ${unreadable.slice(0, 4).map(f => `"${f.text}" ${f.fill} (contrast ${f.contrast.toFixed(1)})`).join(', ')}`);
        if (seen.overlaps.length) fail(`${what}: texts overlap: ${seen.overlaps.slice(0, 5).join(', ')}`);
        step(`chart ${what}: ${seen.marks} marks, ${seen.texts} texts${unreadable.length ? '' : ' that read on the theme'}, axis labels ${seen.fill}, ${seen.overlaps.length ? 'overlapping texts' : 'no overlap'}; ${path}`);
      }
      await shutDownKernels();
    }
  }
} catch (e) {
  fail(e.message.split('\n')[0]);
  await page.screenshot({ path: join(args.shots, 'failure.png') }).catch(() => {});
} finally {
  await close();
}
process.exit(failures.length ? 1 : 0);
