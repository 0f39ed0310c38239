// The demo's front door beyond the gallery: the embed-code generator (a snippet it shows, pasted
// into a blank page, renders the same widget as its preview), the live data editor (an error
// shows its path, line and column; fixing it updates the preview) and the sample partner page,
// all under the strict Content-Security-Policy partner pages are promised (no inline script
// or style anywhere).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { RESULTS, open, start } from './harness.mjs';
import { STRICT_CSP } from '../../scripts/serve.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

/** Opens a www/ page served with the strict CSP (a violation is a console error). */
async function openStrict(path, options) {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  await context.route(`${env.base}/${path}*`, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': STRICT_CSP } });
  });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  await page.goto(`${env.base}/${path}`);
  return { page, problems, context };
}

const rendered = (frameOrPage, selector) => frameOrPage.waitForFunction(
  (s) => document.querySelector(s)?.shadowRoot?.querySelector('[part="root"] li, [part="root"] [role]'), selector, { timeout: 20000 });
const shadowText = (frameOrPage, selector) => frameOrPage.evaluate((s) => document.querySelector(s).shadowRoot.textContent, selector);

test('generator: each snippet, pasted into a blank page, renders the widget its preview shows', async () => {
  const { page, problems, context } = await openStrict('generator.html', { permissions: ['clipboard-read', 'clipboard-write'] });
  await page.waitForSelector('html[data-ready]');
  await page.selectOption('select[name="widget"]', 'outcomes');
  await page.selectOption('select[name="lang"]', 'fr');
  await page.fill('input[name="today"]', '2014-06-01');
  const version = await page.textContent('#version');

  const preview = async () => {
    const frame = page.frameLocator('#preview');
    const handle = await page.$('#preview');
    // The reader scrolls to the preview (its widgets start when near the viewport).
    await handle.scrollIntoViewIfNeeded();
    const f = await handle.contentFrame();
    await f.waitForLoadState();
    void frame;
    return f;
  };
  const results = {};
  for (const kind of ['element', 'div', 'iframe']) {
    await page.check(`input[name="show"][value="${kind}"]`);
    const snippet = await page.textContent(`#snippet-${kind}`);
    assert.ok(snippet.includes(`/${version}/`), `the ${kind} snippet names the version ${version}: ${snippet}`);
    if (kind !== 'iframe') assert.match(snippet, /integrity="sha384-[A-Za-z0-9+/]{64}" crossorigin="anonymous"/, `the ${kind} snippet carries SRI`);

    // The copy button copies exactly the text shown.
    await page.click(`button[data-copy="${kind}"]`);
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), snippet);

    // What the preview shows.
    // The widgets start near the viewport: the preview is below the snippets and the check.
    await page.locator('#preview').scrollIntoViewIfNeeded();
    let f = await preview();
    if (kind === 'iframe') f = f.childFrames()[0] ?? f;
    await f.waitForLoadState();
    const selector = kind === 'div' ? '[data-gmg-widget]' : 'gmg-outcomes';
    await rendered(f, selector);
    const shown = await shadowText(f, selector);

    // The same snippet in a blank page of the same origin.
    const blank = `${env.base}/__blank-${kind}.html`;
    await context.route(blank, (route) => route.fulfill({
      contentType: 'text/html; charset=utf-8',
      headers: { 'content-security-policy': STRICT_CSP },
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="/favicon.svg"><title>blank</title></head><body>\n${snippet}\n</body></html>`,
    }));
    const other = await context.newPage();
    other.on('console', (m) => { if (m.type() === 'error') problems.push(`blank page console: ${m.text()}`); });
    await other.goto(blank);
    let g = other.mainFrame();
    if (kind === 'iframe') {
      await other.waitForSelector('iframe');
      g = (await (await other.$('iframe')).contentFrame());
      await g.waitForLoadState();
    }
    await rendered(g, selector);
    const pasted = await shadowText(g, selector);
    assert.equal(pasted, shown, `the pasted ${kind} snippet renders what the preview shows`);
    assert.match(pasted, /Dialogue|Déclaration|dialogue/, `the outcomes widget in French: ${pasted.slice(0, 200)}`);
    results[kind] = pasted.length;
    await other.close();
  }
  await page.check('input[name="show"][value="element"]');
  await page.locator('#preview').scrollIntoViewIfNeeded();
  await rendered(await preview(), 'gmg-outcomes');
  await page.screenshot({ path: `${RESULTS}generator.png`, fullPage: true });
  assert.deepEqual(problems, []);
  await context.close();
});

test('editor: an error shows its path, line and column; fixing it updates the preview', async () => {
  const { page, problems, context } = await openStrict('editor.html');
  await page.waitForSelector('html[data-ready]');
  await rendered(page, '#preview');
  const text = await page.inputValue('#text');
  assert.ok(text.includes('"chair_terms"'), 'the textarea holds defaultData()');
  const errorsBefore = await page.locator('#problems li.error').count();
  assert.equal(errorsBefore, 0, 'the GMG data has no errors');

  // Introduce an invalid date in the ILO's chair term.
  const broken = text.replace('"from": "2014",', '"from": "2014-13",');
  const line = broken.slice(0, broken.indexOf('"from": "2014-13"')).split('\n').length;
  await page.fill('#text', broken);
  const item = page.locator('#problems li.error').first();
  await item.waitFor();
  const where = await item.locator('button').textContent();
  assert.match(where, /chair_terms/, `the error names its path: ${where}`);
  assert.match(where, /from/, `the path ends at the field: ${where}`);
  assert.match(where, new RegExp(`line ${line}\\b`), `the error is on line ${line}: ${where}`);
  assert.match(await page.textContent('#status'), /1 error/);

  // Clicking the location puts the cursor on that line.
  await item.locator('button').click();
  const cursorLine = await page.$eval('#text', (t) => t.value.slice(0, t.selectionStart).split('\n').length);
  assert.equal(cursorLine, line);
  await page.screenshot({ path: `${RESULTS}editor.png`, fullPage: true });

  // Fix it, and rename the ILO: the preview follows.
  const fixed = text.replace('"en": "ILO",', '"en": "ILO (edited)",');
  await page.fill('#text', fixed);
  await page.waitForFunction(() => document.querySelectorAll('#problems li.error').length === 0);
  await page.waitForFunction(() => document.querySelector('#preview').shadowRoot.textContent.includes('ILO (edited)'), null, { timeout: 10000 });
  await page.screenshot({ path: `${RESULTS}editor-fixed.png`, fullPage: true });
  assert.deepEqual(problems, []);
  await context.close();
});

test('the gallery links to the generator, the editor and the partner page; the partner page works under the strict CSP', async () => {
  const gallery = await open(env.browser, `${env.base}/`);
  for (const href of ['generator.html', 'editor.html', 'partner-sample.html']) {
    assert.equal(await gallery.page.locator(`header a[href="${href}"]`).count(), 1, `the gallery header links to ${href}`);
  }
  await gallery.context.close();

  const { page, problems, context } = await openStrict('partner-sample.html');
  await rendered(page, '#chairs');
  await rendered(page, '[data-gmg-widget="timeline"]');
  await rendered(page, 'gmg-outcomes');
  // Selecting a chair reaches the partner's listener.
  await page.locator('#chairs').evaluate((el) => el.shadowRoot.querySelector('.gmg-item > button').click());
  await page.waitForFunction(() => document.getElementById('selection').textContent.startsWith('Selected:'), null, { timeout: 5000 });
  await page.screenshot({ path: `${RESULTS}partner-sample.png`, fullPage: true });
  assert.deepEqual(problems, []);
  await context.close();
});
