// The embed-code generator: builds the four snippets from the options and the versioned files'
// integrity manifest (pkg/dist/current.json, written by the build), previews exactly the
// selected snippet in a srcdoc iframe, and checks in the browser that the snippet will load
// from the chosen base URL (CORS, integrity, MIME types), saying what is wrong in plain words.
//
// Every element snippet carries a fallback for readers without script or WebAssembly: a plain
// list of the widget's items in the chosen language, written from the data (the chosen `src`
// when it can be read from here, else the data built into the widgets).
import { LANGS, esc, fallbackHtml } from './fallback.js';

const form = document.getElementById('options');
const manifest = await (await fetch('pkg/dist/current.json')).json();
const builtIn = await (await fetch('data/gmg.json')).json();
document.getElementById('version').textContent = manifest.version;
form.elements.base.value = new URL('pkg/dist/', location.href).href;
// The gallery fixes today to this date: the preview starts with the same picture.
export const GALLERY_TODAY = '2014-06-01';
if (!form.elements.today.value) form.elements.today.value = GALLERY_TODAY;

const attrs = (list) => list.map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${esc(v)}"`)).join('');
const NAMES = { chairs: 'chairs', 'work-streams': 'work streams', outcomes: 'High-level Dialogue outcomes', timeline: 'timeline' };

function options() {
  const f = form.elements;
  let base = f.base.value.trim() || new URL('pkg/dist/', location.href).href;
  if (!base.endsWith('/')) base += '/';
  return {
    widget: f.widget.value, lang: f.lang.value, today: f.today.value, src: f.src.value.trim(),
    deepLink: f.deepLink.checked, debug: f.debug.checked, base, show: f.show.value,
  };
}

// The built-in data's pre-rendered fragments (fetched once each; render() runs again when one
// arrives). Another data file or a fixed today needs `gmg-widgets render`, said in the snippet.
const fragments = new Map();
function fragment(widget, lang) {
  // Laid out for an element 56 rem (896 px) wide: `gmg-widgets render --width` makes others.
  const name = `fragments/${widget}.${lang}.56.html`;
  if (!fragments.has(name)) {
    fragments.set(name, null);
    fetch(`pkg/dist/${manifest.version}/${name}`).then((r) => (r.ok ? r.text() : Promise.reject(r.status)))
      .then((text) => { fragments.set(name, text); render(); }, () => {});
  }
  return fragments.get(name);
}

