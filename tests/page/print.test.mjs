// Print: each widget alone printed to PDF by Chromium (page.pdf, print media); pdftotext
// (poppler-utils) must find every item's name and dates in it, even after zooming the screen
// view in so far that most items left the window.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { RESULTS, open, start } from './harness.mjs';
import { LANGS, WIDGETS, items, ready, setLang } from './widgets.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

// Whitespace differs between the page and the PDF's text (wrapping, NBSP): compare without it.
// pdftotext also adds bidi controls around Arabic and gives a lam-alef ligature's letters as
// alef then lam: the page's text is brought to that form.
const squeeze = (s) => s.normalize('NFKC').replace(/[\s\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g, '');
const asPdftotext = (s) => squeeze(s).replace(/ل([اأإآ])/g, '$1ل');

for (const lang of LANGS) {
  for (const tag of WIDGETS) {
    test(`${tag} (${lang}) prints every item to PDF`, async () => {
      const { page, problems, context } = await open(env.browser, `${env.base}/test-a11y.html`);
      await page.evaluate((keep) => { for (const el of document.querySelectorAll('main > [id]')) if (el.localName !== keep) el.remove(); }, tag);
      await ready(page, [tag]);
      await setLang(page, lang, [tag]);
      const all = (await items(page, tag)).filter((i) => !i.cluster);
      assert.ok(all.length > 0);
      // Zoom the screen view in three times: most items leave the window, print keeps them.
      await page.locator(`${tag} .gmg-item button`).first().focus();
      for (let i = 0; i < 3; i++) await page.keyboard.press('+');
      // (Zooming in may also open a dense lane's cluster: items that leave the window count.)
      const after = new Set((await items(page, tag)).map((i) => i.id));
      const onScreen = all.filter((i) => after.has(i.id)).length;
      const pdf = `${RESULTS}print-${tag.slice(4)}-${lang}.pdf`;
      await page.emulateMedia({ media: 'print' });
      await page.pdf({ path: pdf, format: 'A4', printBackground: true });
      const text = squeeze(execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }));
      // In Arabic, pdftotext gives runs of digits and neutrals in visual order ("2015–2013" for
      // 2013–2015 read right to left): there every word and number must be found instead.
      const found = (t) => (lang === 'ar'
        ? t.split(/[\s–—\-():·,.]+/).filter(Boolean).every((w) => text.includes(asPdftotext(w)))
        : text.includes(asPdftotext(t)));
      const missing = all.filter((i) => !found(i.label) || !found(i.when));
      assert.ok(onScreen < all.length, `zoomed in: ${onScreen} of ${all.length} on screen`);
      assert.deepEqual(missing, [], `every item in the PDF (${all.length} items, ${onScreen} on screen when printed)`);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
}
