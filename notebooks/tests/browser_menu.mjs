// Opens a committed notebook in a running JupyterLab with Debian's Chromium (playwright-core), in a window of the
// given width (the file browser open beside the notebook, JupyterLab's fresh layout), light then dark theme, and
// checks the actions menu of its first interactive (Vega-Lite) view, the menu vega-embed draws as a <details>:
//   - before a click, its button (<summary>) is a small round button at the view's top right, seen (opacity at
//     least 0.5) when the pointer is over the view, and no link of the menu is shown;
//   - a click opens it: "Save as SVG" and "Save as PNG" are shown below the button, each whole inside the cell's
//     output (not cut, the output not scrolling sideways), on top (the page's element at its middle is the
//     link), their text readable on the menu's background (contrast at least 4.5);
// and saves a picture of the view with its menu closed and open: <shots>/<notebook>-menu-closed-<theme>-<width>px.png,
// <notebook>-menu-<theme>-<width>px.png.
//
//   node notebooks/tests/browser_menu.mjs --base URL --token TOKEN --notebook 00-start-here.ipynb \
//        --width 800 --shots target/browser/menu
//
// Each theme prints one "[browser] menu ..." line; a problem prints "[browser] FAIL ...". Exit status 0 when
// every check holds.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch, parseArgs, setTheme, step } from './browser_lib.mjs';

const args = parseArgs(['base', 'token', 'notebook', 'width', 'shots']);
const width = Number(args.width);
const failures = [];
const fail = (m) => { console.error(`[browser] FAIL ${m}`); failures.push(m); };
mkdirSync(args.shots, { recursive: true });

const PANEL = '.jp-NotebookPanel:not(.lm-mod-hidden)';
const stem = args.notebook.replace(/\.ipynb$/, '');

