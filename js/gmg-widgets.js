// gmg-widgets: the script-tag entry and the JS API. Defines <gmg-chairs>, <gmg-work-streams>,
// <gmg-outcomes> and <gmg-timeline>, mounts <div data-gmg-widget="..."> (also when added
// later), and exports mount(element, options). One wasm instance serves every widget on a page.
// Documented in docs/embedding.md.
//
// First content before the wasm: an element the page pre-rendered (a declarative shadow root,
// `gmg-widgets render`) shows at once; one with no content that shows the built-in data with
// no fixed today gets its built fragment (fragments/WIDGET.LANG.html) as soon as this module
// runs. The wasm starts when the page is idle once a widget is near the viewport, or at once
// on the first pointer or key event inside one; it renders aside and takes the identical
// tree's place in one step (focus and scroll kept), then applies the clicks and keys made
// meanwhile.
// The wasm-bindgen glue is imported when the wasm is wanted (load()), not with this module:
// nothing but this module stands between the page and its pre-rendered first content.
let core; // the glue's exports, once the wasm runs

// What the module needs from the page, captured once at load: a partner page (or a script it
// loads later) may replace or break `fetch`, `console`, `customElements`; an element with
// id="..." may shadow a global of that name. Nothing here may throw in a non-browser
// environment (Node importing the package for server-side rendering).
const G = globalThis;
const doc = G.document;
const pageFetch = typeof G.fetch === 'function' ? G.fetch.bind(G) : null;
const Base = typeof G.HTMLElement === 'function' ? G.HTMLElement : class {};
const Observer = typeof G.IntersectionObserver === 'function' ? G.IntersectionObserver : null;
const Decoder = G.TextDecoder;
const logTo = G.console;
const later = (f, ms) => G.setTimeout(f, ms);
const log = (level, ...a) => { try { logTo?.[level]?.('gmg-widgets:', ...a); } catch { /* a broken console */ } };
const warn = (...a) => log('warn', ...a);

export const WIDGETS = ['chairs', 'work-streams', 'outcomes', 'timeline'];
const SELECTOR = WIDGETS.map((w) => `gmg-${w}`).join() + ',[data-gmg-widget]';
const emit = (el, type, detail) => {
  try {
    el.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, detail }));
  } catch (e) {
    warn(`a ${type} listener failed`, e); // a page's listener must not stop the widget
  }
};
/** The largest data text read (bytes): as `MAX_TEXT_BYTES` in the Rust data layer. */
const MAX_DATA_BYTES = 4 * 1024 * 1024;
/** The timeout of a data request when none (or no usable one) is given, and the longest. */
const TIMEOUT = 10000;
const MAX_TIMEOUT = 120000;
/** `timeout` as given (attribute text or number): a finite, positive number of ms, else the default. */
function timeoutOf(v) {
  if (v === undefined || v === null || v === '') return TIMEOUT;
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) {
    warn(`timeout ${JSON.stringify(String(v))} is not a positive number of milliseconds; using ${TIMEOUT}`);
    return TIMEOUT;
  }
  return Math.min(n, MAX_TIMEOUT);
}

// The widgets' stylesheet is the shipped file next to this module (the one pre-rendered markup
// links), fetched while the wasm loads: not a copy inside the wasm. Only its first part: the
// rules from this comment on position markup shown without script (src/prerender.rs).
const CSS = new URL('./gmg-widgets.css', import.meta.url).href;
const POSITIONS = '/* Positions of markup shown without script';
/** The shipped stylesheet whole (the positions too), for a built fragment shown before the wasm. */
let wholeSheet;
const whole = () => (wholeSheet ??= request(CSS, TIMEOUT, false).then(({ data, fail }) => {
  if (fail) throw fail;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(data);
  return sheet;
}));
const LANGS = ['ar', 'zh', 'en', 'fr', 'ru', 'es'];
/** The attributes that leave a widget drawn as its built fragment. */
const QUIET = /^(lang|id|class|style|hidden|title|dir|slot|role|aria-[a-z]+|deep-link|timeout|debug|data-(gmg-widget|lang|deep-link|timeout|debug))$/;
/** The built fragment's address for a widget and a language tag, read as the wasm reads it
 * (Lang::from_tag: the primary subtag, English when it is none of the six). */
const fragmentOf = (widget, tag) => {
  const primary = String(tag).split(/[-_]/)[0].trim().toLowerCase();
  return new URL(`./fragments/${widget}.${LANGS.includes(primary) ? primary : 'en'}.html`, import.meta.url).href;
};

