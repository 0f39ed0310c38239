// `npm run dist`: lays out pkg/ (built by scripts/build.sh) as a versioned, immutable folder for
// static hosting or a CDN:
//
//   dist/VERSION/gmg-widgets.HASH.js      the script-tag entry (defines the elements)
//   dist/VERSION/gmg_widgets.HASH.js      the wasm-bindgen glue it imports
//   dist/VERSION/gmg_widgets_bg.HASH.wasm the WebAssembly module
//   dist/VERSION/gmg-data.HASH.json       the built-in data (fetched only by widgets without src/data)
//   dist/VERSION/frame.html (+ hashed .js/.css)  the page the iframe snippet points at
//   dist/VERSION/gmg-widgets.HASH.css     the stylesheet (pre-rendered markup links it)
//   dist/VERSION/fragments/W.LANG.html    pre-rendered widgets of the built-in data, which the
//                                         entry shows before the wasm (under VERSION/, so
//                                         immutable with it; not hashed: named by widget)
//   dist/VERSION/frame-host.HASH.js       the host page's script that sizes GMG iframes
//   dist/VERSION/integrity.json           every file's sha384 SRI, size, and the snippets
//   dist/VERSION/snippet.html             the script-tag snippet, ready to paste
//   dist/latest/gmg-widgets.js            unversioned alias (short cache; no SRI possible)
//   dist/_headers                         cache and CORS headers (Netlify / Cloudflare Pages
//                                         syntax): every file with Access-Control-Allow-Origin: *,
//                                         which `crossorigin` + SRI need on a partner's origin
//
// Files import each other by relative URL ('./gmg_widgets.js', new URL('gmg_widgets_bg.wasm',
// import.meta.url)), so the hashed names are rewritten inside the files, leaves first: a file's
// hash covers the hashed names of what it imports, and the entry's hash therefore pins the
// whole graph (the SRI attribute itself only checks the entry's own bytes).
//
//   node scripts/dist.mjs [--out DIR] [--base URL] [--update-readme]
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fallbackHtml } from '../www/fallback.js';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const DEFAULT_BASE = 'https://your-host/gmg-widgets/';

export const sri = (data) => `sha384-${createHash('sha384').update(data).digest('base64')}`;
const shortHash = (data) => createHash('sha384').update(data).digest('hex').slice(0, 10);
const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A quoted reference to a sibling file: 'name', "name", './name' or "./name". */
const refRe = (name) => new RegExp(`(['"\`])(\\./)?${escapeRe(name)}\\1`, 'g');

/** The package's version (from Cargo.toml, like pkg/package.json's). */
export function cargoVersion(root = ROOT) {
  const toml = readFileSync(join(root, 'Cargo.toml'), 'utf8');
  const pkg = toml.slice(toml.indexOf('[package]'));
  return /^version\s*=\s*"([^"]+)"/m.exec(pkg)[1];
}

/**
 * Computes the hashed files from pkgDir in memory: a Map of logical name -> {file, data,
 * integrity, bytes}. Text files have their references to siblings rewritten to hashed names.
 */
export function hashFiles(pkgDir) {
  const names = readdirSync(pkgDir).filter((f) => (/\.(js|wasm|css)$/.test(f) && f !== 'define.js') || f === 'gmg-data.json');
  const sources = new Map(names.map((f) => [f, readFileSync(join(pkgDir, f))]));
  const isText = (f) => !f.endsWith('.wasm') && !f.endsWith('.json');
  const deps = new Map(names.map((f) => {
    const text = isText(f) ? sources.get(f).toString('utf8') : '';
    return [f, names.filter((g) => g !== f && refRe(g).test(text))];
  }));
  const out = new Map();
  const visiting = new Set();
  const visit = (f) => {
    if (out.has(f)) return out.get(f);
    if (visiting.has(f)) throw new Error(`dist: import cycle through ${f}`);
    visiting.add(f);
    let data = sources.get(f);
    if (isText(f)) {
      let text = data.toString('utf8');
      for (const g of deps.get(f)) {
        const hashed = visit(g).file;
        text = text.replace(refRe(g), (_, q, dot) => `${q}${dot ?? ''}${hashed}${q}`);
      }
      data = Buffer.from(text, 'utf8');
    }
    const dot = f.lastIndexOf('.');
    const file = `${f.slice(0, dot)}.${shortHash(data)}${f.slice(dot)}`;
    const entry = { file, data, integrity: sri(data), bytes: data.length };
    out.set(f, entry);
    visiting.delete(f);
    return entry;
  };
  for (const f of names) visit(f);
  return out;
}

