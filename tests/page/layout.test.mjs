// Every label readable, at every width, in every language: four widgets × six languages ×
// 1280 / 768 / 412 px, on the default data and on a fixture whose every text is as long as
// texts get (www/data/long-texts.json). Counted per case and written to
// test-results/layout.md: item labels whose text is cut, pairs of item boxes that intersect,
// elements wider than the widget, details fields outside their panel, a focused item touching
// another. Then axe-core under every theme (default, dark, partner, forced colours).
// Screenshots of each case: test-results/layout-<data>-<width>-<lang>-<widget>.png.
// Every case is audited; selecting items one by one (details fields, focus) is the slow part,
// so it runs where texts are longest and densest: Arabic, Russian and Chinese, up to 40 items
// a widget on the default data and 12 on the long texts (LAYOUT_DETAILS=all: every language).
// The overview widget repeats the other three's items and is audited without selecting.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { RESULTS, open, start } from './harness.mjs';
import { LANGS, WIDGETS, ready, setLang } from './widgets.mjs';

// LAYOUT_WIDTHS, LAYOUT_LANGS, LAYOUT_DATA (comma lists) narrow the run while working.
const pick = (name, all) => (process.env[name] ? all.filter((x) => process.env[name].split(',').includes(String(Array.isArray(x) ? x[0] : x))) : all);
const WIDTHS = pick('LAYOUT_WIDTHS', [1280, 768, 412]);
const DATA = pick('LAYOUT_DATA', [['default', null], ['long', 'data/long-texts.json']]);
const CASE_LANGS = pick('LAYOUT_LANGS', LANGS);
const DETAILS_LANGS = process.env.LAYOUT_DETAILS === 'all' ? LANGS : ['ar', 'ru', 'zh'];
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

/** Two frames: Yew renders, then the CSSOM pass and the resize observer settle. */
const settle = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 30)))));

/** What a reader would see as wrong in one widget, counted (with examples). */
function audit(page, tag) {
  return page.locator(tag).evaluate((el) => {
    const root = el.shadowRoot;
    const host = el.getBoundingClientRect();
    // Shown: laid out, and not visually hidden (for screen readers only: .gmg-sr, or an
    // item's name beside its lane's name, .gmg-by-lane: clipped to nothing).
    const shown = (e) => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0 && !e.closest('.gmg-sr') && getComputedStyle(e).clipPath === 'none'; };
    const items = [...root.querySelectorAll('.gmg-item')].filter(shown);
    const clipped = [];
    for (const li of items) {
      for (const t of li.querySelectorAll('.gmg-text, .gmg-label, .gmg-when-line')) {
        if (!shown(t)) continue;
        const cs = getComputedStyle(t);
        const cut = t.scrollWidth > t.clientWidth + 1 || t.scrollHeight > t.clientHeight + 1;
        if (cut || (cs.textOverflow === 'ellipsis' && t.scrollWidth > t.clientWidth)) { clipped.push(li.textContent.trim()); break; }
      }
    }
    const rects = items.map((li) => li.getBoundingClientRect());
    const hit = (a, b, m = 0) => a.left < b.right + m - 0.5 && b.left < a.right + m - 0.5 && a.top < b.bottom + m - 0.5 && b.top < a.bottom + m - 0.5;
    const overlaps = [];
    for (let i = 0; i < rects.length; i++) {
      for (let j = i + 1; j < rects.length; j++) {
        if (hit(rects[i], rects[j])) overlaps.push(`${items[i].textContent.trim()} × ${items[j].textContent.trim()}`);
      }
    }
    // A plan band's dashed edge may run through a label (an item's beside or under its bar, a
    // band's name) only behind it: a label that an edge crosses has a background of its own
    // (not transparent) that hides the line.
    for (const band of [...root.querySelectorAll('.gmg-band')].filter(shown)) {
      const b = band.getBoundingClientRect();
      for (const t of root.querySelectorAll('.gmg-band-label, .gmg-item:not(.gmg-inside) :is(.gmg-label, .gmg-when-line)')) {
        if (!shown(t)) continue;
        const r = t.getBoundingClientRect();
        const crossed = [b.left, b.right].some((x) => r.left < x - 1 && x + 1 < r.right) && r.top < b.bottom && b.top < r.bottom;
        if (crossed && getComputedStyle(t).backgroundColor === 'rgba(0, 0, 0, 0)') overlaps.push(`band edge × ${t.textContent.trim()}`);
      }
    }
    const wide = [...root.querySelectorAll('*')].filter(shown).filter((e) => {
      const r = e.getBoundingClientRect();
      return r.left < host.left - 1 || r.right > host.right + 1;
    }).map((e) => `${e.localName}.${e.className}: ${e.textContent.trim().slice(0, 40)}`);
    const gmg = root.querySelector('.gmg');
    if (gmg && gmg.scrollWidth > gmg.clientWidth + 1) wide.push(`.gmg scrolls: ${gmg.scrollWidth} > ${gmg.clientWidth}`);
    // Every box names what it is: with a label of its own, or beside its lane's name (in the
    // list the lane's name is a heading above several boxes, so a box of dates alone is not).
    const nameless = items.filter((li) => {
      if ([...li.querySelectorAll('.gmg-label')].some(shown) || li.classList.contains('gmg-cluster')) return false;
      const lane = li.closest('.gmg-lane')?.querySelector('.gmg-lane-label > bdi, .gmg-lane-label');
      if (!lane || !shown(lane)) return true;
      const a = lane.getBoundingClientRect();
      const b = li.getBoundingClientRect();
      return !(a.top < b.bottom && b.top < a.bottom);
    }).map((li) => li.textContent.trim());
    return { items: items.length, clipped, overlaps, wide, nameless };
  });
}

