// What changed between the published data file and the workbench's text: in words, item by
// item ("chair term added: UNU 2017"), and as a line diff of the text. Plain functions, no DOM.
import { english, firstDay, isDate, lastDay } from './workbench-json.js';

const LISTS = [
  ['members', 'member'], ['chair_terms', 'chair term'], ['streams', 'stream'],
  ['events', 'event'], ['outcomes', 'outcome'], ['sources', 'source'],
];

const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const short = (v) => {
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
};

/** A year, or the dates as written ("2013-07 to 2013-12"), for a chair term's label. */
function span(from, to) {
  if (typeof from !== 'string') return '';
  if (typeof to !== 'string' || to === from) return from;
  const year = from.slice(0, 4);
  if (isDate(from) && isDate(to) && firstDay(from) === `${year}-01-01` && lastDay(to) === `${year}-12-31`) return year;
  return `${from} to ${to}`;
}

/** How a person names an item: "UNU 2017" for a chair term, the English name otherwise. */
export function itemLabel(list, item, data) {
  if (!isObject(item)) return '(not an object)';
  if (list === 'chair_terms') {
    const member = (data?.members ?? []).find((m) => m?.id === item.member);
    const who = english(member?.short_name) || item.member || '?';
    return `${who} ${span(item.from, item.to)}`.trim();
  }
  const name = english(item.short_name) || english(item.name) || english(item.title);
  return name || item.id || '?';
}

/** The changed fields of two values, as phrases: "to: 2014 → 2015", "name (fr) added". */
function fieldChanges(a, b, prefix = '') {
  const out = [];
  const keys = [...new Set([...Object.keys(a ?? {}), ...Object.keys(b ?? {})])];
  for (const k of keys) {
    const x = a?.[k];
    const y = b?.[k];
    if (JSON.stringify(x) === JSON.stringify(y)) continue;
    const name = prefix ? `${prefix}.${k}` : k;
    const isText = (v) => typeof v === 'string' || (isObject(v) && ('en' in v));
    if (k === 'needs_review' && prefix) {
      const before = new Set(Array.isArray(x) ? x : []);
      const after = new Set(Array.isArray(y) ? y : []);
      const reviewed = [...before].filter((l) => !after.has(l));
      const flagged = [...after].filter((l) => !before.has(l));
      if (reviewed.length) out.push(`${prefix} (${reviewed.join(', ')}) marked reviewed`);
      if (flagged.length) out.push(`${prefix} (${flagged.join(', ')}) marked for review`);
      continue;
    }
    if (x === undefined) out.push(`${name} added: ${short(english(y) || y)}`);
    else if (y === undefined) out.push(`${name} removed`);
    else if (isText(x) && isText(y) && !prefix && (isObject(x) || isObject(y))) {
      const tx = isObject(x) ? x : { en: x };
      const ty = isObject(y) ? y : { en: y };
      out.push(...fieldChanges(tx, ty, k).map((s) => s.replace(new RegExp(`^${k}\\.(\\w\\w) `), `${k} ($1) `)));
    } else if (isObject(x) && isObject(y)) out.push(...fieldChanges(x, y, name));
    else out.push(`${name}: ${short(x)} → ${short(y)}`);
  }
  return out;
}

/**
 * The changes from `before` to `after` (parsed data files) in words: one entry per item added,
 * removed or changed, {kind: 'added'|'removed'|'changed'|'moved', text, details: [..]}.
 */
export function describeChanges(before, after) {
  const out = [];
  const a = isObject(before) ? before : {};
  const b = isObject(after) ? after : {};
  for (const [list, what] of LISTS) {
    const xs = Array.isArray(a[list]) ? a[list] : [];
    const ys = Array.isArray(b[list]) ? b[list] : [];
    const byId = (arr) => new Map(arr.filter((i) => isObject(i) && typeof i.id === 'string').map((i) => [i.id, i]));
    const old = byId(xs);
    const now = byId(ys);
    for (const item of ys) {
      if (!isObject(item)) continue;
      const prev = old.get(item.id);
      if (!prev) out.push({ kind: 'added', text: `${what} added: ${itemLabel(list, item, b)}`, details: [`id ${item.id}`] });
      else if (JSON.stringify(prev) !== JSON.stringify(item)) {
        out.push({ kind: 'changed', text: `${what} changed: ${itemLabel(list, item, b)}`, details: fieldChanges(prev, item) });
      }
    }
    for (const item of xs) {
      if (isObject(item) && !now.has(item.id)) out.push({ kind: 'removed', text: `${what} removed: ${itemLabel(list, item, a)}`, details: [`id ${item.id}`] });
    }
    const order = (arr, keep) => arr.filter((i) => isObject(i) && keep.has(i.id)).map((i) => i.id).join('\n');
    if (order(xs, now) !== order(ys, old)) out.push({ kind: 'moved', text: `${what.replace(/$/, 's')} put in another order`, details: [] });
  }
  const rest = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => !LISTS.some(([l]) => l === k));
  for (const k of rest) {
    if (JSON.stringify(a[k]) === JSON.stringify(b[k])) continue;
    const details = isObject(a[k]) && isObject(b[k]) ? fieldChanges(a[k], b[k]) : [];
    const text = a[k] === undefined ? `${k} added` : b[k] === undefined ? `${k} removed`
      : isObject(a[k]) ? `${k} changed` : `${k}: ${short(a[k])} → ${short(b[k])}`;
    out.push({ kind: 'changed', text, details });
  }
  return out;
}

