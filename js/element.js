// The custom elements <gmg-chairs>, <gmg-work-streams>, <gmg-outcomes>, <gmg-timeline>, and
// <div data-gmg-widget> for CMSs that strip unknown elements. Nothing runs on import:
// define() registers the elements, start() does what the script tag does.
import { Base, doc, G, warn } from './env.js';
import { WIDGETS } from './widgets.js';
import { langOf } from './assets.js';
import { live, Mount, mounts } from './mount.js';

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

const LOADED = Symbol.for('gmg-widgets');
/**
 * What the script tag does: registers the elements and mounts every `<div data-gmg-widget>`
 * (also those added later). Once per page: a second copy of the module (say, loaded from
 * another URL) must not mount divs twice; a symbol, not a name, so that an element with
 * id="__gmgWidgets" in the page cannot clobber it.
 */
export function start() {
  if (!doc || G[LOADED]) return;
  G[LOADED] = true;
  if (G.customElements) define();
  else warn('this page has no custom elements: only <div data-gmg-widget> widgets run');
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', watch);
  else watch();
}
