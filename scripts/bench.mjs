// `npm run bench`: render timings of the outcomes widget on 100, 1,000 and 10,000 generated
// events, in one Chromium run, reported as figures and as ratios to the 100-event run.
// Wall-clock numbers vary by machine; the ratios are what to compare between commits.
import { start, open } from '../tests/page/harness.mjs';

const env = await start();
try {
  const { page } = await open(env.browser, `${env.base}/bench.html`);
  const rows = [];
  for (const n of [100, 1000, 10000]) {
    await page.evaluate((n) => window.bench(n), n); // warm-up run of the same size
    rows.push(await page.evaluate((n) => window.bench(n), n));
  }
  const base = rows[0];
  console.log('events  mount ms  (x100)  DOM nodes  items shown  zoom ms  (x100)  items after zoom  key ms');
  for (const r of rows) {
    console.log(
      `${String(r.n).padStart(6)}  ${r.mountMs.toFixed(1).padStart(8)}  ${(r.mountMs / base.mountMs).toFixed(1).padStart(6)}` +
      `  ${String(r.nodes).padStart(9)}  ${String(r.items).padStart(11)}  ${r.zoomMs.toFixed(1).padStart(7)}` +
      `  ${(r.zoomMs / base.zoomMs).toFixed(1).padStart(6)}  ${String(r.itemsZoomed).padStart(16)}  ${r.keyMs.toFixed(1).padStart(6)}`,
    );
  }
} finally {
  await env.close();
}
