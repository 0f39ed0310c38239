// The files the build ships next to this module, and the wasm: the stylesheet, the built
// fragments, the visitor's wasm (started once per page) and the maintainer's tools wasm.
// The wasm-bindgen glue is imported when the wasm is wanted (load()), not with this module:
// nothing but the element module stands between the page and its pre-rendered first content.
import { G, pageFetch, warn } from './env.js';
import { TIMEOUT } from './fetch.js';
import { WIDGETS } from './widgets.js';

/** The glue's exports, once the wasm runs. */
export let core;

// The widgets' stylesheet is the shipped file next to this module (the one pre-rendered markup
// links), fetched while the wasm loads: not a copy inside the wasm. Only its first part: the
// rules from this comment on position markup shown without script (src/prerender.rs).
export const CSS = new URL('./gmg-widgets.css', import.meta.url).href;
const POSITIONS = '/* Positions of markup shown without script';
// The shipped files (the stylesheet, the fragments) are asked for once per page by every copy
// of this module: the script-tag entry shows first content with its own copy before it loads
// the API's (api.js), which takes over; a global keyed by address, so the stylesheet the first
// content fetched is the one the wasm adopts. A failed answer is asked for again next time.
const shared = (G[Symbol.for('gmg-widgets shipped')] ??= new Map());
/** A file of this package's own: no size limit, no check (what request() does for data), so
 * that the script-tag entry's first content carries none of that code. The page's fetch may
 * be missing, replaced or broken: answered like a dead link. */
const fetchShipped = async (url) => {
  try {
    const r = await pageFetch(url, { credentials: 'omit', signal: G.AbortSignal?.timeout?.(TIMEOUT) });
    return r.ok ? { data: await r.text() } : { fail: { message: `HTTP ${r.status} ${r.statusText ?? ''}`.trim() } };
  } catch (e) {
    return { fail: { message: String(e?.message ?? e) } };
  }
};
/** The answer ({data} or {fail}) for a file shipped next to this module. */
export const shipped = (url) => {
  let answer = shared.get(url);
  if (!answer) {
    shared.set(url, (answer = fetchShipped(url)));
    answer.then(({ fail }) => fail && shared.get(url) === answer && shared.delete(url));
  }
  return answer;
};
/** The shipped stylesheet whole (the positions too), for a built fragment shown before the wasm. */
export const whole = () => {
  const key = `sheet ${CSS}`;
  if (!shared.has(key)) {
    const sheet = shipped(CSS).then(({ data, fail }) => {
      if (fail) throw fail;
      const s = new CSSStyleSheet();
      s.replaceSync(data);
      return s;
    });
    shared.set(key, sheet);
    sheet.catch(() => shared.get(key) === sheet && shared.delete(key));
  }
  return shared.get(key);
};
export const LANGS = ['ar', 'zh', 'en', 'fr', 'ru', 'es'];
/** The attributes that leave a widget drawn as its built fragment. */
const QUIET = /^(lang|id|class|style|hidden|title|dir|slot|role|aria-[a-z]+|deep-link|timeout|debug|data-(gmg-widget|lang|deep-link|timeout|debug))$/;
/** Whether `host` is a widget of `widget`'s kind that its built fragment draws as it is: a
 * known kind, and no attribute but QUIET's (no src, no today, no option that may change the
 * drawing). The callers check what attributes do not say (inline data, a deep link). */
export const builtAsIs = (host, widget) => WIDGETS.includes(widget) && ![...host.attributes].some((a) => !QUIET.test(a.name));
/** The events that say a reader is in a widget before its wasm runs (watched on the host). */
export const INPUT = ['pointerdown', 'focusin', 'click', 'keydown'];
/** The control of a pre-rendered or built tree that an input event was aimed at. */
export const controlOf = (e) => e.composedPath()[0]?.closest?.('button,[tabindex],summary');
/** The built fragment's address for a widget, a language tag (see langCode) and a width step. */
export const fragmentOf = (widget, tag, width) => new URL(`./fragments/${widget}.${langCode(tag)}.${width}.html`, import.meta.url).href;
/** The language a tag is drawn in, as the wasm reads it (Lang::from_tag): the primary
 * subtag, English when it is none of the six. */
export const langCode = (tag) => {
  const primary = String(tag).split(/[-_]/)[0].trim().toLowerCase();
  return LANGS.includes(primary) ? primary : 'en';
};
/** The widths (rem) the layout is quantised to, as `view::WIDTHS` in the crate: the built
 * fragments are laid out for each, and the live widget for the one its element is given. */
const WIDTHS = [40, 44, 48, 52, 56, 64, 72, 80];
/** An element's width step: the largest of WIDTHS not wider than its content box (what its
 * container query measures) in the page's rem; 0 at 40 rem or less, where the list shows. */
