// Shared set-up for the page tests: the www/ server on a free loopback port and a headless
// Debian Chromium driven by playwright-core (never a downloaded browser).
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';

export const RESULTS = new URL('../../test-results/', import.meta.url).pathname;
mkdirSync(RESULTS, { recursive: true });

export async function start() {
  const server = await serve(0);
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--disable-dev-shm-usage'],
  });
  return {
    base,
    browser,
    async close() { await browser.close(); server.close(); },
  };
}

/** Whether a request Chromium reports as failed had in fact been answered and read: at times it
 * reports a fetch whose whole body the page has read as ERR_ABORTED (its net log shows the
 * request complete, the widget shows the data). Not a problem when the answer came with status
 * 200; a request that got no answer, or an error status, still is one. */
export async function readInFull(r) {
  return r.failure()?.errorText === 'net::ERR_ABORTED' && (await r.response().catch(() => null))?.status() === 200;
}

/** Opens a page that records console errors, page errors and failed or third-party requests. */
export async function open(browser, url, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1100, height: 800 }, ...options });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', async (r) => { if (!(await readInFull(r))) problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`); });
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  page.on('request', (r) => {
    if (!r.url().startsWith('http://127.0.0.1') && !r.url().startsWith('data:')) problems.push(`third-party request: ${r.url()}`);
  });
  await page.goto(url);
  return { page, problems, context };
}

/** The text a reader sees inside a custom element's shadow root. */
export function shadowText(page, selector) {
  return page.locator(selector).evaluate((el) => el.shadowRoot?.textContent ?? '');
}

/** Waits until every element matching `selector` shows items in its shadow root; with `live`,
 * items the wasm placed (inline positions), not a pre-rendered or built fragment's.
 * `scroll`: the first one still waiting is brought into view at each poll, as a reader
 * scrolling down would (a lazy widget starts once near the viewport, and a jump to the page's
 * end skips the ones that the widgets above it, grown as they rendered, pushed down). On a
 * timeout the error says what each element shows instead: a timeout alone says nothing. */
export function rendered(page, selector, { live = false, scroll = false, timeout = 15000 } = {}) {
  const item = live ? '.gmg-item[style] button' : '.gmg-item button';
  return page.waitForFunction(([s, item, scroll]) => {
    const waiting = [...document.querySelectorAll(s)].filter((el) => !el.shadowRoot?.querySelector(item));
    if (scroll) waiting[0]?.scrollIntoView({ block: 'center' });
    return waiting.length === 0;
  }, [selector, item, scroll], { timeout }).catch(async (e) => {
    const states = await page.evaluate((s) => [...document.querySelectorAll(s)].map((el) => {
      const { top, height } = el.getBoundingClientRect();
      const root = el.shadowRoot;
      const shows = root
        ? `root ${[...root.children].map((c) => `${c.localName}.${c.firstElementChild?.className ?? c.className}`).join(' ')}: ${root.textContent.slice(0, 80)}`
        : 'no shadow root';
      return `${el.id || el.localName}: top ${Math.round(top)}, height ${Math.round(height)}, ${shows}`;
    }), selector).catch((why) => [`(page gone: ${why.message})`]);
    throw new Error(`${e.message}\n${states.join('\n')}`);
  });
}
