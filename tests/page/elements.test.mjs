// custom-elements.json and README's "Elements reference" against what the code defines: the
// tags and observedAttributes the element module registers (read in Chromium, as defined), the
// elements' own properties, the events dispatched in js/*.js and src/**/*.rs, the custom
// properties in src/styles.css and the parts set on the shadow root.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { open, start } from './harness.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const read = (p) => readFileSync(join(ROOT, p), 'utf8');
const files = (dir, ext) => readdirSync(join(ROOT, dir), { recursive: true }).filter((f) => f.endsWith(ext)).map((f) => read(join(dir, f)));
const sorted = (xs) => [...new Set(xs)].sort();

const manifest = JSON.parse(read('custom-elements.json'));
const elements = manifest.modules.flatMap((m) => m.declarations).filter((d) => d.customElement);

// --- what the code defines ---
let defined; // { tag: { observedAttributes, properties } } read in the browser
let env;
before(async () => {
  env = await start();
  const { page, context } = await open(env.browser, 'about:blank');
  // Record every custom element the module defines, before it runs.
  await page.addInitScript(() => {
    const define = CustomElementRegistry.prototype.define;
    window.__defined = [];
    CustomElementRegistry.prototype.define = function (name, ctor, opts) {
      window.__defined.push(name);
      return define.call(this, name, ctor, opts);
    };
  });
  await page.goto(`${env.base}/`);
  await page.waitForFunction(() => window.__defined?.length > 0 && customElements.get('gmg-chairs'));
  defined = await page.evaluate(() => Object.fromEntries(window.__defined.map((tag) => {
    const ctor = customElements.get(tag);
    const properties = [];
    for (let p = ctor.prototype; p && p !== HTMLElement.prototype; p = Object.getPrototypeOf(p)) {
      for (const name of Object.getOwnPropertyNames(p)) {
        if (!['constructor', 'connectedCallback', 'disconnectedCallback', 'attributeChangedCallback', 'adoptedCallback'].includes(name) && !name.startsWith('_')) properties.push(name);
      }
    }
    return [tag, { observedAttributes: [...(ctor.observedAttributes ?? [])], properties }];
  })));
  await context.close();
});
after(async () => { await env?.close(); });

