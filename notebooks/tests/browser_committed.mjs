// Opens a committed notebook in a running JupyterLab with Debian's Chromium (playwright-core) as a reader
// would, before running anything, and checks what the reader sees:
//   - the notebook is not marked modified once the kernel has connected (no edit was made);
//   - its text tables are left-aligned;
//   - its chart shows as an interactive Vega-Lite view, and hovering a troop point shows the sentence
//     (the "Quote") it was read from, which must be one of --quotes (a JSON list of the table's quotes);
//   - in JupyterLab's dark theme the view is drawn dark.
// Then it runs all cells and checks the view again. Screenshots, light and dark, committed-as-opened and
// re-run: <shots>-committed-light.png, -committed-dark.png, -rerun-dark.png, -rerun-light.png.
//
//   node notebooks/tests/browser_committed.mjs --base URL --token TOKEN --notebook 04-troop-strength.ipynb \
//        --quotes quotes.json --shots target/browser/04-troop-strength
//
// Exit status 0 when every check holds; each check prints one "[browser] ..." line.
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { launch, menu as menuOf, parseArgs, setTheme as setThemeOf, step } from './browser_lib.mjs';

const args = parseArgs(['base', 'token', 'notebook', 'quotes', 'shots']);
const quotes = new Set(JSON.parse(readFileSync(args.quotes, 'utf8')));
const failures = [];
const fail = (m) => { console.error(`[browser] FAIL ${m}`); failures.push(m); };
mkdirSync(dirname(args.shots), { recursive: true });

const { page, close } = await launch({ width: 1400, height: 1000 }, args.timeout);
const url = `${args.base}/lab/tree/${encodeURIComponent(args.notebook)}?token=${args.token}`;

const menu = (top, item) => menuOf(page, top, item);

async function open() {
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.locator('.jp-NotebookPanel .jp-Notebook').first().waitFor({ state: 'visible' });
  await page.locator('.jp-NotebookPanel-toolbar', { hasText: 'Java (ETR datasets)' }).first().waitFor({ state: 'visible' });
  // the kernel has connected once the status bar is past "Connecting" (with JJava JupyterLab then shows
  // "Unknown" or "Idle"); JupyterLab has then asked for the kernel's info and written its language_info
  await page.locator('.jp-StatusBar-Widget', { hasText: /Java \(ETR datasets\) \| (Idle|Busy|Unknown)/ }).first()
    .waitFor({ state: 'visible' });
  await page.waitForTimeout(3000);
}

const view = () => page.locator('.jp-RenderedVegaLite').first();

/** Scrolls the notebook down, as a reader would, until the first Vega-Lite view is drawn (JupyterLab draws cells near the viewport only). */
async function scrollToView() {
  // the notebook's scrolling element: the one inside the panel whose content is taller than itself
  const scroll = (by) => page.evaluate((dy) => {
    const panel = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden)');
    const els = [panel, ...panel.querySelectorAll('*')].filter(e => e.scrollHeight > e.clientHeight + 20
      && /(auto|scroll)/.test(getComputedStyle(e).overflowY));
    els.forEach(e => { if (dy === null) e.scrollTop = 0; else e.scrollBy(0, dy); });
    return els.length;
  }, by);
  await scroll(null);
  for (let i = 0; i < 150 && await page.locator('.jp-RenderedVegaLite svg .mark-symbol').count() === 0; i++) {
    await scroll(300);
    await page.waitForTimeout(200);
  }
  await view().waitFor({ state: 'visible' });
  await view().scrollIntoViewIfNeeded();
}

/** Hovers points of the first Vega-Lite view until a tooltip with a Quote shows; returns its text. */
async function hoverTroop() {
  await scrollToView();
  const v = view();
  await v.locator('svg .mark-symbol path').first().waitFor({ state: 'visible' });
  const points = v.locator('svg .mark-symbol path');
  const n = await points.count();
  for (let i = 0; i < n; i++) {
    await points.nth(i).hover({ force: true });
    const tip = page.locator('#vg-tooltip-element');
    try {
      await tip.waitFor({ state: 'visible', timeout: 3000 });
    } catch { continue; }
    // vega-tooltip's table: one row per field, "key:" then the value
    const rows = await tip.evaluate(el => Object.fromEntries([...el.querySelectorAll('tr')]
      .map(tr => [tr.querySelector('.key')?.textContent.replace(/:\s*$/, '').trim(), tr.querySelector('.value')?.textContent.trim()])));
    if (rows.Quote) return rows;
  }
  return null;
}