// The script tag alone draws the widget in its element's place once the module has run: the
// page below moves once then (Chromium holds the first paint for a render-blocking script only
// until it starts, not for what it fetches). The pre-rendered snippet draws with the page.
const SHIFT = '<!-- The widget takes the fallback\'s place once it loads, so the page below may move once; the pre-rendered snippet shows the widget with the page and does not. -->';
/** The snippets for the options: {element, prerendered, div, iframe, npm, previews, files}. */
export function snippets(o, data = builtIn) {
  const at = (name) => {
    const f = manifest.files[name];
    return f && { name, url: `${o.base}${manifest.version}/${f.file}`, integrity: f.integrity };
  };
  const entry = at('gmg-widgets.js');
  const glue = at('gmg_widgets.js');
  const wasm = at('gmg_widgets_bg.wasm');
  const host = at('frame-host.js');
  const tagOf = (f) => `<script${attrs([['type', 'module'], ['src', f.url], ['integrity', f.integrity], ['crossorigin', 'anonymous']])}></script>`;
  const head = [
    `<!-- gmg-widgets ${manifest.version} -->`,
    `<link${attrs([['rel', 'modulepreload'], ['href', glue.url], ['integrity', glue.integrity], ['crossorigin', 'anonymous']])}>`,
    tagOf(entry),
  ].join('\n');
  const own = [['lang', o.lang], ['today', o.today], ['src', o.src], ['deep-link', o.deepLink], ['debug', o.debug]].filter(([, v]) => v);
  const fallback = fallbackHtml(data, o.widget, LANGS.includes(o.lang) ? o.lang : 'en');
  const tag = `gmg-${o.widget}`;
  const element = `<${tag}${attrs(own)}>\n${fallback}\n</${tag}>`;
  const div = `<div${attrs([['data-gmg-widget', o.widget], ...own.map(([k, v]) => [`data-${k}`, v])])}>\n${fallback}\n</div>`;
  const css = at('gmg-widgets.css');
  const lang = o.lang || 'en';
  const inner = !o.src && !o.today && fragment(o.widget, lang);
  const prerendered = o.src || o.today
    ? `<!-- Pre-rendered markup is built for the data compiled in and no fixed today. For this data and date:\n     gmg-widgets render --widget ${o.widget} --lang ${lang}${o.today ? ` --today ${o.today}` : ''}${o.src ? ' --data FILE --src URL' : ''} --css ${css.url} -->\n${element}`
    : `<${tag}${attrs([['lang', lang], ...own.filter(([k]) => k !== 'lang')])}><template shadowrootmode="open"><link${attrs([['rel', 'stylesheet'], ['href', css.url], ['integrity', css.integrity], ['crossorigin', 'anonymous']])}>${inner || ''}</template></${tag}>`;
  const query = new URLSearchParams({ widget: o.widget });
  for (const [k, v] of own) query.set(k, v === true ? '' : v);
  if (o.lang === 'ar') query.set('dir', 'rtl');
  const frameUrl = `${o.base}${manifest.version}/frame.html?${query}`;
  const iframe = [
    `<!-- gmg-widgets ${manifest.version}: frame-host.js makes the frame as high as its content -->`,
    tagOf(host),
    `<iframe${attrs([['src', frameUrl], ['title', `GMG ${NAMES[o.widget]}`], ['width', '100%'], ['height', '480'], ['loading', 'lazy']])}></iframe>`,
  ].join('\n');
  const api = { widget: o.widget, ...(o.lang && { lang: o.lang }), ...(o.today && { today: o.today }), ...(o.src && { src: o.src }), ...(o.deepLink && { deepLink: true }), ...(o.debug && { debug: true }) };
  const npm = [
    `# npm install gmg-widgets@${manifest.version}`,
    '',
    `// In your bundle (copy gmg_widgets_bg.wasm, gmg-widgets.css, gmg-data.json and the folder strings/ from node_modules/gmg-widgets/ next to it):`,
    `import 'gmg-widgets/define';`,
    '',
    `<!-- In your page: -->`,
    element,
    '',
    `// Or, without the element, with the JS API:`,
    `// import { mount } from 'gmg-widgets';`,
    `// mount(document.querySelector('#gmg'), ${JSON.stringify(api)});`,
  ].join('\n');
  return {
    element: `${head}\n${SHIFT}\n${element}`,
    prerendered: `${head}\n${prerendered}`,
    div: `${head}\n${div}`,
    iframe,
    npm,
    // What the preview renders for each: the snippet itself; for npm, its markup with the
    // same module the bundle would contain.
    previews: { element: `${head}\n${element}`, prerendered: `${head}\n${prerendered}`, div: `${head}\n${div}`, iframe, npm: `${head}\n${element}` },
    // The files each snippet loads from the base URL, for the check.
    files: { entry, glue, wasm, host, css: at('gmg-widgets.css'), frame: { name: 'frame.html', url: frameUrl.split('?')[0] } },
  };
}

// --- the check: will the snippet load from this base URL on a partner's page? ---
const b64 = (buf) => btoa(String.fromCharCode(...new Uint8Array(buf)));
async function sri(buf) { return `sha384-${b64(await crypto.subtle.digest('SHA-384', buf))}`; }

/**
 * Checks one file as a page of another origin would load it: reachable, with CORS, the
 * expected MIME type, and the bytes of this version. Returns [{ok, level, text}].
 */
