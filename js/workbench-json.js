// The workbench's edits to the JSON text: each form or translation change rewrites only the
// value it changes, so the rest of the file keeps its exact bytes (and the diff shows only what
// the team changed). Plain functions, no DOM: tested in Node (tests/page/workbench-unit.test.mjs).

/**
 * Scans JSON `text` (already known to parse) into a tree of spans: {type, start, end,
 * items?, members?} where members are [{key, keyStart, value}]. Offsets are UTF-16 indices.
 */
export function scan(text) {
  let i = 0;
  const ws = () => { while (i < text.length && ' \t\n\r'.includes(text[i])) i++; };
  const string = () => {
    const start = i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return { type: 'string', start, end: i };
  };
  const value = () => {
    ws();
    const start = i;
    const c = text[i];
    if (c === '{') {
      i++;
      const members = [];
      ws();
      if (text[i] === '}') { i++; return { type: 'object', start, end: i, members }; }
      for (;;) {
        ws();
        const keyStart = i;
        const k = string();
        const key = JSON.parse(text.slice(k.start, k.end));
        ws();
        i++; // :
        const v = value();
        members.push({ key, keyStart, value: v });
        ws();
        if (text[i++] === '}') return { type: 'object', start, end: i, members };
      }
    }
    if (c === '[') {
      i++;
      const items = [];
      ws();
      if (text[i] === ']') { i++; return { type: 'array', start, end: i, items }; }
      for (;;) {
        items.push(value());
        ws();
        if (text[i++] === ']') return { type: 'array', start, end: i, items };
      }
    }
    if (c === '"') return string();
    while (i < text.length && !',]} \t\n\r'.includes(text[i])) i++;
    return { type: 'literal', start, end: i };
  };
  return value();
}

/** The node at `path` (keys and indices), or null. */
export function nodeAt(root, path) {
  let node = root;
  for (const step of path) {
    if (!node) return null;
    if (typeof step === 'number') node = node.type === 'array' ? node.items[step] : null;
    else node = node.type === 'object' ? node.members.find((m) => m.key === step)?.value : null;
  }
  return node ?? null;
}

/** The whitespace that starts the line holding offset `at`. */
function indentOf(text, at) {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart))[0];
}

/** Whether offset `at` is the first non-blank character of its line. */
function startsLine(text, at) {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  return /^[ \t]*$/.test(text.slice(lineStart, at));
}

/** The unit of indentation the file uses (two spaces when it cannot tell). */
function indentUnit(text) {
  const m = /\n([ \t]+)"/.exec(text);
  return m ? (m[1].startsWith('\t') ? '\t' : ' '.repeat(Math.min(m[1].length, 4))) : '  ';
}

/**
 * `value` as JSON: laid out over lines (continuation lines start with `indent`) in a file
 * written that way, on one line in a compact file.
 */
function serialize(value, indent, unit, multiline) {
  if (!multiline) return compact(value);
  return JSON.stringify(value, null, unit).replace(/\n/g, `\n${indent}`);
}

/** One-line JSON with a space after each comma and colon, as people write it by hand. */
function compact(value) {
  if (Array.isArray(value)) return `[${value.map(compact).join(', ')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => `${JSON.stringify(k)}: ${compact(v)}`).join(', ')}}`;
  }
  return JSON.stringify(value);
}

const isMultiline = (text, node) => text.slice(node.start, node.end).includes('\n');

/** Replaces the value of `node` by `value`, laid out as the old value was. */
function replaceNode(text, node, value) {
  const out = serialize(value, indentOf(text, node.start), indentUnit(text), isMultiline(text, node));
  return text.slice(0, node.start) + out + text.slice(node.end);
}

/**
 * Sets the value at `path` (object keys and array indices) to `value`, adding the key (at the
 * end of its object) when it is missing; `undefined` removes the key. Returns the new text.
 */
