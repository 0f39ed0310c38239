// gmg-widgets: the script-tag entry. Loading it defines <gmg-chairs>, <gmg-work-streams>,
// <gmg-outcomes> and <gmg-timeline> and mounts <div data-gmg-widget="..."> (also when added
// later); it exports the JS API of api.js too. One wasm instance serves every widget on a page.
//
// First content before the wasm, and before most of this module: an element the page
// pre-rendered (a declarative shadow root, `gmg-widgets render`) shows at once; one with no
// content that shows the built-in data with no fixed today gets its built fragment
// (fragments/WIDGET.LANG.WIDTH.html, for its width step) as soon as this file runs (first.js,
// bundled in: the only script before first content). Then it loads the API (api.js, the
// package's main entry: the elements, the data, the wasm), which takes over. The wasm starts
// when the page is idle once a widget is near the viewport, or at once on the first pointer or
// key event inside one; it renders aside, laid out for the same width step, and takes the
// identical tree's place in one step (focus and scroll kept), then applies the clicks and keys
// made meanwhile. An importer of this module gets the API once it is loaded (top-level await).
import { firstContent } from './first.js';

const stop = await firstContent();
export const { define, GmgWidget, load, mount, start, tools, WIDGETS } = await import('./api.js');
start();
stop();
