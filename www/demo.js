// The demo page's own behaviour: the language switch applies to every widget; the narrow
// switch shows the layout a widget takes in a narrow container (not a narrow window).
const widgets = () => document.querySelectorAll('gmg-chairs, gmg-work-streams, gmg-outcomes, gmg-timeline');
const select = document.getElementById('lang');
select.addEventListener('change', () => {
  for (const el of widgets()) el.setAttribute('lang', select.value);
  document.documentElement.dir = select.value === 'ar' ? 'rtl' : 'ltr';
});
document.getElementById('narrow').addEventListener('change', (e) => {
  document.getElementById('gallery').classList.toggle('demo-narrow', e.target.checked);
});
