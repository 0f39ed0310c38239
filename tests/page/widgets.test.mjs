// The four widgets in the demo gallery, as a reader meets them: wide and in a narrow column,
// the page's scroll never captured, every item readable. Screenshots go to test-results/.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { RESULTS, open, start } from './harness.mjs';

const TAGS = ['gmg-chairs', 'gmg-work-streams', 'gmg-outcomes', 'gmg-timeline'];
let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

async function ready(page) {
  await page.waitForFunction((tags) => tags.every((t) => document.querySelector(t)?.shadowRoot?.querySelector('.gmg-item')), TAGS);
}

/** Per widget: item count, and items whose box is empty or outside the widget. */
function audit(page, tag) {
  return page.locator(tag).evaluate((el) => {
    const host = el.getBoundingClientRect();
    const items = [...el.shadowRoot.querySelectorAll('.gmg-item')];
    const bad = items.filter((li) => {
      const r = li.getBoundingClientRect();
      return r.width < 4 || r.height < 4 || r.left < host.left - 1 || r.right > host.right + 1;
    }).map((li) => li.textContent);
    return { count: items.length, bad };
  });
}

test('wide: every widget shows its items inside its box', async () => {
  const { page, problems, context } = await open(env.browser, `${env.base}/`);
  await ready(page);
  for (const tag of TAGS) {
    const { count, bad } = await audit(page, tag);
    assert.ok(count >= 5, `${tag} shows items (${count})`);
    assert.deepEqual(bad, [], `${tag}: items with no size or outside the widget`);
    await page.locator(tag).screenshot({ path: `${RESULTS}${tag}-wide.png` });
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('narrow container: a vertical list, nothing hidden, every item wraps its text', async () => {
  const { page, context } = await open(env.browser, `${env.base}/`);
  await ready(page);
  await page.check('#narrow');
  for (const tag of TAGS) {
    const { count, bad } = await audit(page, tag);
    assert.deepEqual(bad, [], `${tag}: items with no size or outside the widget`);
    // In the list layout no button clips its text: scroll size equals client size.
    const clipped = await page.locator(tag).evaluate((el) => [...el.shadowRoot.querySelectorAll('.gmg-item button')]
      .filter((b) => b.scrollWidth > b.clientWidth + 1).map((b) => b.textContent));
    assert.deepEqual(clipped, [], `${tag}: clipped labels in the narrow layout`);
    const positioned = await page.locator(tag).evaluate((el) => getComputedStyle(el.shadowRoot.querySelector('.gmg-item')).position);
    assert.equal(positioned, 'static', `${tag} lays its items out as a list (${count} items)`);
    await page.locator(tag).screenshot({ path: `${RESULTS}${tag}-narrow.png` });
  }
  await context.close();
});

test('the mouse wheel over a widget scrolls the page, it is never captured', async () => {
  const { page, context } = await open(env.browser, `${env.base}/`, { viewport: { width: 1100, height: 500 } });
  await ready(page);
  const box = await page.locator('gmg-work-streams').boundingBox();
  await page.mouse.move(box.x + box.width / 2, Math.min(box.y + 50, 450));
  const before = await page.evaluate(() => scrollY);
  await page.mouse.wheel(0, 400);
  await page.waitForFunction((y) => scrollY > y, before);
  assert.ok((await page.evaluate(() => scrollY)) > before);
  await context.close();
});

test('the same markup reads in order without any CSS', async () => {
  const { page, context } = await open(env.browser, `${env.base}/`);
  await ready(page);
  const text = await page.locator('gmg-chairs').evaluate((el) => {
    el.shadowRoot.adoptedStyleSheets = [];
    el.shadowRoot.querySelectorAll('style').forEach((s) => s.remove());
    return el.shadowRoot.querySelector('.gmg-items').innerText;
  });
  const order = ['UNHCR', 'UNDP', 'ESCAP', 'ILO', 'UN Women', 'World Bank', 'UNU', 'FAO'].map((n) => text.indexOf(n));
  assert.ok(order.every((i, k) => i >= 0 && (k === 0 || i > order[k - 1])), `chairs in time order: ${text}`);
  await context.close();
});