export function setAt(text, path, value) {
  const root = scan(text);
  const node = nodeAt(root, path);
  if (value === undefined) return node ? removeAt(text, path) : text;
  if (node) return replaceNode(text, node, value);
  const parentPath = path.slice(0, -1);
  const key = path[path.length - 1];
  const parent = nodeAt(root, parentPath);
  if (!parent) {
    // Build the missing parents as part of the value.
    const grand = parentPath.slice(0, -1);
    const wrapped = typeof key === 'number' ? [value] : { [key]: value };
    return setAt(text, [...grand, parentPath[parentPath.length - 1]], wrapped);
  }
  if (parent.type === 'array') return appendItem(text, parent, value);
  return addMember(text, parent, key, value);
}

/** Appends `value` at the end of array `path` (created when missing). */
export function append(text, path, value) {
  const root = scan(text);
  const node = nodeAt(root, path);
  if (!node) return setAt(text, path, [value]);
  return appendItem(text, node, value);
}

function appendItem(text, array, value) {
  const unit = indentUnit(text);
  const last = array.items[array.items.length - 1];
  if (!last) {
    const outer = indentOf(text, array.start);
    const multiline = text.includes('\n');
    if (!multiline) return `${text.slice(0, array.start)}[${serialize(value, '', unit, false)}]${text.slice(array.end)}`;
    const inner = outer + unit;
    return `${text.slice(0, array.start)}[\n${inner}${serialize(value, inner, unit, true)}\n${outer}]${text.slice(array.end)}`;
  }
  if (startsLine(text, last.start)) {
    const indent = indentOf(text, last.start);
    return `${text.slice(0, last.end)},\n${indent}${serialize(value, indent, unit, isMultiline(text, last))}${text.slice(last.end)}`;
  }
  return `${text.slice(0, last.end)}, ${serialize(value, '', unit, false)}${text.slice(last.end)}`;
}

function addMember(text, object, key, value) {
  const unit = indentUnit(text);
  const last = object.members[object.members.length - 1];
  const name = JSON.stringify(key);
  if (!last) {
    if (!text.includes('\n')) return `${text.slice(0, object.start)}{${name}: ${serialize(value, '', unit, false)}}${text.slice(object.end)}`;
    const outer = indentOf(text, object.start);
    const inner = outer + unit;
    return `${text.slice(0, object.start)}{\n${inner}${name}: ${serialize(value, inner, unit, true)}\n${outer}}${text.slice(object.end)}`;
  }
  if (startsLine(text, last.keyStart)) {
    const indent = indentOf(text, last.keyStart);
    return `${text.slice(0, last.value.end)},\n${indent}${name}: ${serialize(value, indent, unit, true)}${text.slice(last.value.end)}`;
  }
  return `${text.slice(0, last.value.end)}, ${name}: ${serialize(value, '', unit, false)}${text.slice(last.value.end)}`;
}

/** Removes the key or array item at `path`, with its comma. */
export function removeAt(text, path) {
  const root = scan(text);
  const parent = nodeAt(root, path.slice(0, -1));
  const key = path[path.length - 1];
  if (!parent) return text;
  const entries = parent.type === 'array'
    ? parent.items.map((v) => ({ start: v.start, end: v.end }))
    : parent.members.map((m) => ({ start: m.keyStart, end: m.value.end, key: m.key }));
  const index = parent.type === 'array' ? key : entries.findIndex((e) => e.key === key);
  const entry = entries[index];
  if (!entry) return text;
  if (entries.length === 1) {
    return text.slice(0, parent.start + 1) + text.slice(parent.end - 1);
  }
  if (index > 0) return text.slice(0, entries[index - 1].end) + text.slice(entry.end);
  return text.slice(0, entry.start) + text.slice(entries[1].start);
}

/** A path as the validator writes it: ['chair_terms', 2, 'to'] -> "chair_terms[2].to". */
export function pathString(path) {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i ? `.${p}` : p)).join('');
}

