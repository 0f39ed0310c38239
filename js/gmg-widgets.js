// gmg-widgets: the script-tag entry. Loading it defines <gmg-chairs>, <gmg-work-streams>,
// <gmg-outcomes> and <gmg-timeline> and mounts <div data-gmg-widget="..."> (also when added
// later); it exports the JS API of api.js too. One wasm instance serves every widget on a page.
// The build bundles it with its modules into one file (pkg/gmg-widgets.js): one request
// before first content.
//
// First content before the wasm: an element the page pre-rendered (a declarative shadow root,
// `gmg-widgets render`) shows at once; one with no content that shows the built-in data with
// no fixed today gets its built fragment (fragments/WIDGET.LANG.WIDTH.html, for its width
// step) as soon as this module runs. The wasm starts when the page is idle once a widget is
// near the viewport, or at once on the first pointer or key event inside one; it renders
// aside, laid out for the same width step, and takes the identical tree's place in one step
// (focus and scroll kept), then applies the clicks and keys made meanwhile.
import { start } from './api.js';

export * from './api.js';

start();
