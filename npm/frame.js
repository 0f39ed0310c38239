// The iframe embed's page script: one widget, configured by the query string
// (widget, lang, today, src, deep-link, timeout, id), filling the frame. Like the demo's
// embed.html, it posts {type: 'gmg-height', height, id} to the parent page whenever its height
// changes, so that the host page can size the iframe (docs/embedding.md).
import { WIDGETS } from './gmg-widgets.js';

const query = new URLSearchParams(location.search);
const asked = (query.get('widget') ?? 'chairs').replace(/^gmg-/, '');
const widget = WIDGETS.includes(asked) ? asked : 'chairs';
const lang = query.get('lang');
if (lang) {
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
}
const el = document.createElement(`gmg-${widget}`);
for (const name of ['lang', 'today', 'src', 'deep-link', 'timeout']) {
  if (query.has(name)) el.setAttribute(name, query.get(name));
}
document.body.append(el);

let last = -1;
new ResizeObserver(() => {
  const height = Math.ceil(document.body.getBoundingClientRect().height);
  if (height === last || parent === window) return;
  last = height;
  // The height is no secret: any parent may read it.
  parent.postMessage({ type: 'gmg-height', height, id: query.get('id') ?? '' }, '*');
}).observe(document.body);