async function checkFile(file, kind, needsCors) {
  const out = [];
  const name = file.url.split('/').pop();
  let r;
  try {
    r = await fetch(file.url, { mode: 'cors', credentials: 'omit', cache: 'no-store' });
  } catch {
    // Either nothing answers, or it answers without CORS: a no-cors request tells them apart.
    let answers = false;
    try { await fetch(file.url, { mode: 'no-cors', credentials: 'omit', cache: 'no-store' }); answers = true; } catch { /* nothing answers */ }
    if (!answers) return [{ level: 'error', text: `${name}: nothing answers at ${file.url}. Check the base URL, and that the server is up and reachable from your visitors' browsers.` }];
    if (!needsCors) return [{ level: 'ok', text: `${name} answers (an iframe needs no CORS header; its content could not be checked from here).` }];
    return [{ level: 'error', text: `${name}: the server answers but sends no Access-Control-Allow-Origin header, so browsers refuse to run the snippet on any other site (its crossorigin and integrity attributes need CORS). Serve the files with "Access-Control-Allow-Origin: *" (docs/embedding.md, "Hosting the files").` }];
  }
  if (r.status === 404 || r.status === 410) {
    return [{ level: 'error', text: `${name}: not found (HTTP ${r.status}) at ${file.url}. Upload the folder dist/${manifest.version}/ unchanged, so that this address exists.` }];
  }
  if (!r.ok) return [{ level: 'error', text: `${name}: the server answers HTTP ${r.status} at ${file.url}.` }];
  const type = (r.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
  if (kind === 'js' && !/^(text|application)\/(javascript|ecmascript|x-javascript)$/.test(type)) {
    out.push({ level: 'error', text: `${name} is served as "${type || 'no type'}": browsers run module scripts only with a JavaScript MIME type. Serve .js files as text/javascript.` });
  }
  if (kind === 'wasm' && type !== 'application/wasm') {
    out.push({ level: 'warning', text: `${name} is served as "${type || 'no type'}", not "application/wasm": the widgets still start, but more slowly (no streaming compilation) and with a console warning. Serve .wasm files as application/wasm.` });
  }
  if (kind === 'css' && type !== 'text/css') {
    out.push({ level: 'error', text: `${name} is served as "${type || 'no type'}": browsers apply a stylesheet only when it is text/css. Serve .css files as text/css.` });
  }
  if (kind === 'html' && type !== 'text/html') {
    out.push({ level: 'error', text: `${name} is served as "${type || 'no type'}": the iframe shows it as a page only when it is text/html.` });
  }
  if (file.integrity) {
    const got = await sri(await r.arrayBuffer());
    if (got !== file.integrity) {
      out.push({ level: 'error', text: `${name} at that address is not the file of version ${manifest.version} (its SHA-384 differs from the snippet's integrity attribute), so browsers refuse to use it. Upload the files of dist/${manifest.version}/ byte for byte: no minifying, re-encoding or line-ending changes.` });
    }
  }
  if (!out.length) out.push({ level: 'ok', text: `${name}: found${needsCors ? ', readable from other sites (CORS)' : ''}${kind === 'wasm' ? ', served as application/wasm' : ''}${file.integrity ? ', integrity matches' : ''}.` });
  return out;
}

async function checkData(src) {
  let r;
  try {
    r = await fetch(src, { mode: 'cors', credentials: 'omit', cache: 'no-store' });
  } catch {
    return [{ level: 'error', text: `The data URL ${src} cannot be read from another site (it does not answer, or sends no Access-Control-Allow-Origin header): visitors will see the data built into the widgets and a sentence saying the site's data could not be used.` }];
  }
  if (!r.ok) return [{ level: 'error', text: `The data URL ${src} answers HTTP ${r.status}: visitors will see the data built into the widgets.` }];
  try {
    const d = JSON.parse(await r.text());
    if (d?.version !== 1) throw new Error('not data format version 1');
  } catch (e) {
    return [{ level: 'error', text: `The data at ${src} is not usable data (${e.message}): visitors will see the built-in data; open it in the data editor to find the error, or tick "debug" to see the details in the preview.` }];
  }
  return [{ level: 'ok', text: `The data URL ${src} is readable from other sites.` }];
}

/** Every check for the selected snippet; resolves to [{level, text}]. */
export async function check(o, s) {
  const f = s.files;
  const jobs = o.show === 'iframe'
    ? [checkFile(f.host, 'js', true), checkFile(f.frame, 'html', false)]
    : [checkFile(f.entry, 'js', true), checkFile(f.glue, 'js', true), checkFile(f.wasm, 'wasm', true)];
  // The pre-rendered markup links the stylesheet with crossorigin and integrity too.
  if (o.show === 'prerendered' && f.css) jobs.push(checkFile(f.css, 'css', true));
  if (o.src) jobs.push(checkData(new URL(o.src, location.href).href));
  return (await Promise.all(jobs)).flat();
}

let checking = 0;
async function showCheck(o, s) {
  const run = ++checking;
  const out = document.getElementById('check');
  const status = document.getElementById('check-status');
  status.textContent = `Checking the files at ${o.base}${manifest.version}/ …`;
  const results = await check(o, s);
  if (run !== checking) return; // the options changed meanwhile
  const bad = results.filter((r) => r.level === 'error').length;
  const warnings = results.filter((r) => r.level === 'warning').length;
  out.replaceChildren(...results.map((r) => {
    const li = document.createElement('li');
    li.className = r.level;
    li.textContent = `${r.level === 'ok' ? '✓' : r.level === 'warning' ? '!' : '✗'} ${r.text}`;
    return li;
  }));
  status.textContent = bad
    ? `This snippet will not work from ${o.base}: ${bad} problem${bad === 1 ? '' : 's'} below.`
    : `This snippet loads from ${o.base}${warnings ? ` (${warnings} warning${warnings === 1 ? '' : 's'} below)` : ''}.`;
  status.className = `status ${bad ? 'error' : 'ok'}`;
  document.documentElement.dataset.checked = String(run);
}

// --- the data the fallback lists: the chosen src when it can be read from here ---
const read = new Map();
function dataFor(src) {
  if (!src) return Promise.resolve(builtIn);
  const url = new URL(src, location.href).href;
  if (!read.has(url)) {
    read.set(url, fetch(url, { credentials: 'omit' }).then((r) => (r.ok ? r.json() : null))
      .then((d) => (d?.version === 1 ? d : builtIn), () => builtIn));
  }
  return read.get(url);
}

let current;
let lastCheck = '';
let timer;
async function render() {
  const o = options();
  const data = await dataFor(o.src);
  if (JSON.stringify(o) !== JSON.stringify(options())) return; // superseded
  current = snippets(o, data);
  for (const kind of ['element', 'prerendered', 'div', 'iframe', 'npm']) {
    document.getElementById(`snippet-${kind}`).textContent = current[kind];
    document.querySelector(`.snippet[data-kind="${kind}"]`).setAttribute('aria-current', String(kind === o.show));
  }
  const dir = o.lang === 'ar' ? ' dir="rtl"' : '';
  const doc = `<!doctype html><html lang="${esc(o.lang || 'en')}"${dir}><head><meta charset="utf-8"><title>Preview</title></head><body>\n${current.previews[o.show]}\n</body></html>`;
  document.getElementById('deep-link-note').hidden = !(o.deepLink && o.show !== 'iframe');
  const preview = document.getElementById('preview');
  if (preview.srcdoc !== doc) preview.srcdoc = doc;
  // Checked again when what it depends on changes (debounced while typing a URL).
  const key = JSON.stringify([o.base, o.src, o.show]);
  if (key !== lastCheck) {
    lastCheck = key;
    clearTimeout(timer);
    timer = setTimeout(() => showCheck(o, current), 300);
  }
}

// The preview is as high as what it shows (it is same-origin: a srcdoc frame).
const preview = document.getElementById('preview');
preview.addEventListener('load', () => {
  const body = preview.contentDocument?.body;
  if (!body) return;
  new ResizeObserver(() => { preview.style.height = `${Math.ceil(body.getBoundingClientRect().height) + 16}px`; }).observe(body);
});

async function copy(text) {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // Without clipboard permission: select the text so that Ctrl+C copies it.
    const area = document.createElement('textarea');
    area.value = text;
    document.body.append(area);
    area.select();
    document.execCommand('copy');
    area.remove();
  }
}

document.addEventListener('input', render);
document.addEventListener('change', render);
form.addEventListener('submit', (e) => e.preventDefault());
document.getElementById('today-live').addEventListener('click', () => { form.elements.today.value = ''; render(); });
document.getElementById('snippets').addEventListener('click', async (e) => {
  const kind = e.target.closest('button[data-copy]')?.dataset.copy;
  if (!kind) return;
  await copy(current[kind]);
  document.getElementById('copied').textContent = `Copied the ${kind} snippet (${current[kind].length} characters).`;
});
document.getElementById('recheck').addEventListener('click', () => showCheck(options(), current));
await render();
document.documentElement.dataset.ready = 'true';
