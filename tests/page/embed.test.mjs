// Embedding on partner sites (issue 5): custom elements, data attributes, the iframe page, the
// JS API, deep links, lazy start, loading errors and the saved copy, strict CSP, hostile CSS.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { RESULTS, open, rendered as waitRendered, start } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const WIDGETS = '#chairs, #streams, #outcomes, #timeline, #div-widget';
/** The live widgets (placed by the wasm, not a fragment): see harness.mjs. */
const rendered = (page, selector, options) => waitRendered(page, selector, { live: true, ...options });
/** Waits for the element code (api.js, imported by the script-tag entry once first content
 * shows: the page's load event does not wait for it) before scrolling the page to start the
 * lazy widgets: only widgets near the viewport once it runs start. */
const defined = (page) => page.waitForFunction(() => customElements.get('gmg-chairs'), null, { timeout: 15000 });
const text = (page, sel) => page.locator(sel).evaluate((el) => el.shadowRoot?.textContent ?? '');
/** Adds HTML to <main> of the test page. */
const add = (page, html) => page.evaluate((h) => document.getElementById('main').insertAdjacentHTML('beforeend', h), html);
const expected = (problems, ...allowed) => problems.filter((p) => !allowed.some((a) => p.includes(a)));

test('hostile partner page: every widget looks right and the page keeps its own look', async () => {
  const { page, problems, context } = await open(env.browser, `${env.base}/hostile.html`);
  await defined(page);
  await rendered(page, WIDGETS, { scroll: true }); // the lazy ones started in turn
  await page.evaluate(() => window.scrollTo(0, 0));
  const report = await page.evaluate((sel) => [...document.querySelectorAll(sel)].map((host) => {
    const root = host.shadowRoot;
    const gmg = root.querySelector('.gmg');
    const li = root.querySelector('.gmg-item');
    const button = li.querySelector('button');
    const time = root.querySelector('time');
    const div = root.querySelector('.gmg-lane, .gmg-head');
    const cs = (el) => getComputedStyle(el);
    const box = button.getBoundingClientRect();
    return {
      id: host.id,
      lang: gmg.getAttribute('lang'),
      dir: gmg.getAttribute('dir'),
      shown: cs(gmg).display,
      itemPosition: cs(li).position,
      liDisplay: cs(li).display,
      liColor: cs(li).color,
      buttonBg: cs(button).backgroundColor,
      buttonColor: cs(button).color,
      buttonFont: cs(button).fontSize,
      buttonTransform: cs(button).textTransform,
      buttonWidth: cs(button).width,
      timeDisplay: time ? cs(time).display : 'none-found',
      divOutline: cs(div).outlineStyle,
      letterSpacing: cs(gmg).letterSpacing,
      fontFamily: cs(gmg).fontFamily,
      items: root.querySelectorAll('.gmg-item').length,
      size: [box.width, box.height],
      fallbackHidden: [...host.children].every((c) => c.getBoundingClientRect().height === 0),
    };
  }), WIDGETS);
  const langs = Object.fromEntries(report.map((r) => [r.id, r.lang]));
  assert.deepEqual(langs, { chairs: 'ru', streams: 'en', outcomes: 'fr', timeline: 'ar', 'div-widget': 'es' });
  for (const r of report) {
    const at = JSON.stringify(r);
    assert.equal(r.shown, 'block', at);
    assert.notEqual(r.liDisplay, 'inline', at);
    assert.equal(r.itemPosition, 'absolute', at); // the components place items on the axis
    assert.notEqual(r.liColor, 'rgb(255, 0, 0)', at);
    assert.notEqual(r.buttonBg, 'rgb(255, 105, 180)', at);
    assert.notEqual(r.buttonColor, 'rgb(0, 255, 0)', at);
    assert.notEqual(r.buttonFont, '30px', at);
    assert.equal(r.buttonTransform, 'none', at);
    assert.notEqual(r.buttonWidth, '300px', at);
    assert.notEqual(r.timeDisplay, 'none', at);
    assert.equal(r.divOutline, 'none', at);
    assert.equal(r.letterSpacing, 'normal', at);
    assert.ok(!/georgia|comic/i.test(r.fontFamily), at);
    assert.ok(r.items > 0 && r.size[0] > 0 && r.size[1] > 0, at);
    assert.ok(r.fallbackHidden, `fallback hidden once the widget runs: ${at}`);
  }
  assert.equal(report.find((r) => r.id === 'timeline').dir, 'rtl');
  // Theming goes through the documented custom properties and ::part(root).
  const theme = await page.evaluate(() => {
    const cs = (id, sel) => getComputedStyle(document.getElementById(id).shadowRoot.querySelector(sel));
    return { bg: cs('outcomes', '.gmg').backgroundColor, font: cs('outcomes', '.gmg').fontFamily,
      part: cs('streams', '[part=root]').borderInlineStartColor, other: cs('chairs', '.gmg').backgroundColor };
  });
  assert.deepEqual(theme, { bg: 'rgb(255, 250, 230)', font: '"DejaVu Serif", serif', part: 'rgb(0, 128, 0)', other: 'rgb(255, 255, 255)' });
  // The page's own elements keep the page's look: the widget CSS does not leak out.
  const host = await page.evaluate(() => {
    const cs = (s) => getComputedStyle(document.querySelector(s));
    return {
      button: cs('#host-button').backgroundColor, li: cs('#host-list li').color,
      p: cs('#host-p').fontFamily, transform: cs('#host-p').textTransform,
      h1: cs('#host-title').color,
    };
  });
  assert.deepEqual(host, {
    button: 'rgb(255, 105, 180)', li: 'rgb(255, 0, 0)', p: 'Georgia, serif', transform: 'uppercase',
    h1: 'rgb(128, 0, 128)',
  });
  await page.screenshot({ path: `${RESULTS}embed-hostile.png`, fullPage: true });
  assert.deepEqual(problems, []);
  await context.close();
});

