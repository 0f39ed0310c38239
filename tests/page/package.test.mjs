// pkg/ as an npm package: `npm pack`, the tarball installed offline into a scratch project,
// a page importing it bundled with esbuild and loaded in Chromium; then the unpacked files used
// by a script tag alone (no bundler), from another folder than the page's.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, transform } from 'esbuild';
import { RESULTS, open, start } from './harness.mjs';
import { serveDir } from './static.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PKG = join(ROOT, 'pkg');
const cargoVersion = /^version\s*=\s*"([^"]+)"/m.exec(readFileSync(join(ROOT, 'Cargo.toml'), 'utf8'))[1];

let env;
let tmp;
let packed;
before(async () => {
  assert.ok(existsSync(join(PKG, 'package.json')), 'pkg/ is built (scripts/build.sh)');
  tmp = mkdtempSync(join(tmpdir(), 'gmg-package-'));
  env = await start();
});
after(async () => {
  await env?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

const npm = (args, cwd) => execFileSync('npm', args, {
  cwd, encoding: 'utf8',
  env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' },
});

test('pkg/package.json: name, Cargo version, licence, exports, types, files, sideEffects', () => {
  const p = JSON.parse(readFileSync(join(PKG, 'package.json'), 'utf8'));
  assert.equal(p.name, 'gmg-widgets');
  assert.equal(p.version, cargoVersion);
  assert.equal(p.license, 'MIT OR Apache-2.0');
  assert.equal(p.type, 'module');
  assert.equal(p.types, './index.d.ts');
  assert.equal(p.exports['.'].default, './api.js', 'the JS API entry, with no side effects');
  assert.ok(!p.sideEffects.includes('./api.js'), 'the API entry is not a side effect');
  assert.equal(p.exports['./define'].default, './define.js', 'the side-effect define entry');
  assert.equal(p.exports['./gmg-widgets.js'].default, './gmg-widgets.js', 'the script-tag entry');
  for (const f of ['./gmg-widgets.js', './define.js']) assert.ok(p.sideEffects.includes(f), `${f} is a side effect`);
  for (const f of p.files) assert.ok(existsSync(join(PKG, f)), `${f} exists`);
  assert.equal(p.customElements, 'custom-elements.json');
});

test('the declarations parse as TypeScript and declare the API, options, elements and events', async () => {
  const dts = readFileSync(join(PKG, 'index.d.ts'), 'utf8');
  await transform(dts, { loader: 'ts' }); // throws on a syntax error
  await transform(readFileSync(join(PKG, 'define.d.ts'), 'utf8'), { loader: 'ts' });
  for (const needle of ['function mount(', 'function define(', 'function load(', 'interface MountOptions',
    'interface HTMLElementTagNameMap', "'gmg-chairs': GmgChairsElement", "'gmg-work-streams'", "'gmg-outcomes'",
    "'gmg-timeline'", "'gmg-select': CustomEvent<GmgSelectDetail>", "'gmg-error': CustomEvent<GmgErrorDetail>"]) {
    assert.ok(dts.includes(needle), `index.d.ts declares ${needle}`);
  }
  // Every export of the module has a declaration.
  // Both entries, imported in Node (they touch no page there): the same API.
  const api = Object.keys(await import(join(PKG, 'api.js'))).sort();
  const entry = Object.keys(await import(join(PKG, 'gmg-widgets.js'))).sort();
  assert.deepEqual(entry, api, 'the script-tag entry exports the API');
  assert.ok(api.includes('mount') && api.includes('start'), api.join());
  for (const name of api) {
    assert.match(dts, new RegExp(`(function|const|class|interface|type)\\s+${name}\\b`), `index.d.ts declares the export ${name}`);
  }
});

test('npm pack, offline install into a scratch project, esbuild bundle, widgets render in Chromium', async () => {
  const [info] = JSON.parse(npm(['pack', '--json', '--pack-destination', tmp], PKG));
  packed = info;
  const listed = info.files.map((f) => f.path).sort();
  console.log(`npm pack: ${info.filename}, ${info.size} bytes packed, ${info.unpackedSize} unpacked\n${info.files.map((f) => `  ${String(f.size).padStart(8)}  ${f.path}`).join('\n')}`);
  for (const f of ['package.json', 'README.md', 'LICENSE-MIT', 'LICENSE-APACHE', 'index.d.ts', 'gmg-widgets.js',
    'define.js', 'gmg_widgets.js', 'gmg_widgets_bg.wasm', 'gmg-data.json', 'gmg_tools.js', 'gmg_tools_bg.wasm',
    'custom-elements.json', 'frame.html']) {
    assert.ok(listed.includes(f), `the tarball has ${f}; it has ${listed.join(', ')}`);
  }

  // The scratch project: installs the tarball without touching a registry.
  const app = join(tmp, 'app');
  mkdirSync(join(app, 'src'), { recursive: true });
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'scratch-app', private: true, type: 'module' }));
  npm(['install', '--offline', '--no-package-lock', '--ignore-scripts', join(tmp, info.filename)], app);
  const installed = join(app, 'node_modules', 'gmg-widgets');
  assert.equal(JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')).version, cargoVersion);

  writeFileSync(join(app, 'src', 'main.js'), [
    "import 'gmg-widgets/define';",
    "import { mount } from 'gmg-widgets';",
    "const handle = mount(document.getElementById('api'), { widget: 'chairs', lang: 'es', today: '2014-06-01' });",
    'window.apiHandle = handle;',
    "document.addEventListener('gmg-error', (e) => { document.body.dataset.error = e.detail.kind; });",
  ].join('\n'));
  const out = join(app, 'public');
  mkdirSync(out, { recursive: true });
  await build({
    absWorkingDir: app, entryPoints: ['src/main.js'], bundle: true, format: 'esm', outfile: join(out, 'app.js'),
    logLevel: 'silent', target: 'es2022',
  });
  // esbuild keeps `new URL('./gmg_widgets_bg.wasm', import.meta.url)` (and the stylesheet's
  // './gmg-widgets.css', the built-in data's './gmg-data.json', the interface packs'
  // './strings/LANG.json'): they go next to the bundle.
  cpSync(join(installed, 'gmg_widgets_bg.wasm'), join(out, 'gmg_widgets_bg.wasm'));
  cpSync(join(installed, 'strings'), join(out, 'strings'), { recursive: true });
  cpSync(join(installed, 'gmg-data.json'), join(out, 'gmg-data.json'));
  cpSync(join(installed, 'gmg-widgets.css'), join(out, 'gmg-widgets.css'));
  writeFileSync(join(out, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>scratch app</title>
<script type="module" src="app.js"></script></head><body>
<gmg-outcomes id="el" lang="fr" today="2014-06-01"><p>fallback</p></gmg-outcomes>
<div id="api"></div></body></html>`);
  const bundle = readFileSync(join(out, 'app.js'), 'utf8');
  assert.match(bundle, /customElements|registry\.define/, 'the element definitions are in the bundle (not tree-shaken away)');

  const server = await serveDir(out);
  try {
    const { page, problems, context } = await open(env.browser, `${server.base}/`);
    await page.waitForFunction(() => document.querySelector('#el')?.shadowRoot?.querySelector('[part="root"] *')
      && document.querySelector('#api')?.shadowRoot?.querySelector('li'), null, { timeout: 20000 });
    const el = await page.locator('#el').evaluate((e) => e.shadowRoot.textContent);
    const api = await page.locator('#api').evaluate((e) => e.shadowRoot.textContent);
    assert.ok(el.length > 50, `<gmg-outcomes> rendered from the bundle: ${el.slice(0, 200)}`);
    assert.ok(api.includes('OIT') || api.includes('ONU'), `mount() rendered the chairs in Spanish: ${api.slice(0, 200)}`);
    assert.match(el, /Zoom avant/, 'the French interface pack was found next to the bundle');
    assert.match(api, /Presidencia actual/, 'the Spanish interface pack was found next to the bundle');
    await page.screenshot({ path: `${RESULTS}package-bundled.png`, fullPage: true });
    assert.deepEqual(problems, []);
    await context.close();
  } finally {
    await server.close();
  }
});

test('the unpacked files by script tag alone, from a folder other than the page', async () => {
  assert.ok(packed, 'the pack test ran first');
  const site = join(tmp, 'site');
  mkdirSync(join(site, 'vendor'), { recursive: true });
  execFileSync('tar', ['-xzf', join(tmp, packed.filename), '-C', join(site, 'vendor')]);
  // The tarball unpacks into package/: the module must find its wasm there, not next to the page.
  writeFileSync(join(site, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>script tag</title>
<script type="module" src="vendor/package/gmg-widgets.js"></script></head><body>
<gmg-chairs id="el" today="2014-06-01"><ol><li>fallback</li></ol></gmg-chairs>
<div id="div" data-gmg-widget="timeline" data-lang="ru"></div></body></html>`);
  const server = await serveDir(site);
  try {
    const { page, problems, context } = await open(env.browser, `${server.base}/`);
    await page.waitForFunction(() => document.querySelector('#el')?.shadowRoot?.querySelector('li')
      && document.querySelector('#div')?.shadowRoot?.querySelector('[part="root"] *'), null, { timeout: 20000 });
    const text = await page.locator('#el').evaluate((e) => e.shadowRoot.textContent);
    for (const name of ['ILO', 'UN Women']) assert.ok(text.includes(name), `chair ${name} shown: ${text.slice(0, 200)}`);
    // The iframe page shipped in the package.
    const frame = await open(env.browser, `${server.base}/vendor/package/frame.html?widget=outcomes&lang=fr`);
    await frame.page.waitForFunction(() => document.querySelector('gmg-outcomes')?.shadowRoot?.querySelector('[part="root"] *'), null, { timeout: 20000 });
    assert.deepEqual(frame.problems, []);
    await frame.context.close();
    assert.deepEqual(problems, []);
    await context.close();
  } finally {
    await server.close();
  }
});
