// The one place the workbench reaches the validator and the published data: the exported JS API
// (validate and defaultData of the wasm-bindgen module, after load()). If the validator moves
// into an on-demand "tools" module, only this file changes.
import { load } from './gmg-widgets.js';
import * as core from './gmg_widgets.js';

let started;
/** Resolves once the validator can run. */
export function ready() {
  started ??= load();
  return started;
}

/**
 * Every problem of `text` as the widgets' validator reports it:
 * [{severity: 'error'|'warning', path, line, column, message, hint}].
 */
export async function validate(text) {
  await ready();
  return Array.from(core.validate(text));
}

/** The data file compiled into the widgets (the GMG's published data). */
export async function defaultData() {
  await ready();
  return core.defaultData();
}
