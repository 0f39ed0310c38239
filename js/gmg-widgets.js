// gmg-widgets: the script-tag entry and the JS API. Defines <gmg-chairs>, <gmg-work-streams>,
// <gmg-outcomes> and <gmg-timeline>, mounts <div data-gmg-widget="..."> (also when added
// later), and exports mount(element, options). One wasm instance serves every widget on a page.
// Documented in docs/embedding.md.
import init, { WidgetHandle, styles, validate } from './gmg_widgets.js';

export const WIDGETS = ['chairs', 'work-streams', 'outcomes', 'timeline'];
const SELECTOR = WIDGETS.map((w) => `gmg-${w}`).join() + ',[data-gmg-widget]';
const warn = (...a) => console.warn('gmg-widgets:', ...a);
const emit = (el, type, detail) =>
  el.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, detail }));

let ready;
/** Instantiates the wasm once per page; resolves to the widgets' constructed stylesheet. */
export function load() {
  if (!ready) {
    ready = init({ module_or_path: new URL('./gmg_widgets_bg.wasm', import.meta.url) }).then(() => {
      // A constructed stylesheet is allowed under a strict style-src, unlike a <style> text.
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(styles());
      return sheet;
    });
    // The fallback content stays; say why, once, for the page's maintainer.
    ready.catch((e) => warn('WebAssembly could not start, so the fallback content stays:', e));
  }
  return ready;
}

// --- data: fetched once per src, with a timeout; the last good copy kept in localStorage ---
// Partner pages may block storage (or it may be full): that must never stop a widget.
const saved = (key) => { try { return JSON.parse(localStorage.getItem(key)); } catch { return null; } };
const save = (key, value) => { try { localStorage.setItem(key, JSON.stringify(value)); } catch { /* no copy */ } };
const texts = new Map(); // absolute src -> Promise<options>: two widgets with one src fetch it once

function fetchData(src, timeout) {
  let p = texts.get(src);
  if (!p) {
    const ctl = new AbortController();
    const timer = setTimeout(() => ctl.abort(), timeout);
    p = Promise.all([fetch(src, { signal: ctl.signal, credentials: 'omit' }), load()])
      .then(async ([r]) => {
        if (!r.ok) throw { kind: r.status === 404 || r.status === 410 ? 'not-found' : 'network', message: `HTTP ${r.status}` };
        const data = await r.text();
        const bad = validate(data).find((x) => x.severity === 'error');
        // Invalid JSON or data: the widget lists the validator's messages.
        if (bad) return { data, src, problem: { kind: 'invalid', src, message: bad.message } };
        save(`gmg:${src}`, { on: new Date().toISOString().slice(0, 10), data });
        return { data, src };
      })
      .catch((e) => {
        texts.delete(src); // try again next time
        const kind = e.kind ?? (ctl.signal.aborted ? 'timeout' : 'network');
        const copy = saved(`gmg:${src}`); // shown, with its date, while the source is down
        return {
          error: kind, src, problem: { kind, src, message: e.message ?? `no answer within ${timeout} ms` },
          ...(copy?.data && { data: copy.data, savedOn: copy.on }),
        };
      })
      .finally(() => clearTimeout(timer));
    texts.set(src, p);
  }
  return p;
}

