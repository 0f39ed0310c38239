// WCAG 2.2 AA in a browser: axe-core over every widget × language × width (table printed and
// written to test-results/axe.md), every item reached and opened by real key presses, focus
// visible, states exposed, polite announcements, reduced motion, forced colours, 200% text.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { RESULTS, open, start } from './harness.mjs';
import { LANGS, WIDGETS, items, ready, setLang } from './widgets.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

/** axe over the whole page (open shadow roots included): violating nodes per widget tag. */
async function audit(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations);
  const byWidget = {};
  const seen = [];
  for (const v of violations) {
    for (const n of v.nodes) {
      // A node in a shadow root is targeted as [host, inner]; the hosts have the ids chairs, ...
      const host = String(Array.isArray(n.target[0]) ? n.target[0][0] : n.target[0]);
      const tag = host.startsWith('#') ? `gmg-${host.slice(1)}` : host.split(/[#.\s[]/)[0];
      byWidget[tag] = (byWidget[tag] ?? 0) + 1;
      seen.push(`${tag}: ${v.id} (${v.impact}) ${JSON.stringify(n.target)} ${n.failureSummary?.split('\n')[1] ?? ''}`);
    }
  }
  return { byWidget, seen };
}

test('axe-core finds no violation in any widget, language or width', async () => {
  const rows = [];
  const problemsSeen = [];
  for (const [width, narrow] of [['wide', false], ['narrow', true]]) {
    const { page, problems, context } = await open(env.browser, `${env.base}/test-a11y.html`);
    await ready(page);
    if (narrow) await page.evaluate((ts) => { for (const t of ts) document.querySelector(t).style.maxWidth = '360px'; }, WIDGETS);
    for (const lang of LANGS) {
      await setLang(page, lang);
      // With each widget's first item selected, so that the details region is audited too.
      for (const tag of WIDGETS) await page.locator(`${tag} .gmg-item button`).first().click();
      const { byWidget, seen } = await audit(page);
      problemsSeen.push(...seen.map((s) => `${width} ${lang} ${s}`));
      for (const tag of WIDGETS) rows.push({ widget: tag, lang, width, violations: byWidget[tag] ?? 0 });
      const outside = Object.keys(byWidget).filter((t) => !WIDGETS.includes(t));
      assert.deepEqual(outside, [], `violations outside the widgets: ${seen.join('\n')}`);
    }
    assert.deepEqual(problems, []);
    await context.close();
  }
  const table = ['| widget | language | width | violations |', '|---|---|---|---|',
    ...rows.map((r) => `| ${r.widget} | ${r.lang} | ${r.width} | ${r.violations} |`)].join('\n');
  const total = rows.reduce((s, r) => s + r.violations, 0);
  writeFileSync(`${RESULTS}axe.md`, `# axe-core ${createRequire(import.meta.url)('axe-core/package.json').version}: violations per widget × language × width (wide: 1100 px page; narrow: 360 px container)\n\n${table}\n\nTotal: ${total}\n${problemsSeen.length ? `\n${problemsSeen.map((p) => `- ${p}`).join('\n')}\n` : ''}`);
  console.log(table);
  assert.equal(total, 0, problemsSeen.join('\n'));
});

/** A real key press, then the widget's re-render (Yew renders in a later task). */
async function press(page, key) {
  await page.keyboard.press(key);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
}

/** What has focus: the widget host's tag and, inside its shadow root, the focused element. */
function focused(page) {
  return page.evaluate(() => {
    const host = document.activeElement;
    const el = host?.shadowRoot?.activeElement;
    if (!el) return { tag: host?.localName ?? null };
    const cs = getComputedStyle(el);
    return {
      tag: host.localName,
      id: el.id,
      item: !!el.closest('.gmg-item'),
      cluster: !!el.closest('.gmg-cluster'),
      outline: cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2,
      clipped: el.scrollWidth > el.clientWidth + 1,
      pressed: el.getAttribute('aria-pressed'),
      expanded: el.getAttribute('aria-expanded'),
    };
  });
}

for (const lang of ['en', 'ar']) {
  test(`every item of every widget is reached and opened by keyboard alone (${lang})`, async () => {
    const { page, problems, context } = await open(env.browser, `${env.base}/test-a11y.html`);
    await ready(page);
    await setLang(page, lang);
    const next = lang === 'ar' ? 'ArrowLeft' : 'ArrowRight';
    for (const tag of WIDGETS) {
      const all = (await items(page, tag)).map((i) => i.id);
      // Tab from wherever focus is until it lands on this widget's item (its one tab stop).
      let f = await focused(page);
      for (let n = 0; n < 60 && !(f.tag === tag && f.item); n++) {
        await press(page, 'Tab');
        f = await focused(page);
      }
      assert.ok(f.tag === tag && f.item, `Tab reaches an item of ${tag}`);
      for (let n = 0; n < 40; n++) await press(page, 'ArrowUp');
      await press(page, 'Home');
      const visited = new Set();
      let space = false;
      for (let lanes = 0; lanes < 100; lanes++) {
        for (let n = 0; n < 200; n++) {
          f = await focused(page);
          assert.ok(f.outline, `focus is visible on ${f.id}`);
          assert.ok(!f.clipped, `the focused item shows its whole text: ${f.id}`);
          if (!visited.has(f.id) && f.cluster) {
            // A dense lane's cluster zooms in on its items (tested elsewhere): reached is enough.
            visited.add(f.id);
          } else if (!visited.has(f.id)) {
            visited.add(f.id);
            // Open its details with Enter or Space, check the states, close with Escape.
            await press(page, space ? 'Space' : 'Enter');
            space = !space;
            const opened = await page.locator(tag).evaluate((el, id) => {
              const root = el.shadowRoot;
              const b = root.getElementById(id);
              const region = root.querySelector('.gmg-details');
              return {
                pressed: b.getAttribute('aria-pressed'), expanded: b.getAttribute('aria-expanded'),
                controls: b.getAttribute('aria-controls') === region?.id,
                named: (region?.getAttribute('aria-labelledby') ?? '').split(' ').every((i) => root.getElementById(i)?.textContent),
                live: root.querySelector('[aria-live=polite]')?.textContent ?? '',
                label: b.querySelector('.gmg-label')?.textContent,
              };
            }, f.id);
            assert.deepEqual([opened.pressed, opened.expanded, opened.controls, !!opened.named], ['true', 'true', true, true], `${tag} ${f.id} opens its details`);
            assert.ok(opened.live.includes(opened.label), `the selection is announced: ${opened.live}`);
            await press(page, 'Escape');
            const back = await focused(page);
            assert.equal(back.id, f.id, 'Escape closes the details and focus stays on the item');
            assert.equal(back.expanded, 'false');
          }
          const before = f.id;
          await press(page, next);
          if ((await focused(page)).id === before) break;
        }
        const before = (await focused(page)).id;
        await press(page, 'ArrowDown');
        if ((await focused(page)).id === before) break;
        await press(page, 'Home');
      }
      assert.deepEqual([...visited].sort(), [...all].sort(), `${tag}: every item is reached by keys`);
      // Zooming is announced politely too.
      await press(page, '+');
      const said = await page.locator(tag).evaluate((el) => el.shadowRoot.querySelector('[aria-live=polite]').textContent);
      assert.ok(said.length > 0, 'the new window is announced');
      await press(page, '0');
    }
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('the current chair is exposed with aria-current', async () => {
  const { page, context } = await open(env.browser, `${env.base}/test-a11y.html`);
  await ready(page);
  const current = await page.locator('gmg-chairs').evaluate((el) => [...el.shadowRoot.querySelectorAll('[aria-current=true]')].map((b) => b.textContent));
  assert.equal(current.length, 1);
  assert.match(current[0], /ILO/);
  await context.close();
});

test('reduced motion and forced colours: everything still shows, no violation', async () => {
  const { page, problems, context } = await open(env.browser, `${env.base}/test-a11y.html`);
  await page.emulateMedia({ reducedMotion: 'reduce', forcedColors: 'active' });
  await ready(page);
  for (const tag of WIDGETS) {
    // Each item's bar or marker (a faded end has no border on that side) and each legend swatch.
    const boxes = await page.locator(tag).evaluate((el) => [...el.shadowRoot.querySelectorAll('.gmg-item .gmg-bar, .gmg-swatch')].map((b) => {
      const r = b.getBoundingClientRect();
      const cs = getComputedStyle(b);
      const sides = [cs.borderBlockStartStyle, cs.borderInlineStartStyle, cs.borderInlineEndStyle];
      return { w: r.width, h: r.height, border: sides.find((x) => x !== 'none') ?? 'none', text: b.closest('button, li')?.textContent };
    }));
    assert.ok(boxes.length > 0);
    for (const b of boxes) {
      assert.ok(b.w > 0 && b.h > 0, `${tag}: visible in forced colours: ${b.text}`);
      assert.notEqual(b.border, 'none', `${tag}: outlined in forced colours: ${b.text}`);
    }
  }
  await page.locator('gmg-chairs .gmg-item button').first().focus();
  await page.keyboard.press('ArrowRight');
  const f = await focused(page);
  assert.ok(f.outline, 'focus visible in forced colours');
  const { seen } = await audit(page);
  assert.deepEqual(seen, []);
  await page.screenshot({ path: `${RESULTS}forced-colors.png`, fullPage: true });
  assert.deepEqual(problems, []);
  await context.close();
});

/** Every item's label and dates are fully visible: nothing clipped inside its button. */
function clipped(page, tag) {
  return page.locator(tag).evaluate((el) => {
    const root = el.shadowRoot;
    const out = [];
    for (const b of root.querySelectorAll('.gmg-item button')) {
      const r = b.getBoundingClientRect();
      if (b.scrollWidth > b.clientWidth + 1 || b.scrollHeight > b.clientHeight + 1) out.push(`${b.textContent} overflows`);
      for (const part of b.querySelectorAll('.gmg-label, .gmg-when')) {
        const p = part.getBoundingClientRect();
        if (p.left < r.left - 1 || p.right > r.right + 1 || p.bottom > r.bottom + 1) out.push(`${part.textContent} cut`);
      }
    }
    if (getComputedStyle(root.querySelector('.gmg-axis')).display !== 'none') out.push('still the wide layout');
    return out;
  });
}

test('text at 200% and a 200% page zoom lose nothing: every item wraps in full', async () => {
  const { page, problems, context } = await open(env.browser, `${env.base}/test-a11y.html`);
  await ready(page);
  await page.evaluate(() => { document.documentElement.style.fontSize = '200%'; });
  for (const lang of ['en', 'ar', 'ru']) {
    await setLang(page, lang);
    for (const tag of WIDGETS) assert.deepEqual(await clipped(page, tag), [], `${tag} ${lang} at 200% text`);
  }
  await page.screenshot({ path: `${RESULTS}text-200.png`, fullPage: false });
  await context.close();
  // Browser zoom at 200% on an 1100 px window: 550 CSS px at two device pixels each.
  const zoomed = await open(env.browser, `${env.base}/test-a11y.html`, { viewport: { width: 550, height: 800 }, deviceScaleFactor: 2 });
  await ready(zoomed.page);
  for (const tag of WIDGETS) assert.deepEqual(await clipped(zoomed.page, tag), [], `${tag} at 200% zoom`);
  assert.deepEqual([...problems, ...zoomed.problems], []);
  await zoomed.context.close();
});
