// `npm run dist`'s layout: content-hashed names rewritten consistently inside the files, an
// integrity manifest whose sha384 values match the files, snippets (README, demo) that name the
// version and carry SRI, and the snippet working in Chromium with the integrity checked.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { open, start } from './harness.mjs';
import { serveDir } from './static.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const version = /^version\s*=\s*"([^"]+)"/m.exec(readFileSync(join(ROOT, 'Cargo.toml'), 'utf8'))[1];
const sri = (data) => `sha384-${createHash('sha384').update(data).digest('base64')}`;

let env;
let tmp;
let server;
let manifest;
before(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'gmg-dist-'));
  server = await serveDir(tmp, (path) => (path.includes(`/${version}/`) ? { 'cache-control': 'public, max-age=31536000, immutable' } : {}));
  execFileSync('node', [join(ROOT, 'scripts/dist.mjs'), '--out', join(tmp, 'cdn'), '--base', `${server.base}/cdn/`], { encoding: 'utf8' });
  manifest = JSON.parse(readFileSync(join(tmp, 'cdn', version, 'integrity.json'), 'utf8'));
  env = await start();
});
after(async () => {
  await env?.close();
  await server?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

function checkLayout(dir, m) {
  assert.equal(m.version, version);
  const files = readdirSync(dir);
  for (const [logical, f] of Object.entries(m.files)) {
    const data = readFileSync(join(dir, f.file));
    assert.equal(sri(data), f.integrity, `${f.file}: the manifest's sha384 is the file's`);
    assert.equal(data.length, f.bytes, `${f.file}: size`);
    if (/\.(js|wasm|css)$/.test(logical)) {
      const hash = createHash('sha384').update(data).digest('hex').slice(0, 10);
      assert.ok(f.file.includes(`.${hash}.`), `${f.file} is named after its content hash ${hash}`);
    }
  }
  const listed = new Set(Object.values(m.files).map((f) => f.file));
  for (const f of files) {
    if (!['integrity.json', 'snippet.html', 'fragments', 'strings'].includes(f)) assert.ok(listed.has(f), `${f} is in the manifest`);
  }
  for (const sub of ['fragments', 'strings']) {
    const inside = readdirSync(join(dir, sub));
    assert.ok(inside.length > 0, `${sub}/ holds files`);
    for (const f of inside) assert.ok(listed.has(`${sub}/${f}`), `${sub}/${f} is in the manifest`);
  }
  // Inside the files, every reference to a sibling names its hashed file.
  for (const f of files.filter((x) => x.endsWith('.js') || x.endsWith('.html'))) {
    const text = readFileSync(join(dir, f), 'utf8');
    for (const logical of Object.keys(m.files).filter((l) => l !== f && /\.(js|wasm|css)$/.test(l))) {
      const plain = new RegExp(`['"\`](\\./)?${logical.replace(/\./g, '\\.')}['"\`]|(src|href)="${logical.replace(/\./g, '\\.')}"`);
      assert.doesNotMatch(text, plain, `${f} refers to ${logical} by its hashed name`);
    }
  }
}

test('dist/VERSION: hashed names, rewritten references, manifest hashes match the files', () => {
  const dir = join(tmp, 'cdn', version);
  checkLayout(dir, manifest);
  const entry = readFileSync(join(dir, manifest.files['gmg-widgets.js'].file), 'utf8');
  assert.ok(entry.includes(manifest.files['api.js'].file), 'the entry imports the hashed API module');
  const api = readFileSync(join(dir, manifest.files['api.js'].file), 'utf8');
  assert.ok(api.includes(manifest.files['gmg_widgets.js'].file), 'the API module imports the hashed glue');
  const glue = readFileSync(join(dir, manifest.files['gmg_widgets.js'].file), 'utf8');
  assert.ok(glue.includes(manifest.files['gmg_widgets_bg.wasm'].file), 'the glue names the hashed wasm');
  const headers = readFileSync(join(tmp, 'cdn', '_headers'), 'utf8');
  assert.match(headers, new RegExp(`/${version.replace(/\./g, '\\.')}/\\*\\n\\s+Cache-Control: public, max-age=31536000, immutable`));
  assert.match(headers, /\/latest\/\*\n\s+Cache-Control: public, max-age=300/);
  // The snippet's element carries a fallback list for readers without script.
  const pasted = readFileSync(join(dir, 'snippet.html'), 'utf8');
  assert.match(pasted, /<gmg-chairs lang="en">\n  <p><strong>Chairs[^<]*<\/strong><\/p>\n  <ol>\n(    <li><time datetime="[\d-]+">[^<]+<\/time>: [^<]+<\/li>\n)+  <\/ol>\n<\/gmg-chairs>/, pasted);
  assert.match(pasted, /ILO/);
  // A partner's page is another origin: crossorigin + SRI need CORS on every file.
  for (const path of [`/${version}/*`, '/latest/*']) {
    const block = headers.slice(headers.indexOf(`${path}\n`)).split(/\n(?=\S)/)[0];
    assert.match(block, /\n\s+Access-Control-Allow-Origin: \*/, `${path} is served with CORS: ${block}`);
  }
  assert.match(readFileSync(join(tmp, 'cdn', 'latest', 'gmg-widgets.js'), 'utf8'), new RegExp(`${version}/${manifest.files['gmg-widgets.js'].file}`));
});

test('the snippet names the version and carries SRI; it renders a widget with integrity checked', async () => {
  const { snippet } = manifest;
  const entry = manifest.files['gmg-widgets.js'];
  assert.ok(snippet.includes(`/${version}/${entry.file}" integrity="${entry.integrity}" crossorigin="anonymous"`), snippet);
  assert.ok(snippet.includes('rel="modulepreload"'), 'the glue is preloaded with its integrity');
  writeFileSync(join(tmp, 'page.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>cdn</title>\n${snippet}\n</head><body><gmg-chairs today="2014-06-01"></gmg-chairs></body></html>`);
  const { page, problems, context } = await open(env.browser, `${server.base}/page.html`);
  await page.waitForFunction(() => document.querySelector('gmg-chairs')?.shadowRoot?.querySelector('li'), null, { timeout: 20000 });
  assert.deepEqual(problems, []);
  await context.close();

  // A tampered entry is refused by the browser: the integrity attribute is effective.
  writeFileSync(join(tmp, 'tampered.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>cdn</title>\n${snippet.replace(entry.integrity, sri('something else'))}\n</head><body><gmg-chairs></gmg-chairs></body></html>`);
  const t = await open(env.browser, `${server.base}/tampered.html`);
  await t.page.waitForTimeout(500);
  assert.equal(await t.page.evaluate(() => !!customElements.get('gmg-chairs')), false, 'the module did not run');
  assert.ok(t.problems.some((p) => /integrity/i.test(p)), `the browser reports the integrity mismatch: ${t.problems.join('; ')}`);
  await t.context.close();
});

test('the iframe page of dist renders with SRI on its own files', async () => {
  const { page, problems, context } = await open(env.browser, `${server.base}/cdn/${version}/frame.html?widget=timeline&lang=ar`);
  await page.waitForFunction(() => document.querySelector('gmg-timeline')?.shadowRoot?.querySelector('[part="root"] *'), null, { timeout: 20000 });
  assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the demo generator\'s files (www/pkg/dist) match their manifest', () => {
  const current = JSON.parse(readFileSync(join(ROOT, 'www/pkg/dist/current.json'), 'utf8'));
  checkLayout(join(ROOT, 'www/pkg/dist', current.version), current);
});

test('README "Distribution": every snippet that loads the widgets names the version and carries SRI', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Distribution'), readme.indexOf('\n## ', readme.indexOf('## Distribution') + 5));
  assert.ok(section.length > 100, 'README has a "## Distribution" section');
  const tags = [...section.matchAll(/<script[^>]*\bsrc="[^"]*gmg[-_]widgets[^"]*"[^>]*>|<link[^>]*modulepreload[^>]*href=[^>]*>/g)].map((m) => m[0]);
  assert.ok(tags.length >= 2, 'the section hands out a script snippet');
  for (const t of tags) {
    assert.match(t, new RegExp(`/${version.replace(/\./g, '\\.')}/[\\w-]+\\.[0-9a-f]{10}\\.js"`), `${t} names the version and a hashed file`);
    assert.match(t, /integrity="sha384-[A-Za-z0-9+/]{64}"/, `${t} carries SRI`);
    assert.match(t, /crossorigin="anonymous"/);
  }
  assert.match(section, /immutable/);
  assert.match(section, /max-age=31536000/);
});