/** Selects each item in turn (up to `max`): details fields outside the panel, and whether the
 * focused item's outline touches another item. */
function detailsAndFocus(page, tag, max) {
  return page.locator(tag).evaluate(async (el, max) => {
    const root = el.shadowRoot;
    const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const buttons = [...root.querySelectorAll('.gmg-item:not(.gmg-cluster) > button')].slice(0, max);
    const outside = [];
    const touching = [];
    for (const b of buttons) {
      const id = b.id;
      root.getElementById(id)?.click();
      // Rendering may be split over several tasks on a loaded machine: wait (a bounded number
      // of frames) for this item's panel.
      for (let n = 0; n < 60 && root.querySelector('.gmg-selected > button')?.id !== id; n++) await frame();
      await frame();
      const panel = root.querySelector('.gmg-details');
      if (!panel) { outside.push(`${id}: no details (selected: ${root.querySelector('.gmg-selected > button')?.id ?? 'none'}; items: ${root.querySelectorAll('.gmg-item').length})`); continue; }
      const p = panel.getBoundingClientRect();
      for (const f of panel.querySelectorAll('h3, p, dt, dd, li, a, button, blockquote, cite')) {
        const r = f.getBoundingClientRect();
        if (r.width === 0) continue;
        if (r.left < p.left - 1 || r.right > p.right + 1 || r.top < p.top - 1 || r.bottom > p.bottom + 1) {
          outside.push(`${id}: ${f.localName} ${f.textContent.trim().slice(0, 40)}`);
        }
      }
      // Focus (outline 3 px at 1 px offset) and selection never reach another item.
      const focused = root.getElementById(id);
      focused?.focus();
      await frame();
      if (!focused) continue;
      const cs = getComputedStyle(focused);
      const grow = (parseFloat(cs.outlineWidth) || 0) + Math.max(0, parseFloat(cs.outlineOffset) || 0);
      const f = focused.getBoundingClientRect();
      const g = { left: f.left - grow, right: f.right + grow, top: f.top - grow, bottom: f.bottom + grow };
      for (const other of root.querySelectorAll('.gmg-item > button')) {
        if (other === focused) continue;
        const r = other.getBoundingClientRect();
        if (r.width && g.left < r.right - 0.5 && r.left < g.right - 0.5 && g.top < r.bottom - 0.5 && r.top < g.bottom - 0.5) {
          touching.push(`${id} × ${other.id}`);
        }
      }
    }
    return { outside, touching };
  }, max);
}

