// Pre-rendered first, WebAssembly when needed (issue 12): an element with no content shows its
// built fragment before any wasm; the wasm takes the tree over with the same text, every item
// where it was, in no frame out of place; a click or key made before the wasm is applied.
// The wasm is held back by routing its request until the test lets it through.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { RESULTS, start } from './harness.mjs';
import { render } from './render.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const OUT = `${ROOT}www/pkg/prerender-test/`;
const WIDGETS = ['chairs', 'work-streams', 'outcomes', 'timeline'];
const LANGS = ['ar', 'zh', 'en', 'fr', 'ru', 'es'];

let env;
before(async () => {
  mkdirSync(OUT, { recursive: true });
  env = await start();
});
after(async () => { await env?.close(); });

/** A page of the elements, served under the strict CSP (csp- prefix). */
function page(name, body) {
  writeFileSync(`${OUT}csp-takeover-${name}.html`, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title>
<script type="module" src="../gmg-widgets.js"></script></head><body>
<h1>Partner page</h1>
${body}
<p>Text below the widgets.</p>
</body></html>
`);
  return `${env.base}/pkg/prerender-test/csp-takeover-${name}.html`;
}

/** Opens `url` with the wasm held back; `release()` lets it load. Records layout shifts,
 * warnings, and the requests made. */
// `hold`: the requests held back until `release()` (the wasm by default).
async function openHeld(url, { viewport = { width: 1280, height: 900 }, neverIdle = false, hold = '**/*.wasm' } = {}) {
  const context = await env.browser.newContext({ viewport });
  // A page that is never idle: the wasm starts only on the reader's first event in a widget.
  if (neverIdle) await context.addInitScript(() => { window.requestIdleCallback = () => 0; });
  let release;
  const held = new Promise((r) => { release = r; });
  const requests = [];
  context.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await context.route(hold, async (route) => { await held; await route.continue(); });
  const p = await context.newPage();
  const warnings = [];
  p.on('console', (m) => { if (['warning', 'error'].includes(m.type())) warnings.push(m.text()); });
  p.on('pageerror', (e) => warnings.push(e.message));
  await p.addInitScript(() => {
    window.shifts = [];
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.shifts.push({ value: e.value, at: Math.round(e.startTime), moved: e.sources?.map((s) => `${s.node?.nodeName} ${s.node?.className ?? ""}`.trim()) }); })
      .observe({ type: 'layout-shift', buffered: true });
  });
  await p.goto(url);
  return { page: p, context, warnings, release, requests };
}

const shown = (p, sel) => p.waitForFunction((s) => [...document.querySelectorAll(s)].every((el) => el.shadowRoot?.querySelector('[part="root"] .gmg-item')), sel, { timeout: 20000 });
/** Marks the trees shown now, to see when the wasm has replaced them. */
const mark = (p, sel) => p.evaluate((s) => { window.pre = [...document.querySelectorAll(s)].map((el) => el.shadowRoot.querySelector('[part="root"]')); }, sel);
const takenOver = (p) => p.waitForFunction(() => window.pre.every((d) => !d.isConnected), null, { timeout: 60000 });
const texts = (p, sel) => p.evaluate((s) => [...document.querySelectorAll(s)].map((el) => el.shadowRoot.querySelector('[part="root"]').textContent), sel);
/** Every item's box (page coordinates) in the elements matching `sel`. */
const boxes = (p, sel) => p.evaluate((s) => [...document.querySelectorAll(s)].map((el) => [...el.shadowRoot.querySelectorAll('.gmg-item')].map((li) => {
  const r = li.getBoundingClientRect();
  return [li.textContent.trim().slice(0, 30), Math.round(r.x + scrollX), Math.round(r.y + scrollY), Math.round(r.width)];
})), sel);

// The label layout (issue 10) depends on the lanes' width: the element module measures the
// element and fetches the fragment laid out for its width step (view::WIDTHS), and the wasm
// lays out for the same step. At 1280 px the elements are 1264 px = 79 rem wide: step 72.
test('every widget in six languages shows its fragment before the wasm; the wasm takes over with the same text, items in place, no shift', async () => {
  const elements = LANGS.flatMap((lang) => WIDGETS.map((w) => `<gmg-${w} lang="${lang}"></gmg-${w}>`)).join('\n');
  const { page: p, context, warnings, release, requests } = await openHeld(page('fragments', elements));
  const sel = WIDGETS.map((w) => `gmg-${w}`).join();
  await shown(p, sel);
  await mark(p, sel);
  const fragments = requests.filter((r) => r.includes('/fragments/'));
  assert.equal(fragments.length, 24, 'one fragment request per widget');
  assert.equal(new Set(fragments).size, 24);
  assert.ok(fragments.every((f) => f.endsWith('.72.html')), `laid out for 72 rem: ${fragments[0]}`);
  // From the fragments on, nothing may move (the page below moved when they came: an empty
  // element has no height).
  await p.waitForTimeout(100);
  await p.evaluate(() => document.fonts.ready.then(() => { window.shifts = []; }));
  const textsBefore = await texts(p, sel);
  const boxesBefore = await boxes(p, sel);
  assert.equal(textsBefore.length, 24);
  assert.ok(textsBefore.every((t) => t.length > 100), 'each fragment has its content');
  assert.ok(boxesBefore.every((b) => b.length > 0), 'each fragment has items');
  await p.screenshot({ path: `${RESULTS}takeover-fragments-before.png` });
  release();
  // Each widget starts once near the viewport: brought into view in turn.
  const height = await p.evaluate(() => document.body.scrollHeight);
  for (let y = 0; y <= height; y += 600) {
    await p.evaluate((top) => window.scrollTo(0, top), y);
    await p.waitForTimeout(100);
  }
  await takenOver(p);
  await p.evaluate(() => window.scrollTo(0, 0));
  await p.waitForTimeout(200);
  assert.ok(requests.some((r) => r.endsWith('gmg_widgets_bg.wasm')));
  const textsAfter = await texts(p, sel);
  textsAfter.forEach((t, i) => assert.equal(t, textsBefore[i], `${sel.split(',')[i % 4]} ${LANGS[Math.floor(i / 4)]}: the live widget says what its fragment said`));
  assert.deepEqual(await boxes(p, sel), boxesBefore, 'every item where it was');
  assert.deepEqual(warnings.filter((w) => /gmg-widgets/.test(w)), [], 'no warning');
  assert.deepEqual(await p.evaluate(() => window.shifts), [], 'no layout shift through 24 takeovers');
  await p.screenshot({ path: `${RESULTS}takeover-fragments-after.png` });
  await context.close();
});

// In the narrow list (step 0) the fragment, like the live widget, has no axis years and no
// clusters: the list shows every item.
test('on a phone (412 px, the list layout) the takeover changes nothing either', async () => {
  const { page: p, context, warnings, release, requests } = await openHeld(page('phone', '<gmg-timeline lang="ar"></gmg-timeline>\n<gmg-chairs lang="zh"></gmg-chairs>'), { viewport: { width: 412, height: 900 } });
  const sel = 'gmg-timeline, gmg-chairs';
  await shown(p, sel);
  assert.deepEqual(requests.filter((r) => r.includes('/fragments/')).sort(), ['/pkg/fragments/chairs.zh.0.html', '/pkg/fragments/timeline.ar.0.html']);
  await mark(p, sel);
  await p.waitForTimeout(100);
  await p.evaluate(() => document.fonts.ready.then(() => { window.shifts = []; }));
  const [textsBefore, boxesBefore] = [await texts(p, sel), await boxes(p, sel)];
  release();
  await p.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await takenOver(p);
  await p.evaluate(() => window.scrollTo(0, 0));
  await p.screenshot({ path: `${RESULTS}takeover-phone-after.png`, fullPage: true });
  assert.deepEqual(await texts(p, sel), textsBefore, 'the same text');
  assert.deepEqual(await boxes(p, sel), boxesBefore, 'every item where it was');
  assert.deepEqual(await p.evaluate(() => window.shifts), [], 'no layout shift');
  assert.deepEqual(warnings.filter((w) => /gmg-widgets/.test(w)), []);
  await context.close();
});

test('resized before the wasm, the element shows the fragment of its new width step, and the wasm draws that', async () => {
  const { page: p, context, warnings, release, requests } = await openHeld(page('resize', '<gmg-work-streams lang="ru"></gmg-work-streams>'));
  const sel = 'gmg-work-streams';
  await shown(p, sel);
  await mark(p, sel);
  const wide = await texts(p, sel);
  // 1264 px (step 72) to 752 px = 47 rem (step 44).
  await p.setViewportSize({ width: 768, height: 900 });
  await takenOver(p);
  await shown(p, sel);
  assert.deepEqual(requests.filter((r) => r.includes('/fragments/')), ['/pkg/fragments/work-streams.ru.72.html', '/pkg/fragments/work-streams.ru.44.html']);
  await mark(p, sel);
  const [textsBefore, boxesBefore] = [await texts(p, sel), await boxes(p, sel)];
  assert.notDeepEqual(textsBefore, wide, 'the 44 rem layout is another one (here: more clusters)');
  await p.evaluate(() => document.fonts.ready.then(() => { window.shifts = []; }));
  release();
  await takenOver(p);
  await p.waitForTimeout(200);
  assert.deepEqual(await texts(p, sel), textsBefore, 'the same text');
  assert.deepEqual(await boxes(p, sel), boxesBefore, 'every item where it was');
  assert.deepEqual(await p.evaluate(() => window.shifts), [], 'no layout shift');
  assert.deepEqual(warnings.filter((w) => /gmg-widgets/.test(w)), []);
  await context.close();
});

test('no fragment where the widget would draw something else: a src, inline data, a fixed today, another option', async () => {
  const body = `<gmg-chairs id="a" lang="en" src="../gmg-data.json"></gmg-chairs>
<gmg-chairs id="b" lang="en" today="2015-01-01"></gmg-chairs>
<gmg-chairs id="c" lang="en"><script type="application/json">{}</script></gmg-chairs>
<gmg-chairs id="e" lang="en" heading="Chairs since 2006"></gmg-chairs>
<gmg-chairs id="d" lang="en" class="wide" deep-link></gmg-chairs>
<div id="f" data-gmg-widget="outcomes" data-lang="fr-CA"></div>`;
  const { page: p, context, release, requests } = await openHeld(page('conditions', body));
  await shown(p, '#d, #f');
  await p.waitForTimeout(300);
  assert.deepEqual(requests.filter((r) => r.includes('/fragments/')).sort(), ['/pkg/fragments/chairs.en.72.html', '/pkg/fragments/outcomes.fr.72.html'], 'one request each, for the widgets that show the built-in data as built');
  assert.deepEqual(await p.evaluate(() => ['a', 'b', 'c', 'e'].map((id) => document.getElementById(id).shadowRoot?.childElementCount ?? 0)), [0, 0, 0, 0]);
  release();
  await context.close();
});

/** Records, in every frame from now on, the boxes of the items in `sel`'s shadow roots. */
const watchFrames = (p, sel) => p.evaluate((s) => {
  window.frames = [];
  const tick = () => {
    window.frames.push([...document.querySelectorAll(s)].map((el) => [...el.shadowRoot?.querySelectorAll('.gmg-item') ?? []].map((li) => {
      const r = li.getBoundingClientRect();
      return `${Math.round(r.x)},${Math.round(r.y - el.getBoundingClientRect().y)},${Math.round(r.width)}`;
    }).join(' ')));
    if (!window.stopFrames) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}, sel);

// A snippet rendered for the elements' width step (`render --width 72`; 1264 px at 1280).
test('the rendered snippet is taken over in place: every item where it was in every frame, same text, focus kept', async () => {
  const elements = ['chairs', 'timeline'].map((w) => render('--widget', w, '--lang', 'fr', '--css', '../gmg-widgets.css', '--width', '72')).join('\n');
  const { page: p, context, warnings, release } = await openHeld(page('snippet', elements));
  const sel = 'gmg-chairs, gmg-timeline';
  await shown(p, sel);
  await mark(p, sel);
  const before = await texts(p, sel);
  const boxesBefore = await boxes(p, sel);
  const id = await p.evaluate(() => document.querySelector('gmg-timeline').shadowRoot.querySelectorAll('.gmg-item button')[1].id);
  await p.locator('gmg-timeline').locator(`[id="${id}"]`).focus();
  await watchFrames(p, sel);
  await p.evaluate(() => document.fonts.ready.then(() => { window.shifts = []; }));
  await p.screenshot({ path: `${RESULTS}takeover-snippet-before.png` });
  release();
  await takenOver(p);
  // A few frames after the last takeover.
  await p.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(ok)))));
  const { frames, shifts } = await p.evaluate(() => { window.stopFrames = true; return { frames: window.frames, shifts: window.shifts }; });
  await p.screenshot({ path: `${RESULTS}takeover-snippet-after.png` });
  assert.ok(frames.length > 3, 'frames were recorded through the takeover');
  frames.forEach((f, i) => assert.deepEqual(f, frames[0], `frame ${i}: every item where it was (no frame out of place)`));
  assert.deepEqual(await texts(p, sel), before, 'the same text');
  assert.deepEqual(await boxes(p, sel), boxesBefore, 'every item where it was');
  assert.equal(await p.evaluate(() => document.querySelector('gmg-timeline').shadowRoot.activeElement?.id), id, 'focus kept');
  assert.ok(await p.evaluate(() => document.querySelector('gmg-timeline').shadowRoot.querySelector('.gmg-item').hasAttribute('style')), 'the live widget drew it');
  assert.deepEqual(shifts, [], 'no layout shift');
  assert.deepEqual(warnings.filter((w) => /gmg-widgets/.test(w)), []);
  await context.close();
});

// With data from `src` (or inline) there is no fragment: the wasm draws the items itself, and
// their positions must be set in the frame they first show in (issue 12: no misplaced frame).
test('a widget with data from src or inline shows its items in place from the first frame they are in', async () => {
  const inline = render('--widget', 'timeline', '--lang', 'ru', '--data', `${ROOT}www/data/long-texts.json`, '--format', 'element')
    .replace(/<template[^]*<\/template>/, '');
  const body = `<gmg-work-streams id="a" lang="ar" src="../gmg-data.json"></gmg-work-streams>\n${inline}`;
  const { page: p, context, warnings, release } = await openHeld(page('src-frames', body));
  const sel = 'gmg-work-streams, gmg-timeline';
  await p.evaluate(() => new Promise((ok) => requestAnimationFrame(ok)));
  assert.deepEqual(await p.evaluate((s) => [...document.querySelectorAll(s)].map((el) => el.shadowRoot?.querySelector('.gmg-item') ?? null), sel), [null, null], 'nothing drawn before the wasm');
  await watchFrames(p, sel);
  release();
  await p.waitForFunction((s) => [...document.querySelectorAll(s)].every((el) => el.shadowRoot?.querySelector('.gmg-item[style]')), sel, { timeout: 60000 });
  await p.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(ok)))));
  const frames = await p.evaluate(() => { window.stopFrames = true; return window.frames; });
  const last = frames.at(-1);
  assert.ok(last.every((f) => f.split(' ').length > 5), 'both widgets drew their items');
  // Per widget: every frame with items shows them where they end up (the page around may move:
  // the boxes are taken relative to the widget's own top).
  for (let w = 0; w < 2; w++) {
    const drawn = frames.map((f) => f[w]).filter((f) => f !== '');
    assert.ok(drawn.length >= 3, `widget ${w}: frames were recorded once it drew`);
    drawn.forEach((f, i) => assert.equal(f, last[w], `widget ${w}, frame ${i} of those with items: every item in place`));
  }
  assert.deepEqual(warnings.filter((x) => /gmg-widgets/.test(x)), []);
  await context.close();
});

test('an early click on a built fragment selects its item once the wasm is ready', async () => {
  const { page: p, context, release, requests } = await openHeld(page('click', '<gmg-work-streams lang="es"></gmg-work-streams>'), { neverIdle: true });
  await shown(p, 'gmg-work-streams');
  await mark(p, 'gmg-work-streams');
  await p.waitForTimeout(300);
  const wasm = () => requests.filter((r) => r.endsWith('gmg_widgets_bg.wasm')).length;
  assert.equal(wasm(), 0, 'no wasm while the page is busy and the reader has done nothing');
  const id = await p.evaluate(() => document.querySelector('gmg-work-streams').shadowRoot.querySelectorAll('.gmg-item button')[3].id);
  await p.locator('gmg-work-streams').locator(`[id="${id}"]`).click();
  // The wasm's request is made at once on the first pointer event (the page is never idle:
  // nothing else would start it); held by the route, so it is counted, not awaited.
  while (wasm() === 0) await p.waitForTimeout(20);
  assert.equal(wasm(), 1, 'the wasm asked for once, on the first pointer event');
  release();
  await takenOver(p);
  await p.waitForFunction((i) => document.querySelector('gmg-work-streams').shadowRoot.getElementById(i)?.getAttribute('aria-pressed') === 'true', id, { timeout: 10000 });
  const selected = await p.evaluate(() => [...document.querySelector('gmg-work-streams').shadowRoot.querySelectorAll('.gmg-item [aria-pressed="true"]')].map((b) => b.id));
  assert.deepEqual(selected, [id], 'that item, and only it, is selected');
  await context.close();
});

test('a key pressed before the wasm is applied once interactive', async () => {
  const elements = render('--widget', 'chairs', '--lang', 'en', '--css', '../gmg-widgets.css');
  const { page: p, context, release } = await openHeld(page('key', elements));
  await shown(p, 'gmg-chairs');
  await mark(p, 'gmg-chairs');
  const ids = await p.evaluate(() => [...document.querySelector('gmg-chairs').shadowRoot.querySelectorAll('.gmg-item button')].map((b) => b.id));
  await p.locator('gmg-chairs').locator(`[id="${ids[0]}"]`).focus();
  await p.keyboard.press('ArrowRight');
  release();
  await takenOver(p);
  await p.waitForFunction((id) => document.querySelector('gmg-chairs').shadowRoot.activeElement?.id === id, ids[1], { timeout: 10000 });
  await context.close();
});

// The fragment is shown in place of the element's own content (the page's fallback): a
// fragment that fails or never comes must leave that content readable, and the wasm still
// draws the widget (held back here until the fallback has been seen).
for (const [how, answer] of [['fails (HTTP 500)', (r) => r.fulfill({ status: 500, body: 'down' })], ['never comes', () => {}]]) {
  test(`a fragment that ${how} leaves the element's fallback readable; the wasm then draws the widget`, async () => {
    const body = '<gmg-chairs lang="en"><p class="fallback">The GMG chairs, as a list</p></gmg-chairs>';
    const url = page(`fallback-${how.split(' ')[0]}`, body);
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(() => { window.requestIdleCallback = () => 0; });
    const requests = [];
    context.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await context.route('**/fragments/**', answer);
    let release;
    const held = new Promise((r) => { release = r; });
    await context.route('**/*.wasm', async (route) => { await held; await route.continue(); });
    const p = await context.newPage();
    await p.goto(url);
    const fragments = () => requests.filter((r) => r.includes('/fragments/'));
    while (fragments().length === 0) await p.waitForTimeout(20);
    // The fragment's answer has been given (or never will be): the element shows its fallback.
    await p.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
    const seen = await p.evaluate(() => {
      const fallback = document.querySelector('gmg-chairs .fallback');
      const box = fallback.getBoundingClientRect();
      const at = document.elementFromPoint(box.x + 5, box.y + box.height / 2);
      return { height: box.height, hit: at === fallback, items: document.querySelector('gmg-chairs').shadowRoot?.querySelectorAll('.gmg-item').length ?? 0 };
    });
    assert.deepEqual(fragments(), ['/pkg/fragments/chairs.en.72.html'], 'one fragment request');
    assert.ok(seen.height > 0 && seen.hit, `the fallback shows (${JSON.stringify(seen)})`);
    assert.equal(seen.items, 0, 'no widget yet');
    // A fragment that never comes holds back the rest of the element code (so that it does not
    // compete with first content) until the reader acts: a click on the fallback starts it.
    if (how === 'never comes') assert.deepEqual(requests.filter((r) => r.endsWith('.wasm') || r.endsWith('/api.js')), [], 'nothing more before the reader acts');
    await p.locator('gmg-chairs .fallback').click();
    release();
    await p.waitForFunction(() => document.querySelector('gmg-chairs').shadowRoot?.querySelector('.gmg-item[style]'), null, { timeout: 60000 });
    assert.equal(await p.evaluate(() => document.querySelector('gmg-chairs .fallback').getBoundingClientRect().height), 0, 'the widget in place of the fallback');
    await context.close();
  });
}