/** Where the menu's button and links are, relative to the view and its output, and how they read. */
function look(view) {
  const rect = (e) => { const r = e.getBoundingClientRect(); return { l: r.left, r: r.right, t: r.top, b: r.bottom, w: r.width, h: r.height }; };
  const rgb = (c) => (c.match(/[\d.]+/g) || []).map(Number);
  const lum = ([r, g, b]) => {
    const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  /** The colour seen behind e: the first ancestor's (or its own) background that is not transparent. */
  const background = (e) => {
    for (let n = e; n; n = n.parentElement) {
      const c = rgb(getComputedStyle(n).backgroundColor);
      if (c.length >= 3 && (c.length < 4 || c[3] > 0.5)) return c;
    }
    return [255, 255, 255];
  };
  const embed = view.querySelector('.vega-embed');
  const summary = embed?.querySelector('details > summary');
  const output = view.closest('.jp-OutputArea-output') || view;
  const links = [...(embed?.querySelectorAll('.vega-actions a') || [])].map((a) => {
    const r = rect(a);
    const s = getComputedStyle(a);
    const fg = lum(rgb(s.color)), bg = lum(background(a));
    const hit = r.w > 0 ? document.elementFromPoint((r.l + r.r) / 2, (r.t + r.b) / 2) : null;
    return { text: a.textContent.trim(), rect: r, shown: r.w > 0 && r.h > 0 && a.checkVisibility({ visibilityProperty: true, opacityProperty: true }),
      onTop: !!hit && (hit === a || a.contains(hit)),
      contrast: (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05) };
  });
  return {
    view: embed ? rect(embed) : null, output: rect(output), scroll: output.scrollWidth, client: output.clientWidth,
    summary: summary ? { rect: rect(summary), opacity: Number(getComputedStyle(summary).opacity),
      radius: parseFloat(getComputedStyle(summary).borderTopLeftRadius) } : null,
    open: !!embed?.querySelector('details')?.open, links,
  };
}

const { page, close } = await launch({ width, height: 900 }, args.timeout);
try {
  for (const theme of ['JupyterLab Light', 'JupyterLab Dark']) {
    const name = theme.includes('Dark') ? 'dark' : 'light';
    const open = async () => {
      await page.goto(`${args.base}/lab/tree/${encodeURIComponent(args.notebook)}?reset&token=${args.token}`, { waitUntil: 'domcontentloaded' });
      await page.locator(`${PANEL} .jp-Cell`).first().waitFor({ state: 'visible' });
    };
    await open();
    if ((await page.evaluate(() => document.body.dataset.jpThemeLight) === 'true') !== (name === 'light')) {
      await setTheme(page, theme);
      await open();   // outputs are drawn in the theme they open in
    }
    const view = page.locator(`${PANEL} .jp-RenderedVegaLite`).first();
    await view.scrollIntoViewIfNeeded();
    await view.locator('svg').first().waitFor({ state: 'visible' });
    await page.waitForTimeout(700);
    const what = `${stem} at ${width}px (${name})`;
    await view.hover();
    await page.waitForTimeout(500);
    const closed = await view.evaluate(look);
    await view.screenshot({ path: join(args.shots, `${stem}-menu-closed-${name}-${width}px.png`) });
    const s = closed.summary;
    if (!s) {
      fail(`${what}: the view has no actions menu`);
      continue;
    }
    if (!(s.rect.w >= 16 && s.rect.w <= 40 && Math.abs(s.rect.w - s.rect.h) <= 2 && s.radius >= s.rect.w / 2 - 1)) {
      fail(`${what}: the menu's button is not a small round button (${Math.round(s.rect.w)}x${Math.round(s.rect.h)}px, radius ${s.radius}px)`);
    }
    if (!(closed.view.r - s.rect.r <= 40 && s.rect.r <= closed.output.r && s.rect.t - closed.view.t <= 40)) {
      fail(`${what}: the menu's button is not at the view's top right (button ${JSON.stringify(s.rect)}, view ${JSON.stringify(closed.view)})`);
    }
    if (!(s.opacity >= 0.5)) fail(`${what}: the menu's button is faint (opacity ${s.opacity}) with the pointer over the view`);
    const early = closed.links.filter((l) => l.shown).map((l) => l.text);
    if (early.length) fail(`${what}: the menu's links are shown before the button is clicked: ${early.join(', ')}`);

    await view.locator('details > summary').first().click();
    await page.waitForTimeout(500);
    const opened = await view.evaluate(look);
    await view.screenshot({ path: join(args.shots, `${stem}-menu-${name}-${width}px.png`) });
    if (!opened.open) fail(`${what}: a click on the button does not open the menu`);
    for (const text of ['Save as SVG', 'Save as PNG']) {
      const l = opened.links.find((x) => x.text === text);
      if (!l || !l.shown) { fail(`${what}: "${text}" is not shown in the open menu`); continue; }
      const o = opened.output;
      if (l.rect.l < o.l - 0.5 || l.rect.r > o.r + 0.5 || l.rect.t < o.t - 0.5 || l.rect.b > o.b + 0.5) {
        fail(`${what}: "${text}" is cut by the cell's output (link ${JSON.stringify(l.rect)}, output ${JSON.stringify(o)})`);
      }
      if (!l.onTop) fail(`${what}: "${text}" is covered by another element`);
      if (!(opened.summary && l.rect.t >= opened.summary.rect.b - 1)) fail(`${what}: "${text}" is not below the menu's button`);
      if (!(l.contrast >= 4.5)) fail(`${what}: "${text}" reads poorly on the menu (contrast ${l.contrast.toFixed(2)})`);
    }
    if (opened.scroll > opened.client) fail(`${what}: the open menu makes the output scroll sideways (${opened.scroll}px in ${opened.client}px)`);
    step(`menu ${what}: button ${Math.round(s.rect.w)}px, opacity ${s.opacity}; open: ${opened.links.filter((l) => l.shown)
      .map((l) => `"${l.text}" (contrast ${l.contrast.toFixed(1)})`).join(', ')}; output ${opened.client}px, scrollWidth ${opened.scroll}px`);
  }
} catch (e) {
  fail(`at ${width}px: ${e.message.split('\n')[0]}`);
  await page.screenshot({ path: join(args.shots, `failure-menu-${width}px.png`) }).catch(() => {});
} finally {
  await close();
}
process.exit(failures.length ? 1 : 0);
