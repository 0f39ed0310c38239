// One mounted widget on a host element: its data, its wasm handle, the pre-rendered tree it
// takes over, the guard against other scripts changing its nodes; and mount(), the JS API.
import { Base, doc, emit, G, idle, later, log, Observer, warn } from './env.js';
import { WIDGETS } from './widgets.js';
import { timeoutOf } from './fetch.js';
import { blank, builtAsIs, controlOf, core, firsts, fragmentOf, INPUT, KEYS, langOf, load, ready, shipped, strings, whole, widthOf } from './assets.js';
import { builtIn, fetchData, fullDetails, orBuiltIn } from './sources.js';
import { linked, linkKey, writeLink } from './links.js';

// --- one mounted widget on a host element ---
export const mounts = new WeakMap(); // host -> Mount
export const live = new Set(); // Mounts started or waiting to come near the viewport
// Without IntersectionObserver (old browsers, Node) widgets start at once.
const near = Observer && new Observer((entries) => {
  for (const e of entries) {
    if (e.isIntersecting) { near.unobserve(e.target); mounts.get(e.target)?.near(); }
  }
}, { rootMargin: '50% 0px' });
// A widget whose width step changes is laid out again (its fragment fetched again before the wasm).
const resizes = G.ResizeObserver && new G.ResizeObserver((entries) => {
  for (const e of entries) mounts.get(e.target)?.resized();
});
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
  try { await load(); await strings(lang); text = core.setupMessage(lang); } catch { /* English, then */ }
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

