// Gives the imports of a wasm-bindgen module short names, in the wasm and in its JS glue alike:
//   node scripts/short-imports.mjs DIR NAME   (DIR/NAME.js and DIR/NAME_bg.wasm, rewritten)
// wasm-bindgen names each import `__wbg_<what>_<16 hex digits>` under the module
// `./NAME_bg.js`; every visitor downloads those names twice (the wasm's import section, the
// glue's import object), and the hex digits do not compress. Measured on gmg_widgets
// (brotli 11): about 2.5 KB. The glue's own code is untouched: only the import object's keys
// change (a name used anywhere else in the glue is kept). wasm-bindgen's own exports get short
// names too (below: 0.2 KB more).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { readName, readU32 } from './wasm-bytes.mjs';

const [dir, name] = process.argv.slice(2);
if (!dir || !name) {
  console.error('usage: node scripts/short-imports.mjs DIR NAME');
  process.exit(2);
}
const jsFile = `${dir}/${name}.js`;
const wasmFile = `${dir}/${name}_bg.wasm`;
const wasm = readFileSync(wasmFile);
let js = readFileSync(jsFile, 'utf8');
const moduleName = `./${name}_bg.js`;

// Wasm binary reading: unsigned LEB128 and length-prefixed names.
let at = 0;
const u32 = () => { let n; [n, at] = readU32(wasm, at); return n; };
const leb = (n) => {
  const out = [];
  do {
    let byte = n & 0x7f;
    n = Math.floor(n / 128);
    if (n) byte |= 0x80;
    out.push(byte);
  } while (n);
  return Buffer.from(out);
};
const str = () => { let s; [s, at] = readName(wasm, at); return s; };
const named = (s) => {
  const bytes = Buffer.from(s, 'utf8');
  return Buffer.concat([leb(bytes.length), bytes]);
};

// Short names that are JS identifiers: a..z, A..Z, then two letters, and so on.
const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const short = (i) => {
  let s = '';
  do {
    s += letters[i % letters.length];
    i = Math.floor(i / letters.length) - 1;
  } while (i >= 0);
  return s;
};

if (wasm.readUInt32LE(0) !== 0x6d736100) throw new Error(`${wasmFile}: not a wasm module`);
at = 8;
const parts = [wasm.subarray(0, 8)];
let renamed = 0;
let exported = 0;
const INTERNAL = /^(__wbindgen_|__externref_|__wbg_|wasm_bindgen_)/;
// The type declarations wasm-bindgen wrote beside the glue, where they are.
const types = new Map(
  [`${dir}/${name}.d.ts`, `${dir}/${name}_bg.wasm.d.ts`]
    .filter((f) => existsSync(f))
    .map((f) => [f, readFileSync(f, 'utf8')]),
);
const kept = [];
while (at < wasm.length) {
  const start = at;
  const id = wasm[at++];
  const size = u32();
  const end = at + size;
  if (id === 7) {
    // The export section: (name, kind, index) per export. wasm-bindgen's own exports (its
    // allocator, tables, closure shims: `__wbindgen_*`, `__externref_*`, `__wbg_*`,
    // `wasm_bindgen_<hash>___convert__closures_____invoke___…`, some 150 characters long,
    // downloaded twice: here and in the glue) are read only by the glue, as `wasm.<name>`.
    // Renamed where every occurrence in the glue is such a property read, and in the type
    // declarations beside it; `memory` and the crate's own exports keep their names (init()
    // resolves to the exports, and pages may read `memory`). The new names start with `$`,
    // which no export of wasm-bindgen's does.
    const count = u32();
    const body = [leb(count)];
    for (let i = 0; i < count; i++) {
      let field = str();
      const descStart = at;
      at++; // kind
      u32(); // index
      const desc = wasm.subarray(descStart, at);
      const escaped = field.replace(/\$/g, '\\$');
      const every = js.match(new RegExp(`(?<![\\w$])${escaped}(?![\\w$])`, 'g'))?.length ?? 0;
      const reads = new RegExp(`(?<=\\.)${escaped}(?![\\w$])`, 'g');
      if (INTERNAL.test(field) && every > 0 && js.match(reads)?.length === every) {
        const to = `$${short(exported++)}`;
        js = js.replace(reads, to);
        for (const [file, text] of types) types.set(file, text.replace(new RegExp(`(?<=\\b(?:readonly|const) )${escaped}(?=:)`, 'g'), to));
        field = to;
      }
      body.push(named(field), desc);
    }
    if (at !== end) throw new Error(`${wasmFile}: export section not read to its end`);
    const section = Buffer.concat(body);
    parts.push(Buffer.from([7]), leb(section.length), section);
    continue;
  }
  if (id !== 2) {
    parts.push(wasm.subarray(start, end));
    at = end;
    continue;
  }
  // The import section: (module, field, description) per import.
  const count = u32();
  const body = [leb(count)];
  for (let i = 0; i < count; i++) {
    const module = str();
    let field = str();
    const descStart = at;
    const kind = wasm[at++];
    if (kind === 0x00) u32(); // function: type index
    else if (kind === 0x01 || kind === 0x02) {
      if (kind === 0x01) at++; // table: element type
      const flags = wasm[at++];
      u32();
      if (flags & 1) u32();
    } else if (kind === 0x03) at += 2; // global: value type, mutability
    else if (kind === 0x04) { at++; u32(); } // tag: attribute, type index
    else throw new Error(`${wasmFile}: unknown import kind ${kind}`);
    const desc = wasm.subarray(descStart, at);
    // Renamed only where the name occurs once in the glue, as a key of the import object
    // (no other code refers to it); the keys of that object are only imports, so the new
    // names need only differ from each other.
    const token = (suffix) => new RegExp(`(?<![\\w$])${field.replace(/\$/g, '\\$')}${suffix}`, 'g');
    if (module === moduleName && js.match(token(''))?.length === 1 && js.match(token('(?=:)'))?.length === 1) {
      const to = short(renamed++);
      js = js.replace(token('(?=:)'), to);
      field = to;
    } else if (module === moduleName) kept.push(field);
    body.push(named(module), named(field), desc);
  }
  if (at !== end) throw new Error(`${wasmFile}: import section not read to its end`);
  const section = Buffer.concat(body);
  parts.push(Buffer.from([2]), leb(section.length), section);
}
writeFileSync(wasmFile, Buffer.concat(parts));
writeFileSync(jsFile, js);
for (const [file, text] of types) writeFileSync(file, text);
console.log(`${name}: ${renamed} imports and ${exported} exports renamed${kept.length ? `, kept: ${kept.join(' ')}` : ''}`);
if (renamed === 0) throw new Error(`${jsFile}: no import renamed`);
