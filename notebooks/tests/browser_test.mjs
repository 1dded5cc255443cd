// Opens a notebook in a running JupyterLab with Debian's Chromium (playwright-core), clears its
// outputs, runs all cells through the Run menu, waits for a rendered table and a chart, checks
// that no cell failed, and saves a screenshot.
//
//   node notebooks/tests/browser_test.mjs --base http://127.0.0.1:PORT --token TOKEN \
//        --notebook 00-start-here.ipynb --screenshot target/browser/00-start-here.png
//
// Exit status 0 when the table and the chart are visible and no cell shows an error.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { launch, menu as menuOf, parseArgs, setTheme, step } from './browser_lib.mjs';

const args = parseArgs(['base', 'token', 'notebook', 'screenshot']);
const { page, close } = await launch({ width: 1400, height: 1000 }, args.timeout);
const menu = (top, item) => menuOf(page, top, item);
let failed = false;
try {
  const url = `${args.base}/lab/tree/${encodeURIComponent(args.notebook)}?token=${args.token}`;
  step(`open ${args.base}/lab/tree/${args.notebook}`);
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.locator('.jp-NotebookPanel .jp-Notebook').first().waitFor({ state: 'visible' });
  // the kernel is ready when the toolbar's kernel name reads ours and its status is idle
  await page.locator('.jp-NotebookPanel-toolbar', { hasText: 'Java (ETR datasets)' }).first()
    .waitFor({ state: 'visible' });
  step('kernel Java (ETR datasets) attached');

  await menu('Edit', 'Clear Outputs of All Cells');
  const outputs = page.locator('.jp-Notebook .jp-OutputArea-output');
  await page.waitForFunction(() => document.querySelectorAll('.jp-Notebook .jp-OutputArea-output').length === 0);
  step('outputs cleared');

  await menu('Run', 'Run All Cells');
  step('run all cells');
  const table = page.locator('.jp-OutputArea-output table').first();
  // a plot shows as its interactive Vega-Lite view (JupyterLab prefers it to the PNG beside it)
  const chart = page.locator('.jp-RenderedVegaLite svg').first();
  await table.waitFor({ state: 'visible' });
  step('a rendered table is visible');
  await chart.waitFor({ state: 'visible' });
  step('a chart is visible (the Vega-Lite view)');
  // wait until every code cell has run: no cell is queued ([*]) and the kernel is idle
  await page.waitForFunction(() => {
    const prompts = [...document.querySelectorAll('.jp-CodeCell .jp-InputArea-prompt')].map(p => p.textContent);
    return prompts.length > 0 && prompts.every(p => /\[\d+\]/.test(p));
  });
  const errors = await page.locator('.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]').count();
  const images = await page.locator('.jp-RenderedVegaLite').count();
  const tables = await page.locator('.jp-OutputArea-output table').count();
  const size = await chart.evaluate(svg => [Math.round(svg.getBoundingClientRect().width), Math.round(svg.getBoundingClientRect().height)]);
  step(`done: ${tables} tables, ${images} charts (first ${size[0]}×${size[1]}), ${errors} error outputs`);
  if (errors > 0) {
    const first = await page.locator('.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]').first().innerText();
    console.error(`[browser] a cell failed: ${first.slice(0, 500)}`);
    failed = true;
  }
  if (size[0] === 0) { console.error('[browser] the chart is empty'); failed = true; }
  // the first table, in the light theme and then the dark one: the table inherits the theme's colours
  await table.scrollIntoViewIfNeeded();
  // JupyterLab attaches the cells around the viewport after a scroll: wait until the table is drawn
  await table.waitFor({ state: 'visible' });
  await page.waitForTimeout(800);
  await page.screenshot({ path: args.screenshot.replace(/\.png$/, '-table-light.png') });
  await setTheme(page, 'JupyterLab Dark');
  await page.locator('#jupyterlab-splash').waitFor({ state: 'detached' }).catch(() => {});
  await page.waitForTimeout(500);
  const colours = await table.evaluate(t => {
    const cell = t.querySelector('td');
    const bg = (el) => { for (; el; el = el.parentElement) { const c = getComputedStyle(el).backgroundColor;
      if (c && c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent') return c; } return 'none'; };
    return [getComputedStyle(cell).color, bg(cell)];
  });
  step(`dark theme: table text ${colours[0]} on ${colours[1]}`);
  const lum = (c) => { const m = c.match(/\d+(\.\d+)?/g); return m ? (Number(m[0]) + Number(m[1]) + Number(m[2])) / 3 : NaN; };
  if (!(lum(colours[0]) > lum(colours[1]))) {
    console.error('[browser] in the dark theme the table text is not lighter than its background');
    failed = true;
  }
  await page.screenshot({ path: args.screenshot.replace(/\.png$/, '-table-dark.png') });
  await setTheme(page, 'JupyterLab Light');
  await chart.scrollIntoViewIfNeeded();
} catch (e) {
  console.error(`[browser] ${e.message}`);
  failed = true;
} finally {
  mkdirSync(dirname(args.screenshot), { recursive: true });
  await page.screenshot({ path: args.screenshot, fullPage: false }).catch(() => {});
  step(`screenshot ${args.screenshot}`);
  await close();
}
process.exit(failed ? 1 : 0);
