import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { RESULTS, open, start } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

test('the demo loads cleanly and the chair timeline names its chairs', async () => {
  const { page, problems, context } = await open(env.browser, `${env.base}/`);
  const chairs = page.locator('gmg-chairs');
  // Wait until the widget has replaced its fallback with the rendered timeline.
  await page.waitForFunction(() => document.querySelector('gmg-chairs')?.shadowRoot?.querySelector('li'));
  const text = await chairs.evaluate((el) => el.shadowRoot.textContent);
  for (const name of ['ESCAP', 'IOM', 'ILO', 'UN Women', 'World Bank']) {
    assert.ok(text.includes(name), `chair ${name} is shown; saw: ${text.slice(0, 300)}`);
  }
  await page.screenshot({ path: `${RESULTS}demo.png`, fullPage: true });
  assert.deepEqual(problems, []);
  await context.close();
});
