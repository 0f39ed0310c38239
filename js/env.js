// What the element modules need from the page, captured once when they load: a partner page
// (or a script it loads later) may replace or break `fetch`, `console`, `customElements`; an
// element with id="..." may shadow a global of that name. Nothing here may throw in a
// non-browser environment (Node importing the package for server-side rendering). And the few
// helpers every module uses: logging that a broken console cannot stop, events that a page's
// listener cannot stop, timers.
export const G = globalThis;
export const doc = G.document;
export const pageFetch = typeof G.fetch === 'function' ? G.fetch.bind(G) : null;
export const Base = typeof G.HTMLElement === 'function' ? G.HTMLElement : class {};
export const Observer = typeof G.IntersectionObserver === 'function' ? G.IntersectionObserver : null;
export const Decoder = G.TextDecoder;
const logTo = G.console;
export const later = (f, ms) => G.setTimeout(f, ms);
export const log = (level, ...a) => { try { logTo?.[level]?.('gmg-widgets:', ...a); } catch { /* a broken console */ } };
export const warn = (...a) => log('warn', ...a);
export const emit = (el, type, detail) => {
  try {
    el.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, detail }));
  } catch (e) {
    warn(`a ${type} listener failed`, e); // a page's listener must not stop the widget
  }
};
/** Runs `f` when the page is idle (soon in any case). */
export const idle = (f) => (G.requestIdleCallback ? G.requestIdleCallback(f, { timeout: 1000 }) : later(f, 50));