test('strict CSP page: widgets render with no console error and no CSP violation', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1100, height: 800 } });
  await context.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  const wasm = [];
  page.on('request', (r) => { if (r.url().endsWith('.wasm')) wasm.push(r.url()); });
  const response = await page.goto(`${env.base}/csp-page.html`);
  assert.match(response.headers()['content-security-policy'], /wasm-unsafe-eval/);
  await defined(page);
  await rendered(page, WIDGETS, { scroll: true }); // the lazy ones started in turn
  await page.evaluate(() => window.scrollTo(0, 0));
  assert.match(await text(page, '#outcomes'), /Dialogue de haut niveau|Déclaration/);
  // Positions come from CSSOM custom properties, not style attributes.
  const placed = await page.locator('#chairs').evaluate((el) => getComputedStyle(el.shadowRoot.querySelector('.gmg-item')).getPropertyValue('--s'));
  assert.notEqual(placed.trim(), '');
  assert.equal(wasm.length, 1, 'one wasm instance serves every widget');
  await page.screenshot({ path: `${RESULTS}embed-csp.png`, fullPage: true });
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('where CSP blocks WebAssembly the fallback stays and the console says why', async () => {
  const { page, problems, context } = await open(env.browser, 'about:blank');
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  const response = await page.goto(`${env.base}/no-wasm/csp-page.html`);
  assert.doesNotMatch(response.headers()['content-security-policy'], /wasm-unsafe-eval/);
  await page.waitForFunction(() => true);
  for (let i = 0; i < 50 && !warnings.some((w) => w.includes('gmg-widgets')); i++) await page.waitForTimeout(100);
  assert.ok(warnings.some((w) => /gmg-widgets: WebAssembly could not start/.test(w)), warnings.join('\n'));
  const fallback = await page.evaluate(() => ({
    shadow: document.querySelector('#chairs').shadowRoot,
    height: document.querySelector('#chairs .fallback').getBoundingClientRect().height,
  }));
  assert.equal(fallback.shadow, null);
  assert.ok(fallback.height > 0);
  await page.screenshot({ path: `${RESULTS}embed-no-wasm.png` });
  // The only complaint is the browser's own report of the blocked compile.
  assert.deepEqual(expected(problems, 'WebAssembly', 'wasm'), []);
  await context.close();
});

