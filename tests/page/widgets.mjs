// Helpers shared by the accessibility, language and print page tests (www/test-a11y.html).
import { WIDGETS as KINDS } from '../../js/widgets.js';

/** The elements, from the element module's list (itself checked against the Rust registry). */
export const WIDGETS = KINDS.map((w) => `gmg-${w}`);
export { LANGS } from '../../js/assets.js';

/** Sets `lang` on the widgets (all by default) and waits until each has re-rendered in it. */
export async function setLang(page, lang, tags = WIDGETS) {
  await page.evaluate(([l, ts]) => { for (const t of ts) document.querySelector(t)?.setAttribute('lang', l); }, [lang, tags]);
  await page.waitForFunction(([l, ts]) => ts.every((t) => {
    const root = document.querySelector(t)?.shadowRoot;
    return !document.querySelector(t) || (root?.querySelector('.gmg')?.getAttribute('lang') === l && root.querySelector('.gmg-item button'));
  }), [lang, tags]);
}

/** Waits until every widget on the page has rendered its items. */
export async function ready(page, tags = WIDGETS) {
  await page.waitForFunction((ts) => ts.every((t) => !document.querySelector(t) || document.querySelector(t).shadowRoot?.querySelector('.gmg-item button')), tags);
}

/** Label and dates of every item a widget shows on screen. */
export function items(page, tag) {
  return page.locator(tag).evaluate((el) => [...el.shadowRoot.querySelectorAll('.gmg-item button')].map((b) => ({
    id: b.id,
    label: b.querySelector('.gmg-label')?.textContent ?? '',
    when: b.querySelector('.gmg-when')?.textContent ?? '',
    // A dense lane's "N items: zoom in" box, not an item of the data.
    cluster: !!b.closest('.gmg-cluster'),
  })));
}
