// Completes pkg/ (after wasm-bindgen and the element module are in it) as the npm package
// `gmg-widgets`: package.json from npm/package.json with the name, version, description, license
// and repository of Cargo.toml; the TypeScript declarations, README and iframe page from npm/;
// custom-elements.json and the licence files from the repository root; the iframe page also into
// www/pkg/ for the demo. Then checks that every
// file the package lists exists and that the module finds its wasm relative to itself
// (import.meta.url), and lays out the versioned, hashed files (as `npm run dist` does) in
// www/pkg/dist/ for the demo's embed-code generator.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDist, cargoVersion } from './dist.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const pkg = join(root, 'pkg');
const npm = join(root, 'npm');
const fail = (msg) => { console.error(`package: ${msg}`); process.exit(1); };

const toml = readFileSync(join(root, 'Cargo.toml'), 'utf8');
const section = toml.slice(toml.indexOf('[package]'));
const field = (k) => new RegExp(`^${k}\\s*=\\s*"([^"]*)"`, 'm').exec(section)?.[1];
const version = cargoVersion(root);

const manifest = JSON.parse(readFileSync(join(npm, 'package.json'), 'utf8'));
const ordered = {
  name: 'gmg-widgets',
  version,
  description: field('description'),
  license: field('license'),
  repository: field('repository') ? { type: 'git', url: field('repository') } : undefined,
  ...Object.fromEntries(Object.entries(manifest).filter(([k]) => !['name', 'version', 'description', 'license'].includes(k))),
};
writeFileSync(join(pkg, 'package.json'), `${JSON.stringify(ordered, null, 2)}\n`);

const FRAME = ['frame.html', 'frame.js', 'frame.css', 'frame-host.js'];
for (const f of ['index.d.ts', 'define.js', 'define.d.ts', ...FRAME, 'workbench.html', 'workbench.css', 'workbench.d.ts']) {
  copyFileSync(join(npm, f), join(pkg, f));
}
// The demo's workbench page loads the workbench's stylesheet from www/pkg/ like its modules.
copyFileSync(join(npm, 'workbench.css'), join(root, 'www', 'pkg', 'workbench.css'));
writeFileSync(join(pkg, 'README.md'), readFileSync(join(npm, 'README.md'), 'utf8').replaceAll('{{VERSION}}', version));
for (const f of ['custom-elements.json', 'LICENSE-MIT', 'LICENSE-APACHE']) copyFileSync(join(root, f), join(pkg, f));

// Every file the package promises is there, and every export target is a listed file.
for (const f of manifest.files) if (!existsSync(join(pkg, f))) fail(`pkg/${f} is listed in "files" but missing`);
const targets = Object.values(manifest.exports).flatMap((t) => (typeof t === 'string' ? [t] : Object.values(t)));
for (const t of targets) {
  const f = t.replace(/^\.\//, '');
  // A pattern target (`./strings/*`) is covered by its listed folder (`strings/`), which must hold files.
  const folder = f.endsWith('/*') ? f.slice(0, -1) : null;
  if (folder) {
    if (!manifest.files.includes(folder) || !existsSync(join(pkg, folder)) || readdirSync(join(pkg, folder)).length === 0) fail(`export target ${t}: the folder ${folder} is not in "files" or is empty`);
  } else if (f !== 'package.json' && !manifest.files.includes(f)) fail(`export target ${t} is not in "files"`);
}

// Without a bundler the module must find its wasm next to itself, not next to the page.
const entry = readFileSync(join(pkg, 'gmg-widgets.js'), 'utf8');
const glue = readFileSync(join(pkg, 'gmg_widgets.js'), 'utf8');
const relative = /new URL\(\s*['"](\.\/)?gmg_widgets_bg\.wasm['"]\s*,\s*import\.meta\.url\s*\)/;
if (!relative.test(entry) && !relative.test(glue)) fail('neither gmg-widgets.js nor the glue resolves the wasm via import.meta.url');

// The demo serves the same iframe page as the package (www/pkg/frame.html): one page, not two.
mkdirSync(join(root, 'www', 'pkg'), { recursive: true });
for (const f of FRAME) copyFileSync(join(pkg, f), join(root, 'www', 'pkg', f));

// The hashed, versioned layout for the demo's generator (served from www/pkg/dist/).
const www = join(root, 'www', 'pkg', 'dist');
const dist = buildDist({ pkgDir: pkg, out: www, alias: false });
writeFileSync(join(www, 'current.json'), `${JSON.stringify(dist, null, 2)}\n`);
console.log(`package: pkg/ is the npm package gmg-widgets@${version}; www/pkg/dist/${version}/ has the hashed files`);
