// The demo page's own behaviour: the language switch applies to every widget; the narrow
// switch shows the layout a widget takes in a narrow container (not a narrow window).
import { WIDGETS } from './pkg/gmg-widgets.js';

const widgets = () => document.querySelectorAll(WIDGETS.map((w) => `gmg-${w}`).join());
const select = document.getElementById('lang');
select.addEventListener('change', () => {
  for (const el of widgets()) el.setAttribute('lang', select.value);
  document.documentElement.dir = select.value === 'ar' ? 'rtl' : 'ltr';
});
document.getElementById('narrow').addEventListener('change', (e) => {
  document.getElementById('gallery').classList.toggle('demo-narrow', e.target.checked);
});
// Themes are nothing but the documented CSS custom properties, set by demo.css on the
// gallery: what a partner site writes in its own stylesheet.
document.getElementById('theme').addEventListener('change', (e) => {
  const gallery = document.getElementById('gallery');
  gallery.classList.remove('theme-dark', 'theme-compact', 'theme-partner');
  if (e.target.value) gallery.classList.add(`theme-${e.target.value}`);
});
