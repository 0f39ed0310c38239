// The iframe embed's page script: one widget, configured by the query string
// (widget, lang, today, src, deep-link, timeout), filling the frame.
import './gmg-widgets.js';

const WIDGETS = ['chairs', 'work-streams', 'outcomes', 'timeline'];
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
