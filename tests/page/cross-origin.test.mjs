// From the generator to a partner's page on another site (issue 17). The demo (www/) is served
// on 127.0.0.1:P1; a blank partner page is served on localhost:P2, another origin, with a
// strict Content-Security-Policy that names the widgets' host. Every generator snippet pasted
// there renders the chosen widget in the chosen language with no console error; the iframe is
// as high as its content at 1280 and 412 px; the generator's check says what is wrong with a
// host without CORS, with the wrong MIME type or with other bytes; a src with bad data keeps a
// readable timeline and says so in one sentence of the page's language.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { RESULTS, readInFull, start } from './harness.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
let env;
let partner;
let tmp;
/** path -> {body, type} served by the partner's server. */
const pages = new Map();

before(async () => {
  env = await start();
  tmp = mkdtempSync(join(tmpdir(), 'gmg-partner-'));
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    const page = pages.get(path);
    if (!page) { res.writeHead(404, { 'content-type': 'text/plain' }).end('not found'); return; }
    const headers = { 'content-type': page.type ?? 'text/html; charset=utf-8', 'cache-control': 'no-store' };
    if (!page.type) headers['content-security-policy'] = partnerCsp();
    res.writeHead(200, headers).end(page.body);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  // The same loopback address under another name and port: another origin for the browser.
  partner = { base: `http://localhost:${server.address().port}`, close: () => server.close() };
});
after(async () => {
  await env?.close();
  partner?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** What docs/embedding.md tells a partner with a strict policy to allow for the widgets' host. */
const partnerCsp = () => `default-src 'self'; script-src 'self' ${env.base} 'wasm-unsafe-eval'; `
  + `style-src 'self' ${env.base}; connect-src 'self' ${env.base}; frame-src ${env.base}; img-src 'self' data:`;

const blank = (body, lang = 'en') => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">`
  + `<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">`
  + `<title>Partner page</title></head><body><h1>A partner's page</h1>\n${body}\n<p>After the widget.</p></body></html>`;

/** Opens a URL in a fresh context, recording console errors, page errors and failed requests. */
async function visit(url, { width = 1280, height = 900, javaScriptEnabled = true } = {}) {
  const context = await env.browser.newContext({ viewport: { width, height }, javaScriptEnabled });
  const page = await context.newPage();
  const problems = [];
  const warnings = [];
  const requests = [];
  const watch = (p) => {
    p.on('request', (r) => requests.push(r.url()));
    p.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
      if (m.type() === 'warning') warnings.push(m.text());
    });
    p.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    p.on('requestfailed', async (r) => { if (!(await readInFull(r))) problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`); });
    p.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  };
  watch(page);
  await page.goto(url);
  return { page, problems, warnings, requests, context };
}

/** Waits until the widget matching `selector` in `frame` shows items; returns its shadow text. */
async function renderedText(frame, selector) {
  await frame.waitForFunction((s) => document.querySelector(s)?.shadowRoot?.querySelector('.gmg-item button'), selector, { timeout: 20000 });
  return frame.evaluate((s) => document.querySelector(s).shadowRoot.textContent, selector);
}

async function generator(widget, lang) {
  const g = await visit(`${env.base}/generator.html`);
  await g.page.waitForSelector('html[data-ready]');
  await g.page.selectOption('select[name="widget"]', widget);
  await g.page.selectOption('select[name="lang"]', lang);
  return g;
}
const snippet = (page, kind) => page.textContent(`#snippet-${kind}`);

test('every generator snippet, pasted into a page of another origin, renders the chosen widget in the chosen language', async () => {
  const g = await generator('chairs', 'fr');
  const today = await g.page.inputValue('input[name="today"]');
  assert.equal(today, '2014-06-01', 'the generator starts with the gallery\'s today');
  // Every snippet the generator hands out (element, div, iframe, npm, and any added later,
  // such as a pre-rendered one).
  const kinds = await g.page.$$eval('.snippet[data-kind]', (a) => a.map((x) => x.dataset.kind));
  for (const k of ['element', 'div', 'iframe', 'npm']) assert.ok(kinds.includes(k), `the generator offers ${k}`);
  const texts = {};
  for (const kind of kinds) {
    let body = await snippet(g.page, kind);
    if (kind === 'npm') {
      // The npm snippet, as a front-end developer follows it: its import bundled with esbuild
      // from the package in pkg/, the wasm and the data copied next to the bundle, its markup in the page.
      const app = join(tmp, 'app');
      mkdirSync(join(app, 'node_modules'), { recursive: true });
      if (!existsSync(join(app, 'node_modules', 'gmg-widgets'))) symlinkSync(join(ROOT, 'pkg'), join(app, 'node_modules', 'gmg-widgets'));
      const imports = body.split('\n').filter((l) => /^import /.test(l));
      assert.deepEqual(imports, ["import 'gmg-widgets/define';"]);
      writeFileSync(join(app, 'main.js'), imports.join('\n'));
      await build({ absWorkingDir: app, entryPoints: ['main.js'], bundle: true, format: 'esm', outfile: join(app, 'out', 'app.js'), logLevel: 'silent' });
      pages.set('/bundle/app.js', { body: readFileSync(join(app, 'out', 'app.js')), type: 'text/javascript' });
      pages.set('/bundle/gmg_widgets_bg.wasm', { body: readFileSync(join(ROOT, 'pkg', 'gmg_widgets_bg.wasm')), type: 'application/wasm' });
      // ...and the stylesheet, the built-in data and the interface packs next to it, as the
      // snippet says (without the packs a French widget has English controls).
      assert.match(body, /gmg-widgets\.css, gmg-data\.json and the folder strings\/ .*next to it/);
      for (const f of readdirSync(join(ROOT, 'pkg', 'strings'))) {
        pages.set(`/bundle/strings/${f}`, { body: readFileSync(join(ROOT, 'pkg', 'strings', f)), type: 'application/json' });
      }
      pages.set('/bundle/gmg-widgets.css', { body: readFileSync(join(ROOT, 'pkg', 'gmg-widgets.css')), type: 'text/css' });
      pages.set('/bundle/gmg-data.json', { body: readFileSync(join(ROOT, 'pkg', 'gmg-data.json')), type: 'application/json' });
      const markup = body.slice(body.indexOf('<!-- In your page: -->') + 23, body.indexOf('\n\n// Or,'));
      assert.match(markup, /^<gmg-chairs/);
      body = `<script type="module" src="/bundle/app.js"></script>\n${markup}`;
    }
    pages.set(`/${kind}.html`, { body: blank(body) });
    const p = await visit(`${partner.base}/${kind}.html`);
    let frame = p.page.mainFrame();
    let selector = kind === 'div' ? '[data-gmg-widget]' : 'gmg-chairs';
    if (kind === 'iframe') {
      await p.page.waitForSelector('iframe');
      frame = await (await p.page.$('iframe')).contentFrame();
      selector = 'gmg-chairs';
    }
    const text = await renderedText(frame, selector);
    assert.match(text, /Présidences/, `${kind}: the chairs widget in French: ${text.slice(0, 200)}`);
    assert.match(text, /Situation au 1(er)? juin 2014/, `${kind}: the fixed today is said`);
    assert.equal(await frame.evaluate((s) => document.querySelector(s).shadowRoot.querySelector('.gmg').lang, selector), 'fr');
    if (['element', 'div', 'npm'].includes(kind)) {
      // The fallback list is in the page, hidden once the widget runs.
      const fallback = await frame.evaluate((s) => [...document.querySelector(s).children].map((c) => [c.localName, c.getBoundingClientRect().height]), selector);
      assert.ok(fallback.some(([n]) => n === 'ol'), `${kind}: the snippet carries a list: ${JSON.stringify(fallback)}`);
      assert.ok(fallback.every(([, h]) => h === 0), `${kind}: the fallback is hidden by the widget`);
    }
    await p.page.screenshot({ path: `${RESULTS}cross-origin-${kind}.png`, fullPage: true });
    assert.deepEqual(p.problems, [], `${kind}: no console error, no failed request`);
    texts[kind] = text;
    await p.context.close();
  }
  await g.context.close();
});

test('the pre-rendered snippet (visitor\'s date, built-in data) shows from another origin with and without script', async () => {
  const g = await generator('chairs', 'fr');
  const kinds = await g.page.$$eval('.snippet[data-kind]', (a) => a.map((x) => x.dataset.kind));
  if (!kinds.includes('prerendered')) { await g.context.close(); return; } // not offered (yet)
  await g.page.click('#today-live');
  await g.page.check('input[name="show"][value="prerendered"]');
  await g.page.waitForFunction(() => document.getElementById('snippet-prerendered').textContent.includes('shadowrootmode'), null, { timeout: 10000 });
  const body = await snippet(g.page, 'prerendered');
  await g.context.close();
  assert.match(body, /<link rel="stylesheet" href="[^"]+\.css" integrity="sha384-[^"]+" crossorigin="anonymous">/);
  pages.set('/prerendered.html', { body: blank(body) });
  for (const javaScriptEnabled of [false, true]) {
    const p = await visit(`${partner.base}/prerendered.html`, { javaScriptEnabled });
    const text = await renderedText(p.page, 'gmg-chairs');
    assert.match(text, /Présidences/);
    assert.match(text, /OIT/);
    assert.doesNotMatch(text, /Situation au/, 'no fixed today, no "as of" line');
    // The stylesheet came from the other origin (CORS) and applies: items are placed.
    await p.page.waitForFunction(() => getComputedStyle(document.querySelector('gmg-chairs').shadowRoot.querySelector('.gmg-item')).position === 'absolute', null, { timeout: 10000 }).catch(() => {});
    const placed = await p.page.evaluate(() => getComputedStyle(document.querySelector('gmg-chairs').shadowRoot.querySelector('.gmg-item')).position);
    assert.equal(placed, 'absolute', `the pre-rendered stylesheet applies (script ${javaScriptEnabled ? 'on' : 'off'})`);
    await p.page.screenshot({ path: `${RESULTS}cross-origin-prerendered-${javaScriptEnabled ? 'js' : 'no-js'}.png`, fullPage: true });
    // With script off, Chromium refuses the modulepreload (reported as "csp"): that is all.
    assert.deepEqual(p.problems.filter((x) => javaScriptEnabled || !/^request failed: .*\.js csp$/.test(x)), []);
    await p.context.close();
  }
});

test('without JavaScript, the pasted snippet reads as a list of the chosen widget\'s items', async () => {
  const g = await generator('outcomes', 'es');
  const body = await snippet(g.page, 'element');
  await g.context.close();
  pages.set('/no-js.html', { body: blank(body, 'es') });
  const p = await visit(`${partner.base}/no-js.html`, { javaScriptEnabled: false });
  const items = await p.page.$$eval('gmg-outcomes li', (lis) => lis.map((li) => li.textContent));
  assert.ok(items.length >= 3, `the outcomes are listed: ${items.join(' | ')}`);
  assert.ok(items.every((t) => /2013/.test(t)), `each with its date: ${items.join(' | ')}`);
  assert.match(await p.page.textContent('gmg-outcomes'), /Resultados del Diálogo de Alto Nivel/);
  await p.page.screenshot({ path: `${RESULTS}cross-origin-no-js.png`, fullPage: true });
  await p.context.close();
});

test('the iframe snippet: the frame is as high as its content at 1280 and 412 px, in Arabic right to left', async () => {
  const g = await generator('timeline', 'ar');
  const body = await snippet(g.page, 'iframe');
  await g.context.close();
  assert.match(body, /width="100%"/);
  assert.match(body, /frame-host\.[0-9a-f]{10}\.js" integrity="sha384-/, 'the snippet includes the height listener with SRI');
  pages.set('/frame.html', { body: blank(body, 'en') });
  const p = await visit(`${partner.base}/frame.html`);
  const iframe = await p.page.$('iframe');
  const frame = await iframe.contentFrame();
  await renderedText(frame, 'gmg-timeline');
  assert.equal(await frame.evaluate(() => document.documentElement.dir), 'rtl');
  const heights = async () => {
    const inner = await frame.evaluate(() => document.body.getBoundingClientRect().height);
    const outer = await iframe.evaluate((f) => [f.clientHeight, f.getBoundingClientRect().width, f.offsetWidth - f.clientWidth]);
    return { inner, outer: outer[0], width: outer[1], border: outer[2] };
  };
  for (const width of [1280, 412]) {
    await p.page.setViewportSize({ width, height: 900 });
    // Wait until the frame follows its content (the ResizeObserver message after the reflow).
    await p.page.waitForFunction(async () => {
      const f = document.querySelector('iframe');
      const h = f.contentDocument ? f.contentDocument.body.getBoundingClientRect().height : null;
      return h === null || Math.abs(f.clientHeight - h) <= 3;
    }, null, { timeout: 10000 }).catch(() => {});
    await p.page.waitForTimeout(300);
    const h = await heights();
    console.log(`iframe at ${width} px: frame ${h.outer} px high, content ${h.inner} px, frame width ${h.width} px`);
    assert.ok(Math.abs(h.outer - h.inner) <= 3, `at ${width} px the frame (${h.outer}) is as high as its content (${h.inner})`);
    assert.ok(h.inner > 150, `the content is there: ${h.inner}`);
    const column = await p.page.evaluate(() => document.querySelector('h1').getBoundingClientRect().width);
    assert.ok(Math.abs(h.width - h.border - column) <= 1, `width 100%: ${h.width} (border ${h.border}) in a column of ${column}`);
    // A viewport as tall as the page, so that the (out-of-process) frame is painted in full.
    const tall = await p.page.evaluate(() => document.documentElement.scrollHeight);
    await p.page.setViewportSize({ width, height: tall });
    await p.page.waitForTimeout(300);
    await p.page.screenshot({ path: `${RESULTS}cross-origin-iframe-${width}.png` });
  }
  assert.deepEqual(p.problems, []);
  await p.context.close();
});

test('the generator\'s check says what is wrong with the base URL', async () => {
  const g = await generator('chairs', 'fr');
  const { page } = g;
  const checked = async (base) => {
    const before = await page.evaluate(() => document.documentElement.dataset.checked ?? '0');
    await page.fill('input[name="base"]', base);
    await page.waitForFunction(([b, url]) => (document.documentElement.dataset.checked ?? '0') !== b
      && document.getElementById('check-status').textContent.includes(`from ${url}`), [before, base], { timeout: 15000 });
    return { status: await page.textContent('#check-status'), items: await page.$$eval('#check li', (l) => l.map((x) => `${x.className}: ${x.textContent}`)) };
  };
  // The demo server itself, from another origin: everything in order.
  let r = await checked(`http://localhost:${new URL(env.base).port}/pkg/dist/`);
  assert.match(r.status, /This snippet loads from/, JSON.stringify(r));
  assert.ok(r.items.every((i) => i.startsWith('ok:')), JSON.stringify(r));
  // A host that sends no CORS header.
  r = await checked(`http://localhost:${new URL(env.base).port}/no-cors/pkg/dist/`);
  assert.match(r.status, /will not work/, JSON.stringify(r));
  assert.ok(r.items.some((i) => /^error: .*no Access-Control-Allow-Origin header/.test(i)), JSON.stringify(r));
  await page.screenshot({ path: `${RESULTS}generator-check-no-cors.png`, fullPage: true });
  // The wasm with the wrong MIME type.
  r = await checked(`http://localhost:${new URL(env.base).port}/wrong-mime/pkg/dist/`);
  assert.ok(r.items.some((i) => /^warning: .*not "application\/wasm"/.test(i)), JSON.stringify(r));
  // Nothing there at all.
  r = await checked('http://127.0.0.1:9/gmg/');
  assert.ok(r.items.some((i) => /nothing answers/.test(i)), JSON.stringify(r));
  // A host whose copy of the module was changed (re-minified, say).
  await g.context.route('http://localhost:*/changed/**', async (route) => {
    const url = route.request().url().replace('/changed/', '/').replace('localhost', '127.0.0.1');
    const res = await fetch(url);
    let body = Buffer.from(await res.arrayBuffer());
    if (url.endsWith('.js')) body = Buffer.concat([body, Buffer.from('\n// minified by the CMS\n')]);
    await route.fulfill({ status: res.status, body, headers: { 'content-type': res.headers.get('content-type'), 'access-control-allow-origin': '*' } });
  });
  r = await checked(`http://localhost:${new URL(env.base).port}/changed/pkg/dist/`);
  assert.ok(r.items.some((i) => /^error: ✗ gmg-widgets\.[0-9a-f]{10}\.js at that address is not the file of version/.test(i)), JSON.stringify(r));
  // The iframe snippet needs no CORS for its page, but does for the host script.
  await page.check('input[name="show"][value="iframe"]');
  r = await checked(`http://localhost:${new URL(env.base).port}/no-cors/pkg/dist/`);
  assert.ok(r.items.some((i) => /^error: ✗ frame-host.*Access-Control-Allow-Origin/.test(i)), JSON.stringify(r));
  assert.ok(r.items.some((i) => /^ok: ✓ frame\.html/.test(i)), JSON.stringify(r));
  await g.context.close();
});

test('bad data from src on first load: the built-in data stays, with one sentence in the page\'s language; details only with debug', async () => {
  const bad = `${env.base}/data/bad-data.json`;
  const broken = `${env.base}/data/broken.json`;
  pages.set('/bad-src.html', {
    body: blank(`<gmg-chairs id="fr" lang="fr" src="${bad}"><ol><li>2014 : OIT</li></ol></gmg-chairs>
<gmg-chairs id="ar" lang="ar" src="${broken}"></gmg-chairs>
<div id="debug" data-gmg-widget="chairs" data-lang="es" data-src="${bad}" data-debug></div>
<script type="module" src="/record.js"></script>
<script type="module" src="${env.base}/pkg/gmg-widgets.js"></script>`),
  });
  pages.set('/record.js', { type: 'text/javascript', body: "window.errors = []; document.addEventListener('gmg-error', (e) => window.errors.push({ id: e.target.id, ...e.detail }));" });
  const p = await visit(`${partner.base}/bad-src.html`);
  const fr = await renderedText(p.page, '#fr');
  const ar = await renderedText(p.page, '#ar');
  const es = await renderedText(p.page, '#debug');
  assert.match(fr, /Les données de la chronologie fournies par ce site n’ont pas pu être utilisées\./);
  assert.match(fr, /Affichage des données intégrées au widget/);
  assert.match(fr, /OIT/, 'the built-in chairs are shown');
  assert.ok(!/chair_terms|line|bad-data/.test(fr), `no maintainer's details for visitors: ${fr.slice(0, 300)}`);
  assert.match(ar, /تعذر استخدام بيانات المخطط الزمني/);
  assert.match(es, /No se pudieron usar los datos/);
  assert.match(es, /bad-data\.json:\d+:\d+: chair_terms\[2\]\.to/, `debug shows path, line and message: ${es.slice(0, 400)}`);
  // In full, as the CLI says it (the visitor's wasm has codes only: the tools wasm, fetched
  // for debug alone, gives the sentence and the hint).
  assert.match(es, /chair_terms\[2\]\.to: '2025-13-01' is not a valid date: month 13 does not exist \(1 to 12\) \(write YYYY, YYYY-MM or YYYY-MM-DD\)/, es.slice(0, 600));
  assert.ok(p.requests.some((u) => /gmg_tools/.test(u)), 'the tools wasm is fetched for the debug widget');
  // Drawn again (another language): the same answer, its errors in full not read again.
  await p.page.evaluate(() => { document.getElementById('debug').dataset.lang = 'fr'; });
  await p.page.waitForFunction(() => /Les données de la chronologie/.test(document.getElementById('debug').shadowRoot.textContent));
  assert.match(await p.page.evaluate(() => document.getElementById('debug').shadowRoot.textContent), /month 13 does not exist/);
  assert.equal(p.warnings.filter((w) => /its errors in full/.test(w)).length, 1, p.warnings.join('\n'));
  const errors = await p.page.evaluate(() => window.errors);
  const frErr = errors.find((e) => e.id === 'fr');
  assert.equal(frErr.kind, 'invalid');
  assert.match(frErr.path, /chair_terms\[2\]\.to/);
  assert.ok(frErr.line > 1, JSON.stringify(frErr));
  assert.ok(p.warnings.some((w) => /bad-data\.json:\d+:\d+/.test(w)), `the console names file, line and path: ${p.warnings.join('\n')}`);
  await p.page.screenshot({ path: `${RESULTS}cross-origin-bad-src.png`, fullPage: true });
  assert.deepEqual(p.problems, []);
  await p.context.close();
});

test('the demo server sends Access-Control-Allow-Origin: * on the module, glue, wasm, css, frame and data', async () => {
  const current = JSON.parse(readFileSync(join(ROOT, 'www/pkg/dist/current.json'), 'utf8'));
  const hashed = Object.values(current.files).map((f) => `/pkg/dist/${current.version}/${f.file}`);
  for (const path of ['/pkg/gmg-widgets.js', '/pkg/gmg_widgets.js', '/pkg/gmg_widgets_bg.wasm', '/pkg/frame.html',
    '/pkg/frame.css', '/pkg/frame-host.js', '/pkg/gmg-data.json', '/data/gmg.json', ...hashed]) {
    const r = await fetch(`${env.base}${path}`, { headers: { origin: partner.base } });
    assert.equal(r.status, 200, path);
    assert.equal(r.headers.get('access-control-allow-origin'), '*', `${path} is readable from other origins`);
    if (path.endsWith('.wasm')) assert.equal(r.headers.get('content-type'), 'application/wasm');
  }
  const r = await fetch(`${env.base}/no-cors/pkg/gmg-widgets.js`);
  assert.equal(r.headers.get('access-control-allow-origin'), null, 'the /no-cors/ test hook sends none');
});