/**
 * The line diff of two texts (Myers' O(ND) algorithm): [{op: ' ' | '-' | '+', line}]. Beyond
 * `limit` differing lines it gives up and reports the whole text replaced (never hangs).
 */
export function lineDiff(aText, bText, limit = 4000) {
  const a = aText.split('\n');
  const b = bText.split('\n');
  // Common head and tail first: most edits touch a few lines of a long file.
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const x = a.slice(head, a.length - tail);
  const y = b.slice(head, b.length - tail);
  const middle = myers(x, y, limit) ?? [...x.map((line) => ({ op: '-', line })), ...y.map((line) => ({ op: '+', line }))];
  return [
    ...a.slice(0, head).map((line) => ({ op: ' ', line })),
    ...middle,
    ...a.slice(a.length - tail).map((line) => ({ op: ' ', line })),
  ];
}

function myers(a, b, limit) {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, limit);
  const v = new Map([[1, 0]]);
  const trace = [];
  for (let d = 0; d <= max; d++) {
    trace.push(new Map(v));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && (v.get(k - 1) ?? -1) < (v.get(k + 1) ?? -1)) ? v.get(k + 1) ?? 0 : (v.get(k - 1) ?? 0) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) { x++; y++; }
      v.set(k, x);
      if (x >= n && y >= m) return backtrack(trace, a, b, d);
    }
  }
  return null;
}

function backtrack(trace, a, b, dEnd) {
  const out = [];
  let x = a.length;
  let y = b.length;
  for (let d = dEnd; d > 0; d--) {
    const v = trace[d];
    const k = x - y;
    const prevK = k === -d || (k !== d && (v.get(k - 1) ?? -1) < (v.get(k + 1) ?? -1)) ? k + 1 : k - 1;
    const prevX = v.get(prevK) ?? 0;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) { out.push({ op: ' ', line: a[x - 1] }); x--; y--; }
    if (x === prevX) out.push({ op: '+', line: b[y - 1] });
    else out.push({ op: '-', line: a[x - 1] });
    x = prevX;
    y = prevY;
  }
  while (x > 0 && y > 0) { out.push({ op: ' ', line: a[x - 1] }); x--; y--; }
  return out.reverse();
}

/** The diff as unified text ("@@ -10,3 +10,9 @@" hunks with `context` lines around). */
export function unified(ops, context = 3, names = ['published', 'workbench']) {
  const lines = [`--- ${names[0]}`, `+++ ${names[1]}`];
  let aLine = 1;
  let bLine = 1;
  const numbered = ops.map((o) => {
    const r = { ...o, a: aLine, b: bLine };
    if (o.op !== '+') aLine++;
    if (o.op !== '-') bLine++;
    return r;
  });
  const changed = numbered.map((o, i) => (o.op !== ' ' ? i : -1)).filter((i) => i >= 0);
  if (!changed.length) return '';
  let i = 0;
  while (i < changed.length) {
    const start = Math.max(0, changed[i] - context);
    let end = changed[i];
    while (i + 1 < changed.length && changed[i + 1] - end <= 2 * context + 1) end = changed[++i];
    end = Math.min(numbered.length - 1, end + context);
    const hunk = numbered.slice(start, end + 1);
    const aCount = hunk.filter((o) => o.op !== '+').length;
    const bCount = hunk.filter((o) => o.op !== '-').length;
    lines.push(`@@ -${hunk[0].a},${aCount} +${hunk[0].b},${bCount} @@`);
    for (const o of hunk) lines.push(`${o.op}${o.line}`);
    i++;
  }
  return `${lines.join('\n')}\n`;
}
