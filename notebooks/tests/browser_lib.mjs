// What the browser scripts (browser_test.mjs, browser_committed.mjs, browser_charts.mjs) share: their
// command line, a fresh headless Debian Chromium (playwright-core), JupyterLab's menus and the log line.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The `--name value` pairs of the command line; a missing one of `required` exits 2 naming it. */
export function parseArgs(required) {
  const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) =>
    (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []));
  for (const k of required) {
    if (!args[k]) { console.error(`missing --${k}`); process.exit(2); }
  }
  return args;
}

/** One "[browser] ..." line of the log. */
export const step = (m) => console.log(`[browser] ${m}`);

/**
 * Debian's Chromium, headless, with a new, empty user-data-dir, its page waiting at most `timeoutSeconds`
 * for anything; `close()` closes it and deletes the profile.
 */
export async function launch(viewport, timeoutSeconds) {
  const profile = mkdtempSync(join(tmpdir(), 'etr-chromium-'));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run',
           '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'],
  });
  const page = browser.pages()[0] || await browser.newPage();
  page.setDefaultTimeout(Number(timeoutSeconds || 180) * 1000);
  const close = async () => {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
  };
  return { page, close };
}

/** Clicks `item` in JupyterLab's menu `top` ("Run", "Settings", ...). */
export async function menu(page, top, item) {
  await page.locator('.lm-MenuBar-itemLabel', { hasText: new RegExp(`^${top}$`) }).click();
  await page.locator('.lm-Menu-itemLabel', { hasText: item }).first().click();
}

/** Switches JupyterLab to the theme `name` ("JupyterLab Dark", "JupyterLab Light") and waits until it is on. */
export async function setTheme(page, name) {
  await menu(page, 'Settings', 'Theme');
  await page.locator('.lm-Menu-itemLabel', { hasText: name }).first().click();
  await page.waitForFunction((light) => document.body.dataset.jpThemeLight === light,
    name.includes('Dark') ? 'false' : 'true');
}
