// The chairs widget across the GMG's whole history (2006-2018) in English and Arabic: every
// term's label fits its row, the two co-chairs of 2018 are two items on two rows, the
// announced World Bank term is marked in words, and the notes say the group was succeeded.
// Screenshots: test-results/chairs-history-en.png and chairs-history-ar.png.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { RESULTS, open, start } from './harness.mjs';
import { ready, setLang } from './widgets.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

function seen(page) {
  return page.locator('gmg-chairs').evaluate((el) => {
    const root = el.shadowRoot;
    const buttons = [...root.querySelectorAll('.gmg-item button')];
    const box = (e) => e.getBoundingClientRect();
    return {
      ids: buttons.map((b) => b.id.replace(/^.*item-/, '')),
      // A name cut by its bar: the button's text is wider than the button, and the name is
      // not one drawn on past the bar.
      cut: buttons.filter((b) => {
        if (b.parentElement.classList.contains('gmg-label-out')) return false;
        const l = box(b.querySelector('.gmg-label'));
        const r = box(b);
        return l.left < r.left - 1 || l.right > r.right + 1;
      }).map((b) => b.textContent),
      // A name outside the widget's box.
      outside: buttons.filter((b) => {
        const l = box(b.querySelector('.gmg-label'));
        const w = box(root.querySelector('.gmg'));
        return l.left < w.left - 1 || l.right > w.right + 1;
      }).map((b) => b.textContent),
      // A name that runs into another item of its row.
      overlaps: buttons.flatMap((b) => {
        const l = box(b.querySelector('.gmg-label'));
        return buttons.filter((o) => o !== b).filter((o) => {
          const r = box(o);
          return Math.abs(r.top - box(b).top) < 2 && l.left < r.right - 1 && r.left < l.right - 1;
        }).map((o) => `${b.textContent} / ${o.textContent}`);
      }),
      rows2018: buttons.filter((b) => b.querySelector('time')?.getAttribute('datetime') === '2018')
        .map((b) => Math.round(box(b).top)),
      announced: root.querySelector('.gmg-announced')?.textContent ?? '',
      notes: [...root.querySelectorAll('.gmg-note')].map((n) => n.textContent),
    };
  });
}

for (const lang of ['en', 'ar']) {
  test(`chairs 2006-2018 in ${lang}: readable terms, co-chairs as two, announced in words`, async () => {
    const { page, problems, context } = await open(env.browser, `${env.base}/test-a11y.html`, { viewport: { width: 1280, height: 900 } });
    await ready(page, ['gmg-chairs']);
    if (lang !== 'en') await setLang(page, lang, ['gmg-chairs']);
    const s = await seen(page);
    assert.ok(s.ids.includes('chair-2006-h2-unhcr') && s.ids.includes('chair-2018-iom'), s.ids.join(' '));
    assert.equal(s.rows2018.length, 2, 'FAO and IOM');
    assert.notEqual(s.rows2018[0], s.rows2018[1], 'on two rows');
    assert.match(s.announced, lang === 'en' ? /\(announced\)/ : /\(مُعلَن\)/);
    assert.ok(s.notes.some((n) => n.includes(lang === 'en' ? 'United Nations Network on Migration' : 'شبكة الأمم المتحدة المعنية بالهجرة')), s.notes.join(' | '));
    assert.deepEqual(s.cut, [], 'no name is cut');
    assert.deepEqual(s.overlaps, [], 'no name runs into another item');
    assert.deepEqual(s.outside, [], 'no name runs out of the widget');
    await page.locator('gmg-chairs').screenshot({ path: `${RESULTS}chairs-history-${lang}.png` });
    // UN Women's details say both what was announced and what happened.
    await page.locator('gmg-chairs #gmg-chairs-item-chair-2016-un-women, gmg-chairs [id$="item-chair-2016-un-women"]').first().click();
    const details = await page.locator('gmg-chairs').evaluate((el) => el.shadowRoot.querySelector('.gmg-details')?.textContent ?? '');
    assert.match(details, lang === 'en' ? /Announced for 2015; chaired in 2016\./ : /أُعلن أن الرئاسة ستكون في 2015؛ وتولاها فعلاً في 2016\./);
    await page.locator('gmg-chairs').screenshot({ path: `${RESULTS}chairs-history-${lang}-details.png` });
    assert.deepEqual(problems, []);
    await context.close();
  });
}
