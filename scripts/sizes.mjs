// Prints each pkg/ file's size raw, gzip -9 and brotli; with --check, fails when the
// script-tag payload (wasm + JS, brotli) exceeds the budget written in README.md.
import { readFileSync, readdirSync } from 'node:fs';
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

// The script-tag payload: what a visitor downloads for one `<script type="module">` embed.
const payload = rows.filter((r) => ['gmg_widgets_bg.wasm', 'gmg_widgets.js', 'gmg-widgets.js'].includes(r.file));
const total = payload.reduce((s, r) => s + r.brotli, 0);
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const budget = Number(/size budget: \*\*([\d,]+) bytes\*\*/i.exec(readme)?.[1].replace(/,/g, ''));
console.log(`script-tag payload (wasm + JS glue + element module), brotli: ${total} bytes; budget ${budget} bytes`);
if (process.argv.includes('--check')) {
  if (!Number.isFinite(budget)) { console.error('no "Size budget: **N bytes**" line in README.md'); process.exit(1); }
  if (total > budget) { console.error(`over budget by ${total - budget} bytes`); process.exit(1); }
}
