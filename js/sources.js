// Where a widget's data comes from: its src (fetched once per address, the last good copy kept
// in localStorage), the built-in data file, and what the page's maintainer is told when the
// data cannot be used.
import { G, later, warn } from './env.js';
import { failure, request, TIMEOUT } from './fetch.js';
import { tools, validate } from './assets.js';

// --- the built-in data (data/gmg.json): a file next to this module, not in the wasm, fetched
// (once per page, in parallel with the wasm) only for a widget with neither src nor inline data,
// or when a src fails with no saved copy. Through request(): a page's broken fetch, a hang or a
// huge answer get the same answers as for a src. Not validated here: the widget reads it (once
// per page: the wasm keeps one parsed copy for every widget that shows it).
const DATA = new URL('./gmg-data.json', import.meta.url).href;
let builtInAnswer; // [the request's promise, the widget's answer from it]
/** {data, builtIn: true}, or {error, src, problem} when the file cannot be had: one promise per
 * request (a failed one is made again next time). */
export function builtIn() {
  const res = request(DATA, TIMEOUT);
  if (builtInAnswer?.[0] !== res) {
    builtInAnswer = [res, res.then(({ data, fail }) => (fail
      ? { error: fail.kind, status: fail.status, src: DATA, problem: { kind: fail.kind, src: DATA, message: `${DATA}: ${fail.message}`, ...(fail.status && { status: fail.status }) } }
      : { data, builtIn: true }))];
  }
  return builtInAnswer[1];
}
/** `answer` (a failure) with the built-in data to show under its sentence, when that file can be had. */
export const orBuiltIn = (answer) => builtIn().then((b) => (b.data === undefined ? answer : { ...answer, data: b.data, builtIn: true }));


// --- data: fetched once per src, with a timeout; the last good copy kept in localStorage ---
// Partner pages may block storage (or it may be full): that must never stop a widget.
const saved = (key) => { try { return JSON.parse(localStorage.getItem(key)); } catch { return null; } };
const save = (key, value) => { try { localStorage.setItem(key, JSON.stringify(value)); } catch { /* no copy */ } };

/** A problem as the maintainer reads it: `src:line:column: path: message (hint)`. */
const whereIn = (src) => (p) => `${src}:${p.line}:${p.column}: ${p.path ? `${p.path}: ` : ''}${p.message}${p.hint ? ` (${p.hint})` : ''}`;
/** What the page's maintainer gets for data that arrived but cannot be used (not JSON, or
 * invalid): every error with its file, line, column and path, in the console and in
 * `gmg-error`; the visitor sees one sentence. `details` go into the widget under `debug`. */
function invalid(src, errors) {
  const where = whereIn(src);
  const first = errors[0];
  // For the page's maintainer: every error with its path and line (the visitor sees a sentence).
  warn(`the data at ${src} could not be used (${errors.length} error${errors.length === 1 ? '' : 's'}); the widget shows the saved copy or its built-in data instead.\n${errors.slice(0, 50).map(where).join('\n')}`);
  const problems = errors.slice(0, 50).map(({ path, line, column, message, hint }) => ({ path, line, column, message, hint }));
  return {
    kind: 'invalid',
    problem: { kind: 'invalid', src, message: first.message, path: first.path, line: first.line, column: first.column, problems },
    details: problems.map(where).join('\n'),
  };
}

/** Under `debug`: the errors of an unusable answer (from fetchData) in full (the sentence and
 * the hint, as the CLI and the workbench say them) from the maintainer's tools wasm, loaded for
 * this only: the visitor's wasm names each problem by a code and its values. Its short
 * `details` when the tools cannot load. Once per answer: a debug widget drawn again (another
 * language, a resize) and every debug widget of the same src share it. */
const full = new WeakMap();
export function fullDetails(answer) {
  if (!full.has(answer)) full.set(answer, inFull(String(answer.src), answer.badText, answer.details));
  return full.get(answer);
}
async function inFull(src, text, codes) {
  try {
    const errors = (await tools()).validate(text).filter((p) => p.severity === 'error').slice(0, 50);
    if (!errors.length) return codes;
    const listed = errors.map(whereIn(src)).join('\n');
    warn(`the data at ${src}, its errors in full:\n${listed}`);
    return listed;
  } catch (e) {
    warn('the maintainer\'s tools could not load: the errors are given as codes', e);
    return codes;
  }
}

/** Options for the widget from the answer for `src`, settled within `timeout` even when the
 * page's fetch ignores the abort signal (each widget has its own timer). Any unusable answer
 * shows the last good copy, with its date, when there is one, else (`orBuiltInData`) the
 * built-in data. */
export function fetchData(src, timeout, orBuiltInData = true) {
  let timer;
  const late = new Promise((ok) => { timer = later(() => ok({ fail: failure('timeout', `no answer within ${timeout} ms`) }), timeout); });
  return Promise.race([request(src, timeout, validate), late]).then((res) => {
    G.clearTimeout(timer);
    if (res.data !== undefined && !res.bad) {
      save(`gmg:${src}`, { on: new Date().toISOString().slice(0, 10), data: res.data });
      return { data: res.data, src };
    }
    const copy = saved(`gmg:${src}`);
    const shown = typeof copy?.data === 'string' ? { data: copy.data, savedOn: copy.on } : {};
    // No saved copy: the built-in data file, and the widget says so (if that file cannot be
    // had either, the widget has no data and says what failed first).
    const fallback = (answer) => (shown.data !== undefined || !orBuiltInData ? answer : orBuiltIn(answer));
    if (res.bad) {
      // Not JSON, or invalid data (first load or later): visitors keep the saved copy or the
      // built-in data, with one sentence in their language; the details are the maintainer's.
      const { problem, details } = invalid(src, res.errors);
      return fallback({ error: 'invalid', src, problem: { ...problem, message: `${src}: ${problem.message}` }, details, badText: res.data, ...shown });
    }
    const fail = res.fail;
    const problem = { kind: fail.kind, src, message: `${src}: ${fail.message}`, ...(fail.status && { status: fail.status }) };
    warn(`the data at ${src} could not be used (${problem.message})${shown.data ? `; showing the copy saved on ${copy.on}` : ''}`);
    if (shown.data) {
      // A later answer is unusable: the last good copy, with its date, is what shows.
      return { error: fail.kind, status: fail.status, src, problem, ...shown };
    }
    return fallback({ error: fail.kind, status: fail.status, src, problem });
  });
}