export const widthOf = (host) => {
  const px = (v) => parseFloat(v) || 0;
  const s = G.getComputedStyle(host);
  const w = (host.clientWidth - px(s.paddingLeft) - px(s.paddingRight)) / (px(G.getComputedStyle(host.ownerDocument.documentElement).fontSize) || 16);
  return w > 40 ? WIDTHS.findLast((b) => b <= w) : 0;
};
/** The sheet of a host with nothing in it yet: laid out as the stylesheet will, a block. */
let blockSheet;
/** Gives `host` a shadow root with nothing of the widget in it yet: a block (to measure its
 * width) that shows the element's own content (the page's fallback) through a slot until a
 * fragment or the wasm replaces it, so that a fragment that never comes leaves the fallback
 * readable. Throws for an element that cannot hold a shadow root. */
export const blank = (host) => {
  if (!blockSheet) (blockSheet = new CSSStyleSheet()).replaceSync(':host{display:block}');
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [blockSheet];
  root.append(host.ownerDocument.createElement('slot'));
  return root;
};
/** Language: the element's own, else the nearest ancestor's, else the page's. */
export const langOf = (el) => el.closest('[lang]')?.getAttribute('lang') || G.document?.documentElement?.lang || 'en';
/** The keys the live widget answers: pressed on a pre-rendered tree, kept for it. */
export const KEYS = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown', 'Escape', '+', '=', '-', '_', '0'];
/** What the script-tag entry's first content left for the API's widgets (per host): the width
 * step of the built fragment it shows, and the clicks and keys made on it meanwhile. */
export const firsts = (G[Symbol.for('gmg-widgets first')] ??= { shown: new WeakMap(), early: new WeakMap() });

export let ready;
/** Instantiates the wasm once per page; resolves to the widgets' constructed stylesheet. */
export function load() {
  if (!ready) {
    const css = shipped(CSS).then(({ data, fail }) => {
      if (!fail) return data;
      throw Object.assign(new Error(`the stylesheet ${CSS} could not be loaded (${fail.message})`), { stylesheet: true });
    });
    const wasm = import('./gmg_widgets.js').then(async (glue) => {
      await glue.default({ module_or_path: new URL('./gmg_widgets_bg.wasm', import.meta.url) });
      core = glue;
    });
    ready = Promise.all([wasm, css]).then(([, text]) => {
      // A constructed stylesheet is allowed under a strict style-src, unlike a <style> text.
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(text.split(POSITIONS)[0]);
      return sheet;
    });
    // The fallback content stays; say why, once, for the page's maintainer.
    ready.catch((e) => (e?.stylesheet ? warn(`${e.message}, so the fallback content stays`)
      : warn('WebAssembly could not start, so the fallback content stays:', e)));
  }
  return ready;
}

// The interface text of each language but English (compiled into the wasm) is a pack of its
// own, strings/LANG.json, fetched (in parallel with the wasm) only for a widget in it.
const packs = new Map();
/** Resolves once the interface text of `tag`'s language is installed in the wasm (at once for
 * English). Never rejects: with no wasm the caller hears it from load(); a pack that cannot
 * be had or used leaves widgets in that language with an English interface (their data's
 * texts keep their language), said once for the page's maintainer. */
export const strings = (tag) => {
  const lang = langCode(tag);
  if (lang === 'en') return Promise.resolve();
  let pack = packs.get(lang);
  if (!pack) {
    const url = new URL(`./strings/${lang}.json`, import.meta.url).href;
    pack = shipped(url).then(async ({ data, fail }) => {
      try { await load(); } catch { return; }
      try {
        if (fail) throw new Error(fail.message);
        core.installStrings(lang, data);
      } catch (e) {
        // A dead link is asked for again by the next widget; a pack of another version is not.
        if (fail) packs.delete(lang);
        warn(`the ${lang} interface text (${url}) could not be used, so its widgets show English controls: ${e?.message ?? e}`);
      }
    });
    packs.set(lang, pack);
  }
  return pack;
};

let toolsReady;
/**
 * The maintainer's tools, a second wasm loaded on demand (the visitor's carries neither):
 * resolves to the module `gmg_tools.js` with `validate(text)` (every check of meaning, with
 * warnings and hints) and `defaultData()`.
 */
export function tools() {
  toolsReady ??= import('./gmg_tools.js').then(async (m) => {
    await m.default({ module_or_path: new URL('./gmg_tools_bg.wasm', import.meta.url) });
    return m;
  });
  return toolsReady;
}

/** The errors (severity "error") the widget's own decode finds in a data text. */
export const validate = async (text) => {
  await load();
  return core.validate(text).filter((x) => x.severity === 'error');
};
