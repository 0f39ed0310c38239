// Pre-rendered widgets (issue 12): `gmg-widgets render` markup shows every item, in place,
// with JavaScript disabled (declarative shadow DOM + the shipped stylesheet, under the strict
// CSP); the built fragments match the CLI's markup.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { RESULTS, start } from './harness.mjs';
import { render } from './render.mjs';
import { LANGS } from './widgets.mjs';
import { WIDGETS } from '../../js/widgets.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const OUT = `${ROOT}www/pkg/prerender-test/`;

let env;
before(async () => {
  mkdirSync(OUT, { recursive: true });
  env = await start();
});
after(async () => { await env?.close(); });

/** For every item in every pre-rendered element: where it is against where data-s/data-w say. */
function measure() {
  return [...document.querySelectorAll('body > *')].filter((el) => el.shadowRoot).map((host) => {
    const root = host.shadowRoot;
    const rtl = root.querySelector('.gmg')?.getAttribute('dir') === 'rtl';
    const items = [...root.querySelectorAll('.gmg-item')].map((li) => {
      const lane = li.parentElement.getBoundingClientRect();
      const box = li.getBoundingClientRect();
      const s = Number(li.dataset.s);
      const w = Number(li.dataset.w);
      // A marker near the window's end ends at its day, its label before it (.gmg-label-before).
      const before = li.classList.contains('gmg-point') && li.classList.contains('gmg-label-before');
      const start = before
        ? (rtl ? lane.right - box.left : box.right - lane.left)
        : (rtl ? lane.right - box.right : box.left - lane.left);
      return {
        text: li.textContent.trim(),
        visible: box.width > 0 && box.height > 0 && getComputedStyle(li).position === 'absolute',
        startError: Math.abs(start - (s / 100) * lane.width),
        // min-inline-size keeps very short items clickable (wider than data-w then); points
        // are as wide as their label.
        widthError: li.classList.contains('gmg-point') ? 0 : Math.max(0, (w / 100) * lane.width - box.width),
      };
    });
    const ticks = [...root.querySelectorAll('.gmg-tick')].map((t) => t.getBoundingClientRect().left);
    return { items, distinctTicks: new Set(ticks.map(Math.round)).size, ticks: ticks.length };
  });
}

test('the rendered snippet shows every item in place with JavaScript disabled, in every widget and language', async () => {
  const context = await env.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const failed = [];
  page.on('requestfailed', (r) => failed.push(r.url()));
  page.on('response', (r) => { if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`); });
  for (const lang of LANGS) {
    const elements = WIDGETS.map((w) => render('--widget', w, '--lang', lang, '--css', '../gmg-widgets.css'));
    // Served with the strict policy partner pages are promised (csp- prefix, style-src 'self').
    const file = `csp-prerendered-${lang}.html`;
    writeFileSync(`${OUT}${file}`, `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>t</title></head><body>\n${elements.join('\n')}\n</body></html>\n`);
    await page.goto(`${env.base}/pkg/prerender-test/${file}`);
    await page.waitForLoadState('load');
    const report = await page.evaluate(measure);
    assert.equal(report.length, WIDGETS.length, `${lang}: every element got its declarative shadow root`);
    report.forEach((r, i) => {
      const expected = (elements[i].match(/<li [^>]*class="gmg-item[ "]/g) ?? []).length;
      const where = `${WIDGETS[i]} ${lang}`;
      assert.ok(expected > 0, `${where}: the markup has items`);
      assert.equal(r.items.length, expected, `${where}: every item of the markup is there`);
      for (const item of r.items) {
        assert.ok(item.visible && item.text, `${where}: "${item.text}" visible`);
        assert.ok(item.startError < 1.5, `${where}: "${item.text}" starts ${item.startError.toFixed(1)} px from its place`);
        assert.ok(item.widthError < 1.5, `${where}: "${item.text}" is ${item.widthError.toFixed(1)} px too narrow`);
      }
      assert.equal(r.distinctTicks, r.ticks, `${where}: axis labels are spread, not piled at the start`);
    });
    if (lang === 'fr' || lang === 'ar') {
      await page.screenshot({ path: `${RESULTS}prerendered-nojs-${lang}.png`, fullPage: true });
    }
  }
  assert.deepEqual(failed, []);
  await context.close();
});

test('the built fragments are the CLI markup of the built-in data, one per width step the element module picks', () => {
  // The element module's steps (js/assets.js WIDTHS, and 0 for the list) are the widths
  // the build wrote fragments for (view::WIDTHS).
  const steps = [0, ...JSON.parse(/const WIDTHS = (\[[\d, ]+\]);/.exec(readFileSync(`${ROOT}js/assets.js`, 'utf8'))[1])];
  const built = readdirSync(`${ROOT}pkg/fragments`).sort();
  assert.deepEqual(built, WIDGETS.flatMap((w) => LANGS.flatMap((l) => steps.map((s) => `${w}.${l}.${s}.html`))).sort());
  for (const w of WIDGETS) {
    for (const lang of LANGS) {
      for (const width of ['0', '44', '72']) {
        const fragment = readFileSync(`${ROOT}pkg/fragments/${w}.${lang}.${width}.html`, 'utf8');
        assert.equal(`${fragment}\n`, render('--widget', w, '--lang', lang, '--format', 'fragment', '--width', width), `${w}.${lang}.${width}`);
      }
    }
  }
});