let ready;
/** Instantiates the wasm once per page; resolves to the widgets' constructed stylesheet. */
export function load() {
  if (!ready) {
    const css = request(CSS, TIMEOUT, false).then(({ data, fail }) => {
      if (!fail) return data;
      throw Object.assign(new Error(`the stylesheet ${CSS} could not be loaded (${fail.message})`), { stylesheet: true });
    });
    const wasm = import('./gmg_widgets.js').then(async (glue) => {
      await glue.default({ module_or_path: new URL('./gmg_widgets_bg.wasm', import.meta.url) });
      core = glue;
    });
    ready = Promise.all([wasm, css]).then(([, text]) => {
      // A constructed stylesheet is allowed under a strict style-src, unlike a <style> text.
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(text.split(POSITIONS)[0]);
      return sheet;
    });
    // The fallback content stays; say why, once, for the page's maintainer.
    ready.catch((e) => (e?.stylesheet ? warn(`${e.message}, so the fallback content stays`)
      : warn('WebAssembly could not start, so the fallback content stays:', e)));
  }
  return ready;
}

let toolsReady;
/**
 * The maintainer's tools, a second wasm loaded on demand (the visitor's carries neither):
 * resolves to the module `gmg_tools.js` with `validate(text)` (every check of meaning, with
 * warnings and hints) and `defaultData()`.
 */
export function tools() {
  toolsReady ??= import('./gmg_tools.js').then(async (m) => {
    await m.default({ module_or_path: new URL('./gmg_tools_bg.wasm', import.meta.url) });
    return m;
  });
  return toolsReady;
}

// --- the built-in data (data/gmg.json): a file next to this module, not in the wasm, fetched
// (once per page, in parallel with the wasm) only for a widget with neither src nor inline data,
// or when a src fails with no saved copy. Through request(): a page's broken fetch, a hang or a
// huge answer get the same answers as for a src. Not validated here: the widget reads it (once
// per page: the wasm keeps one parsed copy for every widget that shows it).
const DATA = new URL('./gmg-data.json', import.meta.url).href;
let builtInAnswer; // [the request's promise, the widget's answer from it]
/** {data, builtIn: true}, or {error, src, problem} when the file cannot be had: one promise per
 * request (a failed one is made again next time). */
function builtIn() {
  const res = request(DATA, TIMEOUT, false);
  if (builtInAnswer?.[0] !== res) {
    builtInAnswer = [res, res.then(({ data, fail }) => (fail
      ? { error: fail.kind, status: fail.status, src: DATA, problem: { kind: fail.kind, src: DATA, message: `${DATA}: ${fail.message}`, ...(fail.status && { status: fail.status }) } }
      : { data, builtIn: true }))];
  }
  return builtInAnswer[1];
}
/** `answer` (a failure) with the built-in data to show under its sentence, when that file can be had. */
const orBuiltIn = (answer) => builtIn().then((b) => (b.data === undefined ? answer : { ...answer, data: b.data, builtIn: true }));

// --- data: fetched once per src, with a timeout; the last good copy kept in localStorage ---
// Partner pages may block storage (or it may be full): that must never stop a widget.
const saved = (key) => { try { return JSON.parse(localStorage.getItem(key)); } catch { return null; } };
const save = (key, value) => { try { localStorage.setItem(key, JSON.stringify(value)); } catch { /* no copy */ } };
const texts = new Map(); // absolute src -> {answer: Promise, until}: one request per src

/** What the page's maintainer gets for data that arrived but cannot be used (not JSON, or
 * invalid): every error with its file, line, column and path, in the console and in
 * `gmg-error`; the visitor sees one sentence. `details` go into the widget under `debug`. */
function invalid(src, errors) {
  const where = (p) => `${src}:${p.line}:${p.column}: ${p.path ? `${p.path}: ` : ''}${p.message}${p.hint ? ` (${p.hint})` : ''}`;
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

/** A failure of a request, with what the page's maintainer needs (kind, status, message). */
const failure = (kind, message, status) => ({ kind, message, ...(status && { status }) });

/** Reads a response body as UTF-8 text, at most MAX_DATA_BYTES, keeping a byte order mark
 * (so that a doubled one reaches the validator). A 400 KB gzip bomb stops at the limit. */
async function readBody(r) {
  const tooLarge = () => failure('unusable', `the answer is larger than ${MAX_DATA_BYTES} bytes`);
  const length = Number(r.headers?.get?.('content-length'));
  if (length > MAX_DATA_BYTES) throw tooLarge();
  const decoder = new Decoder('utf-8', { ignoreBOM: true });
  const reader = r.body?.getReader?.();
  if (!reader) {
    const text = await r.text();
    if (text.length > MAX_DATA_BYTES) throw tooLarge();
    return text;
  }
  let text = '';
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    bytes += value.byteLength;
    if (bytes > MAX_DATA_BYTES) {
      reader.cancel().catch(() => {});
      throw tooLarge();
    }
    text += decoder.decode(value, { stream: true });
  }
}

