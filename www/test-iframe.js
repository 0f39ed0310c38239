// The host page's listener, as documented in docs/embedding.md.
addEventListener('message', (e) => {
  if (e.data?.type !== 'gmg-height') return;
  for (const f of document.querySelectorAll('iframe')) {
    if (f.contentWindow === e.source) f.style.height = `${e.data.height}px`;
  }
});