async function checkHover(when) {
  const tip = await hoverTroop();
  if (!tip) { fail(`${when}: no tooltip with a Quote when hovering the troop points`); return; }
  const path = `${args.shots}-${when}-hover.png`;
  await page.screenshot({ path });
  step(`screenshot ${path}`);
  if (quotes.has(tip.Quote)) step(`${when}: hovering a troop point shows its quote: "${tip.Quote.slice(0, 80)}..."`);
  else fail(`${when}: the tooltip's quote is not one of the table's: ${JSON.stringify(tip).slice(0, 300)}`);
  if (!tip.Figure || !tip.Article || !/^\d+$/.test(tip.Line || '')) fail(`${when}: tooltip lacks figure, article or line: ${JSON.stringify(tip)}`);
  else step(`${when}: tooltip figure "${tip.Figure}", force "${tip.force}", article ${tip.Article}, line ${tip.Line}`);
}

async function shot(name) {
  await view().scrollIntoViewIfNeeded().catch(() => {});
  await page.mouse.move(5, 5);
  await page.waitForTimeout(400);
  const path = `${args.shots}-${name}.png`;
  await page.screenshot({ path });
  step(`screenshot ${path}`);
}

const setTheme = (name) => setThemeOf(page, name);

/** The view's axis label colour and its luminance (light text on dark in the dark theme). */
async function viewLabels() {
  return view().evaluate(el => {
    const label = el.querySelector('svg .role-axis-label text');
    const fill = label ? getComputedStyle(label).fill : '';
    const m = (fill.match(/\d+/g) || [0, 0, 0]).map(Number);
    return { fill, lum: (m[0] + m[1] + m[2]) / 3 };
  });
}

try {
  // 1. the committed notebook, opened before any run
  step(`open ${args.notebook} as committed`);
  await open();
  const dirty = await page.locator('.jp-mod-dirty').count();
  await page.screenshot({ path: `${args.shots}-committed-opened.png` });
  if (dirty > 0) fail('the notebook is marked modified after the kernel connected, with no edit');
  else step('not marked modified after the kernel connected');

  const align = await page.locator('.jp-OutputArea-output table').first().evaluate(t => {
    const cells = [...t.querySelectorAll('tbody td')].filter(td => /[A-Za-z]/.test(td.textContent) && !/^[\d,.\s-]+$/.test(td.textContent));
    return cells.length ? [cells[0].textContent.trim(), getComputedStyle(cells[0]).textAlign] : ['', 'none'];
  });
  if (!['left', 'start'].includes(align[1])) fail(`alignment: text table cell "${align[0]}" is aligned ${align[1]}, not left`);
  else step(`alignment: text table cell "${align[0]}" is aligned ${align[1]}`);

  await scrollToView();
  step(`a Vega-Lite view is shown (${await page.locator('.jp-RenderedVegaLite').count()} drawn so far)`);
  await checkHover('committed');
  const light = await viewLabels();
  if (!(light.lum < 120)) fail(`in the light theme the Vega-Lite view's axis labels are ${light.fill}, not dark`);
  await shot('committed-light');

  await setTheme('JupyterLab Dark');
  await open();   // outputs are drawn in the theme they open in
  await scrollToView();
  const dark = await viewLabels();
  if (!(dark.lum > 160)) fail(`in the dark theme the Vega-Lite view's axis labels are ${dark.fill}, not light`);
  else step(`dark theme: the Vega-Lite view draws light axis labels (${dark.fill}) on its dark background`);
  await shot('committed-dark');

  // 2. re-run every cell, in the dark theme, then back to light
  await menu('Run', 'Run All Cells');
  step('run all cells');
  await page.waitForFunction(() => {
    const prompts = [...document.querySelectorAll('.jp-CodeCell .jp-InputArea-prompt')].map(p => p.textContent);
    return prompts.length > 0 && prompts.every(p => /\[\d+\]/.test(p));
  });
  await page.waitForTimeout(1000);
  const errors = await page.locator('.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]').count();
  if (errors) fail(`${errors} error outputs after the re-run`);
  await checkHover('re-run');
  await shot('rerun-dark');
  await setTheme('JupyterLab Light');
  await open();
  await scrollToView();
  await shot('rerun-light');
} catch (e) {
  fail(e.message.split('\n')[0]);
  await page.screenshot({ path: `${args.shots}-failure.png` }).catch(() => {});
} finally {
  await close();
}
process.exit(failures.length ? 1 : 0);