const jsSources = files('js', '.js');
const rustSources = files('src', '.rs');
const styles = read('src/styles.css');
const codeEvents = () => sorted([
  ...jsSources.flatMap((s) => [...s.matchAll(/(?:new CustomEvent\(\s*|emit\w*\([^,()]+,\s*)['"](gmg-[a-z-]+)['"]/g)].map((m) => m[1])),
  ...rustSources.flatMap((s) => [...s.matchAll(/(?:CustomEvent::new\w*\(\s*|emit\(\s*[^,()]+,\s*)"(gmg-[a-z-]+)"/g)].map((m) => m[1])),
]);
const codeCustomProperties = () => sorted([...styles.matchAll(/var\(\s*(--gmg-[a-z-]+)/g)].map((m) => m[1]));
const codeParts = () => sorted([
  ...jsSources.flatMap((s) => [...s.matchAll(/setAttribute\(\s*['"]part['"]\s*,\s*['"]([\w-]+)['"]/g)].map((m) => m[1])),
  ...jsSources.flatMap((s) => [...s.matchAll(/\bpart="([\w-]+)"/g)].map((m) => m[1])),
]);

// --- the README section ---
function readmeTables() {
  const readme = read('README.md');
  const start = readme.indexOf('## Elements reference');
  assert.ok(start >= 0, 'README has "## Elements reference"');
  const end = readme.indexOf('\n## ', start + 5);
  const section = readme.slice(start, end < 0 ? undefined : end);
  const sub = {};
  for (const block of section.split(/\n### /).slice(1)) {
    const [title, ...lines] = block.split('\n');
    // The first column's code spans of each table row (not the header or the rule).
    sub[title.trim()] = lines.filter((l) => /^\|/.test(l) && !/^\|\s*-/.test(l)).slice(1)
      .map((l) => /^\|\s*`<?([^`>]+)>?`/.exec(l)?.[1]).filter(Boolean);
    sub[`${title.trim()} text`] = lines.join('\n');
  }
  return sub;
}

test('the code defines the tags of the manifest and the README', () => {
  const tags = sorted(Object.keys(defined).filter((t) => t.startsWith('gmg-')));
  assert.deepEqual(sorted(elements.map((e) => e.tagName)), tags, 'custom-elements.json lists every defined element');
  assert.deepEqual(sorted(readmeTables().Elements), tags, 'README "Elements" lists every defined element');
  const definitions = manifest.modules.flatMap((m) => m.exports).filter((e) => e.kind === 'custom-element-definition').map((e) => e.name);
  assert.deepEqual(sorted(definitions), tags, 'each element has a custom-element-definition export');
});

test('attributes: observedAttributes, the manifest and the README agree', () => {
  const readme = readmeTables();
  for (const e of elements) {
    const observed = sorted(defined[e.tagName].observedAttributes);
    assert.deepEqual(sorted(e.attributes.map((a) => a.name)), observed, `${e.tagName}: manifest attributes = observedAttributes`);
    assert.deepEqual(sorted(readme.Attributes), observed, 'README "Attributes" = observedAttributes');
  }
});

test('properties: the elements\' own properties are the manifest\'s members and the README\'s', () => {
  const readme = readmeTables();
  for (const e of elements) {
    const own = sorted(defined[e.tagName].properties);
    const members = sorted((e.members ?? []).filter((m) => m.kind === 'field' || m.kind === 'method').map((m) => m.name));
    assert.deepEqual(members, own, `${e.tagName}: manifest members = the prototype's own properties`);
    for (const p of own) assert.ok(readme['Properties text'].includes(`\`${p}\``), `README "Properties" names ${p}`);
    if (own.length === 0) assert.match(readme['Properties text'], /no properties of their own/, 'README says there are none');
  }
});

test('events: dispatched in js/ and src/, listed in the manifest and the README', () => {
  const events = codeEvents();
  assert.ok(events.includes('gmg-select') && events.includes('gmg-error'), `found ${events}`);
  for (const e of elements) assert.deepEqual(sorted(e.events.map((x) => x.name)), events, `${e.tagName}: manifest events`);
  assert.deepEqual(sorted(readmeTables().Events), events, 'README "Events"');
});

test('CSS custom properties: used in src/styles.css, documented at its top, in the manifest and README', () => {
  const used = codeCustomProperties();
  const header = /^\/\*[\s\S]*?\*\//.exec(styles)[0];
  assert.deepEqual(sorted(header.match(/--gmg-[a-z-]+/g)), used, 'the header comment of src/styles.css lists every custom property used');
  const defaults = Object.fromEntries([...styles.matchAll(/var\(\s*(--gmg-[a-z-]+)\s*,\s*([^)]+)\)/g)].map((m) => [m[1], m[2].trim()]));
  for (const e of elements) {
    assert.deepEqual(sorted(e.cssProperties.map((p) => p.name)), used, `${e.tagName}: manifest cssProperties`);
    for (const p of e.cssProperties) {
      if (p.name !== '--gmg-font') assert.equal(p.default, defaults[p.name], `${p.name}: default in the manifest`);
    }
  }
  const readme = readmeTables();
  assert.deepEqual(sorted(readme['CSS custom properties']), used, 'README "CSS custom properties"');
  for (const [name, value] of Object.entries(defaults)) {
    if (name !== '--gmg-font') assert.ok(readme['CSS custom properties text'].includes(`| \`${name}\` | \`${value}\` |`), `README default of ${name} is ${value}`);
  }
});

test('parts: set on the shadow root, listed in the manifest and the README', () => {
  const parts = codeParts();
  assert.ok(parts.includes('root'), `found ${parts}`);
  for (const e of elements) assert.deepEqual(sorted(e.cssParts.map((p) => p.name)), parts, `${e.tagName}: manifest cssParts`);
  assert.deepEqual(sorted(readmeTables().Parts), parts, 'README "Parts"');
});

test('custom-elements.json follows schema 2.x and is shipped in pkg/ unchanged', async () => {
  assert.match(manifest.schemaVersion, /^2\.\d+\.\d+$/);
  for (const m of manifest.modules) {
    assert.equal(m.kind, 'javascript-module');
    for (const d of m.declarations) assert.ok(['class', 'function', 'variable', 'mixin'].includes(d.kind), d.name);
    for (const x of m.exports) {
      assert.ok(['js', 'custom-element-definition'].includes(x.kind));
      assert.ok(m.declarations.some((d) => d.name === x.declaration.name), `export ${x.name} has a declaration`);
    }
  }
  // The module's exports are declared.
  const exported = sorted(Object.keys(await import(join(ROOT, 'js/api.js'))));
  const declared = manifest.modules[0].exports.filter((x) => x.kind === 'js').map((x) => x.name);
  assert.deepEqual(sorted(declared), exported, 'custom-elements.json exports = js/api.js exports');
  if (existsSync(join(ROOT, 'pkg/custom-elements.json'))) assert.equal(read('pkg/custom-elements.json'), read('custom-elements.json'));
});
