// Deep links: the selected item of a widget in the page's address.
import { doc, G, warn } from './env.js';
import { SELECTOR } from './widgets.js';

// --- deep links: #gmg-<id or index>=<item id>&... (other fragment parts are kept) ---
// CMS anchors hold stray `%` ("#section-100%"): a part that does not decode is kept as written.
const decode = (s) => { try { return decodeURIComponent(s); } catch { return s; } };
const parts = () => (G.location?.hash ?? '').slice(1).split('&').filter(Boolean);
const keyOf = (p) => decode(p.split('=')[0]);
export const linkKey = (el) => `gmg-${el.id || [...doc.querySelectorAll(SELECTOR)].indexOf(el)}`;
export const linked = (key) => {
  const p = parts().find((x) => keyOf(x) === key);
  return p && decode(p.slice(p.indexOf('=') + 1));
};
export function writeLink(key, id) {
  const rest = parts().filter((x) => keyOf(x) !== key);
  try {
    G.history.replaceState(G.history.state, '', `#${[...rest, `${encodeURIComponent(key)}=${encodeURIComponent(id)}`].join('&')}`);
  } catch (e) {
    // Sandboxed and srcdoc frames may not rewrite their URL: the selection still works.
    warn('cannot write the deep link here', e);
  }
}