// --- deep links: #gmg-<id or index>=<item id>&... (other fragment parts are kept) ---
const parts = () => location.hash.slice(1).split('&').filter(Boolean);
const keyOf = (p) => decodeURIComponent(p.split('=')[0]);
const linkKey = (el) => `gmg-${el.id || [...document.querySelectorAll(SELECTOR)].indexOf(el)}`;
const linked = (key) => {
  const p = parts().find((x) => keyOf(x) === key);
  return p && decodeURIComponent(p.slice(p.indexOf('=') + 1));
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
const near = new IntersectionObserver((entries) => {
  for (const e of entries) {
    if (e.isIntersecting) { near.unobserve(e.target); mounts.get(e.target)?.refresh(); }
  }
}, { rootMargin: '50% 0px' });

class Mount {
  #handle = null;
  #gen = 0;
  #queued = false;
  #src; // the src whose answer #res is: refetched only when src changes
  #res;
  started = false;

  /** `read()` gives the options: {widget, src, data, lang, today, timeout, deepLink, selected}. */
  constructor(host, read) {
    this.host = host;
    this.read = read;
    mounts.set(host, this);
    host.addEventListener('gmg-select', this);
  }

  handleEvent(e) {
    if (this.opts?.deepLink && e.detail?.id) writeLink(linkKey(this.host), e.detail.id);
  }

  /** Starts (`lazy`: once near the viewport, unless deep-linked) or updates, in a microtask. */
  refresh(lazy) {
    live.add(this);
    if (lazy && !this.started) {
      const o = this.read();
      if (!(o.deepLink && linked(linkKey(this.host)))) return near.observe(this.host);
    }
    this.started = true;
    if (this.#queued) return;
    this.#queued = true;
    queueMicrotask(() => { this.#queued = false; this.#run(); });
  }

  async #run() {
    const gen = ++this.#gen;
    const o = (this.opts = this.read());
    const src = o.src && new URL(o.src, document.baseURI).href;
    // The data is fetched while the wasm loads.
    const res = src === this.#src ? this.#res : src && fetchData(src, +o.timeout || 10000);
    let sheet;
    try {
      sheet = await load();
    } catch (e) {
      if (gen === this.#gen) emit(this.host, 'gmg-error', { kind: 'wasm', src: src ?? '', message: String(e) });
      return;
    }
    const got = await res;
    if (gen !== this.#gen) return; // superseded or destroyed meanwhile
    if (got?.problem && src !== this.#src) emit(this.host, 'gmg-error', got.problem);
    [this.#src, this.#res] = [src, res];
    const options = { ...o, today: o.today ?? '', error: '', ...got };
    if (this.#handle) return this.#handle.update(options);
    if (o.deepLink) options.selected ??= linked(linkKey(this.host));
    const root = this.host.shadowRoot ?? this.host.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [sheet];
    const div = document.createElement('div');
    div.setAttribute('part', 'root');
    root.replaceChildren(div);
    this.#handle = WidgetHandle.mount(div, options);
    if (options.selected) {
      requestAnimationFrame(() => root.querySelector('.gmg-selected')?.scrollIntoView({ block: 'center' }));
    }
  }

  destroy() {
    this.#gen++;
    this.started = false;
    this.#src = this.#res = undefined;
    live.delete(this);
    near.unobserve(this.host);
    this.#handle?.free();
    this.#handle = null;
    this.host.shadowRoot?.replaceChildren();
  }
}

/** Language: the element's own, else the nearest ancestor's, else the page's. */
const langOf = (el) => el.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || 'en';

/**
 * Mounts a widget on `element` (it gets an open shadow root). `options`: {widget, src, data,
 * lang, today, selected, timeout, deepLink}. Returns {update(options), destroy()}.
 */
export function mount(element, options = {}) {
  let o = { ...options };
  const m = new Mount(element, () => ({ lang: langOf(element), ...o }));
  m.refresh();
  return {
    update(next) { o = { ...o, ...next }; m.refresh(); },
    destroy() { m.destroy(); element.removeEventListener('gmg-select', m); mounts.delete(element); },
  };
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
  };
}

const ATTRS = ['src', 'lang', 'today', 'timeout', 'deep-link'];

export class GmgWidget extends HTMLElement {
  static observedAttributes = ATTRS;
  #m = new Mount(this, () => attributes(this, ''));
  connectedCallback() { if (!this.#m.started) this.#m.refresh(true); }
  // Moving an element (disconnect and reconnect in one task) keeps the widget.
  disconnectedCallback() { queueMicrotask(() => this.isConnected || this.#m.destroy()); }
  attributeChangedCallback(_, old, now) { if (old !== now && this.#m.started) this.#m.refresh(); }
}

/** Registers the elements; safe to call (and to load this script) any number of times. */
export function define(registry = customElements) {
  for (const w of WIDGETS) if (!registry.get(`gmg-${w}`)) registry.define(`gmg-${w}`, class extends GmgWidget {});
}

// <div data-gmg-widget> for CMSs that strip unknown elements (also added later), and `lang`
// changes on any ancestor: one observer for the whole document.
function scan() {
  for (const el of document.querySelectorAll('[data-gmg-widget]')) {
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
  }).observe(document.documentElement, {
    subtree: true, childList: true, attributes: true,
    attributeFilter: ['lang', 'data-gmg-widget', ...ATTRS.map((a) => `data-${a}`)],
  });
  scan();
}

// A second copy of this module (say, loaded from another URL) must not mount divs twice.
if (!globalThis.__gmgWidgets) {
  globalThis.__gmgWidgets = true;
  define();
  if (document.readyState === 'loading') addEventListener('DOMContentLoaded', watch);
  else watch();
}
