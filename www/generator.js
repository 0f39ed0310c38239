// The embed-code generator: builds the four snippets from the options and the versioned files'
// integrity manifest (pkg/dist/current.json, written by the build), and previews exactly the
// selected snippet in a srcdoc iframe.
const form = document.getElementById('options');
const manifest = await (await fetch('pkg/dist/current.json')).json();
document.getElementById('version').textContent = manifest.version;
form.elements.base.value = new URL('pkg/dist/', location.href).href;

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const attrs = (list) => list.map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${esc(v)}"`)).join('');
const NAMES = { chairs: 'chairs', 'work-streams': 'work streams', outcomes: 'High-level Dialogue outcomes', timeline: 'timeline' };

function options() {
  const f = form.elements;
  let base = f.base.value.trim() || new URL('pkg/dist/', location.href).href;
  if (!base.endsWith('/')) base += '/';
  return {
    widget: f.widget.value, lang: f.lang.value, today: f.today.value, src: f.src.value.trim(),
    deepLink: f.deepLink.checked, base, show: f.show.value,
  };
}

// The built-in data's pre-rendered fragments (fetched once each; render() runs again when one
// arrives). Another data file or a fixed today needs `gmg-widgets render`, said in the snippet.
const fragments = new Map();
function fragment(widget, lang) {
  const name = `fragments/${widget}.${lang}.html`;
  if (!fragments.has(name)) {
    fragments.set(name, null);
    fetch(`pkg/dist/${manifest.version}/${name}`).then((r) => (r.ok ? r.text() : Promise.reject(r.status)))
      .then((text) => { fragments.set(name, text); render(); }, () => {});
  }
  return fragments.get(name);
}

/** The snippets for the options: {element, prerendered, div, iframe, npm, previews}. */
export function snippets(o) {
  const at = (name) => {
    const f = manifest.files[name];
    return { url: `${o.base}${manifest.version}/${f.file}`, integrity: f.integrity };
  };
  const entry = at('gmg-widgets.js');
  const glue = at('gmg_widgets.js');
  const head = [
    `<!-- gmg-widgets ${manifest.version} -->`,
    `<link${attrs([['rel', 'modulepreload'], ['href', glue.url], ['integrity', glue.integrity], ['crossorigin', 'anonymous']])}>`,
    `<script${attrs([['type', 'module'], ['src', entry.url], ['integrity', entry.integrity], ['crossorigin', 'anonymous']])}></script>`,
  ].join('\n');
  const own = [['lang', o.lang], ['today', o.today], ['src', o.src], ['deep-link', o.deepLink]].filter(([, v]) => v);
  const tag = `gmg-${o.widget}`;
  const element = `<${tag}${attrs(own)}></${tag}>`;
  const css = at('gmg-widgets.css');
  const lang = o.lang || 'en';
  const inner = !o.src && !o.today && fragment(o.widget, lang);
  const prerendered = o.src || o.today
    ? `<!-- Pre-rendered markup is built for the data compiled in and no fixed today. For this data and date:\n     gmg-widgets render --widget ${o.widget} --lang ${lang}${o.today ? ` --today ${o.today}` : ''}${o.src ? ' --data FILE --src URL' : ''} --css ${css.url} -->\n${element}`
    : `<${tag}${attrs([['lang', lang], ...own.filter(([k]) => k !== 'lang')])}><template shadowrootmode="open"><link${attrs([['rel', 'stylesheet'], ['href', css.url], ['integrity', css.integrity], ['crossorigin', 'anonymous']])}>${inner || ''}</template></${tag}>`;
  const div = `<div${attrs([['data-gmg-widget', o.widget], ...own.map(([k, v]) => [`data-${k}`, v])])}></div>`;
  const query = new URLSearchParams({ widget: o.widget });
  for (const [k, v] of own) query.set(k, v === true ? '' : v);
  const frameUrl = `${o.base}${manifest.version}/frame.html?${query}`;
  const iframe = `<iframe${attrs([['src', frameUrl], ['title', `GMG ${NAMES[o.widget]}`], ['width', '720'], ['height', '480'], ['loading', 'lazy']])}></iframe>`;
  const api = { widget: o.widget, ...(o.lang && { lang: o.lang }), ...(o.today && { today: o.today }), ...(o.src && { src: o.src }), ...(o.deepLink && { deepLink: true }) };
  const npm = [
    `# npm install gmg-widgets@${manifest.version}`,
    '',
    `// In your bundle (copy node_modules/gmg-widgets/gmg_widgets_bg.wasm next to it):`,
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
    element: `${head}\n${element}`,
    prerendered: `${head}\n${prerendered}`,
    div: `${head}\n${div}`,
    iframe,
    npm,
    // What the preview renders for each: the snippet itself; for npm, its markup with the
    // same module the bundle would contain.
    previews: { element: `${head}\n${element}`, prerendered: `${head}\n${prerendered}`, div: `${head}\n${div}`, iframe, npm: `${head}\n${element}` },
  };
}

let current;
function render() {
  const o = options();
  current = snippets(o);
  for (const kind of ['element', 'prerendered', 'div', 'iframe', 'npm']) {
    document.getElementById(`snippet-${kind}`).textContent = current[kind];
    document.querySelector(`.snippet[data-kind="${kind}"]`).setAttribute('aria-current', String(kind === o.show));
  }
  const dir = o.lang === 'ar' ? ' dir="rtl"' : '';
  const doc = `<!doctype html><html lang="${esc(o.lang || 'en')}"${dir}><head><meta charset="utf-8"><title>Preview</title></head><body>\n${current.previews[o.show]}\n</body></html>`;
  document.getElementById('deep-link-note').hidden = !(o.deepLink && o.show !== 'iframe');
  const preview = document.getElementById('preview');
  if (preview.srcdoc !== doc) preview.srcdoc = doc;
}

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
document.getElementById('snippets').addEventListener('click', async (e) => {
  const kind = e.target.closest('button[data-copy]')?.dataset.copy;
  if (!kind) return;
  await copy(current[kind]);
  document.getElementById('copied').textContent = `Copied the ${kind} snippet (${current[kind].length} characters).`;
});
render();
document.documentElement.dataset.ready = 'true';
