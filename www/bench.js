// Benchmark page (scripts/bench.mjs drives it): mounts a widget on generated data of a given
// size and reports render timings and DOM size. Not part of any test.
import init, { WidgetHandle } from './pkg/gmg_widgets.js';

function dataset(n) {
  const events = [];
  for (let i = 0; i < n; i++) {
    const day = new Date(Date.UTC(2000, 0, 1) + Math.floor((i * 30 * 365.25 * 86400000) / n));
    events.push({ id: `e${i}`, name: `Event ${i}`, date: day.toISOString().slice(0, 10), kind: 'meeting' });
  }
  return JSON.stringify({ version: 1, group: { name: 'Bench', short_name: 'B' }, events });
}

const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

window.bench = async (n, widget = 'outcomes') => {
  await init();
  const host = document.getElementById('host');
  host.replaceChildren();
  const root = host.attachShadow ? (host.shadowRoot ?? host.attachShadow({ mode: 'open' })) : host;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(await (await fetch('./pkg/gmg-widgets.css')).text());
  root.adoptedStyleSheets = [sheet];
  root.replaceChildren();
  const mount = document.createElement('div');
  root.append(mount);
  const data = dataset(n);
  let t = performance.now();
  const handle = WidgetHandle.mount(mount, { widget, data });
  await frame();
  const mountMs = performance.now() - t;
  const nodes = mount.querySelectorAll('*').length;
  const items = mount.querySelectorAll('.gmg-item').length;
  t = performance.now();
  mount.querySelector('.gmg-tool').click(); // zoom in
  await frame();
  const zoomMs = performance.now() - t;
  const itemsZoomed = mount.querySelectorAll('.gmg-item').length;
  const button = mount.querySelector('.gmg-item button');
  button.focus();
  t = performance.now();
  button.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
  await frame();
  const keyMs = performance.now() - t;
  handle.free();
  return { n, mountMs, nodes, items, zoomMs, itemsZoomed, keyMs };
};
