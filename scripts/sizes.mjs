// Prints each pkg/ file's size raw, gzip -9 and brotli; with --check, fails when the
// script-tag payload (wasm + JS, brotli), the data file, an interface pack or the stylesheet
// exceeds its budget
// written in README.md (brotli quality 11).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const dir = new URL('../pkg/', import.meta.url);
const files = readdirSync(dir).filter((f) => /\.(wasm|js)$/.test(f)).sort();
const rows = files.map((f) => {
  const data = readFileSync(new URL(f, dir));
  return {
    file: f,
    raw: data.length,
    gzip: gzipSync(data, { level: 9 }).length,
    brotli: brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
});
const pad = (v, n) => String(v).padStart(n);
console.log(`${'file'.padEnd(28)}${pad('raw', 10)}${pad('gzip -9', 10)}${pad('brotli', 10)}`);
for (const r of rows) console.log(`${r.file.padEnd(28)}${pad(r.raw, 10)}${pad(r.gzip, 10)}${pad(r.brotli, 10)}`);

// The script-tag payload: what a visitor downloads for one `<script type="module">` embed (the
// entry shows first content, then imports the API module api.js, which loads the glue and wasm).
const payload = rows.filter((r) => ['gmg_widgets_bg.wasm', 'gmg_widgets.js', 'gmg-widgets.js', 'api.js'].includes(r.file));
const total = payload.reduce((s, r) => s + r.brotli, 0);
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const budgetOf = (label) => Number(new RegExp(`${label}: \\*\\*([\\d,]+) bytes\\*\\*`, 'i').exec(readme)?.[1].replace(/,/g, ''));
const budget = budgetOf('Size budget');
console.log(`script-tag payload (wasm + JS glue + element modules), brotli: ${total} bytes; budget ${budget} bytes`);

// Fetched beside the code, each with its own budget: the built-in data (only by widgets with
// neither src nor inline data), the interface pack of a language other than English, and the
// stylesheet (the shipped file when the build writes one,
// else the text the wasm carries).
const brotli = (data) => brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const others = [
  ['data file (pkg/gmg-data.json)', 'Data budget', [new URL('gmg-data.json', dir)]],
  ['stylesheet', 'CSS budget', [new URL('gmg-widgets.css', dir), new URL('../src/styles.css', import.meta.url)]],
  // The interface text of one language (fetched for a widget in it; English is in the wasm):
  // the largest of the five packs.
  ['interface pack (largest of pkg/strings/)', 'Pack budget', existsSync(new URL('strings/', dir))
    ? readdirSync(new URL('strings/', dir)).map((f) => new URL(`strings/${f}`, dir))
      .map((f) => [brotli(readFileSync(f)), f]).sort((a, b) => b[0] - a[0]).map(([, f]) => f) : []],
].map(([what, label, candidates]) => {
  const file = candidates.find((f) => existsSync(f));
  const bytes = file ? brotli(readFileSync(file)) : NaN;
  const limit = budgetOf(label);
  console.log(`${what}, brotli: ${bytes} bytes; budget ${limit} bytes`);
  return { what, label, bytes, limit };
});

if (process.argv.includes('--check')) {
  let failed = false;
  for (const [what, label, bytes, limit] of [['script-tag payload', 'Size budget', total, budget], ...others.map((o) => [o.what, o.label, o.bytes, o.limit])]) {
    if (!Number.isFinite(limit)) { console.error(`no "${label}: **N bytes**" line in README.md`); failed = true; }
    else if (!Number.isFinite(bytes)) { console.error(`${what}: file missing (run scripts/build.sh)`); failed = true; }
    else if (bytes > limit) { console.error(`${what}: over budget by ${bytes - limit} bytes`); failed = true; }
  }
  if (failed) process.exit(1);
}