/** The answer for `src`: {data} when usable, else {fail}. Shared by the widgets of one src;
 * the request is aborted when the longest timeout asked for has passed. `check`: validate the
 * answer as data (not for the built-in data file, which the build validated, nor the CSS). */
function request(src, timeout, check = true) {
  const key = check ? src : `unchecked ${src}`;
  let entry = texts.get(key);
  const until = Date.now() + timeout;
  if (entry) {
    entry.until = Math.max(entry.until, until);
    return entry.answer;
  }
  const ctl = new AbortController();
  entry = { until };
  const expire = () => {
    if (Date.now() >= entry.until) ctl.abort();
    else entry.timer = later(expire, entry.until - Date.now());
  };
  entry.timer = later(expire, timeout);
  entry.answer = (async () => {
    if (!pageFetch) throw failure('network', 'this page has no fetch');
    // The page's fetch may be replaced by one that throws, or answers anything.
    const r = await pageFetch(src, { signal: ctl.signal, credentials: 'omit' });
    if (!r || typeof r.status !== 'number' || typeof r.text !== 'function') throw failure('network', 'fetch did not answer with a Response');
    if (!r.ok) {
      const kind = r.status === 404 || r.status === 410 ? 'not-found' : 'server';
      throw failure(kind, `HTTP ${r.status} ${r.statusText ?? ''}`.trim(), String(r.status));
    }
    const data = await readBody(r);
    if (!check) return { data };
    await load();
    const errors = core.validate(data).filter((x) => x.severity === 'error');
    if (errors.length) return { data, bad: errors[0].message, errors };
    return { data };
  })()
    .catch((e) => ({
      fail: e?.kind ? e : failure(ctl.signal.aborted ? 'timeout' : 'network', ctl.signal.aborted ? `no answer within ${timeout} ms` : String(e?.message ?? e)),
    }))
    .then((res) => {
      G.clearTimeout(entry.timer);
      if (res.fail || res.bad) texts.delete(key); // try again next time
      return res;
    });
  texts.set(key, entry);
  return entry.answer;
}

/** Options for the widget from the answer for `src`, settled within `timeout` even when the
 * page's fetch ignores the abort signal (each widget has its own timer). Any unusable answer
 * shows the last good copy, with its date, when there is one, else (`orBuiltInData`) the
 * built-in data. */
