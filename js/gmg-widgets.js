// gmg-widgets: the script-tag entry. Defines <gmg-chairs>, <gmg-work-streams>, <gmg-outcomes>
// and <gmg-timeline>; one wasm instance serves every widget on the page.
import init, { WidgetHandle, styles } from './gmg_widgets.js';

let ready;
/** Instantiates the wasm once per page and builds the shared stylesheet. */
export function load() {
  ready ??= init({ module_or_path: new URL('./gmg_widgets_bg.wasm', import.meta.url) }).then(() => {
    const css = styles();
    // A constructed stylesheet is allowed under a strict style-src, unlike a <style> text.
    if ('adoptedStyleSheets' in Document.prototype) {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      return sheet;
    }
    return css;
  });
  return ready;
}

export const ELEMENTS = {
  'gmg-chairs': 'chairs',
  'gmg-work-streams': 'work-streams',
  'gmg-outcomes': 'outcomes',
  'gmg-timeline': 'timeline',
};

const texts = new Map(); // src -> Promise<string>: two widgets with one src fetch it once
function fetchText(src, timeoutMs = 15000) {
  if (!texts.has(src)) {
    const ctl = new AbortController();
    const timer = setTimeout(() => ctl.abort(), timeoutMs);
    const p = fetch(src, { signal: ctl.signal, credentials: 'omit' })
      .then((r) => {
        if (!r.ok) throw Object.assign(new Error(`HTTP ${r.status}`), { kind: 'not-found' });
        return r.text();
      })
      .finally(() => clearTimeout(timer));
    p.catch(() => texts.delete(src));
    texts.set(src, p);
  }
  return texts.get(src);
}

function langOf(el) {
  return el.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || 'en';
}

export class GmgWidget extends HTMLElement {
  static observedAttributes = ['src', 'lang', 'today'];
  #handle = null;
  #queued = false;

  get widget() { return ELEMENTS[this.localName] ?? this.getAttribute('widget') ?? 'chairs'; }

  async #options() {
    const options = { widget: this.widget, lang: langOf(this) };
    const today = this.getAttribute('today');
    if (today) options.today = today;
    const inline = this.querySelector(':scope > script[type="application/json"]');
    const src = this.getAttribute('src');
    if (src) options.data = await fetchText(new URL(src, document.baseURI).href);
    else if (inline) options.data = inline.textContent;
    return options;
  }

  async connectedCallback() {
    if (this.#handle) return;
    let sheet;
    try {
      sheet = await load();
    } catch (e) {
      // The fallback content stays; say why for the page's maintainer.
      console.warn('gmg-widgets: WebAssembly could not start; showing the fallback content.', e);
      return;
    }
    if (!this.isConnected || this.#handle) return;
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    if (typeof sheet === 'string') {
      const style = document.createElement('style');
      style.textContent = sheet;
      root.replaceChildren(style);
    } else {
      root.adoptedStyleSheets = [sheet];
      root.replaceChildren();
    }
    const mount = document.createElement('div');
    mount.setAttribute('part', 'root');
    root.append(mount);
    this.#handle = WidgetHandle.mount(mount, await this.#options());
  }

  disconnectedCallback() {
    this.#handle?.free();
    this.#handle = null;
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (oldValue === newValue || !this.#handle || this.#queued) return;
    this.#queued = true;
    queueMicrotask(async () => {
      this.#queued = false;
      this.#handle?.update(await this.#options());
    });
  }
}

/** Registers the elements; safe to call (and to load this script) any number of times. */
export function define(registry = customElements) {
  for (const [tag, widget] of Object.entries(ELEMENTS)) {
    if (!registry.get(tag)) registry.define(tag, class extends GmgWidget {});
  }
}

define();
