// The one place the workbench reaches the validator and the published data: the maintainer's
// tools wasm (gmg_tools.js: the full validator and the built-in data text), which the element
// module's tools() loads on demand; the visitor's wasm carries neither.
import { tools } from './api.js';

/** Resolves once the validator can run. */
export function ready() {
  return tools();
}

/**
 * Every problem of `text` as the full validator reports it:
 * [{severity: 'error'|'warning', path, line, column, message, hint}].
 */
export async function validate(text) {
  return Array.from((await tools()).validate(text));
}

/** The built-in data file (the GMG's published data). */
export async function defaultData() {
  return (await tools()).defaultData();
}