function fetchData(src, timeout, orBuiltInData = true) {
  let timer;
  const late = new Promise((ok) => { timer = later(() => ok({ fail: failure('timeout', `no answer within ${timeout} ms`) }), timeout); });
  return Promise.race([request(src, timeout), late]).then((res) => {
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
      return fallback({ error: 'invalid', src, problem: { ...problem, message: `${src}: ${problem.message}` }, details, ...shown });
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

// --- deep links: #gmg-<id or index>=<item id>&... (other fragment parts are kept) ---
// CMS anchors hold stray `%` ("#section-100%"): a part that does not decode is kept as written.
const decode = (s) => { try { return decodeURIComponent(s); } catch { return s; } };
const parts = () => (G.location?.hash ?? '').slice(1).split('&').filter(Boolean);
const keyOf = (p) => decode(p.split('=')[0]);
const linkKey = (el) => `gmg-${el.id || [...doc.querySelectorAll(SELECTOR)].indexOf(el)}`;
const linked = (key) => {
  const p = parts().find((x) => keyOf(x) === key);
  return p && decode(p.slice(p.indexOf('=') + 1));
};
function writeLink(key, id) {
  const rest = parts().filter((x) => keyOf(x) !== key);
  try {
    history.replaceState(history.state, '', `#${[...rest, `${encodeURIComponent(key)}=${encodeURIComponent(id)}`].join('&')}`);
  } catch (e) {
    // Sandboxed and srcdoc frames may not rewrite their URL: the selection still works.
    console.warn('gmg-widgets: cannot write the deep link here', e);
  }
}

// --- one mounted widget on a host element ---
const mounts = new WeakMap(); // host -> Mount
const live = new Set(); // Mounts started or waiting to come near the viewport
// Without IntersectionObserver (old browsers, Node) widgets start at once.
const near = Observer && new Observer((entries) => {
  for (const e of entries) {
    if (e.isIntersecting) { near.unobserve(e.target); mounts.get(e.target)?.near(); }
  }
}, { rootMargin: '50% 0px' });
/** Runs `f` when the page is idle (soon in any case). */
const idle = (f) => (G.requestIdleCallback ? G.requestIdleCallback(f, { timeout: 1000 }) : later(f, 50));
/** The keys the live widget answers: pressed on a pre-rendered tree, kept for it. */
const KEYS = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown', 'Escape', '+', '=', '-', '_', '0'];
/** An element's child-index path below `top` (null when not inside it), and back. */
const pathOf = (el, top) => {
  const path = [];
  for (; el && el !== top; el = el.parentElement) path.unshift([...el.parentElement?.children ?? []].indexOf(el));
  return el ? path : null;
};
const atPath = (top, path) => path.reduce((el, i) => el?.children[i], top);
/** Resolves after the first render of the widget mounted in `div` is done (or after a while:
 * a widget that draws no timeline, such as an error, sends no signal). */
const drawnIn = (div) => new Promise((ok) => {
  const timer = later(ok, 3000);
  div.addEventListener('gmg-drawn', () => { G.clearTimeout(timer); queueMicrotask(ok); }, { capture: true, once: true });
});

/** The localized sentence for a widget the page embeds wrongly, shown where no widget runs. */
async function showSetupError(host, lang, detail) {
  emit(host, 'gmg-error', detail);
  log('error', `${detail.message} (element: <${host.localName}${host.id ? ` id="${host.id}"` : ''}>)`);
  let text = 'This timeline cannot be shown: the page embeds it incorrectly.';
  try { await load(); text = core.setupMessage(lang); } catch { /* English, then */ }
  try {
    const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
    const p = doc.createElement('p');
    p.setAttribute('role', 'alert');
    p.setAttribute('lang', lang);
    p.textContent = text;
    root.replaceChildren(p);
  } catch {
    // No shadow root possible here: the element keeps its own content.
  }
}

// The events the widget's own code answers (its buttons' clicks, its keyboard model): one
// dispatched inside a widget opens the window in which DOM changes there are the widget's own.
const OWN_EVENTS = ['click', 'keydown'];
// The longest a window stays open when no render follows (a key the widget ignores).
const OWN_WINDOW_MS = 1000;

class Mount {
  #handle = null;
  #guard = null; // MutationObserver on the shadow root: another script changing the widget's nodes
  // Whether DOM changes inside the widget now are its own. Opened by an event the widget
  // answers, by an update, and by the widget itself when it starts a render (`gmg-drawing`,
  // sent from Rust: Yew may render in a later task, after yielding); closed when the render is
  // done (`gmg-drawn`). Changes outside a window were made by another script.
  #ours = false;
  #closing = 0;
  #mark = () => {
    // Changes still pending when the widget's own turn begins are not its own: another script
    // made them (a page's capture listener, a timer) since the observer last ran. Judged after
    // this turn, never inside a render (the handle must not be freed while Yew runs).
    if (!this.#ours && this.#guard?.takeRecords().length) queueMicrotask(() => this.#tampered());
    this.#ours = true;
    G.clearTimeout(this.#closing);
    this.#closing = later(() => { this.#ours = false; }, OWN_WINDOW_MS);
  };
  // Closed once the scheduler's current run is over: a component that a render replaced is
  // removed after the new one has drawn, in the same run (Yew never yields with a removal
  // pending).
  #drawn = () => queueMicrotask(() => {
    this.#guard?.takeRecords(); // the render's own changes
    this.#ours = false;
    G.clearTimeout(this.#closing);
  });
  #gen = 0;
  #queued = false;
  #src; // the src whose answer #res is: refetched only when src changes
  #res;
  #pre = null; // the pre-rendered tree shown until the wasm takes over (its <div part="root">)
  #shown = null; // resolves once the pre-rendered tree shows (or its fragment failed)
  #early = []; // clicks and keys made on the pre-rendered tree, applied once interactive
  #epoch = 0; // counts destroys: a fragment arriving after one is dropped
  started = false;

  /** `read()` gives the options: {widget, src, data, lang, today, timeout, deepLink, debug, heading, headingLevel, selected}. */
  constructor(host, read) {
    if (mounts.has(host)) throw new Error('gmg-widgets: this element already has a widget; call destroy() on it first');
    this.host = host;
    this.read = read;
    mounts.set(host, this);
    host.addEventListener('gmg-select', this);
  }

  handleEvent(e) {
    if (e.type === 'gmg-select') {
      if (this.opts?.deepLink && e.detail?.id) writeLink(linkKey(this.host), e.detail.id);
      return;
    }
    const pre = this.#pre;
    if (!pre?.isConnected) return; // interactive, or nothing pre-rendered
    // The reader is here before the wasm: it starts at once, and what they did is kept.
    if (!this.started) { near?.unobserve(this.host); this.refresh(); }
    const el = e.composedPath()[0]?.closest?.('button,[tabindex],summary');
    const path = el && pathOf(el, pre);
    if (!path || !(e.type === 'click' || KEYS.includes(e.key))) return;
    if (e.type === 'keydown') e.preventDefault(); // the live widget's answer, not the page's scroll
    const { key, shiftKey, ctrlKey, altKey, metaKey } = e;
    this.#early = [...this.#early, { path, type: e.type, init: { key, shiftKey, ctrlKey, altKey, metaKey } }].slice(-8);
  }

  /** The pre-rendered tree: the page's declarative shadow root, else (for the built-in data
   * with no fixed today, the data the fragments were built from) the built fragment, fetched
   * at once with the stylesheet and shown in one step. */
  #preview(o) {
    const host = this.host;
    for (const t of ['pointerdown', 'focusin', 'click', 'keydown']) host.addEventListener(t, this, true);
    const root = host.shadowRoot;
    if (root) {
      this.#pre = [...root.children].find((el) => el.getAttribute('part') === 'root') ?? null;
      this.#shown = this.#pre && Promise.resolve();
      return;
    }
    // Only an element the fragments were built for: no src, no today, no option that may
    // change the drawing (any attribute but these), no inline data.
    if ([...host.attributes].some((a) => !QUIET.test(a.name)) || o.data != null || o.selected || !WIDGETS.includes(o.widget) || host.ownerDocument !== doc) return;
    const epoch = this.#epoch;
    this.#shown = Promise.all([whole(), request(fragmentOf(o.widget, o.lang), TIMEOUT, false)]).then(([sheet, { data, fail }]) => {
      if (fail || epoch !== this.#epoch || host.shadowRoot || !host.isConnected) return;
      const shadow = host.attachShadow({ mode: 'open' });
      shadow.adoptedStyleSheets = [sheet];
      shadow.innerHTML = data; // this package's own markup, as the wasm beside it draws it
      this.#pre = shadow.firstElementChild;
    }).catch(() => { /* no fragment: the wasm draws the widget */ });
  }

  /** Near the viewport: with something pre-rendered, the wasm once that shows and the page is
   * idle (not competing with the first content); else at once. */
  near() {
    if (this.started) return;
    if (this.#shown) this.#shown.then(() => idle(() => this.started || !this.host.isConnected || !live.has(this) || this.refresh()));
    else this.refresh();
  }

  /** Starts (`lazy`: once near the viewport, unless deep-linked) or updates, in a microtask. */
  refresh(lazy) {
    this.destroyed = false;
    live.add(this);
    if (lazy && !this.started) {
      const o = this.read();
      if (!(o.deepLink && linked(linkKey(this.host)))) {
        this.#preview(o);
        if (near) return near.observe(this.host);
      }
    }
    this.started = true;
    if (this.#queued) return;
    this.#queued = true;
    queueMicrotask(() => {
      this.#queued = false;
      if (this.destroyed) return; // destroyed before it started
      // Whatever goes wrong is this widget's alone: reported, never an unhandled rejection.
      this.#run().catch((e) => {
        log('error', 'a widget failed:', e);
        emit(this.host, 'gmg-error', { kind: 'internal', src: this.opts?.src ?? '', message: String(e?.message ?? e) });
      });
    });
  }

  async #run() {
    const gen = ++this.#gen;
    const o = (this.opts = this.read());
    if (!WIDGETS.includes(o.widget)) {
      this.#handle?.free();
      this.#handle = null;
      return showSetupError(this.host, o.lang, {
        kind: 'setup', src: o.src ?? '',
        message: `unknown widget ${JSON.stringify(String(o.widget ?? ''))}: use one of ${WIDGETS.join(', ')}`,
      });
    }
    let src;
    try {
      src = o.src ? new URL(o.src, doc.baseURI).href : undefined;
    } catch {
      src = null; // not an address: said below, once the wasm runs
    }
    // The data is fetched while the wasm loads; without src or inline data, the built-in data
    // file (inline data given beside a src stays what shows when the src fails).
    const bad = src === null && { error: 'setup', src: String(o.src), problem: { kind: 'setup', src: String(o.src), message: `src ${JSON.stringify(String(o.src))} is not a valid address` } };
    const res = bad
      ? (o.data == null ? orBuiltIn(bad) : Promise.resolve(bad))
      : !src ? (o.data == null ? builtIn() : undefined)
        : src === this.#src ? this.#res : fetchData(src, timeoutOf(o.timeout), o.data == null);
    let sheet;
    try {
      sheet = await load();
    } catch (e) {
      if (gen === this.#gen) emit(this.host, 'gmg-error', { kind: 'wasm', src: src ?? '', message: String(e) });
      return;
    }
    const got = await res;
    if (gen !== this.#gen) return; // superseded or destroyed meanwhile
    // Each failure said once: a new src, or a new attempt at the built-in data file.
    if (got?.problem && (src !== this.#src || (src === undefined && res !== this.#res))) emit(this.host, 'gmg-error', got.problem);
    [this.#src, this.#res] = [src, res];
    const { details, ...answer } = got ?? {};
    // The maintainer's details appear in the widget only where the page asks (`debug`).
    const options = { ...o, today: o.today ?? '', heading: String(o.heading ?? ''), headingLevel: String(o.headingLevel ?? ''), error: '', ...answer, details: (o.debug && details) || '' };
    if (this.#handle) {
      this.#mark();
      return this.#handle.update(options);
    }
    if (o.deepLink) options.selected ??= linked(linkKey(this.host));
    let root;
    try {
      root = this.host.shadowRoot ?? this.host.attachShadow({ mode: 'open' });
    } catch (e) {
      const detail = { kind: 'setup', src: src ?? '', message: `<${this.host.localName}> cannot hold a widget (${e.name}); use a <div> or a <gmg-*> element` };
      emit(this.host, 'gmg-error', detail);
      log('error', detail.message);
      return;
    }
    // A widget moved into another document (an iframe, a print window) takes its stylesheet
    // along: a constructed sheet belongs to the document that made it.
    const styles = this.host.ownerDocument === doc ? sheet : sheetFor(this.host.ownerDocument, sheet);
    const div = this.host.ownerDocument.createElement('div');
    div.setAttribute('part', 'root');
    this.#guard?.disconnect();
    const pre = this.#pre?.parentNode === root ? this.#pre : null;
    if (pre) {
      // Rendered aside, then put in the identical pre-rendered tree's place in one step: no
      // frame without content or with items out of place.
      const drawn = drawnIn(div);
      const handle = (this.#handle = core.WidgetHandle.mount(div, options));
      await drawn;
      if (this.#handle !== handle) return; // destroyed or drawn again meanwhile
      this.#takeOver(root, pre, div, styles);
    } else {
      root.adoptedStyleSheets = [styles];
      root.replaceChildren(div);
      this.#mark();
      this.#handle = core.WidgetHandle.mount(div, options);
      this.#watch(root);
    }
    if (options.selected) {
      requestAnimationFrame(() => root.querySelector('.gmg-selected')?.scrollIntoView({ block: 'center' }));
    }
  }

  /** The live tree in `div` replaces the pre-rendered `pre`, keeping focus and scroll; then
   * the clicks and keys made on `pre` are applied, in order, each after the last one's render. */
  async #takeOver(root, pre, div, styles) {
    const live = div.firstElementChild ?? div; // the wasm's own root inside the mount point
    const focused = pre.contains(root.activeElement) && pathOf(root.activeElement, pre);
    const scrolled = [pre, ...pre.querySelectorAll('*')].filter((el) => el.scrollTop || el.scrollLeft)
      .map((el) => [pathOf(el, pre), el.scrollTop, el.scrollLeft]);
    root.adoptedStyleSheets = [styles];
    root.replaceChildren(div);
    this.#pre = null;
    for (const [path, top, left] of scrolled) {
      const el = atPath(live, path);
      if (el) { el.scrollTop = top; el.scrollLeft = left; }
    }
    if (focused) atPath(live, focused)?.focus({ preventScroll: true });
    this.#watch(root);
    for (const { path, type, init } of this.#early.splice(0)) {
      const el = atPath(live, path);
      if (!el || !el.isConnected) continue;
      if (type === 'click') el.click();
      else {
        el.focus({ preventScroll: true });
        el.dispatchEvent(new KeyboardEvent(type, { ...init, bubbles: true, composed: true, cancelable: true }));
      }
      await new Promise((ok) => later(ok, 0));
    }
  }

  /** Watches the shadow root for nodes added or removed by another script (a CMS "cleaning"
   * the page): Yew would panic on its next render, and with panic = abort that would end every
   * widget on the page. The widget is drawn again from a fresh root instead. */
  #watch(root) {
    if (!this.#guard) {
      for (const t of [...OWN_EVENTS, 'gmg-drawing']) root.addEventListener(t, this.#mark, true);
      root.addEventListener('gmg-drawn', this.#drawn, true);
      this.#guard = new MutationObserver(() => { if (!this.#ours) this.#tampered(); });
    }
    this.#guard.observe(root, { childList: true, subtree: true });
  }

  /** Another script changed the widget's nodes: drawn again from a fresh root. */
  #tampered() {
    if (!this.#handle || this.destroyed) return;
    this.#guard.disconnect();
    warn('another script changed the inside of a widget: it is drawn again', this.host);
    emit(this.host, 'gmg-error', { kind: 'internal', src: this.#src ?? '', message: 'the widget\'s nodes were changed by another script; it was drawn again' });
    this.#handle.abandon();
    this.#handle.free();
    this.#handle = null;
    this.refresh();
  }

  /** After a move into another document: a constructed stylesheet only applies in the
   * document that made it, so the widget gets one made there. */
  restyle() {
    const root = this.host.shadowRoot;
    if (!this.#handle || !root || !ready) return;
    ready.then((sheet) => {
      const d = this.host.ownerDocument;
      const want = d === doc ? sheet : sheetFor(d, sheet);
      if (root.adoptedStyleSheets[0] !== want) root.adoptedStyleSheets = [want];
    }, () => {});
  }

  destroy() {
    this.destroyed = true;
    this.#gen++;
    this.#epoch++;
    this.#pre = null;
    this.#early = [];
    this.#shown = null;
    this.started = false;
    this.#src = this.#res = undefined;
    live.delete(this);
    near?.unobserve(this.host);
    G.clearTimeout(this.#closing); // its closure would hold the widget for a second
    this.#guard?.disconnect();
    this.#handle?.free();
    this.#handle = null;
    this.host.shadowRoot?.replaceChildren();
  }
}

/** Language: the element's own, else the nearest ancestor's, else the page's. */
const langOf = (el) => el.closest('[lang]')?.getAttribute('lang') || doc?.documentElement?.lang || 'en';

/**
 * Mounts a widget on `element` (it gets an open shadow root). `options`: {widget, src, data,
 * lang, today, selected, timeout, deepLink, debug, heading, headingLevel}. Returns {update(options), destroy()}.
 */
export function mount(element, options = {}) {
  if (!(element instanceof (G.Element ?? Base))) throw new TypeError('gmg-widgets: mount(element, options) needs an element');
  let o = checked(options);
  if (o.widget !== undefined && !WIDGETS.includes(o.widget)) {
    // Said on the page too: a visitor must not face a blank box.
    showSetupError(element, o.lang ?? langOf(element), { kind: 'setup', src: o.src ?? '', message: `unknown widget ${JSON.stringify(String(o.widget))}` });
    throw new TypeError(`gmg-widgets: unknown widget ${JSON.stringify(String(o.widget))}; use one of ${WIDGETS.join(', ')}`);
  }
  if (mounts.has(element)) throw new Error('gmg-widgets: this element already has a widget; call destroy() on it first');
  try {
    if (!element.shadowRoot) element.attachShadow({ mode: 'open' });
  } catch (e) {
    throw new TypeError(`gmg-widgets: <${element.localName}> cannot hold a widget (${e.name}); use a <div> or a <gmg-*> element`);
  }
  const m = new Mount(element, () => ({ widget: 'chairs', lang: langOf(element), ...o }));
  m.refresh();
  let gone = false;
  return {
    update(next) {
      if (gone) throw new Error('gmg-widgets: update() after destroy(): mount the element again instead');
      o = { ...o, ...checked(next) };
      m.refresh();
    },
    destroy() {
      if (gone) return;
      gone = true;
      m.destroy(); element.removeEventListener('gmg-select', m); mounts.delete(element);
    },
  };
}

/** The options of mount() and update(), checked: `data` may be the JSON text or an object. */
function checked(options = {}) {
  if (options === null || typeof options !== 'object') throw new TypeError('gmg-widgets: options must be an object');
  const o = { ...options };
  if (o.data !== undefined && typeof o.data !== 'string') {
    try {
      o.data = JSON.stringify(o.data);
    } catch (e) {
      throw new TypeError(`gmg-widgets: options.data must be JSON text or a plain object (${e.message})`);
    }
  }
  return o;
}

const sheets = new WeakMap(); // document -> the stylesheet built in it
function sheetFor(d, sheet) {
  let s = sheets.get(d);
  if (!s) {
    try {
      s = new d.defaultView.CSSStyleSheet();
      s.replaceSync([...sheet.cssRules].map((r) => r.cssText).join('\n'));
    } catch {
      s = sheet; // a document without a window: the original sheet, at worst unstyled
    }
    sheets.set(d, s);
  }
  return s;
}

/** The options an element's attributes give; `p` is '' for <gmg-*> and 'data-' for divs. */
function attributes(el, p) {
  const a = (n) => el.getAttribute(p + n) ?? undefined;
  return {
    widget: p ? a('gmg-widget') : el.localName.slice(4),
    src: a('src'),
    data: a('src') ? undefined : el.querySelector(':scope > script[type="application/json"]')?.textContent,
    lang: (p && a('lang')) || langOf(el),
    today: a('today'),
    timeout: a('timeout'),
    deepLink: a('deep-link') !== undefined,
    debug: a('debug') !== undefined,
    heading: a('heading'),
    headingLevel: a('heading-level'),
  };
}

const ATTRS = ['src', 'lang', 'today', 'timeout', 'deep-link', 'debug', 'heading', 'heading-level'];

export class GmgWidget extends Base {
  static observedAttributes = ATTRS;
  #m = new Mount(this, () => attributes(this, ''));
  connectedCallback() { if (!this.#m.started) this.#m.refresh(true); else this.#m.restyle(); }
  // Moving an element (disconnect and reconnect in one task) keeps the widget.
  disconnectedCallback() { queueMicrotask(() => this.isConnected || this.#m.destroy()); }
  attributeChangedCallback(_, old, now) { if (old !== now && this.#m.started) this.#m.refresh(); }
}

/** Registers the elements; safe to call (and to load this script) any number of times. */
export function define(registry = G.customElements) {
  for (const w of WIDGETS) {
    try {
      if (!registry.get(`gmg-${w}`)) registry.define(`gmg-${w}`, class extends GmgWidget {});
    } catch (e) {
      // A page (or a polyfill) whose registry throws: <div data-gmg-widget> still works.
      warn(`cannot define <gmg-${w}>:`, e);
    }
  }
}

// <div data-gmg-widget> for CMSs that strip unknown elements (also added later), and `lang`
// changes on any ancestor: one observer for the whole document.
function scan() {
  for (const el of doc.querySelectorAll('[data-gmg-widget]')) {
    const m = mounts.get(el) ?? new Mount(el, () => attributes(el, 'data-'));
    if (!m.started) m.refresh(true);
  }
}
function watch() {
  new MutationObserver((records) => {
    let added = false;
    for (const r of records) {
      if (r.type === 'childList') added ||= r.addedNodes.length > 0;
      else if (r.attributeName !== 'lang') {
        const m = mounts.get(r.target); // a div widget's own data- attribute
        if (m?.started) m.refresh();
      }
    }
    for (const m of live) {
      // Removed div widgets are torn down (<gmg-*> elements see to themselves); the others
      // follow changes of their language.
      if (!m.host.isConnected) { if (m.host.dataset.gmgWidget) m.destroy(); }
      else if (m.started && m.read().lang !== m.opts?.lang) m.refresh();
    }
    if (added) scan();
  }).observe(doc.documentElement, {
    subtree: true, childList: true, attributes: true,
    attributeFilter: ['lang', 'data-gmg-widget', ...ATTRS.map((a) => `data-${a}`)],
  });
  scan();
}

// A second copy of this module (say, loaded from another URL) must not mount divs twice. A
// symbol, not a name: an element with id="__gmgWidgets" in the page cannot clobber it.
const LOADED = Symbol.for('gmg-widgets');
if (doc && !G[LOADED]) {
  G[LOADED] = true;
  if (G.customElements) define();
  else warn('this page has no custom elements: only <div data-gmg-widget> widgets run');
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', watch);
  else watch();
}
