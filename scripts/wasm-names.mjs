// Where a wasm's code bytes go, by function, from a build that kept its name section:
//   node scripts/wasm-names.mjs FILE.wasm [--top N] [--grep REGEX] [--generic]
// Prints the largest functions (body bytes, raw) with their demangled names; --grep keeps the
// names that match; --generic groups the instantiations of one generic function (the name
// with its type parameters taken out) and prints how many copies and bytes each has.
// A maintainer's tool (not run by the tests): the figures in docs/DESIGN.md's "Size" sections
// come from it, on a wasm built as scripts/build.sh does but with the names kept:
//   wasm-bindgen --keep-debug ..., then wasm-opt with the same flags minus --strip-debug.
import { readFileSync } from 'node:fs';
import { readName, readU32 } from './wasm-bytes.mjs';

const args = process.argv.slice(2);
const file = args[0];
if (!file || file.startsWith('--')) {
  console.error('usage: node scripts/wasm-names.mjs FILE.wasm [--top N] [--grep REGEX] [--generic]');
  process.exit(2);
}
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const top = Number(option('--top') ?? 40);
const grep = option('--grep') ? new RegExp(option('--grep')) : null;
const wasm = readFileSync(file);

let at = 8; // magic and version
const u32 = () => { let n; [n, at] = readU32(wasm, at); return n; };
const name = () => { let text; [text, at] = readName(wasm, at); return text; };

// Imported functions come first in the function index space.
let imports = 0;
const bodies = []; // body size of each defined function
const names = new Map(); // function index -> name
while (at < wasm.length) {
  const id = wasm[at++];
  const size = u32();
  const end = at + size;
  if (id === 2) {
    for (let n = u32(); n > 0; n--) {
      name();
      name();
      const kind = wasm[at++];
      if (kind === 0) {
        imports++;
        u32();
      } else if (kind === 1) {
        at++; // element type
        const flags = u32();
        u32();
        if (flags & 1) u32();
      } else if (kind === 2) {
        const flags = u32();
        u32();
        if (flags & 1) u32();
      } else if (kind === 3) {
        at += 2;
      } else {
        u32(); // tag: attribute and type
        u32();
      }
    }
  } else if (id === 10) {
    for (let n = u32(); n > 0; n--) {
      const length = u32();
      bodies.push(length);
      at += length;
    }
  } else if (id === 0 && name() === 'name') {
    while (at < end) {
      const sub = wasm[at++];
      const length = u32(); // read before `at` is: u32() moves it
      const subEnd = at + length;
      if (sub === 1) {
        for (let n = u32(); n > 0; n--) {
          const index = u32();
          names.set(index, name());
        }
      }
      at = subEnd;
    }
  }
  at = end;
}

// Rust's legacy mangling (`_ZN` length-prefixed parts `E`), as wasm-ld may leave it.
const demangle = (raw) => {
  if (!raw.startsWith('_ZN')) return raw;
  let i = 3;
  const parts = [];
  while (i < raw.length && raw[i] !== 'E') {
    let digits = '';
    while (/\d/.test(raw[i])) digits += raw[i++];
    if (!digits) break;
    parts.push(raw.slice(i, i + Number(digits)));
    i += Number(digits);
  }
  if (parts.length && /^h[0-9a-f]{16}$/.test(parts[parts.length - 1])) parts.pop();
  const escapes = { SP: '@', BP: '*', RF: '&', LT: '<', GT: '>', LP: '(', RP: ')', C: ',' };
  return parts
    .map((p) =>
      p
        .replace(/^_\$/, '$')
        .replace(/\$([A-Z]{1,2})\$/g, (m, e) => escapes[e] ?? m)
        .replace(/\$u([0-9a-f]+)\$/g, (_, hex) => String.fromCodePoint(parseInt(hex, 16)))
        .replace(/\.\./g, '::'),
    )
    .join('::');
};

const rows = bodies.map((bytes, i) => ({ bytes, name: demangle(names.get(imports + i) ?? `func[${imports + i}]`) }));
const total = rows.reduce((s, r) => s + r.bytes, 0);
const shown = grep ? rows.filter((r) => grep.test(r.name)) : rows;
const pad = (v, n) => String(v).padStart(n);

if (args.includes('--generic')) {
  // One generic function's copies: the name with every <...> taken out and the trailing hash
  // (`::h0123…`, or a `.123` suffix wasm-opt adds) dropped.
  const strip = (n) => {
    let out = '';
    let depth = 0;
    for (const c of n) {
      if (c === '<') depth++;
      else if (c === '>') depth--;
      else if (depth === 0) out += c;
    }
    return out.replace(/::h[0-9a-f]{16}$/, '').replace(/\.\d+$/, '');
  };
  const groups = new Map();
  for (const r of shown) {
    const key = strip(r.name);
    const g = groups.get(key) ?? { copies: 0, bytes: 0 };
    g.copies++;
    g.bytes += r.bytes;
    groups.set(key, g);
  }
  const list = [...groups].sort((a, b) => b[1].bytes - a[1].bytes).slice(0, top);
  for (const [key, g] of list) console.log(`${pad(g.bytes, 8)} ${pad(g.copies, 4)}  ${key}`);
} else {
  for (const r of [...shown].sort((a, b) => b.bytes - a.bytes).slice(0, top)) console.log(`${pad(r.bytes, 8)}  ${r.name}`);
}
const sum = shown.reduce((s, r) => s + r.bytes, 0);
console.log(`${shown.length} of ${rows.length} functions, ${sum} of ${total} code bytes`);