export class Mount {
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
  #width; // the width step the widget (or the fragment shown) is laid out for
  #built = false; // whether #pre is a built fragment (fetched again when the width step changes)
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
    // The reader is here before the wasm (on its pre-rendered tree, or on the page's fallback
    // while the fragment is on its way or failed): it starts at once.
    if (!this.started && live.has(this)) { near?.unobserve(this.host); this.refresh(); }
    const pre = this.#pre;
    if (!pre?.isConnected) return; // interactive, or nothing pre-rendered: nothing to keep
    const el = controlOf(e);
    const path = el && pathOf(el, pre);
    if (!path || !(e.type === 'click' || KEYS.includes(e.key))) return;
    if (e.type === 'keydown') e.preventDefault(); // the live widget's answer, not the page's scroll
    this.#keep(path, e);
  }

  /** Keeps a click or a key (at most the last eight) for the live tree's element at `path`. */
  #keep(path, { type, key, shiftKey, ctrlKey, altKey, metaKey }) {
    this.#early = [...this.#early, { path, type, init: { key, shiftKey, ctrlKey, altKey, metaKey } }].slice(-8);
  }

  /** The pre-rendered tree: the page's declarative shadow root, else (for the built-in data
   * with no fixed today, the data the fragments were built from) the built fragment, fetched
   * at once with the stylesheet and shown in one step. Whether the reader has already clicked
   * or pressed a key in it (in the script-tag entry's first content): then the wasm starts now. */
  #preview(o) {
    const host = this.host;
    for (const t of INPUT) host.addEventListener(t, this, true);
    const root = host.shadowRoot;
    if (root) {
      this.#pre = [...root.children].find((el) => el.getAttribute('part') === 'root') ?? null;
      this.#shown = this.#pre && Promise.resolve();
      // A built fragment the script-tag entry showed before this module loaded: laid out for
      // that width step (fetched again on a resize), with what the reader did on it meanwhile.
      const width = firsts.shown.get(host);
      if (this.#pre && width !== undefined) {
        this.#width = width;
        this.#built = true;
        resizes?.observe(host);
      }
      const early = firsts.early.get(host) ?? [];
      firsts.early.delete(host);
      for (const e of early) {
        const path = this.#pre && pathOf(e.el, this.#pre);
        if (path && (e.type === 'click' || KEYS.includes(e.key))) this.#keep(path, e);
      }
      return early.length > 0;
    }
    // Only an element the fragments were built for: no src, no today, no option that may
    // change the drawing (any attribute but these), no inline data.
    if (!builtAsIs(host, o.widget) || o.data != null || o.selected || host.ownerDocument !== doc) return false;
    try {
      // Laid out as a block (as the stylesheet will) to measure its width now.
      blank(host);
    } catch {
      return false; // an element that cannot hold a widget: said when the wasm runs
    }
    resizes?.observe(host);
    this.#shown = this.#fragment(o);
    return false;
  }

  /** Fetches the built fragment for the element's width step now and shows it, with the
   * stylesheet, in one step (unless the wasm or another width got there first). */
  #fragment(o) {
    const host = this.host;
    const epoch = this.#epoch;
    const width = (this.#width = widthOf(host));
    return Promise.all([whole(), shipped(fragmentOf(o.widget, o.lang, width))]).then(([sheet, { data, fail }]) => {
      const shadow = host.shadowRoot;
      // Not over the live widget or another width's fragment (the blank root's slot may go).
      const first = shadow.firstChild;
      if (fail || epoch !== this.#epoch || width !== this.#width || this.#handle || !host.isConnected || (first && first !== this.#pre && first.localName !== 'slot')) return;
      shadow.adoptedStyleSheets = [sheet];
      shadow.innerHTML = data; // this package's own markup, as the wasm beside it draws it
      this.#pre = shadow.firstElementChild;
      this.#built = true;
    }).catch(() => { /* no fragment: the wasm draws the widget */ });
  }

  /** The element was resized: a new width step is drawn (the live widget lays out again, a
   * built fragment is fetched again). */
  resized() {
    if (widthOf(this.host) === this.#width) return;
    if (this.#handle) this.refresh();
    else if (this.#built && this.#pre?.isConnected) this.#shown = this.#fragment(this.read());
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
        if (!this.#preview(o) && near) return near.observe(this.host);
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
    // The interface text of the widget's language, fetched while the wasm loads.
    const pack = strings(o.lang);
    let sheet;
    try {
      sheet = await load();
      await pack;
    } catch (e) {
      if (gen === this.#gen) emit(this.host, 'gmg-error', { kind: 'wasm', src: src ?? '', message: String(e) });
      return;
    }
    const got = await res;
    if (gen !== this.#gen) return; // superseded or destroyed meanwhile
    // Each failure said once: a new src, or a new attempt at the built-in data file.
    if (got?.problem && (src !== this.#src || (src === undefined && res !== this.#res))) emit(this.host, 'gmg-error', got.problem);
    [this.#src, this.#res] = [src, res];
    const { details, badText, ...answer } = got ?? {};
    // The maintainer's details appear in the widget only where the page asks (`debug`), and
    // there in full, from the tools wasm (fetched for this only).
    const shownDetails = o.debug && typeof badText === 'string' ? await fullDetails(got) : details;
    if (gen !== this.#gen) return;
    const options = { ...o, today: o.today ?? '', heading: String(o.heading ?? ''), headingLevel: String(o.headingLevel ?? ''), error: '', ...answer, details: (o.debug && shownDetails) || '' };
    // Laid out for the element's width step, as its fragment was (measured once it is styled).
    const size = () => { options.width = this.#width = widthOf(this.host); resizes?.observe(this.host); };
    if (this.#handle) {
      size();
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
    // Styled now (to measure it) unless it shows a pre-rendered tree, which keeps its sheet.
    if (!pre) root.adoptedStyleSheets = [styles];
    size();
    // Rendered aside, then put in place in one step once its positions are set (in the
    // identical pre-rendered tree's place, if any): no frame without content or with items
    // out of place (Yew may yield, and a frame be drawn, between its render and its effects).
    const drawn = drawnIn(div);
    const handle = (this.#handle = core.WidgetHandle.mount(div, options));
    await drawn;
    if (this.#handle !== handle) return; // destroyed or drawn again meanwhile
    this.#takeOver(root, pre, div, styles);
    if (options.selected) {
      requestAnimationFrame(() => root.querySelector('.gmg-selected')?.scrollIntoView({ block: 'center' }));
    }
  }

  /** The live tree in `div` replaces the pre-rendered `pre` (or nothing), keeping focus and scroll; then
   * the clicks and keys made on `pre` are applied, in order, each after the last one's render. */
  async #takeOver(root, pre, div, styles) {
    const live = div.firstElementChild ?? div; // the wasm's own root inside the mount point
    const focused = pre?.contains(root.activeElement) && pathOf(root.activeElement, pre);
    const scrolled = pre ? [pre, ...pre.querySelectorAll('*')].filter((el) => el.scrollTop || el.scrollLeft)
      .map((el) => [pathOf(el, pre), el.scrollTop, el.scrollLeft]) : [];
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
    resizes?.unobserve(this.host);
    this.#built = false;
    this.#width = undefined;
    G.clearTimeout(this.#closing); // its closure would hold the widget for a second
    this.#guard?.disconnect();
    this.#handle?.free();
    this.#handle = null;
    this.host.shadowRoot?.replaceChildren();
  }
}


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