const tag = (name, attrs) => `<${name} ${Object.entries(attrs).map(([k, v]) => (v === true ? k : `${k}="${v}"`)).join(' ')}>`;

/** The snippets handed out for one version (base ends with '/'). */
export function snippets(manifest, base = DEFAULT_BASE) {
  const at = (logical) => {
    const f = manifest.files[logical];
    return { url: `${base}${manifest.version}/${f.file}`, integrity: f.integrity };
  };
  const entry = at('gmg-widgets.js');
  const glue = at('gmg_widgets.js');
  const script = `${tag('script', { type: 'module', src: entry.url, integrity: entry.integrity, crossorigin: 'anonymous' })}</script>`;
  const preload = tag('link', { rel: 'modulepreload', href: glue.url, integrity: glue.integrity, crossorigin: 'anonymous' });
  const host = manifest.files['frame-host.js'] && at('frame-host.js');
  const frameHost = host && `${tag('script', { type: 'module', src: host.url, integrity: host.integrity, crossorigin: 'anonymous' })}</script>`;
  return { script, preload, entry, glue, frame: `${base}${manifest.version}/frame.html`, frameHost };
}

/** Writes OUT/VERSION/ (replacing it) and returns its manifest. */
export function buildDist({ pkgDir = join(ROOT, 'pkg'), out = join(ROOT, 'dist'), base = DEFAULT_BASE, version = cargoVersion(), alias = true } = {}) {
  if (!existsSync(join(pkgDir, 'gmg-widgets.js')) || !existsSync(join(pkgDir, 'gmg_widgets_bg.wasm'))) {
    throw new Error(`dist: ${pkgDir} has no build; run scripts/build.sh first`);
  }
  const hashed = hashFiles(pkgDir);
  const dir = join(out, version);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const files = {};
  for (const [logical, h] of [...hashed].sort(([a], [b]) => a.localeCompare(b))) {
    writeFileSync(join(dir, h.file), h.data);
    files[logical] = { file: h.file, integrity: h.integrity, bytes: h.bytes };
  }
  // frame.html: the iframe target, with SRI on its own script and stylesheet.
  if (existsSync(join(pkgDir, 'frame.html')) && hashed.has('frame.js')) {
    let html = readFileSync(join(pkgDir, 'frame.html'), 'utf8');
    for (const [name, attr] of [['frame.js', 'src'], ['frame.css', 'href']]) {
      const h = hashed.get(name);
      if (!h) continue;
      html = html.replace(`${attr}="${name}"`, `${attr}="${h.file}" integrity="${h.integrity}" crossorigin="anonymous"`);
    }
    const g = hashed.get('gmg_widgets.js');
    html = html.replace('<!-- modulepreload -->', tag('link', { rel: 'modulepreload', href: g.file, integrity: g.integrity, crossorigin: 'anonymous' }));
    const data = Buffer.from(html, 'utf8');
    writeFileSync(join(dir, 'frame.html'), data);
    files['frame.html'] = { file: 'frame.html', integrity: sri(data), bytes: data.length };
  }
  // The built fragments and the interface packs: fetched by the module at addresses it makes
  // (so not hashed: versioned by the directory).
  for (const [sub, ext] of [['fragments', '.html'], ['strings', '.json']]) {
    const from = join(pkgDir, sub);
    if (!existsSync(from)) continue;
    mkdirSync(join(dir, sub));
    for (const f of readdirSync(from).filter((x) => x.endsWith(ext)).sort()) {
      const data = readFileSync(join(from, f));
      writeFileSync(join(dir, sub, f), data);
      files[`${sub}/${f}`] = { file: `${sub}/${f}`, integrity: sri(data), bytes: data.length };
    }
  }
  for (const lic of ['LICENSE-MIT', 'LICENSE-APACHE']) {
    const src = existsSync(join(pkgDir, lic)) ? join(pkgDir, lic) : join(ROOT, lic);
    const data = readFileSync(src);
    writeFileSync(join(dir, lic), data);
    files[lic] = { file: lic, integrity: sri(data), bytes: data.length };
  }
  const manifest = { name: 'gmg-widgets', version, entry: 'gmg-widgets.js', files };
  const s = snippets(manifest, base);
  manifest.snippet = `${s.preload}\n${s.script}`;
  writeFileSync(join(dir, 'integrity.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  // The element carries a fallback for readers without script: the chairs, listed in English
  // (the demo's generator writes it in any of the six languages, for any widget).
  const data = JSON.parse(readFileSync(join(ROOT, 'data', 'gmg.json'), 'utf8'));
  writeFileSync(join(dir, 'snippet.html'), `<!-- gmg-widgets ${version}: paste into the page, then use the elements. -->\n${manifest.snippet}\n<gmg-chairs lang="en">\n${fallbackHtml(data, 'chairs', 'en')}\n</gmg-chairs>\n`);
  if (alias) {
    mkdirSync(join(out, 'latest'), { recursive: true });
    writeFileSync(join(out, 'latest', 'gmg-widgets.js'),
      `// Unversioned alias of gmg-widgets ${version}: serve with a short max-age. Prefer ../${version}/ with SRI.\nexport * from '../${version}/${files['gmg-widgets.js'].file}';\n`);
    const versions = readdirSync(out).filter((d) => /^\d+\.\d+\.\d+/.test(d)).sort();
    writeFileSync(join(out, '_headers'), [
      '# Cache headers for dist/ (Netlify / Cloudflare Pages syntax; see README "Distribution").',
      ...versions.flatMap((v) => [`/${v}/*`, '  Cache-Control: public, max-age=31536000, immutable', '  Access-Control-Allow-Origin: *']),
      '/latest/*', '  Cache-Control: public, max-age=300, must-revalidate', '  Access-Control-Allow-Origin: *',
      '/*.wasm', '  Content-Type: application/wasm', '',
    ].join('\n'));
  }
  return manifest;
}

/** Rewrites the snippet between the README's dist markers (inside "## Distribution"). */
export function updateReadme(manifest, base = DEFAULT_BASE, readmePath = join(ROOT, 'README.md')) {
  const readme = readFileSync(readmePath, 'utf8');
  const start = '<!-- dist-snippet:start -->';
  const end = '<!-- dist-snippet:end -->';
  const i = readme.indexOf(start);
  const j = readme.indexOf(end);
  if (i < 0 || j < i) throw new Error('README.md has no dist-snippet markers');
  const block = `${start}\n\`\`\`html\n${manifest.snippet}\n<gmg-chairs lang="fr"></gmg-chairs>\n\`\`\`\n`;
  writeFileSync(readmePath, readme.slice(0, i) + block + readme.slice(j));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name) => { const k = process.argv.indexOf(name); return k > 0 ? process.argv[k + 1] : undefined; };
  let base = arg('--base') ?? DEFAULT_BASE;
  if (!base.endsWith('/')) base += '/';
  const out = resolve(arg('--out') ?? join(ROOT, 'dist'));
  const manifest = buildDist({ out, base });
  for (const [logical, f] of Object.entries(manifest.files)) {
    console.log(`${logical.padEnd(22)} ${f.file.padEnd(34)} ${String(f.bytes).padStart(8)}  ${f.integrity}`);
  }
  console.log(`\n${out}/${manifest.version}/ written; the snippet:\n\n${manifest.snippet}\n`);
  if (process.argv.includes('--update-readme')) { updateReadme(manifest, base); console.log('README.md snippet updated'); }
}
