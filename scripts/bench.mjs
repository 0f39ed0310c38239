// `npm run bench` (not a test): first content against the physical limit. In one Chromium run,
// interleaved, REPS cold loads each of three pages showing the same widget (the timeline on the
// built-in data, the partner's real case):
//   plain        the markup `gmg-widgets render --format page` writes, with no script at all
//   pre-rendered that markup plus the script tag: the wasm takes it over
//   script only  an empty element plus the script tag: the module shows the built fragment
// on a desktop profile and a phone profile (412 px, CPU x4 through CDP
// Emulation.setCPUThrottlingRate). Printed as medians and as ratios to the plain page: first
// item visible, interactive (a click on the first item handled: the item pressed), cumulative
// layout shift from first paint until the wasm has taken over (PerformanceObserver), and the
// bytes (brotli 11 of each file, as a CDN would serve it) of what was fetched before the first
// item showed. Wall-clock figures vary by machine; the ratios are what to compare. A second
// table splits the first item's time: the document parsed (domInteractive), the entry module
// in, the last of the stylesheet and the fragment in (Resource Timing responseEnd).
// Every load has a timeout (--timeout-ms, default 30,000) and the whole run a budget
// (--budget-s, default 900): a load that never gets there is recorded (and counted in the
// table), not fatal, and the run always ends.
//
//   node scripts/bench.mjs [--reps N] [--widget timeline] [--scaling]
// --scaling also runs the older render-scaling figures (100, 1,000, 10,000 events).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { start, open } from '../tests/page/harness.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const arg = (name, dflt) => { const k = process.argv.indexOf(name); return k > 0 ? process.argv[k + 1] : dflt; };
const REPS = Number(arg('--reps', 5));
const TIMEOUT_MS = Number(arg('--timeout-ms', 30000));
const BUDGET_MS = Number(arg('--budget-s', 900)) * 1000;
const WIDGET = arg('--widget', 'timeline');
const LANG = 'en';

// --- the three pages, written next to the build in www/pkg/bench/ ---
const OUT = `${ROOT}www/pkg/bench/`;
mkdirSync(OUT, { recursive: true });
const cli = (...a) => execFileSync(`${ROOT}target/debug/gmg-widgets`, ['render', ...a], { encoding: 'utf8' });
const around = (html) => html.replace('<body>\n', '<body>\n<h1>Partner page</h1>\n').replace('\n</body>', '\n<p>Text after the widget.</p>\n</body>');
const script = '<script type="module" src="../gmg-widgets.js"></script>\n</head>';
// The markup is laid out for the element's width step on each profile (`render --width`, as
// the element module picks it: 1264 px = 79 rem gives 72; 396 px, the list, gives 0).
const pages = (width) => {
  const plain = cli('--widget', WIDGET, '--lang', LANG, '--css', '../gmg-widgets.css', '--format', 'page', '--width', String(width));
  return {
    plain: around(plain),
    'pre-rendered': around(plain).replace('</head>', script),
    'script only': around(plain.replace(/<gmg-[a-z-]+ [^]*<\/gmg-[a-z-]+>/, `<gmg-${WIDGET} lang="${LANG}"></gmg-${WIDGET}>`)).replace('</head>', script),
  };
};
const PAGES = Object.keys(pages(0));
const FILES = {};
for (const width of [72, 0]) {
  for (const [name, html] of Object.entries(pages(width))) {
    const file = `${name.replace(' ', '-')}-${width}.html`;
    writeFileSync(`${OUT}${file}`, html);
    FILES[`${width}|${name}`] = file;
  }
}

