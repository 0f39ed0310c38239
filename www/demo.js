// The demo page's own behaviour: the language switch applies to every widget.
const select = document.getElementById('lang');
select.addEventListener('change', () => {
  for (const el of document.querySelectorAll('gmg-chairs, gmg-work-streams, gmg-outcomes, gmg-timeline')) {
    el.setAttribute('lang', select.value);
  }
  document.documentElement.dir = select.value === 'ar' ? 'rtl' : 'ltr';
});