test('without its stylesheet a widget does not start: the fallback stays and the console says why', async () => {
  const { page, problems, context } = await open(env.browser, 'about:blank');
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  // The styles are the file next to the module (not a copy in the wasm): here it is missing.
  await page.route('**/pkg/gmg-widgets.css', (r) => r.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' }));
  await page.goto(`${env.base}/test-embed.html`);
  await add(page, '<gmg-chairs id="w" today="2014-06-01"><p class="fallback">The GMG chairs, as a list</p></gmg-chairs>');
  for (let i = 0; i < 50 && !warnings.some((w) => w.includes('stylesheet')); i++) await page.waitForTimeout(100);
  assert.ok(warnings.some((w) => /^gmg-widgets: the stylesheet http:\S+\/pkg\/gmg-widgets\.css could not be loaded \(HTTP 404.*\), so the fallback content stays$/.test(w)), warnings.join('\n'));
  const fallback = await page.evaluate(() => ({
    shadow: document.querySelector('#w').shadowRoot,
    height: document.querySelector('#w .fallback').getBoundingClientRect().height,
  }));
  assert.equal(fallback.shadow, null, 'no unstyled widget over the fallback');
  assert.ok(fallback.height > 0, 'the fallback shows');
  // The only complaints are the browser's own report of the missing file.
  assert.deepEqual(expected(problems, 'gmg-widgets.css', 'status of 404'), []);
  await context.close();
});

test('attribute and ancestor lang changes update the widget in place', async () => {
  const { page, problems, context } = await open(env.browser, `${env.base}/test-embed.html`);
  await add(page, '<gmg-chairs id="w" today="2014-06-01" src="data/gmg.json"></gmg-chairs>');
  await rendered(page, '#w');
  const before = await page.evaluate(() => { window.mountDiv = document.querySelector('#w').shadowRoot.firstElementChild; });
  void before;
  const current = () => page.locator('#w').evaluate((el) => el.shadowRoot.querySelector('[aria-current="true"] .gmg-label')?.textContent);
  assert.equal(await current(), 'ILO');
  await page.evaluate(() => document.querySelector('#w').setAttribute('lang', 'fr'));
  await page.waitForFunction(() => document.querySelector('#w').shadowRoot.textContent.includes('Présidences'));
  await page.evaluate(() => document.querySelector('#w').setAttribute('today', '2017-06-01'));
  await page.waitForFunction(() => document.querySelector('#w').shadowRoot.querySelector('[aria-current="true"] .gmg-label')?.textContent !== 'OIT');
  assert.equal(await current(), 'UNU');
  await page.evaluate(() => document.querySelector('#w').setAttribute('src', 'data/small.json'));
  await page.waitForFunction(() => document.querySelector('#w').shadowRoot.textContent.includes('OIT (copie de test)'));
  // The element's own lang removed: the nearest ancestor's applies, and follows its changes.
  await page.evaluate(() => { document.querySelector('#w').removeAttribute('lang'); document.getElementById('main').lang = 'es'; });
  await page.waitForFunction(() => document.querySelector('#w').shadowRoot.textContent.includes('Presidencias'));
  await page.evaluate(() => { document.getElementById('main').removeAttribute('lang'); document.documentElement.lang = 'ru'; });
  await page.waitForFunction(() => document.querySelector('#w').shadowRoot.textContent.includes('Председатели'));
  assert.ok(await page.evaluate(() => document.querySelector('#w').shadowRoot.firstElementChild === window.mountDiv), 'same mount point');
  // A change of language or src may cancel a load of data/*.json still under way (ERR_ABORTED);
  // any other failed request is a problem.
  assert.deepEqual(problems.filter((p) => !/^request failed: \S+\/data\/[\w-]+\.json net::ERR_ABORTED$/.test(p)), []);
  await context.close();
});

test('a data-attribute widget added after load mounts, updates and is torn down', async () => {
  const { page, problems, context } = await open(env.browser, `${env.base}/test-embed.html`);
  await page.waitForTimeout(200);
  await add(page, '<div id="d" data-gmg-widget="outcomes" data-lang="fr"><p>fallback</p></div>');
  await rendered(page, '#d');
  assert.match(await text(page, '#d'), /Déclaration|Dialogue/);
  await page.evaluate(() => document.querySelector('#d').setAttribute('data-lang', 'en'));
  await page.waitForFunction(() => document.querySelector('#d').shadowRoot.textContent.includes('Declaration'));
  await page.evaluate(() => document.querySelector('#d').remove());
  await page.waitForTimeout(100);
  assert.equal(await page.evaluate(() => document.querySelector('#main').childElementCount), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('an inline JSON child is the data; the JS API mounts, updates, selects and destroys', async () => {
  const { page, problems, context } = await open(env.browser, `${env.base}/test-embed.html`);
  const small = await (await fetch(`${env.base}/data/small.json`)).text();
  await page.evaluate((json) => {
    const el = document.createElement('gmg-chairs');
    el.id = 'inline';
    const s = document.createElement('script');
    s.type = 'application/json';
    s.textContent = json;
    el.append(s);
    document.getElementById('main').append(el);
  }, small);
  await rendered(page, '#inline');
  assert.match(await text(page, '#inline'), /ILO \(test copy\)/);
  const result = await page.evaluate(async () => {
    const { mount } = await import('./pkg/gmg-widgets.js');
    const el = document.createElement('section');
    document.getElementById('main').append(el);
    const events = [];
    el.addEventListener('gmg-select', (e) => events.push({ ...e.detail, composed: e.composed, bubbles: e.bubbles }));
    const w = mount(el, { widget: 'outcomes', lang: 'fr' });
    const until = async (f) => { for (let i = 0; i < 200 && !f(); i++) await new Promise((r) => setTimeout(r, 25)); return f(); };
    const fr = await until(() => el.shadowRoot?.textContent.includes('Déclaration'));
    w.update({ lang: 'en' });
    const en = await until(() => el.shadowRoot.textContent.includes('Declaration'));
    el.shadowRoot.querySelector('.gmg-item button').click();
    const part = el.shadowRoot.querySelector('[part="root"]') !== null;
    w.destroy();
    return { fr, en, events, part, after: el.shadowRoot.childNodes.length };
  });
  assert.deepEqual({ ...result, events: result.events.length }, { fr: true, en: true, events: 1, part: true, after: 0 });
  assert.equal(result.events[0].widget, 'outcomes');
  assert.ok(result.events[0].id && result.events[0].composed && result.events[0].bubbles);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the iframe page posts its height and the host page resizes the frame', async () => {
  const { page, problems, context } = await open(env.browser, `${env.base}/test-iframe.html`);
  const frameHeight = () => page.locator('#gmg-frame').evaluate((f) => f.getBoundingClientRect().height);
  // The frame starts 50 px high; the widget's first height message makes it far taller.
  await page.waitForFunction(() => parseFloat(document.querySelector('#gmg-frame').style.height) > 120);
  const frame = page.frameLocator('#gmg-frame');
  const inner = () => page.frames()[1].evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
  const first = await frameHeight();
  assert.ok(Math.abs(first - 4 - (await inner())) <= 1, `frame ${first} vs content ${await inner()}`);
  assert.match(await frame.locator('gmg-chairs').evaluate((el) => el.shadowRoot.textContent), /Présidences/);
  // Opening an item's details makes the content taller: the frame follows.
  await frame.locator('gmg-chairs .gmg-item button').first().click();
  await page.waitForFunction((h) => document.querySelector('#gmg-frame').getBoundingClientRect().height > h + 20, first);
  const second = await frameHeight();
  assert.ok(Math.abs(second - 4 - (await inner())) <= 1);
  console.log(`iframe height: ${first}px, then ${second}px with an item's details open`);
  await page.screenshot({ path: `${RESULTS}embed-iframe.png`, fullPage: true });
  assert.deepEqual(problems, []);
  await context.close();
});

test('removing and re-adding a widget 200 times leaves the JS heap near its start', async () => {
  const { page, problems, context } = await open(env.browser, `${env.base}/test-embed.html`);
  const cdp = await context.newCDPSession(page);
  const cycle = (n) => page.evaluate(async (count) => {
    const main = document.getElementById('main');
    for (let i = 0; i < count; i++) {
      const el = document.createElement(i % 2 ? 'gmg-outcomes' : 'gmg-chairs');
      el.setAttribute('today', '2014-06-01');
      el.setAttribute('src', 'data/gmg.json');
      main.append(el);
      while (!el.shadowRoot?.querySelector('.gmg-item')) await new Promise((r) => setTimeout(r, 5));
      el.remove();
    }
    await new Promise((r) => setTimeout(r, 50));
  }, n);
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  // The wasm's linear memory never shrinks, but must not keep growing either.
  const linear = () => page.evaluate(async () => (await (await import('./pkg/gmg_widgets.js')).default()).memory.buffer.byteLength);
  await cycle(20); // warm up: wasm instance, data fetched, stylesheet built, allocator grown
  const start = await heap();
  const wasmStart = await linear();
  await cycle(200);
  const end = await heap();
  const wasmEnd = await linear();
  const mb = (b) => (b / 1048576).toFixed(2);
  console.log(`JS heap: ${mb(start)} MB before, ${mb(end)} MB after 200 remove/re-add cycles; wasm memory ${mb(wasmStart)} MB, then ${mb(wasmEnd)} MB`);
  assert.ok(end < start * 2 && end < start + 5 * 1048576, `heap ${start} -> ${end}`);
  assert.ok(wasmEnd <= wasmStart + 4 * 1048576, `wasm memory ${wasmStart} -> ${wasmEnd}`);
  assert.equal(await page.evaluate(() => document.getElementById('main').childElementCount), 0);
  // A widget shows its saved copy at once and removing it cancels the refresh still under way:
  // that cancelled request is teardown doing its job, any other failure is a problem.
  const aborted = (p) => /^request failed: \S+\/data\/[\w-]+\.json net::ERR_ABORTED$/.test(p);
  assert.deepEqual(problems.filter((p) => !aborted(p)), []);
  await context.close();
});

test('404, invalid JSON, invalid data and no answer each show their own message', async () => {
  const { page, problems, context } = await open(env.browser, `${env.base}/test-embed.html`);
  await page.evaluate(() => {
    window.errors = [];
    document.addEventListener('gmg-error', (e) => window.errors.push({ id: e.target.id, ...e.detail }));
  });
  await add(page, `
    <gmg-chairs id="e404" src="data/missing.json"></gmg-chairs>
    <gmg-chairs id="ejson" src="data/broken.json"></gmg-chairs>
    <gmg-chairs id="edata" src="data/bad-data.json"></gmg-chairs>
    <gmg-chairs id="enever" src="never/data.json" timeout="800"></gmg-chairs>
    <gmg-chairs id="efr" src="data/missing.json" lang="fr"></gmg-chairs>`);
  await page.waitForFunction(() => ['e404', 'ejson', 'edata', 'enever', 'efr']
    .every((id) => document.getElementById(id).shadowRoot?.querySelector('.gmg-problems')), null, { timeout: 10000 });
  const problemsOf = (id) => page.locator(`#${id}`).evaluate((el) => el.shadowRoot.querySelector('.gmg-problems').textContent);
  assert.match(await problemsOf('e404'), /could not be found \(http:\/\/127\.0\.0\.1:\d+\/data\/missing\.json\)/);
  // No saved copy: the built-in data file (gmg-data.json, fetched beside the wasm) shows, and says so.
  assert.match(await problemsOf('e404'), /Showing the data built into the widget \(updated /);
  assert.match(await page.locator('#e404').evaluate((el) => el.shadowRoot.textContent), /ILO/);
  // Unusable data: one sentence for visitors, the built-in data stays (details: issue 17's test).
  assert.match(await problemsOf('ejson'), /This site’s timeline data could not be used\./);
  assert.match(await problemsOf('edata'), /This site’s timeline data could not be used\..*built into the widget/s);
  assert.doesNotMatch(await problemsOf('edata'), /not a valid date/);
  assert.match(await text(page, '#edata'), /ILO/);
  assert.match(await problemsOf('enever'), /did not arrive in time/);
  assert.doesNotMatch(await problemsOf('efr'), /could not be found/); // localized
  const kinds = Object.fromEntries((await page.evaluate(() => window.errors)).map((e) => [e.id, e.kind]));
  assert.deepEqual(kinds, { e404: 'not-found', ejson: 'invalid', edata: 'invalid', enever: 'timeout', efr: 'not-found' });
  assert.deepEqual(expected(problems, 'status of 404', 'missing.json', 'never/data.json'), []);
  await context.close();
});

test('the last good copy is shown, with its date, when the source later fails', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${env.base}/test-embed.html`);
  await add(page, '<gmg-chairs id="c" src="data/small.json"></gmg-chairs>');
  await rendered(page, '#c');
  await context.route('**/data/small.json', (route) => route.fulfill({ status: 503, body: 'down' }));
  await page.reload();
  await add(page, '<gmg-chairs id="c" src="data/small.json"></gmg-chairs>');
  await page.waitForFunction(() => document.querySelector('#c').shadowRoot?.querySelector('.gmg-problems'));
  const shown = await text(page, '#c');
  assert.match(shown, /server answered with an error \(503\)/);
  assert.match(shown, /Showing the copy saved on/);
  assert.match(shown, /ILO \(test copy\)/);
  await context.close();

  // A page that blocks storage still gets its widget (and no saved copy).
  const blocked = await env.browser.newContext();
  await blocked.addInitScript(() => Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } }));
  const p2 = await blocked.newPage();
  const errors = [];
  p2.on('pageerror', (e) => errors.push(e.message));
  await p2.goto(`${env.base}/test-embed.html`);
  await add(p2, '<gmg-chairs id="c" src="data/small.json"></gmg-chairs>');
  await rendered(p2, '#c');
  assert.match(await text(p2, '#c'), /ILO \(test copy\)/);
  assert.deepEqual(errors, []);
  await blocked.close();
});

test('two widgets with one src fetch it once; a widget far below the fold starts near the viewport', async () => {
  const { page, problems, context } = await open(env.browser, `${env.base}/test-embed.html`);
  const fetched = [];
  page.on('request', (r) => { if (r.url().includes('/data/')) fetched.push(r.url()); });
  await add(page, `
    <gmg-chairs id="a" src="data/gmg.json" today="2014-06-01"></gmg-chairs>
    <gmg-outcomes id="b" src="data/gmg.json"></gmg-outcomes>
    <div id="spacer"></div>`);
  await rendered(page, '#a, #b');
  assert.equal(fetched.length, 1, fetched.join());
  await page.evaluate(() => {
    document.getElementById('spacer').style.height = '6000px';
    document.getElementById('main').insertAdjacentHTML('beforeend', '<gmg-timeline id="far"><p>later</p></gmg-timeline>');
  });
  await page.waitForTimeout(600);
  // Far below the fold: its pre-rendered fragment (the built-in data) is there at once, the
  // live widget (items placed by the wasm's inline positions) not yet.
  assert.deepEqual(await page.evaluate(() => ['.gmg-item', '.gmg-item[style]'].map((s) => !!document.getElementById('far').shadowRoot?.querySelector(s))), [true, false], 'the fragment shows; the wasm has not started far below the fold');
  await page.evaluate(() => document.getElementById('far').scrollIntoView());
  await rendered(page, '#far');
  assert.deepEqual(problems, []);
  await context.close();
});

test('deep links: selections go into the fragment and come back selected and in view', async () => {
  const { page, problems, context } = await open(env.browser, `${env.base}/test-embed.html#top`);
  const html = `<div id="spacer"></div>
    <gmg-chairs id="c" deep-link today="2014-06-01"></gmg-chairs>
    <gmg-outcomes deep-link></gmg-outcomes>`;
  await add(page, html);
  await defined(page);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await rendered(page, 'gmg-chairs, gmg-outcomes');
  const pick = async (sel, n) => page.locator(sel).evaluate((el, i) => {
    const b = el.shadowRoot.querySelectorAll('.gmg-item button')[i];
    b.click();
    return b.id.replace(/^gmg-item-/, '');
  }, n);
  const chair = await pick('#c', 2);
  const outcome = await pick('gmg-outcomes', 0);
  const hash = await page.evaluate(() => location.hash);
  assert.equal(hash, `#top&gmg-c=${encodeURIComponent(chair)}&gmg-1=${encodeURIComponent(outcome)}`);

  const second = await context.newPage();
  await second.goto(`${env.base}/test-embed.html${hash}`);
  await second.evaluate((h) => {
    document.getElementById('main').insertAdjacentHTML('beforeend', h);
    document.getElementById('spacer').style.height = '3000px';
  }, html);
  await rendered(second, 'gmg-chairs, gmg-outcomes');
  await second.waitForTimeout(300);
  const state = await second.evaluate(() => [...document.querySelectorAll('gmg-chairs, gmg-outcomes')].map((el) => {
    const b = el.shadowRoot.querySelector('.gmg-item button[aria-pressed="true"]');
    const r = b?.getBoundingClientRect();
    return { id: b?.id.replace(/^gmg-item-/, ''), inView: !!r && r.bottom > 0 && r.top < innerHeight };
  }));
  assert.deepEqual(state.map((s) => s.id), [chair, outcome]);
  assert.ok(state.some((s) => s.inView), JSON.stringify(state));
  assert.deepEqual(problems, []);
  await context.close();
});

test('importing the API entry (pkg/api.js) changes nothing on the page; start() does what the script tag does', async () => {
  const { page, problems, context } = await open(env.browser, `${env.base}/test-api.html`);
  const before = await page.evaluate(async () => {
    const api = await import('./pkg/api.js');
    await new Promise((ok) => setTimeout(ok, 300));
    return {
      exports: Object.keys(api).sort(),
      defined: ['gmg-chairs', 'gmg-work-streams', 'gmg-outcomes', 'gmg-timeline'].filter((t) => customElements.get(t)),
      shadow: [...document.querySelectorAll('#el, #div')].filter((e) => e.shadowRoot).map((e) => e.id),
    };
  });
  assert.deepEqual(before.exports, ['GmgWidget', 'WIDGETS', 'define', 'load', 'mount', 'start', 'tools']);
  assert.deepEqual(before.defined, [], 'no element is defined by the import');
  assert.deepEqual(before.shadow, [], 'no widget is mounted by the import');
  await page.evaluate(async () => (await import('./pkg/api.js')).start());
  await rendered(page, '#el, #div');
  assert.match(await text(page, '#el'), /Chair|chair/);
  assert.match(await text(page, '#div'), /Dialogue|outcome/i);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the script defines the elements once however often it is included', async () => {
  const { page, problems, context } = await open(env.browser, `${env.base}/test-embed.html`);
  const ok = await page.evaluate(async () => {
    await import('./pkg/gmg-widgets.js?third');
    const { define } = await import('./pkg/gmg-widgets.js');
    define();
    return ['gmg-chairs', 'gmg-work-streams', 'gmg-outcomes', 'gmg-timeline'].every((t) => customElements.get(t));
  });
  assert.ok(ok);
  await add(page, '<gmg-work-streams id="s"></gmg-work-streams>');
  await rendered(page, '#s');
  assert.deepEqual(problems, []);
  await context.close();
});
