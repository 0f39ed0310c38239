// First content for the script-tag entry, before the rest of the element module: the built
// fragment of every widget in the page that shows the built-in data as built, with only what
// that needs (the stylesheet, the fragment, the width step). The API (api.js: the custom
// elements, the data, the wasm) is loaded once these have shown and takes them over as it
// takes over a page's pre-rendered markup; clicks and keys made meanwhile are kept for it.
import { doc, G } from './env.js';
import { SELECTOR } from './widgets.js';
import { blank, builtAsIs, controlOf, firsts, fragmentOf, INPUT, langOf, shipped, whole, widthOf } from './assets.js';

/** The built fragment of `host` for its width step, shown in one step with the stylesheet;
 * resolves (never rejects) once it shows or cannot. */
function show(host) {
  const div = !host.localName.startsWith('gmg-');
  const widget = div ? host.dataset.gmgWidget : host.localName.slice(4);
  // Only what the fragments were built for (as the API's Mount decides): no attribute that may
  // change the drawing, no inline data, no selection from a deep link.
  if (host.shadowRoot || !builtAsIs(host, widget)
    || host.querySelector(':scope > script[type="application/json"]')
    || ((host.hasAttribute('deep-link') || host.hasAttribute('data-deep-link')) && /gmg-/.test(G.location?.hash ?? ''))) return null;
  let root;
  try {
    root = blank(host);
  } catch {
    return null; // an element that cannot hold a widget: the API says so
  }
  const slot = root.firstChild;
  const width = widthOf(host);
  const lang = (div && host.dataset.lang) || langOf(host);
  return Promise.all([whole(), shipped(fragmentOf(widget, lang, width))]).then(([sheet, { data, fail }]) => {
    // Not over what the API drew meanwhile (it may have started on an early click).
    if (fail || root.firstChild !== slot) return;
    root.adoptedStyleSheets = [sheet];
    root.innerHTML = data; // this package's own markup, as the wasm beside it draws it
    firsts.shown.set(host, width);
  }, () => { /* no stylesheet: the API draws the widget, or says why not */ });
}

/** Until the first click, key or focus in one of `hosts`: what was done there, kept for the
 * API; `stop()` ends the watch. */
function watch(hosts) {
  let touched;
  const first = new Promise((ok) => { touched = ok; });
  const keep = (e) => {
    touched();
    const el = controlOf(e);
    if (!el || !(e.type === 'click' || e.type === 'keydown')) return;
    const { type, key, shiftKey, ctrlKey, altKey, metaKey } = e;
    const early = firsts.early.get(e.currentTarget) ?? [];
    firsts.early.set(e.currentTarget, [...early, { el, type, key, shiftKey, ctrlKey, altKey, metaKey }].slice(-8));
  };
  for (const h of hosts) for (const t of INPUT) h.addEventListener(t, keep, true);
  return { first, stop: () => { for (const h of hosts) for (const t of INPUT) h.removeEventListener(t, keep, true); } };
}

/** Shows first content in the page's widgets now; resolves once every fragment has shown or
 * failed, every stylesheet of a page's pre-rendered markup has loaded or failed (so that the
 * rest of the module does not compete with first content), or the reader has acted in one.
 * Resolves to `stop()`, to call once the API has taken the widgets over. */
export async function firstContent() {
  if (!doc?.querySelectorAll || typeof G.CSSStyleSheet !== 'function') return () => {};
  const hosts = [...doc.querySelectorAll(SELECTOR)];
  const waits = hosts.map(show).filter(Boolean);
  for (const h of hosts) {
    for (const link of h.shadowRoot?.querySelectorAll('link[rel="stylesheet"]') ?? []) {
      // (One that failed before now has no sheet and sends no more events: the page's load
      // event comes after it in any case.)
      if (!link.sheet && doc.readyState !== 'complete') {
        waits.push(new Promise((ok) => { for (const [t, on] of [['load', link], ['error', link], ['load', G]]) on.addEventListener(t, ok, { once: true }); }));
      }
    }
  }
  const input = watch(hosts);
  await Promise.race([Promise.all(waits), input.first]);
  // Then once that frame is painted (a task after the next animation frame), so that the rest
  // does not come before the first content it follows (a pre-rendered widget's too, whose
  // stylesheet may have loaded before this module ran); a timer too, for a hidden page, which
  // draws no frames.
  if (hosts.length) await new Promise((ok) => { G.requestAnimationFrame?.(() => G.setTimeout(ok, 0)); G.setTimeout(ok, 100); });
  return input.stop;
}
