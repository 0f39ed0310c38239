// The iframe page's script (frame.html): one widget configured by the query string
// (widget, lang, dir, today, src, timeout, deep-link, debug, id), filling the frame, and its
// height posted to the parent page whenever it changes, so that the host page can size the
// iframe to its content (frame-host.js, docs/embedding.md). `src` is relative to this page.
import { start, WIDGETS } from './api.js';

start();

const query = new URLSearchParams(location.search);
const asked = (query.get('widget') ?? 'chairs').replace(/^gmg-/, '');
const widget = WIDGETS.includes(asked) ? asked : 'chairs';
const lang = query.get('lang');
const root = document.documentElement;
if (lang) root.lang = lang;
// The page's direction follows the language unless `dir` says otherwise.
const dir = query.get('dir');
root.dir = dir === 'rtl' || dir === 'ltr' ? dir : /^ar\b/i.test(root.lang) ? 'rtl' : 'ltr';
const el = document.createElement(`gmg-${widget}`);
for (const name of ['lang', 'today', 'src', 'timeout', 'deep-link', 'debug']) {
  if (query.has(name)) el.setAttribute(name, query.get(name));
}
// The fallback goes inside the element: shown until (and unless) the widget runs.
const fallback = document.getElementById('fallback');
if (fallback) el.append(fallback);
document.body.replaceChildren(el);

const id = query.get('id') ?? '';
let last = -1;
const post = (force) => {
  const height = Math.ceil(document.body.getBoundingClientRect().height);
  if ((height === last && !force) || parent === window) return;
  last = height;
  // The height is no secret: any parent may read it.
  parent.postMessage({ type: 'gmg-height', height, id }, '*');
};
new ResizeObserver(() => post(false)).observe(document.body);
// A host script that starts after the first message asks for it again.
addEventListener('message', (e) => {
  if (e.source === parent && e.data?.type === 'gmg-height-request') post(true);
});