/** 1-based line of offset `at`. */
export function lineOf(text, at) {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** The offset of `path` in `text` (0 when absent). */
export function offsetOf(text, path) {
  try { return nodeAt(scan(text), path)?.start ?? 0; } catch { return 0; }
}

/** Character offset of a 1-based line and column (columns counted in code points). */
export function offsetOfLineColumn(value, line, column) {
  let at = 0;
  for (let l = 1; l < line; l++) {
    const nl = value.indexOf('\n', at);
    if (nl < 0) return value.length;
    at = nl + 1;
  }
  let col = 1;
  while (col < column && at < value.length && value[at] !== '\n') {
    at += value.codePointAt(at) > 0xffff ? 2 : 1;
    col++;
  }
  return at;
}

// --- ids ---

const STOP = new Set(['of', 'the', 'on', 'and', 'for', 'to', 'a', 'an', 'in', 'de', 'la', 'le', 'et', 'des', 'du']);

/** "United Nations University" -> "united-nations-university" (at most `words` words). */
export function slug(text, words = 5) {
  const parts = String(text ?? '').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .split(/[^a-z0-9]+/).filter(Boolean);
  const kept = parts.length > words ? parts.filter((p) => !STOP.has(p)) : parts;
  return kept.slice(0, words).join('-');
}

/** `base`, or `base-2`, `base-3`, ... whichever is not in `taken` (a Set). */
export function uniqueId(base, taken) {
  const b = base || 'item';
  if (!taken.has(b)) return b;
  for (let n = 2; ; n++) if (!taken.has(`${b}-${n}`)) return `${b}-${n}`;
}

/** Every id declared in the data (all lists), as a Set. */
export function allIds(data) {
  const ids = new Set();
  for (const list of ['members', 'chair_terms', 'streams', 'events', 'outcomes', 'sources']) {
    for (const item of Array.isArray(data?.[list]) ? data[list] : []) if (typeof item?.id === 'string') ids.add(item.id);
  }
  return ids;
}

// --- dates ---

/** Whether `s` is a date the data format accepts: YYYY, YYYY-MM or YYYY-MM-DD (a real day). */
export function isDate(s) {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s ?? '');
  if (!m) return false;
  const [, y, mo, d] = m;
  if (mo && (mo < 1 || mo > 12)) return false;
  if (d) {
    const days = new Date(Date.UTC(Number(y), Number(mo), 0)).getUTCDate();
    if (d < 1 || d > days) return false;
  }
  return true;
}

/** The first day a written date stands for, as YYYY-MM-DD (for comparisons). */
export const firstDay = (s) => (s.length === 4 ? `${s}-01-01` : s.length === 7 ? `${s}-01` : s);

/** The last day a written date stands for, as YYYY-MM-DD. */
export function lastDay(s) {
  if (s.length === 4) return `${s}-12-31`;
  if (s.length === 7) {
    const [y, m] = s.split('-').map(Number);
    return `${s}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
  }
  return s;
}

// --- texts ---

export const LANGS = ['ar', 'zh', 'en', 'fr', 'ru', 'es'];
/** The order the GMG data writes a text's languages in. */
export const FILE_ORDER = ['en', 'fr', 'es', 'ru', 'zh', 'ar'];
export const LANG_NAMES = { ar: 'Arabic', zh: 'Chinese', en: 'English', fr: 'French', ru: 'Russian', es: 'Spanish' };

/** A Text (string or object) as {en: ..., fr: ..., needs_review: [...]} (a copy). */
export function textObject(value) {
  if (typeof value === 'string') return { en: value };
  if (value && typeof value === 'object' && !Array.isArray(value)) return { ...value };
  return {};
}

/** The English of a Text, or its first language, or ''. */
export function english(value) {
  if (typeof value === 'string') return value;
  if (!value || typeof value !== 'object') return '';
  return value.en ?? LANGS.map((l) => value[l]).find((s) => typeof s === 'string') ?? '';
}

/**
 * A Text object with its languages in the file's order, blanks removed, needs_review last
 * (and dropped when empty). Other keys (unknown to this version) are kept after the languages.
 */
export function tidyText(obj) {
  const out = {};
  for (const l of FILE_ORDER) if (typeof obj[l] === 'string' && obj[l].trim() !== '') out[l] = obj[l];
  for (const [k, v] of Object.entries(obj)) if (!FILE_ORDER.includes(k) && k !== 'needs_review') out[k] = v;
  const review = (Array.isArray(obj.needs_review) ? obj.needs_review : []).filter((l) => l in out);
  if (review.length) out.needs_review = [...new Set(review)];
  return out;
}
