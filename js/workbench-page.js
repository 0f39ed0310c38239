// Starts a workbench on each element marked data-gmg-workbench (data-published: the URL of the
// published data file to compare with; default: the data built into the widgets).
import { workbench } from './workbench.js';

const roots = [...document.querySelectorAll('[data-gmg-workbench]')];
await Promise.all(roots.map((el) => workbench(el, { published: el.dataset.published || undefined }).catch((e) => {
  el.textContent = `The workbench could not start: ${e?.message ?? e}`;
  console.error('gmg-widgets workbench:', e);
})));
document.documentElement.dataset.ready = 'true';
