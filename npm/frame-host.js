// frame-host.js: the host page's side of the iframe embed. Include it once on a page with GMG
// iframes (frame.html): every such frame then takes the height of its content, now and
// whenever it changes (an item's details opened, a narrower window, another language).
// Messages are matched to frames by their source window, so no other page can resize them.
// It uses no inline script or style, so it works under a strict Content-Security-Policy.
if (!globalThis.__gmgFrameHost) {
  globalThis.__gmgFrameHost = true;
  addEventListener('message', (e) => {
    if (e.data?.type !== 'gmg-height' || !Number.isFinite(e.data.height)) return;
    for (const f of document.querySelectorAll('iframe')) {
      if (f.contentWindow === e.source) f.style.height = `${Math.max(0, e.data.height)}px`;
    }
  });
  // Frames that loaded before this script ran have posted already: ask them again.
  const ask = () => {
    for (const f of document.querySelectorAll('iframe')) f.contentWindow?.postMessage({ type: 'gmg-height-request' }, '*');
  };
  if (document.readyState === 'loading') addEventListener('DOMContentLoaded', ask);
  else ask();
}
