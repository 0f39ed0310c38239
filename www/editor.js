// The live data editor: validate(text) on every edit (debounced), each problem listed with its
// path, line and column (a click puts the cursor there), and the preview widget updated with
// the edited data through the JS API.
import { mount, tools } from './pkg/api.js';

// The full validator and the built-in data text are the tools wasm, loaded on demand: the
// visitor's wasm has only the widget's own strict check.
const { defaultData, validate } = await tools();
const text = document.getElementById('text');
const list = document.getElementById('problems');
const status = document.getElementById('status');
const widget = document.getElementById('widget');
const lang = document.getElementById('lang');
text.value = defaultData();

const preview = mount(document.getElementById('preview'), { widget: widget.value, lang: lang.value, data: text.value, today: '2014-06-01' });

/** Character offset of a 1-based line and column in the text. */
function offsetOf(value, line, column) {
  let at = 0;
  for (let l = 1; l < line; l++) {
    const nl = value.indexOf('\n', at);
    if (nl < 0) return value.length;
    at = nl + 1;
  }
  return Math.min(at + Math.max(column - 1, 0), value.length);
}

function check() {
  const problems = validate(text.value);
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  status.textContent = problems.length ? `${errors} error(s), ${warnings} warning(s)` : 'No problems: the data is valid.';
  status.classList.toggle('ok', problems.length === 0);
  list.replaceChildren(...problems.map((p) => {
    const li = document.createElement('li');
    li.className = p.severity;
    li.dataset.path = p.path;
    const where = document.createElement('button');
    where.type = 'button';
    where.textContent = `${p.path || '(document)'} — line ${p.line}, column ${p.column}`;
    where.addEventListener('click', () => {
      const at = offsetOf(text.value, p.line, p.column);
      text.focus();
      text.setSelectionRange(at, at);
    });
    const message = document.createElement('div');
    message.textContent = `${p.severity}: ${p.message}${p.hint ? ` (${p.hint})` : ''}`;
    li.append(where, message);
    return li;
  }));
  preview.update({ data: text.value });
}

let timer;
text.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(check, 150); });
widget.addEventListener('change', () => preview.update({ widget: widget.value }));
lang.addEventListener('change', () => {
  preview.update({ lang: lang.value });
  document.getElementById('preview').dir = lang.value === 'ar' ? 'rtl' : 'ltr';
});
document.getElementById('reset').addEventListener('click', () => { text.value = defaultData(); check(); });
check();
document.documentElement.dataset.ready = 'true';
