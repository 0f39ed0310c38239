// The support team's workbench (www/workbench.html), used as the team would, under the strict
// CSP: open a fixture, add a chair term by form, break a date (the preview keeps the last valid
// picture and lists the error), fix it, reload and find the draft, see the diff, save (the
// download validates with the CLI), start over only after confirming; the translation view
// lists a fixture's missing languages and marks one reviewed. Screenshots: test-results/workbench-*.png.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { RESULTS, start } from './harness.mjs';
import { serveDir } from './static.mjs';
import { STRICT_CSP } from '../../scripts/serve.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURE = `${ROOT}tests/fixtures/workbench/team.json`;
const MISSING = `${ROOT}tests/fixtures/invalid/missing-languages.json`;
const TEAM = readFileSync(FIXTURE, 'utf8');

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

/** The workbench in a fresh browser profile, every page served with the strict CSP. */
async function openWorkbench(viewport = { width: 1280, height: 900 }) {
  const context = await env.browser.newContext({ viewport, acceptDownloads: true });
  await context.route(`${env.base}/**`, async (route) => {
    const response = await route.fetch();
    const headers = { ...response.headers() };
    if (route.request().resourceType() === 'document') headers['content-security-policy'] = STRICT_CSP;
    await route.fulfill({ response, headers });
  });
  // The team's published file, at a URL of the same origin.
  await context.route(`${env.base}/published/team.json`, (route) => route.fulfill({ contentType: 'application/json', body: TEAM }));
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await page.goto(`${env.base}/workbench.html`);
  await page.waitForSelector('html[data-ready]');
  return { page, problems, context };
}

const previewText = (page) => page.$$eval('[data-wb="previews"] .wb-preview', (els) => els.map((e) => e.shadowRoot?.textContent ?? '').join('\n'));
const waitPreview = (page, needle) => page.waitForFunction((n) => [...document.querySelectorAll('[data-wb="previews"] .wb-preview')]
  .every((e) => e.shadowRoot?.textContent.includes(n)), needle, { timeout: 15000 });