test('every label in full, nothing overlapping or wider than the widget: 4 widgets × 6 languages × 3 widths × 2 data sets', { timeout: 600_000 }, async () => {
  const rows = [];
  const examples = [];
  for (const [data, src] of DATA) {
    for (const width of WIDTHS) {
      const { page, problems, context } = await open(env.browser, `${env.base}/test-layout.html`, { viewport: { width, height: 900 } });
      // The widget's own renders (resizes, relayouts) must never look like another script's.
      page.on('console', (m) => { if (/drawn again/.test(m.text())) problems.push(`${width} ${m.text()}`); });
      await ready(page);
      if (src) {
        await page.evaluate(([s, ts]) => { for (const t of ts) document.querySelector(t).setAttribute('src', s); }, [src, WIDGETS]);
        await page.waitForFunction((ts) => ts.every((t) => /layout|ESCAP ESCAP/.test(document.querySelector(t).shadowRoot.textContent)), WIDGETS);
      }
      for (const lang of CASE_LANGS) {
        await setLang(page, lang);
        await settle(page);
        for (const tag of WIDGETS) {
          const a = await audit(page, tag);
          const max = tag === 'gmg-timeline' || !DETAILS_LANGS.includes(lang) ? 0 : src ? 12 : 40;
          const d = await detailsAndFocus(page, tag, max);
          await page.locator(tag).evaluate((el) => el.shadowRoot.querySelector('.gmg-close')?.click());
          await settle(page);
          await page.locator(tag).screenshot({ path: `${RESULTS}layout-${data}-${width}-${lang}-${tag}.png` });
          rows.push({ data, width, lang, tag, items: a.items, clipped: a.clipped.length, overlaps: a.overlaps.length, wide: a.wide.length, nameless: a.nameless.length, outside: d.outside.length, touching: d.touching.length });
          for (const [k, list] of Object.entries({ clipped: a.clipped, overlaps: a.overlaps, wide: a.wide, nameless: a.nameless, outside: d.outside, touching: d.touching })) {
            for (const x of list.slice(0, 3)) examples.push(`${data} ${width} ${lang} ${tag} ${k}: ${x}`);
          }
        }
      }
      // A change of language may cancel a load of the data file still under way (ERR_ABORTED).
      assert.deepEqual(problems.filter((p) => !/^request failed: \S+\/data\/[\w-]+\.json net::ERR_ABORTED$/.test(p)), []);
      await context.close();
    }
  }
  const sum = (k) => rows.reduce((s, r) => s + r[k], 0);
  const table = ['| data | width | lang | widget | items | clipped | overlaps | wider than widget | nameless | details outside | focus touching |', '|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.data} | ${r.width} | ${r.lang} | ${r.tag} | ${r.items} | ${r.clipped} | ${r.overlaps} | ${r.wide} | ${r.nameless} | ${r.outside} | ${r.touching} |`)].join('\n');
  const totals = `Totals: clipped ${sum('clipped')}, overlaps ${sum('overlaps')}, wider than widget ${sum('wide')}, boxes without a name ${sum('nameless')}, details outside ${sum('outside')}, focus touching ${sum('touching')}`;
  writeFileSync(`${RESULTS}layout.md`, `# Layout: every label readable\n\n${totals}\n\n${table}\n${examples.length ? `\n${examples.map((e) => `- ${e}`).join('\n')}\n` : ''}`);
  console.log(totals);
  assert.equal(sum('clipped') + sum('overlaps') + sum('wide') + sum('nameless') + sum('outside') + sum('touching'), 0, `${totals}\n${examples.slice(0, 40).join('\n')}`);
});

test('axe-core finds no violation under any theme: default, dark, partner colours, forced colours', { timeout: 300_000 }, async () => {
  const seen = [];
  for (const theme of ['', 'dark', 'partner', 'forced']) {
    for (const width of [1280, 412]) {
      const { page, context } = await open(env.browser, `${env.base}/test-layout.html`, { viewport: { width, height: 900 } });
      if (theme === 'forced') await page.emulateMedia({ forcedColors: 'active' });
      else if (theme) await page.evaluate((t) => document.body.classList.add(`theme-${t}`), theme);
      await ready(page);
      await page.addScriptTag({ path: AXE });
      for (const lang of ['en', 'ar', 'zh', 'ru']) {
        await setLang(page, lang);
        // The current chair (badge), an outcome and a stream selected: details audited too.
        for (const tag of WIDGETS) await page.locator(`${tag} .gmg-item:not(.gmg-cluster) button`).last().click();
        await settle(page);
        const violations = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations);
        for (const v of violations) for (const n of v.nodes) seen.push(`${theme || 'default'} ${width} ${lang}: ${v.id} ${JSON.stringify(n.target)} ${n.failureSummary?.split('\n')[1] ?? ''}`);
      }
      await context.close();
    }
  }
  writeFileSync(`${RESULTS}layout-axe.md`, `# axe-core under every theme\n\nViolations: ${seen.length}\n${seen.map((s) => `- ${s}`).join('\n')}\n`);
  assert.deepEqual(seen, []);
});
