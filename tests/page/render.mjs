// `gmg-widgets render` for the page tests (the debug binary scripts/build.sh builds).
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../../target/debug/gmg-widgets', import.meta.url));

/** The output of `gmg-widgets render ARGS`. */
export const render = (...args) => execFileSync(CLI, ['render', ...args], { encoding: 'utf8' });