// The script-tag entry shows the fragments before the rest of the element code (api.js) has
// loaded: a click made then is kept for it as well.
test('a click on the first content, made before the rest of the element module has loaded, selects its item', async () => {
  const { page: p, context, release, requests } = await openHeld(page('entry-click', '<gmg-outcomes lang="ru"></gmg-outcomes>'), { hold: '**/pkg/api.js' });
  await shown(p, 'gmg-outcomes');
  while (!requests.includes('/pkg/api.js')) await p.waitForTimeout(20); // asked for once the fragment shows
  assert.equal(await p.evaluate(() => customElements.get('gmg-outcomes')), undefined, 'the elements are not defined yet: the rest is held back');
  assert.deepEqual(requests.filter((r) => r.endsWith('.wasm')), [], 'no wasm yet');
  const id = await p.evaluate(() => document.querySelector('gmg-outcomes').shadowRoot.querySelectorAll('.gmg-item button[aria-pressed]')[2].id); // an item, not a cluster
  await p.locator('gmg-outcomes').locator(`[id="${id}"]`).click();
  release();
  await p.waitForFunction((i) => document.querySelector('gmg-outcomes').shadowRoot.getElementById(i)?.getAttribute('aria-pressed') === 'true', id, { timeout: 60000 });
  const selected = await p.evaluate(() => [...document.querySelector('gmg-outcomes').shadowRoot.querySelectorAll('.gmg-item [aria-pressed="true"]')].map((b) => b.id));
  assert.deepEqual(selected, [id], 'that item, and only it, is selected');
  assert.ok(await p.evaluate(() => document.querySelector('gmg-outcomes').shadowRoot.querySelector('.gmg-item').hasAttribute('style')), 'by the live widget');
  await context.close();
});
