// The iframe embed (embed.html): one widget configured by the query string, and its height
// posted to the parent page whenever it changes.
import { WIDGETS } from './pkg/gmg-widgets.js';

const q = new URLSearchParams(location.search);
const widget = WIDGETS.includes(q.get('widget')) ? q.get('widget') : 'chairs';
if (q.get('lang')) document.documentElement.lang = q.get('lang');
const el = document.createElement(`gmg-${widget}`);
for (const name of ['src', 'today', 'timeout', 'deep-link']) {
  if (q.has(name)) el.setAttribute(name, q.get(name));
}
// The fallback goes inside the element: shown until (and unless) the widget runs.
const fallback = document.getElementById('fallback');
if (fallback) el.append(fallback);
document.body.append(el);

let last = -1;
new ResizeObserver(() => {
  const height = Math.ceil(document.body.getBoundingClientRect().height);
  if (height === last || parent === window) return;
  last = height;
  // The height is no secret: any parent may read it.
  parent.postMessage({ type: 'gmg-height', height, id: q.get('id') ?? '' }, '*');
}).observe(document.body);
