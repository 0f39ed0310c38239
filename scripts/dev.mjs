// `npm run dev`: the inner loop. Serves the demo (www/, as `npm run demo` does) and rebuilds
// what a change touches, into www/pkg, while it runs:
//   src/styles.css     the stylesheet file only (no cargo): ready at once
//   js/*.js            the two bundled entries and the workbench modules (esbuild)
//   src/**/*.rs        the visitor's wasm with the fast `wasm-dev` profile (no LTO, no
//                      wasm-opt), then the fragments and the stylesheet by the native renderer
// Reload the page to see a rebuild; the server sends nothing cached. Release files (pkg/) are
// not touched: `scripts/build.sh` (and so `npm test`) puts the release build back into www/pkg.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, watch, writeFileSync, copyFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './serve.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const out = join(root, 'www', 'pkg');
const POSITIONS = '/* Positions of markup shown without script';

const run = (cmd, args) => new Promise((ok, fail) => {
  const p = spawn(cmd, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  p.on('exit', (code) => (code === 0 ? ok() : fail(new Error(`${cmd} ${args.join(' ')}: exit ${code}`))));
});

const jobs = {
  /** The stylesheet: src/styles.css and the position rules of the last native render. */
  async css() {
    const file = join(out, 'gmg-widgets.css');
    const shipped = readFileSync(file, 'utf8');
    const at = shipped.indexOf(POSITIONS);
    if (at < 0) throw new Error(`${file} has no position rules: run scripts/build.sh once`);
    writeFileSync(file, `${readFileSync(join(root, 'src', 'styles.css'), 'utf8')}\n${shipped.slice(at)}`);
  },
  async js() {
    for (const entry of ['gmg-widgets', 'api']) {
      await run('node_modules/.bin/esbuild', [`js/${entry}.js`, '--bundle', '--format=esm', '--log-level=warning',
        '--external:./gmg_widgets.js', '--external:./gmg_tools.js', `--outfile=${join(out, `${entry}.js`)}`]);
    }
    for (const f of readdirSync(join(root, 'js')).filter((x) => x.startsWith('workbench'))) copyFileSync(join(root, 'js', f), join(out, f));
  },
  async rust() {
    await run('cargo', ['build', '--quiet', '--lib', '--profile', 'wasm-dev', '--target', 'wasm32-unknown-unknown', '--features', 'csr']);
    await run('wasm-bindgen', ['target/wasm32-unknown-unknown/wasm-dev/gmg_widgets.wasm', '--target', 'web', '--out-dir', out, '--out-name', 'gmg_widgets']);
    await run('cargo', ['build', '--quiet', '--bin', 'gmg-widgets', '--features', 'ssr,cli']);
    await run('target/debug/gmg-widgets', ['prerender', out]);
    copyFileSync(join(root, 'data', 'gmg.json'), join(out, 'gmg-data.json'));
  },
};

let running = null;
const pending = new Set();
async function rebuild(job) {
  pending.add(job);
  if (running) return;
  while (pending.size) {
    const [next] = pending;
    pending.delete(next);
    const start = performance.now();
    running = jobs[next]().then(
      () => console.log(`dev: ${next} rebuilt in ${((performance.now() - start) / 1000).toFixed(1)} s`),
      (e) => console.error(`dev: ${next} failed: ${e.message}`),
    );
    await running;
  }
  running = null;
}

if (!existsSync(join(out, 'gmg_widgets_bg.wasm')) || !existsSync(join(out, 'gmg_tools_bg.wasm'))) {
  console.log('dev: no build in www/pkg yet: one full build first (scripts/build.sh)');
  await run('scripts/build.sh', []);
}
let timer;
const changed = new Set();
const later = (job) => {
  changed.add(job);
  clearTimeout(timer);
  timer = setTimeout(() => { for (const j of changed) rebuild(j); changed.clear(); }, 100);
};
watch(join(root, 'src'), { recursive: true }, (_, name) => {
  if (!name) return;
  if (name === 'styles.css') later('css');
  else if (name.endsWith('.rs') || name.endsWith('.css')) later('rust');
});
watch(join(root, 'js'), { recursive: true }, (_, name) => name?.endsWith('.js') && later('js'));
watch(join(root, 'data'), (_, name) => name === 'gmg.json' && later('rust'));

const port = Number(process.env.PORT ?? 8000);
await serve(port);
console.log(`gmg-widgets dev: http://127.0.0.1:${port}/ (rebuilds on changes in src/, js/ and data/)`);
