// Languages in a browser: the Arabic axis is mirrored (boxes compared), names that fell back
// to English are isolated and carry lang and dir, dates come out in each language, and
// screenshots of every widget in Arabic and Chinese are saved to test-results/.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { RESULTS, open, start } from './harness.mjs';
import { WIDGETS, ready, setLang } from './widgets.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

/** The chairs' bars by the year they start in, and the left edges of the axis ticks. */
function edges(page) {
  return page.locator('gmg-chairs').evaluate((el) => {
    const root = el.shadowRoot;
    // The bar (an item's box also holds its label, beside the bar on either side).
    const item = (year) => root.querySelector(`.gmg-item time[datetime^="${year}"]`).closest('button').querySelector('.gmg-bar').getBoundingClientRect();
    const ticks = [...root.querySelectorAll('.gmg-tick')].map((t) => t.getBoundingClientRect().left);
    return { y2013: item(2013), y2014: item(2014), y2016: item(2016), ticks, dir: getComputedStyle(root.querySelector('.gmg')).direction };
  });
}

test('the Arabic time axis runs right to left: earlier dates on the right', async () => {
  const { page, problems, context } = await open(env.browser, `${env.base}/test-a11y.html`);
  await ready(page);
  const en = await edges(page);
  assert.equal(en.dir, 'ltr');
  assert.ok(en.y2013.left < en.y2014.left && en.y2014.left < en.y2016.left, 'English: 2013 left of 2014 left of 2016');
  await setLang(page, 'ar');
  const ar = await edges(page);
  assert.equal(ar.dir, 'rtl');
  assert.ok(ar.y2013.right > ar.y2014.right && ar.y2014.right > ar.y2016.right,
    `Arabic: 2013 right of 2014 right of 2016 (${ar.y2013.right}, ${ar.y2014.right}, ${ar.y2016.right})`);
  assert.ok(ar.ticks.every((x, i) => i === 0 || x < ar.ticks[i - 1]), 'ticks run right to left');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a name given in English only reads correctly inside Arabic: bdi, lang="en", dir="ltr"', async () => {
  const { page, problems, context } = await open(env.browser, `${env.base}/test-lang.html`);
  await ready(page, ['gmg-chairs']);
  const seen = await page.locator('gmg-chairs').evaluate((el) => {
    const root = el.shadowRoot;
    const marked = [...root.querySelectorAll('[lang]')].filter((e) => !e.classList.contains('gmg'));
    const unw = marked.find((e) => e.textContent === 'UN Women');
    return {
      root: [root.querySelector('.gmg').lang, root.querySelector('.gmg').dir],
      unmarked: marked.filter((e) => !e.getAttribute('dir')).map((e) => e.outerHTML),
      unw: unw && [unw.localName, unw.lang, unw.dir, getComputedStyle(unw).direction, getComputedStyle(unw).unicodeBidi],
      arabicName: [...root.querySelectorAll('.gmg-label')].some((e) => e.textContent === 'منظمة العمل الدولية' && !e.hasAttribute('lang')),
    };
  });
  assert.deepEqual(seen.root, ['ar', 'rtl']);
  assert.deepEqual(seen.unmarked, [], 'everything that fell back has its own dir');
  assert.deepEqual(seen.unw, ['bdi', 'en', 'ltr', 'ltr', 'isolate']);
  assert.ok(seen.arabicName, 'a name present in Arabic is not marked');
  // Open its details: the sentence stays Arabic, the fallen-back name inside it is marked.
  await page.locator('gmg-chairs .gmg-item button').last().click();
  const details = await page.locator('gmg-chairs').evaluate((el) => [...el.shadowRoot.querySelectorAll('.gmg-details [lang]')].map((e) => `${e.localName} ${e.lang} ${e.dir}`));
  assert.ok(details.length > 0 && details.every((d) => d.endsWith(' en ltr')), details.join(', '));
  await page.locator('gmg-chairs').screenshot({ path: `${RESULTS}fallback-ar.png` });
  assert.deepEqual(problems, []);
  await context.close();
});

test('dates, ticks and interface text follow each language; screenshots in Arabic and Chinese', async () => {
  const { page, problems, context } = await open(env.browser, `${env.base}/test-a11y.html`);
  await ready(page);
  const expect = {
    // The heading names the group: "GMG chairs" in each language.
    ar: { title: 'الفريق العالمي المعني بالهجرة: الرئاسات', when: /يناير/ },
    zh: { title: '全球移徙小组历任主席', when: /年/ },
    fr: { title: 'GMG\u00a0: présidences', when: /janvier/ },
    ru: { title: 'ГГМ: председатели', when: /января|январ/ },
    es: { title: 'GMG: presidencias', when: /enero/ },
    en: { title: 'GMG chairs', when: /January/ },
  };
  for (const [lang, want] of Object.entries(expect)) {
    await setLang(page, lang);
    const seen = await page.locator('gmg-chairs').evaluate((el) => ({
      title: el.shadowRoot.querySelector('.gmg-title').textContent,
      when: [...el.shadowRoot.querySelectorAll('.gmg-when')].map((t) => t.textContent).join(' '),
      ticks: [...el.shadowRoot.querySelectorAll('.gmg-tick')].map((t) => t.textContent),
      legend: el.shadowRoot.querySelector('.gmg-legend').textContent,
    }));
    assert.match(seen.title, new RegExp(want.title), `${lang} title`);
    assert.match(seen.when, want.when, `${lang} dates: ${seen.when}`);
    if (lang === 'zh') assert.ok(seen.ticks.every((t) => t.endsWith('年')), seen.ticks.join());
    if (lang !== 'en') assert.ok(!/Legend|Confirmed|Inferred|Today/.test(seen.legend), `${lang} legend: ${seen.legend}`);
    if (lang === 'ar' || lang === 'zh') {
      for (const tag of WIDGETS) await page.locator(tag).screenshot({ path: `${RESULTS}${tag.slice(4)}-${lang}.png` });
    }
  }
  assert.deepEqual(problems, []);
  await context.close();
});