// --- measured in the page: rAF polling from before the first script ---
const PROBE = (tag) => {
  const m = (window.__bench = { shifts: 0, firstItem: null, interactive: null, live: null });
  new PerformanceObserver((list) => {
    // Every shift without input, the takeover's frame included (the view loads have no input).
    for (const e of list.getEntries()) if (!e.hadRecentInput) m.shifts += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
  const item = () => document.querySelector(tag)?.shadowRoot?.querySelector('.gmg-item');
  const poll = (t) => {
    const li = item();
    if (li && m.firstItem === null) {
      const box = li.getBoundingClientRect();
      // Styled (the widgets' stylesheet applies: at 1280 px items are placed absolutely, on a
      // phone they are a list), with a box, on screen.
      const styled = getComputedStyle(li.closest('.gmg')).getPropertyValue('--_text') !== '';
      if (styled && box.width > 0 && box.height > 0 && box.top < innerHeight) m.firstItem = performance.now();
    }
    // The live widget writes the positions as inline custom properties: it has taken over.
    if (li?.hasAttribute('style') && m.live === null) m.live = performance.now();
    if (m.click && m.interactive === null) {
      const b = document.querySelector(tag)?.shadowRoot?.getElementById(m.click);
      if (b?.getAttribute('aria-pressed') === 'true') m.interactive = performance.now();
      // A click the page lost (made before the live widget, not kept): the reader clicks
      // again once it is live; interactive is when a click first works.
      else if (m.live !== null && b && (m.reclicked ?? 0) < performance.now() - 100) { m.reclicked = performance.now(); b.click(); }
    }
    if (m.interactive === null || m.firstItem === null || m.live === null) requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
  // The reader clicks the first item as soon as it shows (pointerdown, then click).
  m.clickWhenShown = () => {
    const wait = () => {
      const b = item()?.querySelector('button');
      if (m.firstItem === null || !b) return requestAnimationFrame(wait);
      m.click = b.id;
      b.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
      b.click();
    };
    wait();
  };
};

const brotli = new Map();
const brotliSize = (path) => {
  if (!brotli.has(path)) {
    const data = readFileSync(path);
    brotli.set(path, brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length);
  }
  return brotli.get(path);
};

const PROFILES = {
  desktop: { viewport: { width: 1280, height: 900 }, cpu: 1, width: 72 },
  'phone (CPU x4)': { viewport: { width: 412, height: 915 }, deviceScaleFactor: 2.625, isMobile: true, hasTouch: true, cpu: 4, width: 0 },
};

async function load(env, profile, variant, click) {
  const { cpu, width, ...options } = profile;
  const context = await env.browser.newContext(options);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  await page.addInitScript(`(${PROBE})('gmg-${WIDGET}')`);
  if (click) await page.addInitScript('window.__bench.clickWhenShown()');
  let timedOut = false;
  try {
    await page.goto(`${env.base}/pkg/bench/${FILES[`${width}|${variant}`]}`, { timeout: TIMEOUT_MS });
    const done = click ? 'window.__bench.interactive !== null' : `window.__bench.firstItem !== null && (${variant === 'plain'} || window.__bench.live !== null)`;
    await page.waitForFunction(done, null, { timeout: TIMEOUT_MS, polling: 50 });
    if (!click) await page.waitForTimeout(300); // shifts reported after the takeover's frame
  } catch {
    timedOut = true;
  }
  const r = await page.evaluate(() => {
    const m = window.__bench;
    const first = m.firstItem;
    const resources = performance.getEntriesByType('resource');
    const before = resources.filter((e) => e.responseEnd <= first).map((e) => e.name);
    // Where the time to the first item goes: the document parsed, the entry module in, the
    // last of the stylesheet and the fragment in (whichever the page fetched before it).
    const end = (re) => {
      const hits = resources.filter((e) => re.test(new URL(e.name).pathname) && e.responseEnd <= first);
      return hits.length ? Math.max(...hits.map((e) => e.responseEnd)) : null;
    };
    const phases = {
      parsed: performance.getEntriesByType('navigation')[0]?.domInteractive ?? null,
      entry: end(/\/gmg-widgets\.js$/),
      shipped: end(/\/(gmg-widgets\.css|fragments\/[^/]+\.html)$/),
    };
    return { firstItem: first, interactive: m.interactive, live: m.live, shifts: m.shifts, phases, before: [location.href, ...before] };
  }).catch(() => ({ firstItem: null, interactive: null, live: null, shifts: 0, phases: {}, before: [] }));
  r.timedOut = timedOut;
  r.bytes = r.firstItem === null ? null : r.before.reduce((sum, url) => sum + brotliSize(`${ROOT}www${new URL(url).pathname}`), 0);
  r.files = r.before.map((u) => new URL(u).pathname.split('/').pop());
  await context.close();
  return r;
}

const median = (xs) => { const s = xs.filter((x) => x !== null).sort((a, b) => a - b); return s.length ? s[Math.floor((s.length - 1) / 2)] : null; };
/** Milliseconds as the tables print them ('-' where none was measured). */
const ms = (v) => (v === null ? '-' : v.toFixed(0));

const env = await start();
try {
  const results = {};
  const t0 = Date.now();
  let reps = 0;
  for (let rep = 0; rep < REPS && Date.now() - t0 < BUDGET_MS; rep++, reps++) {
    for (const [pname, profile] of Object.entries(PROFILES)) {
      for (const variant of PAGES) {
        const runs = (results[`${pname}|${variant}`] ??= []);
        const view = await load(env, profile, variant, false);
        const clicked = variant === 'plain' ? null : await load(env, profile, variant, true);
        runs.push({ ...view, interactive: clicked?.interactive ?? null, timeouts: Number(view.timedOut) + Number(!!clicked?.timedOut) });
      }
    }
    process.stderr.write(`bench: round ${rep + 1} of ${REPS} done (${((Date.now() - t0) / 1000).toFixed(0)} s)\n`);
  }
  console.log(`gmg-${WIDGET} (${LANG}, built-in data), ${reps} cold loads each (and as many with a click), interleaved; medians, ratio to the plain-HTML page's first item`);
  console.log('profile          page           first item ms  (ratio)  interactive ms  (ratio)    CLS  timeouts  bytes before first content (brotli)');
  for (const pname of Object.keys(PROFILES)) {
    const base = results[`${pname}|plain`];
    const baseFirst = median(base.map((r) => r.firstItem));
    for (const variant of PAGES) {
      const runs = results[`${pname}|${variant}`];
      const first = median(runs.map((r) => r.firstItem));
      const inter = median(runs.map((r) => r.interactive));
      const cls = Math.max(...runs.map((r) => r.shifts));
      const bytes = median(runs.map((r) => r.bytes));
      const files = (runs.find((r) => r.firstItem !== null) ?? runs[0]).files.join(' ');
      const timeouts = runs.reduce((n, r) => n + r.timeouts, 0);
      const ratio = (v) => (v === null || !baseFirst ? '-' : v / baseFirst).toLocaleString('en', { maximumFractionDigits: 2, minimumFractionDigits: 2 });
      console.log(
        `${pname.padEnd(16)} ${variant.padEnd(14)} ${ms(first).padStart(13)}  ${ratio(first).padStart(7)}` +
        `  ${ms(inter).padStart(14)}  ${ratio(inter).padStart(7)}` +
        `  ${cls.toFixed(3).padStart(5)}  ${String(timeouts).padStart(8)}  ${bytes === null ? '-' : (bytes / 1024).toFixed(1)} KB: ${files}`,
      );
    }
  }
  console.log('(interactive: the plain page has no handler; its ratio is to its first item visible. CLS: the largest of the runs.)');
  // The same loads, the first item's time split (medians, ms from navigation): what the
  // script tag alone adds to the plain page is its module and the request it starts.
  console.log('\nwhere the time to the first item goes (medians, ms): document parsed, entry module in, last of stylesheet/fragment in, first item');
  console.log('profile          page           parsed   entry  css/fragment  first item');
  for (const pname of Object.keys(PROFILES)) {
    for (const variant of PAGES) {
      const runs = results[`${pname}|${variant}`].filter((r) => r.firstItem !== null);
      const at = (k) => median(runs.map((r) => r.phases?.[k] ?? null));
      console.log(`${pname.padEnd(16)} ${variant.padEnd(14)} ${ms(at('parsed')).padStart(6)}  ${ms(at('entry')).padStart(6)}  ${ms(at('shipped')).padStart(12)}  ${ms(median(runs.map((r) => r.firstItem))).padStart(10)}`);
    }
  }

  if (process.argv.includes('--scaling')) {
    const { page } = await open(env.browser, `${env.base}/bench.html`);
    const rows = [];
    for (const n of [100, 1000, 10000]) {
      await page.evaluate((n) => window.bench(n), n); // warm-up run of the same size
      rows.push(await page.evaluate((n) => window.bench(n), n));
    }
    const base = rows[0];
    console.log('\nevents  mount ms  (x100)  DOM nodes  items shown  zoom ms  (x100)  items after zoom  key ms');
    for (const r of rows) {
      console.log(
        `${String(r.n).padStart(6)}  ${r.mountMs.toFixed(1).padStart(8)}  ${(r.mountMs / base.mountMs).toFixed(1).padStart(6)}` +
        `  ${String(r.nodes).padStart(9)}  ${String(r.items).padStart(11)}  ${r.zoomMs.toFixed(1).padStart(7)}` +
        `  ${(r.zoomMs / base.zoomMs).toFixed(1).padStart(6)}  ${String(r.itemsZoomed).padStart(16)}  ${r.keyMs.toFixed(1).padStart(6)}`,
      );
    }
  }
} finally {
  await env.close();
}