const checked = async (page) => Number(await page.getAttribute('[data-gmg-workbench]', 'data-checked'));
/** Waits for the validator to have run on the text as it is now. */
async function settle(page, since) {
  await page.waitForFunction((n) => Number(document.querySelector('[data-gmg-workbench]').dataset.checked) > n, since, { timeout: 10000 });
}
const shot = async (page, name) => {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${RESULTS}workbench-${name}.png`, fullPage: true });
};

test('open, add a chair term by form, break and fix a date, reload, diff, save, start over', async () => {
  const { page, problems, context } = await openWorkbench();
  // The built-in data has no errors; its warnings are the record's real gaps (2009, 2012, 2015).
  assert.match(await page.locator('[data-wb="status"]').textContent(), /^No errors, 3 warnings: the widgets can show this file\.$/);
  await shot(page, '1-start');

  // Open the fixture with the file picker.
  let n = await checked(page);
  await page.setInputFiles('[data-wb="file-input"]', FIXTURE);
  await settle(page, n);
  assert.equal(await page.inputValue('[data-wb="text"]'), TEAM);
  assert.equal(await page.textContent('[data-wb="file-name"]'), 'team.json');
  assert.match(await page.textContent('[data-wb="status"]'), /No errors, 2 warnings/);
  await page.selectOption('[data-wb="widget"]', 'chairs');
  await waitPreview(page, 'UN Women');

  // Add UNU's 2017 chair term with the form: member from the list, dates typed.
  await page.selectOption('[data-wb="form-kind"]', 'chair_terms');
  await page.selectOption('[data-wb="form-item"]', '');
  const form = page.locator('[data-wb="form"]');
  await form.locator('[data-field="member"] select').selectOption('unu');
  await form.locator('[data-field="from"] input[type="text"]').fill('2017');
  await form.locator('[data-field="to"] input[type="text"]').fill('2017');
  await form.locator('[data-field="source"] select').selectOption('statement');
  assert.equal(await form.locator('[data-field="id"] input').inputValue(), 'chair-2017-unu', 'the id is made from the member and the year');
  // A date the file cannot hold is caught by the form before anything is written.
  await form.locator('[data-field="to"] input[type="text"]').fill('2017-13');
  await form.locator('[data-wb="form-submit"]').click();
  assert.match(await form.locator('[data-error-for="to"]').textContent(), /not a date the file can hold/);
  assert.ok(!(await page.inputValue('[data-wb="text"]')).includes('chair-2017-unu'));
  await form.locator('[data-field="to"] input[type="text"]').fill('2017');
  n = await checked(page);
  await form.locator('[data-wb="form-submit"]').click();
  await settle(page, n);
  const added = await page.inputValue('[data-wb="text"]');
  const data = JSON.parse(added);
  assert.deepEqual(data.chair_terms.at(-1), { id: 'chair-2017-unu', member: 'unu', from: '2017', to: '2017', source: 'statement' });
  assert.equal(added.slice(0, added.indexOf('chair-2015-un-women')), TEAM.slice(0, TEAM.indexOf('chair-2015-un-women')), 'the text before the new term is untouched');
  assert.match(await page.textContent('[data-wb="form-status"]'), /Added the chair term UNU 2017 \(line \d+/);
  await waitPreview(page, 'UNU');
  await shot(page, '2-chair-term-added');

  // Break the new term's end date in the JSON text.
  await page.click('[data-tab="text"]');
  const broken = added.replace('"to": "2017", "source"', '"to": "2017-13", "source"');
  assert.notEqual(broken, added);
  n = await checked(page);
  await page.fill('[data-wb="text"]', broken);
  await settle(page, n);
  const error = page.locator('[data-wb="problems"] li.error');
  assert.equal(await error.count(), 1);
  assert.equal(await error.getAttribute('data-path'), 'chair_terms[2].to');
  const where = await error.locator('button').textContent();
  const line = broken.slice(0, broken.indexOf('"2017-13"')).split('\n').length;
  assert.match(where, new RegExp(`chair_terms\\[2\\]\\.to, line ${line}, column \\d+`));
  assert.match(await error.textContent(), /month 13 does not exist/);
  assert.match(await error.textContent(), /Hint: write YYYY, YYYY-MM or YYYY-MM-DD/);
  // The preview keeps the last valid picture (UNU's term still there) and says so.
  assert.ok((await previewText(page)).includes('UNU'), 'the preview still shows the last valid state');
  assert.ok(await page.isVisible('[data-wb="stale"]'));
  assert.match(await page.textContent('[data-wb="stale"]'), /still shows the last valid version/);
  // The forms say why they wait, and come back once the JSON reads again.
  await shot(page, '3-error-listed');
  // Click to jump: the cursor lands on the error's line.
  await error.locator('button').click();
  assert.equal(await page.$eval('[data-wb="text"]', (t) => t.value.slice(0, t.selectionStart).split('\n').length), line);

  // Fix it: the preview updates, the notice goes.
  n = await checked(page);
  await page.fill('[data-wb="text"]', broken.replace('"2017-13"', '"2017-12"'));
  await settle(page, n);
  assert.equal(await page.locator('[data-wb="problems"] li.error').count(), 0);
  assert.ok(!(await page.isVisible('[data-wb="stale"]')));
  // The form follows the text: the term's form now shows the end date typed in the JSON.
  await page.click('[data-tab="forms"]');
  assert.equal(await page.inputValue('[data-wb="form-item"]'), 'chair-2017-unu');
  assert.equal(await page.inputValue('[data-wb="form"] [data-field="to"] input[type="text"]'), '2017-12');

  // Reload: the draft is there, with the file's name.
  await page.reload();
  await page.waitForSelector('html[data-ready]');
  const restored = await page.inputValue('[data-wb="text"]');
  assert.ok(restored.includes('"id": "chair-2017-unu"') && restored.includes('"to": "2017-12"'), 'the draft survived the reload');
  assert.equal(await page.textContent('[data-wb="file-name"]'), 'team.json');
  assert.match(await page.textContent('[data-wb="notice"]'), /Restored your draft/);

  // The diff against the published file (at a URL), in words and as text.
  await page.click('[data-tab="changes"]');
  await page.check('[data-wb="compare-url"]');
  await page.fill('[data-wb="published-url"]', `${env.base}/published/team.json`);
  await page.click('[data-wb="compare"]');
  await page.waitForFunction(() => document.querySelector('[data-wb="compare-status"]').textContent.startsWith('Compared with') && document.querySelector('[data-wb="compare-status"]').textContent.includes('published/team.json'));
  // (Not just the address: "Fetching …/published/team.json…" names it too, before the answer.)
  const words = await page.locator('[data-wb="words"] > li').allTextContents();
  assert.deepEqual(words.map((w) => w.split('id ')[0]), ['chair term added: UNU 2017']);
  const diff = await page.textContent('[data-wb="diff"]');
  assert.match(diff, /^\+.*"id": "chair-2017-unu"/m);
  assert.equal(diff.split('\n').filter((l) => l.startsWith('-') && !l.startsWith('---')).length, 1, 'one line changed (the comma), one added');
  await shot(page, '4-changes');

  // Save: the dialog lists the changes; the download is the text, and the CLI accepts it.
  await page.click('[data-wb="save"]');
  await page.waitForSelector('[data-wb="save-dialog"][open]');
  assert.match(await page.textContent('[data-wb="save-words"]'), /chair term added: UNU 2017/);
  assert.match(await page.textContent('[data-wb="save-dialog"]'), /no errors/);
  await shot(page, '5-save-dialog');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-wb="download"]')]);
  assert.equal(download.suggestedFilename(), 'team.json');
  const savedPath = `${RESULTS}workbench-saved.json`;
  await download.saveAs(savedPath);
  assert.equal(readFileSync(savedPath, 'utf8'), await page.inputValue('[data-wb="text"]'));
  const cli = execFileSync('cargo', ['run', '--quiet', '--features', 'cli', '--', 'validate', savedPath], { cwd: ROOT, encoding: 'utf8' });
  // Exit code 0 (execFileSync throws otherwise): valid, with warnings (missing languages, the 2016 gap).
  assert.match(cli, /^0 errors, \d+ warnings$/m, cli);
  assert.match(await page.textContent('[data-wb="notice"]'), /Saved team.json \(downloaded\)/);

  // Start over: nothing happens until the in-page confirmation says so.
  await page.click('[data-wb="reset"]');
  await page.waitForSelector('[data-wb="dialog"][open]');
  assert.match(await page.textContent('[data-wb="dialog"]'), /Start over from the published data\?/);
  await shot(page, '6-confirm-start-over');
  await page.click('[data-wb="dialog-cancel"]');
  assert.ok((await page.inputValue('[data-wb="text"]')).includes('chair-2017-unu'), 'cancelled: nothing lost');
  await page.click('[data-wb="reset"]');
  await page.keyboard.press('Escape');
  assert.ok((await page.inputValue('[data-wb="text"]')).includes('chair-2017-unu'), 'Escape cancels too');
  await page.click('[data-wb="reset"]');
  n = await checked(page);
  await page.click('[data-wb="dialog-ok"]');
  await settle(page, n);
  const published = (await page.inputValue('[data-wb="text"]'));
  assert.equal(published, TEAM, 'started over from the published file the changes were compared with');
  assert.equal(await page.evaluate(() => localStorage.getItem('gmg-workbench:draft') === null || JSON.parse(localStorage.getItem('gmg-workbench:draft')).text === JSON.parse(localStorage.getItem('gmg-workbench:draft')).base), true);
  assert.deepEqual(problems, []);
  await context.close();
});

test('comparing with a dead address says why and keeps comparing with the file before', async () => {
  const { page, context } = await openWorkbench();
  await context.route(`${env.base}/published/gone.json`, (route) => route.fulfill({ status: 404, body: 'not here' }));
  await page.click('[data-tab="changes"]');
  // The built-in data, unchanged: the comparison before the dead address.
  assert.deepEqual(await page.locator('[data-wb="words"] > li').allTextContents(), ['Nothing changed.']);
  await page.check('[data-wb="compare-url"]');
  await page.fill('[data-wb="published-url"]', `${env.base}/published/gone.json`);
  await page.click('[data-wb="compare"]');
  await page.waitForFunction(() => document.querySelector('[data-wb="compare-status"]').textContent.startsWith('Could not fetch'));
  const status = await page.textContent('[data-wb="compare-status"]');
  assert.match(status, /published\/gone\.json: the server answered HTTP 404/);
  assert.match(status, /Still comparing with the GMG data built into the widgets\.$/);
  // The lists are the comparison still in force, not "waiting" and not empty.
  assert.deepEqual(await page.locator('[data-wb="words"] > li').allTextContents(), ['Nothing changed.']);
  assert.equal(await page.textContent('[data-wb="diff"]'), '(no differences)');
  await context.close();
});

test('translations: a fixture’s missing languages listed, one added, one marked reviewed; six languages side by side', async () => {
  const { page, problems, context } = await openWorkbench();
  // Open the fixture by dropping it on the workbench.
  let n = await checked(page);
  await page.evaluate(async (text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'missing-languages.json', { type: 'application/json' }));
    const root = document.querySelector('[data-gmg-workbench]');
    root.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    root.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, readFileSync(MISSING, 'utf8'));
  await settle(page, n);
  assert.equal(await page.textContent('[data-wb="file-name"]'), 'missing-languages.json');
  await page.click('[data-tab="translations"]');
  assert.match(await page.textContent('[data-wb="tr-summary"]'), /lack a language/);
  const row = page.locator('tr[data-path="members[0].name"]');
  const missing = await row.locator('td.wb-missing').evaluateAll((tds) => tds.map((td) => td.dataset.lang));
  assert.deepEqual(missing, ['ar', 'zh', 'ru', 'es']);
  assert.equal(await page.locator('tr[data-path="events[0].name"] td.wb-missing').count(), 5);
  assert.equal(await page.locator('tr[data-path="chair_terms[0].quote"] td.wb-missing').count(), 0, 'a quote may stay in the source’s words');
  await shot(page, '7-translations');

  // Add the Spanish name: written into the file, awaiting review; the warning now names three languages.
  n = await checked(page);
  await row.locator('td[data-lang="es"] [data-wb="edit-translation"]').click();
  await row.locator('td[data-lang="es"] textarea').fill('Universidad de las Naciones Unidas');
  await row.locator('td[data-lang="es"] button.wb-primary').click();
  await settle(page, n);
  const data = JSON.parse(await page.inputValue('[data-wb="text"]'));
  assert.deepEqual(data.members[0].name, { en: 'United Nations University', fr: 'Université des Nations Unies', es: 'Universidad de las Naciones Unidas', needs_review: ['es'] });
  const warning = page.locator('[data-wb="problems"] li.warning[data-path="members[0].name"]');
  assert.match(await warning.textContent(), /no Arabic, Chinese or Russian version/);
  // Mark it reviewed.
  n = await checked(page);
  await page.locator('tr[data-path="members[0].name"] td[data-lang="es"] [data-wb="mark-reviewed"]').click();
  await settle(page, n);
  assert.equal(JSON.parse(await page.inputValue('[data-wb="text"]')).members[0].name.needs_review, undefined);

  // All six languages side by side in the preview.
  await page.selectOption('[data-wb="widget"]', 'chairs');
  await page.selectOption('[data-wb="lang"]', 'all');
  await page.waitForFunction(() => document.querySelectorAll('[data-wb="previews"] .wb-preview').length === 6
    && [...document.querySelectorAll('[data-wb="previews"] .wb-preview')].every((e) => e.shadowRoot?.textContent.includes('2017')), null, { timeout: 15000 });
  const langs = await page.$$eval('[data-wb="previews"] .wb-preview', (els) => els.map((e) => e.lang));
  assert.deepEqual(langs, ['ar', 'zh', 'en', 'fr', 'ru', 'es']);
  const boxes = await page.$$eval('[data-wb="previews"] .wb-preview', (els) => els.map((e) => e.getBoundingClientRect().top));
  assert.ok(boxes[1] === boxes[0], 'side by side: the first two share a row');
  await shot(page, '8-six-languages');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a member added by form, with its names in two languages; the workbench passes axe-core', async () => {
  const { page, problems, context } = await openWorkbench();
  let n = await checked(page);
  await page.setInputFiles('[data-wb="file-input"]', FIXTURE);
  await settle(page, n);
  await page.selectOption('[data-wb="form-kind"]', 'members');
  const form = page.locator('[data-wb="form"]');
  await form.locator('[data-field="short_name"] input[data-lang="en"]').fill('IOM');
  await form.locator('[data-field="name"] input[data-lang="en"]').fill('International Organization for Migration');
  await form.locator('[data-field="name"] summary').click();
  await form.locator('[data-field="name"] input[data-lang="fr"]').fill('Organisation internationale pour les migrations');
  assert.equal(await form.locator('[data-field="id"] input').inputValue(), 'iom');
  n = await checked(page);
  await form.locator('[data-wb="form-submit"]').click();
  await settle(page, n);
  const data = JSON.parse(await page.inputValue('[data-wb="text"]'));
  assert.deepEqual(data.members.at(-1), {
    id: 'iom', short_name: { en: 'IOM' },
    name: { en: 'International Organization for Migration', fr: 'Organisation internationale pour les migrations' },
  });
  // The new member is at once among the chairs a chair term can name.
  await page.selectOption('[data-wb="form-kind"]', 'chair_terms');
  assert.ok((await page.locator('[data-wb="form"] [data-field="member"] option').allTextContents()).includes('IOM (iom)'));
  await shot(page, '9-member-form');
  assert.deepEqual(problems, []);
  await context.close();

  // axe-core (injected as a script, so on a page without the strict CSP) in each view.
  const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
  const plain = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const p = await plain.newPage();
  await p.goto(`${env.base}/workbench.html`);
  await p.waitForSelector('html[data-ready]');
  await p.addScriptTag({ path: AXE });
  const found = [];
  for (const tab of ['forms', 'text', 'translations', 'changes']) {
    await p.click(`[data-tab="${tab}"]`);
    const violations = await p.evaluate(async () => (await window.axe.run(document.querySelector('.wb-edit'), { resultTypes: ['violations'] })).violations);
    for (const v of violations) for (const node of v.nodes) found.push(`${tab}: ${v.id} ${JSON.stringify(node.target)} ${node.failureSummary}`);
  }
  await p.click('[data-wb="reset"]');
  const dialog = await p.evaluate(async () => (await window.axe.run(document.querySelector('[data-wb="dialog"]'), { resultTypes: ['violations'] })).violations);
  for (const v of dialog) for (const node of v.nodes) found.push(`dialog: ${v.id} ${JSON.stringify(node.target)}`);
  const bar = await p.evaluate(async () => (await window.axe.run(document.querySelector('.wb-bar'), { resultTypes: ['violations'] })).violations);
  for (const v of bar) for (const node of v.nodes) found.push(`bar: ${v.id} ${JSON.stringify(node.target)}`);
  assert.deepEqual(found, []);
  await plain.close();
});

test('at 412 px: every step readable, nothing wider than the screen', async () => {
  const { page, problems, context } = await openWorkbench({ width: 412, height: 900 });
  // What a phone's screen shows with `selector` at its top (a full-page picture would be too
  // tall to read).
  const shot = async (name, selector) => {
    await page.locator(selector).first().evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: `${RESULTS}workbench-${name}.png` });
  };
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(await overflow(), 0, 'no sideways scrolling: forms');
  await shot('412-forms', '.wb-bar');
  let n = await checked(page);
  await page.setInputFiles('[data-wb="file-input"]', MISSING);
  await settle(page, n);
  await page.click('[data-tab="translations"]');
  assert.equal(await overflow(), 0, 'no sideways scrolling: translations');
  await shot('412-translations', '[data-wb="tr-summary"]');
  await page.click('[data-tab="text"]');
  n = await checked(page);
  await page.fill('[data-wb="text"]', (await page.inputValue('[data-wb="text"]')).replace('"2017-05"', '"2017-5"'));
  await settle(page, n);
  assert.equal(await page.locator('[data-wb="problems"] li.error').count(), 1);
  await shot('412-error', '.wb-check');
  await page.click('[data-tab="changes"]');
  assert.equal(await overflow(), 0, 'no sideways scrolling: changes');
  await shot('412-changes', '.wb-tabs');
  await page.click('[data-wb="save"]');
  await page.waitForSelector('[data-wb="save-dialog"][open]');
  assert.match(await page.textContent('[data-wb="save-errors"]'), /has an error/);
  await page.screenshot({ path: `${RESULTS}workbench-412-save-dialog.png` });
  assert.deepEqual(problems, []);
  await context.close();
});

test('the gallery links to the workbench; the package ships it and its page works on its own', async () => {
  const html = readFileSync(`${ROOT}www/index.html`, 'utf8');
  assert.match(html, /<a href="workbench.html">/);
  const manifest = JSON.parse(readFileSync(`${ROOT}pkg/package.json`, 'utf8'));
  for (const f of ['workbench.html', 'workbench.css', 'workbench.js', 'workbench-page.js', 'workbench-tools.js']) assert.ok(manifest.files.includes(f), f);
  assert.equal(manifest.exports['./workbench'].default, './workbench.js');
  // The package's own workbench page works from the package's folder, under the strict CSP.
  const served = await serveDir(`${ROOT}pkg`, (path) => (path.endsWith('.html') ? { 'content-security-policy': STRICT_CSP } : {}));
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error' && !/404/.test(m.text())) problems.push(`console: ${m.text()}`); });
  // The browser asks for /favicon.ico, which the package does not have; anything else must load.
  page.on('response', (r) => { if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  await page.goto(`${served.base}/workbench.html`);
  await page.waitForSelector('html[data-ready]');
  assert.match(await page.textContent('[data-wb="status"]'), /^No errors, 3 warnings: the widgets can show this file\.$/);
  await waitPreview(page, 'ILO');
  await page.screenshot({ path: `${RESULTS}workbench-package.png` });
  assert.deepEqual(problems, []);
  await context.close();
  await served.close();
});
