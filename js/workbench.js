// The support team's workbench: open the data file, edit it by form or as JSON text, see every
// problem with its place, preview the widgets (the last valid state stays while the text has
// errors), review translations, compare with the published file and save. No inline script or
// style: it runs under the demo's strict Content-Security-Policy. The draft lives in
// localStorage, so a reload loses nothing.
//
//   import { workbench } from 'gmg-widgets/workbench';
//   await workbench(document.querySelector('#here'), { published: '/data/gmg.json' });
import { mount } from './api.js';
import * as tools from './workbench-tools.js';
import {
  LANGS, LANG_NAMES, allIds, append, lineOf, offsetOf, offsetOfLineColumn, pathString, removeAt, setAt,
} from './workbench-json.js';
import { describeChanges, itemLabel, lineDiff, unified } from './workbench-diff.js';
import {
  FORMS, buildItem, checkForm, choices, collectTexts, formValues, markReviewed, missingLanguages, setTranslation, suggestId,
} from './workbench-model.js';

const NATIVE = { ar: 'العربية', zh: '中文', en: 'English', fr: 'Français', ru: 'Русский', es: 'Español' };
const WIDGET_NAMES = { timeline: 'Timeline', chairs: 'Chairs', 'work-streams': 'Work streams', outcomes: 'Outcomes' };

/** A DOM element: h('button', {type: 'button', onclick}, 'Save'). */
function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs ?? {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k === 'class') el.className = v;
    else if (['value', 'checked', 'selected', 'disabled', 'readOnly', 'hidden'].includes(k)) el[k] = v;
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  el.append(...children.flat(Infinity).filter((c) => c !== undefined && c !== null && c !== false));
  return el;
}

const time = (d = new Date()) => d.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit' });
const parse = (text) => { try { return { data: JSON.parse(text) }; } catch (e) { return { error: e }; } };
let uid = 0;
const nextId = (p) => `wb-${p}-${++uid}`;

/**
 * Builds the workbench inside `root`. Options: `published` (URL of the published data file;
 * default: the data built into the widgets), `storageKey` (where the draft is kept), `today`
 * (the preview's date, default 2014-06-01 like the demo's gallery).
 */
export async function workbench(root, options = {}) {
  const storageKey = options.storageKey ?? 'gmg-workbench:draft';
  const state = {
    published: { text: '', data: null, label: 'the GMG data built into the widgets' },
    lastValid: null, // {text, at}
    data: null, // the text parsed (null while it is not JSON)
    problems: [],
    savedText: '', // the text as last opened, saved or started over
    fileName: 'gmg.json',
    handle: null, // a File System Access handle, where the browser has the API
    formDirty: false,
    previews: [],
    checking: 0,
  };

  // --- the page's parts ---
  const fileInput = h('input', { type: 'file', accept: '.json,application/json', class: 'wb-hidden', 'data-wb': 'file-input', tabindex: '-1', 'aria-hidden': 'true' });
  const fileLabel = h('span', { class: 'wb-file-name', 'data-wb': 'file-name' });
  const draftStatus = h('span', { class: 'wb-draft', 'data-wb': 'draft-status' });
  const notice = h('p', { class: 'wb-notice', role: 'status', 'data-wb': 'notice', hidden: true });
  const text = h('textarea', { class: 'wb-text', spellcheck: 'false', 'data-wb': 'text', 'aria-label': 'The data file as JSON text', autocomplete: 'off' });
  const status = h('p', { class: 'wb-status', role: 'status', 'aria-live': 'polite', 'data-wb': 'status' }, 'Loading…');
  const problemList = h('ul', { class: 'wb-problems', 'data-wb': 'problems' });
  const stale = h('p', { class: 'wb-stale', 'data-wb': 'stale', hidden: true });
  const previewBox = h('div', { class: 'wb-previews', 'data-wb': 'previews' });
  const widgetSelect = h('select', { 'data-wb': 'widget' },
    Object.entries(WIDGET_NAMES).map(([v, n]) => h('option', { value: v }, n)));
  const langSelect = h('select', { 'data-wb': 'lang' },
    LANGS.map((l) => h('option', { value: l, selected: l === 'en' }, `${NATIVE[l]} (${l})`)),
    h('option', { value: 'all' }, 'All six, side by side'));
  const todayInput = h('input', { type: 'date', 'data-wb': 'today', value: options.today ?? '2014-06-01' });

  const tabs = [
    ['forms', 'Forms'], ['text', 'JSON text'], ['translations', 'Translations'], ['changes', 'Changes'],
  ];
  const panels = {};
  const tabButtons = {};
  const tabList = h('div', { class: 'wb-tabs', role: 'tablist', 'aria-label': 'Ways to edit' });
  for (const [name, label] of tabs) {
    const id = nextId(name);
    tabButtons[name] = h('button', {
      type: 'button', role: 'tab', id: `${id}-tab`, 'aria-controls': id, 'data-tab': name, 'aria-selected': 'false', tabindex: '-1',
      onclick: () => showTab(name),
      onkeydown: (e) => {
        const i = tabs.findIndex(([n]) => n === name);
        const step = { ArrowRight: 1, ArrowLeft: -1 }[e.key];
        if (step) { e.preventDefault(); const next = tabs[(i + step + tabs.length) % tabs.length][0]; showTab(next); tabButtons[next].focus(); }
      },
    }, label);
    tabList.append(tabButtons[name]);
    panels[name] = h('div', { class: 'wb-panel', role: 'tabpanel', id, 'aria-labelledby': `${id}-tab`, 'data-panel': name, hidden: true });
  }

  // Forms panel.
  const kindSelect = h('select', { 'data-wb': 'form-kind' },
    Object.entries(FORMS).map(([list, f]) => h('option', { value: list }, `${f.what[0].toUpperCase()}${f.what.slice(1)}s`)));
  const itemSelect = h('select', { 'data-wb': 'form-item' });
  const formBox = h('div', { class: 'wb-form-box' });
  const formsUnavailable = h('p', { class: 'wb-unavailable', hidden: true, 'data-wb': 'forms-unavailable' });
  panels.forms.append(
    h('p', { class: 'wb-help' }, 'Choose what to add or change; the form writes it into the data file, and the JSON text follows.'),
    h('div', { class: 'wb-row' },
      h('label', {}, 'Kind of item', kindSelect),
      h('label', { class: 'wb-grow' }, 'Item', itemSelect)),
    formsUnavailable, formBox);

  // Text panel.
  panels.text.append(
    h('p', { class: 'wb-help' }, 'The whole data file (format: docs/data-format.md). Problems are listed as you type; click one to come back here.'),
    text);

  // Translations panel.
  const onlyOpen = h('input', { type: 'checkbox', checked: true, 'data-wb': 'only-open' });
  const trSummary = h('p', { class: 'wb-tr-summary', 'data-wb': 'tr-summary' });
  const trBox = h('div', { class: 'wb-tr-box' });
  panels.translations.append(
    h('p', { class: 'wb-help' }, 'Every text of the file in its six languages. Missing languages show the English to visitors; those awaiting a language unit’s review are marked.'),
    h('label', { class: 'wb-inline' }, onlyOpen, ' Only texts with a missing language or awaiting review'),
    trSummary, trBox);

  // Changes panel.
  const compareDefault = h('input', { type: 'radio', name: nextId('compare'), value: 'default', checked: true, 'data-wb': 'compare-default' });
  const compareUrl = h('input', { type: 'radio', name: compareDefault.name, value: 'url', 'data-wb': 'compare-url' });
  const compareOpened = h('input', { type: 'radio', name: compareDefault.name, value: 'opened', 'data-wb': 'compare-opened' });
  const urlInput = h('input', { type: 'url', placeholder: 'https://…/gmg.json', 'data-wb': 'published-url', 'aria-label': 'Address of the published data file' });
  const compareStatus = h('p', { class: 'wb-compare-status', role: 'status', 'data-wb': 'compare-status' });
  const words = h('ul', { class: 'wb-words', 'data-wb': 'words' });
  const diffPre = h('pre', { class: 'wb-diff', 'data-wb': 'diff', tabindex: '0', 'aria-label': 'The changes as text' });
  panels.changes.append(
    h('fieldset', { class: 'wb-compare' },
      h('legend', {}, 'Compare with the published file'),
      h('label', { class: 'wb-inline' }, compareDefault, ' The GMG data built into the widgets'),
      h('label', { class: 'wb-inline' }, compareOpened, ' The file as you last opened or saved it'),
      h('div', { class: 'wb-row' },
        h('label', { class: 'wb-inline' }, compareUrl, ' The file at'), urlInput,
        h('button', { type: 'button', 'data-wb': 'compare', onclick: () => loadPublished() }, 'Compare'))),
    compareStatus,
    h('h2', {}, 'In words'), words,
    h('h2', {}, 'As text'), diffPre);

  // Dialogs.
  const dialog = h('dialog', { class: 'wb-dialog', 'data-wb': 'dialog', 'aria-labelledby': nextId('dlg') });
  const saveDialog = h('dialog', { class: 'wb-dialog', 'data-wb': 'save-dialog', 'aria-labelledby': nextId('save') });
  const dropHint = h('div', { class: 'wb-drop', 'aria-hidden': 'true' }, 'Drop the data file to open it');

  const canPick = typeof window.showOpenFilePicker === 'function';
  const bar = h('div', { class: 'wb-bar' },
    h('div', { class: 'wb-file' }, h('span', { class: 'wb-muted' }, 'File: '), fileLabel, draftStatus),
    h('div', { class: 'wb-actions' },
      h('button', { type: 'button', 'data-wb': 'open', onclick: () => openFile() }, 'Open a file…'),
      h('button', { type: 'button', class: 'wb-primary', 'data-wb': 'save', onclick: () => openSave() }, 'Review and save…'),
      h('button', { type: 'button', 'data-wb': 'reset', onclick: () => startOver() }, 'Start over…')),
    fileInput);

  const previewControls = h('div', { class: 'wb-row wb-preview-controls' },
    h('label', {}, 'Widget', widgetSelect),
    h('label', {}, 'Language', langSelect),
    h('label', {}, 'Today (empty: the real date)', todayInput));

  root.classList.add('wb');
  root.replaceChildren(
    bar, notice,
    h('div', { class: 'wb-main' },
      h('section', { class: 'wb-edit', 'aria-label': 'Edit' }, tabList, ...Object.values(panels)),
      h('section', { class: 'wb-check', 'aria-label': 'Check' },
        h('h2', {}, 'Problems'), status, problemList,
        h('h2', {}, 'Preview'), previewControls, stale, previewBox)),
    dialog, saveDialog, dropHint);

  // --- tabs ---
  let current = 'forms';
  function showTab(name) {
    current = name;
    for (const [n] of tabs) {
      tabButtons[n].setAttribute('aria-selected', String(n === name));
      tabButtons[n].tabIndex = n === name ? 0 : -1;
      panels[n].hidden = n !== name;
    }
    // The translation table needs the width of the page; the preview goes below it.
    root.classList.toggle('wb-wide-edit', name === 'translations');
    if (name === 'translations') renderTranslations();
    if (name === 'changes') renderChanges();
  }

  // --- confirmation dialogs ---
  /** Asks in the page; resolves true for `ok`. The safe answer has the focus. */
  function confirmDialog({ title, message, ok, cancel = 'Keep editing' }) {
    return new Promise((resolve) => {
      const titleId = dialog.getAttribute('aria-labelledby');
      const no = h('button', { type: 'button', 'data-wb': 'dialog-cancel', autofocus: true, onclick: () => dialog.close('cancel') }, cancel);
      const yes = h('button', { type: 'button', class: 'wb-danger', 'data-wb': 'dialog-ok', onclick: () => dialog.close('ok') }, ok);
      dialog.replaceChildren(h('h2', { id: titleId }, title), ...[message].flat().map((m) => h('p', {}, m)), h('div', { class: 'wb-dialog-actions' }, no, yes));
      dialog.returnValue = '';
      dialog.addEventListener('close', () => resolve(dialog.returnValue === 'ok'), { once: true });
      dialog.showModal();
      no.focus();
    });
  }

  // --- the draft ---
  function saveDraft() {
    try {
      localStorage.setItem(storageKey, JSON.stringify({ text: text.value, name: state.fileName, base: state.savedText, at: new Date().toISOString() }));
      draftStatus.textContent = text.value === state.savedText
        ? ' · no unsaved changes'
        : ` · unsaved changes, kept in this browser (${time()})`;
      draftStatus.dataset.kept = 'true';
    } catch {
      draftStatus.textContent = ' · this browser cannot keep a draft: save before leaving';
      draftStatus.dataset.kept = 'false';
    }
  }
  function readDraft() {
    try { return JSON.parse(localStorage.getItem(storageKey) ?? 'null'); } catch { return null; }
  }
  function clearDraft() { try { localStorage.removeItem(storageKey); } catch { /* nothing kept */ } }
  function say(message) { notice.hidden = !message; notice.textContent = message ?? ''; }

  // --- checking and the preview ---
  let timer;
  function setText(value, { quiet = false } = {}) {
    text.value = value;
    return check(quiet);
  }
  text.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(() => check(), 200); });

  async function check(quiet = false) {
    const value = text.value;
    const run = ++state.checking;
    const problems = await tools.validate(value);
    if (run !== state.checking) return; // a newer text is being checked
    state.problems = problems;
    const parsed = parse(value);
    state.data = parsed.data ?? null;
    const errors = problems.filter((p) => p.severity === 'error');
    const warnings = problems.length - errors.length;
    status.textContent = errors.length
      ? `${errors.length} error${errors.length === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}: the widgets would refuse this file.`
      : warnings ? `No errors, ${warnings} warning${warnings === 1 ? '' : 's'}: the widgets can show this file.` : 'No problems: the data is valid.';
    status.className = `wb-status ${errors.length ? 'bad' : warnings ? 'warn' : 'ok'}`;
    renderProblems(problems, value);
    if (!errors.length) {
      state.lastValid = { text: value, at: time() };
      for (const p of state.previews) p.handle.update({ data: value });
      stale.hidden = true;
      previewBox.classList.remove('wb-is-stale');
    } else {
      stale.hidden = false;
      stale.textContent = state.lastValid
        ? `The text has ${errors.length === 1 ? 'an error' : `${errors.length} errors`}, so the preview still shows the last valid version (from ${state.lastValid.at}). Fix the problems listed above to update it.`
        : 'The text has errors and there is no valid version yet to preview.';
      previewBox.classList.add('wb-is-stale');
    }
    refreshForms();
    if (current === 'translations') renderTranslations();
    if (current === 'changes') renderChanges();
    if (!quiet) saveDraft();
    root.dataset.checked = String(run);
  }

  function renderProblems(problems, value) {
    problemList.replaceChildren(...problems.slice(0, 300).map((p) => {
      const where = `${p.path === '$' || !p.path ? 'the file' : p.path}, line ${p.line}, column ${p.column}`;
      return h('li', { class: `wb-problem ${p.severity}`, 'data-path': p.path },
        h('button', {
          type: 'button', class: 'wb-jump', title: 'Show this place in the JSON text',
          onclick: () => jumpTo(offsetOfLineColumn(value, p.line, p.column)),
        }, where),
        h('div', {}, h('strong', {}, `${p.severity === 'error' ? 'Error' : 'Warning'}: `), p.message),
        p.hint ? h('div', { class: 'wb-hint' }, `Hint: ${p.hint}`) : null);
    }), ...(problems.length > 300 ? [h('li', {}, `… and ${problems.length - 300} more`)] : []));
  }

  function jumpTo(at) {
    showTab('text');
    text.focus();
    text.setSelectionRange(at, at);
    const line = lineOf(text.value, at);
    const lineHeight = parseFloat(getComputedStyle(text).lineHeight) || 18;
    text.scrollTop = Math.max(0, (line - 4) * lineHeight);
  }

  function mountPreviews() {
    for (const p of state.previews) p.handle.destroy();
    state.previews = [];
    const langs = langSelect.value === 'all' ? LANGS : [langSelect.value];
    previewBox.classList.toggle('wb-six', langs.length > 1);
    root.classList.toggle('wb-wide-preview', langs.length > 1);
    previewBox.replaceChildren(...langs.map((lang) => {
      const el = h('div', { class: 'wb-preview', lang, dir: lang === 'ar' ? 'rtl' : 'ltr', 'data-lang': lang });
      const figure = h('figure', { class: 'wb-preview-figure' }, langs.length > 1 ? h('figcaption', {}, lang === 'en' ? NATIVE[lang] : `${NATIVE[lang]} (${LANG_NAMES[lang]})`) : null, el);
      const handle = mount(el, {
        widget: widgetSelect.value, lang, today: todayInput.value || undefined,
        ...(state.lastValid ? { data: state.lastValid.text } : {}),
      });
      state.previews.push({ el, handle, lang });
      return figure;
    }));
  }
  widgetSelect.addEventListener('change', () => { for (const p of state.previews) p.handle.update({ widget: widgetSelect.value }); });
  langSelect.addEventListener('change', mountPreviews);
  todayInput.addEventListener('change', () => { for (const p of state.previews) p.handle.update({ today: todayInput.value || undefined }); });

  // --- forms ---
  let form = null; // {list, id (null: new), values}
  function refreshForms() {
    const data = state.data;
    formsUnavailable.hidden = !!data;
    formBox.hidden = !data;
    itemSelect.disabled = !data;
    if (!data) {
      const err = state.problems.find((p) => p.severity === 'error');
      formsUnavailable.textContent = `The JSON text cannot be read${err ? ` (line ${err.line}: ${err.message})` : ''}. Correct it in the JSON text (the problem is listed beside it), then the forms come back.`;
      return;
    }
    const list = kindSelect.value;
    const items = Array.isArray(data[list]) ? data[list] : [];
    const what = FORMS[list].what;
    const selected = form?.list === list ? form.id ?? '' : '';
    itemSelect.replaceChildren(
      h('option', { value: '' }, `＋ Add a new ${what}`),
      ...items.filter((i) => i && typeof i.id === 'string').map((i) => h('option', { value: i.id, selected: i.id === selected }, `${itemLabel(list, i, data)} (${i.id})`)));
    itemSelect.value = items.some((i) => i?.id === selected) ? selected : '';
    if (!form || form.list !== list || (form.id && !items.some((i) => i?.id === form.id))) openForm(list, itemSelect.value || null);
    else if (!state.formDirty) openForm(list, form.id, { keepStatus: true });
    else formBox.querySelector('.wb-form-stale')?.removeAttribute('hidden');
  }
  kindSelect.addEventListener('change', () => { state.formDirty = false; form = null; refreshForms(); });
  itemSelect.addEventListener('change', () => { state.formDirty = false; openForm(kindSelect.value, itemSelect.value || null); });

  function openForm(list, id, { keepStatus = false } = {}) {
    const data = state.data;
    const spec = FORMS[list];
    const item = id ? data[list].find((i) => i?.id === id) : null;
    const values = formValues(list, item);
    const isNew = !item;
    const oldStatus = keepStatus ? formBox.querySelector('.wb-form-status')?.textContent : '';
    form = { list, id: item ? id : null, values };
    state.formDirty = false;
    const taken = allIds(data);
    const inputs = {};
    const firstDate = spec.fields.find((f) => f.type === 'date');
    const fields = spec.fields.map((f) => field(f, values[f.key], { data, isNew, inputs, explain: f === firstDate }));
    const formStatus = h('p', { class: 'wb-form-status', role: 'status', 'data-wb': 'form-status' }, oldStatus || '');
    const el = h('form', { class: 'wb-form', 'data-wb': 'form', 'data-list': list, novalidate: true },
      h('h2', { class: 'wb-form-title' }, isNew ? `New ${spec.what}` : `${spec.what[0].toUpperCase()}${spec.what.slice(1)} ${itemLabel(list, item, data)}`),
      h('p', { class: 'wb-form-stale', hidden: true },
        'The JSON text changed since this form was filled in. ',
        h('button', { type: 'button', onclick: () => openForm(list, form.id) }, 'Reload the form from the text')),
      fields,
      h('div', { class: 'wb-form-actions' },
        h('button', { type: 'submit', class: 'wb-primary', 'data-wb': 'form-submit' }, isNew ? `Add this ${spec.what} to the file` : 'Apply the changes'),
        isNew ? null : h('button', { type: 'button', 'data-wb': 'form-show', onclick: () => jumpTo(offsetOf(text.value, [list, data[list].findIndex((i) => i?.id === id)])) }, 'Show in the JSON text'),
        isNew ? null : h('button', { type: 'button', class: 'wb-danger-quiet', 'data-wb': 'form-remove', onclick: () => removeItem(list, id) }, `Remove this ${spec.what}…`)),
      formStatus);
    const suggest = () => {
      if (!isNew || inputs.id.dataset.touched) return;
      inputs.id.value = suggestId(list, readForm(list, el), taken);
    };
    el.addEventListener('input', (e) => {
      state.formDirty = true;
      if (e.target === inputs.id) inputs.id.dataset.touched = 'true';
      suggest();
    });
    el.addEventListener('change', suggest);
    el.addEventListener('submit', (e) => { e.preventDefault(); submitForm(list, el, isNew, taken); });
    formBox.replaceChildren(el);
    suggest();
  }

  /** One labelled form field; records its main input in `inputs[key]`. */
  function field(f, value, { data, isNew, inputs, explain }) {
    const id = nextId('f');
    const errorId = `${id}-error`;
    const error = h('p', { class: 'wb-field-error', id: errorId, 'data-error-for': f.key, hidden: true });
    const wrap = (...content) => h('div', { class: `wb-field wb-type-${f.type}`, 'data-field': f.key }, ...content, error);
    const label = `${f.label}${f.required ? ' (required)' : ''}`;
    const common = { id, name: f.key, 'aria-describedby': errorId };
    if (f.type === 'id') {
      const input = h('input', { ...common, type: 'text', value: value ?? '', readOnly: !isNew, autocomplete: 'off', spellcheck: 'false' });
      inputs.id = input;
      return wrap(h('label', { for: id }, label), input,
        h('p', { class: 'wb-note' }, isNew ? 'Made from the other fields; you may change it before adding.' : 'An existing item keeps its id: other items refer to it.'));
    }
    if (f.type === 'text') {
      const make = (lang) => {
        const attrs = { ...common, id: `${id}-${lang}`, name: `${f.key}.${lang}`, lang, dir: lang === 'ar' ? 'rtl' : 'auto', value: value[lang] ?? '', 'data-lang': lang };
        return f.long ? h('textarea', { ...attrs, rows: 2 }) : h('input', { ...attrs, type: 'text' });
      };
      const others = LANGS.filter((l) => l !== 'en');
      const written = others.filter((l) => (value[l] ?? '').trim()).length;
      const review = Array.isArray(value.needs_review) ? value.needs_review : [];
      return wrap(
        h('label', { for: `${id}-en` }, `${label}, in English`), make('en'),
        h('details', { class: 'wb-langs' },
          h('summary', {}, `Other languages (${written} of 5 written${review.length ? `, ${review.length} awaiting review` : ''})`),
          others.map((l) => h('div', { class: 'wb-lang-row' },
            h('label', { for: `${id}-${l}` }, `${LANG_NAMES[l]}${review.includes(l) ? ' (awaiting review)' : ''}`), make(l)))),
        f.quote ? h('p', { class: 'wb-note' }, 'The source’s own words, in the language it wrote them.') : null);
    }
    if (f.type === 'date') {
      const input = h('input', { ...common, type: 'text', value: value ?? '', inputmode: 'numeric', placeholder: 'YYYY, YYYY-MM or YYYY-MM-DD', autocomplete: 'off', 'data-date': 'text' });
      // The browser's calendar, opened by a button: the text field stays the one place the date
      // is written (a year or a month cannot be picked on a calendar).
      const picker = h('input', {
        type: 'date', class: 'wb-picker', 'aria-hidden': 'true', tabindex: '-1', 'data-date': 'picker',
        value: /^\d{4}-\d{2}-\d{2}$/.test(value ?? '') ? value : '',
        onchange: (e) => { input.value = e.target.value; input.dispatchEvent(new Event('input', { bubbles: true })); },
      });
      const pick = h('button', {
        type: 'button', class: 'wb-quiet', 'data-date': 'pick', 'aria-label': `Pick a day for “${f.label}” on a calendar`,
        onclick: () => { try { picker.showPicker(); } catch { picker.focus(); } },
      }, 'Calendar…');
      return wrap(h('label', { for: id }, label), h('div', { class: 'wb-date-row' }, input, pick, picker),
        explain ? h('p', { class: 'wb-note' }, 'Dates: a year (2017), a month (2017-03) or a day (2017-03-15); write only what the source says.') : null);
    }
    if (f.type === 'enum') {
      const known = f.options.map(([v]) => v);
      const select = h('select', { ...common },
        f.required && !value ? h('option', { value: '' }, 'Choose…') : null,
        f.options.map(([v, l]) => h('option', { value: v, selected: v === value }, l)),
        value && !known.includes(value) ? h('option', { value, selected: true }, `${value} (kept as written)`) : null);
      return wrap(h('label', { for: id }, label), select);
    }
    if (f.type === 'ref') {
      const options = choices(data, f.lists);
      const select = h('select', { ...common },
        h('option', { value: '' }, f.required ? 'Choose…' : '(none)'),
        options.map((o) => h('option', { value: o.id, selected: o.id === value }, o.label)),
        value && !options.some((o) => o.id === value) ? h('option', { value, selected: true }, `${value} (no such item)`) : null);
      return wrap(h('label', { for: id }, label), select);
    }
    if (f.type === 'refs') {
      const options = choices(data, f.lists);
      const extra = value.filter((v) => !options.some((o) => o.id === v)).map((v) => ({ id: v, label: `${v} (no such item)` }));
      return h('fieldset', { class: 'wb-field wb-type-refs', 'data-field': f.key },
        h('legend', {}, f.label),
        h('div', { class: 'wb-checks' }, [...options, ...extra].map((o) => h('label', { class: 'wb-inline' },
          h('input', { type: 'checkbox', name: f.key, value: o.id, checked: value.includes(o.id) }), ` ${o.label}`))),
        error);
    }
    if (f.type === 'bool') {
      return wrap(h('label', { class: 'wb-inline', for: id }, h('input', { ...common, type: 'checkbox', checked: !!value }), ` ${f.label}`));
    }
    return wrap(h('label', { for: id }, label), h('input', { ...common, type: f.type === 'link' ? 'url' : 'text', value: value ?? '', autocomplete: 'off' }));
  }

  function readForm(list, el) {
    const values = {};
    for (const f of FORMS[list].fields) {
      if (f.type === 'text') {
        const obj = {};
        for (const l of LANGS) obj[l] = el.elements[`${f.key}.${l}`]?.value ?? '';
        const original = form?.values?.[f.key];
        if (Array.isArray(original?.needs_review)) obj.needs_review = original.needs_review;
        values[f.key] = obj;
      } else if (f.type === 'refs') {
        values[f.key] = [...el.querySelectorAll(`input[name="${f.key}"]:checked`)].map((i) => i.value);
      } else if (f.type === 'bool') {
        values[f.key] = el.elements[f.key].checked;
      } else {
        values[f.key] = el.elements[f.key]?.value ?? '';
      }
    }
    return values;
  }

  async function submitForm(list, el, isNew, taken) {
    const values = readForm(list, el);
    // needs_review edits come from the translation view; a changed English is handled in buildItem.
    for (const f of FORMS[list].fields) if (f.type === 'text' && values[f.key]) delete values[f.key].needs_review;
    const problems = checkForm(list, values, { taken, isNew });
    for (const e of el.querySelectorAll('[data-error-for]')) {
      const message = problems[e.dataset.errorFor];
      e.hidden = !message;
      e.textContent = message ?? '';
      e.closest('.wb-field')?.classList.toggle('wb-invalid', !!message);
    }
    const formStatus = el.querySelector('.wb-form-status');
    if (Object.keys(problems).length) {
      formStatus.textContent = 'Nothing was written yet: correct the fields marked above.';
      el.querySelector('.wb-invalid input, .wb-invalid select, .wb-invalid textarea')?.focus();
      return;
    }
    const data = state.data;
    const index = isNew ? -1 : data[list].findIndex((i) => i?.id === form.id);
    const original = isNew ? null : data[list][index];
    const item = buildItem(list, original, values);
    const next = isNew ? append(text.value, [list], item) : setAt(text.value, [list, index], item);
    const label = `${FORMS[list].what} ${itemLabel(list, item, data)}`;
    form = { list, id: item.id, values: formValues(list, item) };
    state.formDirty = false;
    await setText(next);
    const at = lineOf(text.value, offsetOf(text.value, [list, isNew ? state.data[list].length - 1 : index]));
    const message = `${isNew ? 'Added' : 'Updated'} the ${label} (line ${at} of the JSON text) at ${time()}.`;
    formBox.querySelector('.wb-form-status').textContent = message;
  }

  async function removeItem(list, id) {
    const data = state.data;
    const index = data[list].findIndex((i) => i?.id === id);
    const label = `${FORMS[list].what} ${itemLabel(list, data[list][index], data)}`;
    if (!(await confirmDialog({ title: `Remove the ${label}?`, message: 'It is taken out of the data file; items that refer to it will be listed as problems.', ok: `Remove the ${FORMS[list].what}` }))) return;
    form = null;
    await setText(removeAt(text.value, [list, index]));
    say(`Removed the ${label}.`);
  }

  // --- translations ---
  function renderTranslations() {
    const data = state.data;
    if (!data) {
      trSummary.textContent = 'The JSON text cannot be read: correct it first.';
      trBox.replaceChildren();
      return;
    }
    const all = collectTexts(data);
    const missing = all.filter((t) => !t.quote && missingLanguages(t.value).length);
    const review = all.filter((t) => (t.value?.needs_review ?? []).length);
    trSummary.textContent = `${all.length} texts: ${missing.length} lack a language, ${review.length} await a language unit’s review.`;
    const shown = onlyOpen.checked ? all.filter((t) => (!t.quote && missingLanguages(t.value).length) || (t.value?.needs_review ?? []).length) : all;
    const head = h('tr', {}, h('th', { scope: 'col' }, 'Text'), LANGS.map((l) => h('th', { scope: 'col', lang: l }, `${NATIVE[l]}`, h('span', { class: 'wb-muted' }, ` ${l}`))));
    const rows = shown.map((t) => {
      const obj = typeof t.value === 'string' ? { en: t.value } : t.value;
      const needs = obj.needs_review ?? [];
      return h('tr', { 'data-path': pathString(t.path) },
        h('th', { scope: 'row' }, h('span', { class: 'wb-where' }, t.where), h('span', { class: 'wb-field-name' }, t.field), t.quote ? h('span', { class: 'wb-note' }, 'quote: optional') : null),
        LANGS.map((l) => {
          const has = typeof obj[l] === 'string' && obj[l].trim();
          const cls = has ? (needs.includes(l) ? 'wb-review' : 'wb-done') : t.quote ? 'wb-optional' : 'wb-missing';
          const cell = h('td', { class: cls, 'data-lang': l, 'data-label': LANG_NAMES[l] });
          const view = () => cell.replaceChildren(
            has ? h('span', { lang: l, dir: l === 'ar' ? 'rtl' : 'auto', class: 'wb-tr-text' }, obj[l]) : h('span', { class: 'wb-tr-missing' }, t.quote ? '—' : 'missing'),
            ...(needs.includes(l) && has ? [h('span', { class: 'wb-badge' }, 'awaiting review')] : []),
            h('span', { class: 'wb-cell-actions' },
              needs.includes(l) && has ? h('button', { type: 'button', 'data-wb': 'mark-reviewed', onclick: () => applyText(t.path, markReviewed(t.value, l), `${LANG_NAMES[l]} of ${t.where} (${t.field}) marked reviewed.`) }, 'Mark reviewed') : null,
              h('button', { type: 'button', class: 'wb-quiet', 'data-wb': 'edit-translation', onclick: () => edit() }, has ? 'Edit' : 'Add')));
          const edit = () => {
            const area = h('textarea', { lang: l, dir: l === 'ar' ? 'rtl' : 'auto', rows: 3, value: has ? obj[l] : '', 'aria-label': `${LANG_NAMES[l]} text of ${t.where} (${t.field})` });
            const flag = h('input', { type: 'checkbox', checked: !has || needs.includes(l) });
            cell.replaceChildren(area,
              h('label', { class: 'wb-inline' }, flag, ' awaits a language unit’s review'),
              h('span', { class: 'wb-cell-actions' },
                h('button', { type: 'button', class: 'wb-primary', onclick: () => applyText(t.path, setTranslation(t.value, l, area.value, flag.checked), `${LANG_NAMES[l]} of ${t.where} (${t.field}) saved.`) }, 'Save'),
                h('button', { type: 'button', class: 'wb-quiet', onclick: view }, 'Cancel')));
            area.focus();
          };
          view();
          return cell;
        }));
    });
    trBox.replaceChildren(shown.length
      ? h('table', { class: 'wb-tr', 'data-wb': 'translations' }, h('thead', {}, head), h('tbody', {}, rows))
      : h('p', { class: 'wb-ok' }, 'Every text has its six languages and none awaits review.'));
  }
  onlyOpen.addEventListener('change', renderTranslations);

  async function applyText(path, value, message) {
    await setText(setAt(text.value, path, value));
    say(message);
  }

  // --- the published file and the changes ---
  compareDefault.addEventListener('change', () => loadPublished());
  compareOpened.addEventListener('change', () => loadPublished());
  async function loadPublished() {
    if (compareOpened.checked) {
      state.published = { text: state.savedText, data: parse(state.savedText).data ?? null, label: `${state.fileName} as last opened or saved` };
    } else if (compareUrl.checked && urlInput.value.trim()) {
      const url = urlInput.value.trim();
      compareStatus.textContent = `Fetching ${url}…`;
      // Until it answers, the lists below would name the changes against the file compared
      // before: mark them as waiting rather than show a comparison nobody asked for.
      words.replaceChildren(h('li', {}, `Waiting for ${url}…`));
      diffPre.replaceChildren('(waiting for the published file)');
      try {
        const r = await fetch(url, { credentials: 'omit', cache: 'no-store' });
        if (!r.ok) throw new Error(`the server answered HTTP ${r.status}`);
        const body = await r.text();
        state.published = { text: body, data: parse(body).data ?? null, label: url };
      } catch (e) {
        renderChanges(); // back to the lists against the file still compared with
        compareStatus.textContent = `Could not fetch ${url}: ${e.message}. (The server may not allow this page to read it, or the address is wrong.) Still comparing with ${state.published.label}.`;
        return;
      }
    } else {
      const body = await tools.defaultData();
      state.published = { text: body, data: parse(body).data ?? null, label: 'the GMG data built into the widgets' };
    }
    renderChanges();
  }

  function changes() {
    const list = state.data && state.published.data ? describeChanges(state.published.data, state.data) : null;
    return list;
  }

  function renderChanges() {
    const list = changes();
    const same = text.value === state.published.text;
    compareStatus.textContent = same ? `No changes: the text is the same as ${state.published.label}.` : `Compared with ${state.published.label}.`;
    words.replaceChildren(...(list === null
      ? [h('li', {}, 'The JSON text cannot be read, so the changes cannot be named item by item; the text diff below still shows them.')]
      : list.length ? list.map((c) => h('li', { class: `wb-${c.kind}` }, c.text, c.details.length ? h('ul', {}, c.details.map((d) => h('li', {}, d))) : null))
        : [h('li', {}, same ? 'Nothing changed.' : 'No item changed (only the layout of the text).')]));
    const diff = unified(lineDiff(state.published.text, text.value), 3, [state.published.label, state.fileName]);
    diffPre.replaceChildren(...(diff ? diff.split('\n').map((line) => h('span', { class: line.startsWith('+') ? 'wb-add' : line.startsWith('-') ? 'wb-del' : line.startsWith('@@') ? 'wb-hunk' : '' }, `${line}\n`)) : ['(no differences)']));
  }

  // --- open, save, start over ---
  async function replaceWith(body, name, handle = null) {
    state.fileName = name;
    state.handle = handle;
    state.savedText = body;
    fileLabel.textContent = name;
    form = null;
    await setText(body);
  }

  async function confirmReplace(what) {
    if (text.value === state.savedText) return true;
    return confirmDialog({
      title: `Open ${what}?`,
      message: ['The text in the workbench has changes you have not saved. Opening a file replaces them (and the draft kept in this browser).'],
      ok: 'Open it and lose my changes',
    });
  }

  async function openFile() {
    if (canPick) {
      let handle;
      try {
        [handle] = await window.showOpenFilePicker({ types: [{ description: 'Data file', accept: { 'application/json': ['.json'] } }] });
      } catch { return; } // cancelled
      const file = await handle.getFile();
      if (!(await confirmReplace(file.name))) return;
      await replaceWith(await file.text(), file.name, handle);
      say(`Opened ${file.name}.`);
      return;
    }
    fileInput.click();
  }
  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (file) await openDropped(file);
  });
  async function openDropped(file) {
    if (!(await confirmReplace(file.name))) return;
    await replaceWith(await file.text(), file.name);
    say(`Opened ${file.name} (${file.size.toLocaleString('en')} bytes).`);
  }
  root.addEventListener('dragover', (e) => {
    if (![...(e.dataTransfer?.types ?? [])].includes('Files')) return;
    e.preventDefault();
    root.classList.add('wb-dragging');
  });
  root.addEventListener('dragleave', (e) => { if (e.target === root || !root.contains(e.relatedTarget)) root.classList.remove('wb-dragging'); });
  root.addEventListener('drop', async (e) => {
    const file = e.dataTransfer?.files?.[0];
    root.classList.remove('wb-dragging');
    if (!file) return;
    e.preventDefault();
    await openDropped(file);
  });

  function openSave() {
    const titleId = saveDialog.getAttribute('aria-labelledby');
    const errors = state.problems.filter((p) => p.severity === 'error');
    const list = changes();
    const nameInput = h('input', { type: 'text', value: state.fileName, 'data-wb': 'save-name', 'aria-label': 'File name' });
    const shown = list ? list.slice(0, 12) : [];
    const canWrite = typeof window.showSaveFilePicker === 'function';
    saveDialog.replaceChildren(
      h('h2', { id: titleId }, 'Review and save the data file'),
      errors.length
        ? h('p', { class: 'wb-warning', 'data-wb': 'save-errors' }, `The file has ${errors.length === 1 ? 'an error' : `${errors.length} errors`}: partner sites would refuse it and keep showing the published data. Correct ${errors.length === 1 ? 'it' : 'them'} first, or save it only as work in progress.`)
        : h('p', { class: 'wb-ok' }, 'The file has no errors.'),
      h('p', {}, `Changes against ${state.published.label}:`),
      h('ul', { class: 'wb-words', 'data-wb': 'save-words' },
        list === null ? h('li', {}, 'The text cannot be read as JSON.')
          : list.length ? shown.map((c) => h('li', { class: `wb-${c.kind}` }, c.text)) : h('li', {}, 'Nothing changed.'),
        list && list.length > shown.length ? h('li', {}, `… and ${list.length - shown.length} more (see the Changes tab)`) : null),
      h('label', {}, 'File name ', nameInput),
      h('div', { class: 'wb-dialog-actions' },
        h('button', { type: 'button', 'data-wb': 'save-cancel', onclick: () => saveDialog.close() }, 'Cancel'),
        h('button', { type: 'button', 'data-wb': 'save-changes', onclick: () => { saveDialog.close(); showTab('changes'); } }, 'See the full diff'),
        canWrite ? h('button', { type: 'button', 'data-wb': 'save-file', onclick: () => saveToFile(nameInput.value) }, state.handle ? `Save over ${state.fileName}` : 'Save to a file…') : null,
        h('button', { type: 'button', class: 'wb-primary', 'data-wb': 'download', onclick: () => download(nameInput.value) }, 'Download')));
    saveDialog.showModal();
  }

  function saved(name, how) {
    state.fileName = name;
    state.savedText = text.value;
    fileLabel.textContent = name;
    saveDraft();
    say(`Saved ${name} (${how}) at ${time()}.`);
  }

  function download(name) {
    const file = (name || 'gmg.json').trim();
    const url = URL.createObjectURL(new Blob([text.value], { type: 'application/json' }));
    const a = h('a', { href: url, download: file, class: 'wb-hidden' });
    root.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    saveDialog.close();
    saved(file, 'downloaded');
  }

  async function saveToFile(name) {
    try {
      const handle = state.handle ?? await window.showSaveFilePicker({ suggestedName: name || 'gmg.json', types: [{ description: 'Data file', accept: { 'application/json': ['.json'] } }] });
      const writable = await handle.createWritable();
      await writable.write(text.value);
      await writable.close();
      state.handle = handle;
      saveDialog.close();
      saved(handle.name ?? name, 'written to the file');
    } catch (e) {
      if (e?.name !== 'AbortError') say(`Could not save: ${e?.message ?? e}. Use Download instead.`);
    }
  }

  async function startOver() {
    const ok = await confirmDialog({
      title: 'Start over from the published data?',
      message: [`This replaces the text with ${state.published.label} and discards the draft kept in this browser.`, text.value === state.savedText ? 'There are no unsaved changes.' : 'Your changes since the last save will be lost.'],
      ok: text.value === state.savedText ? 'Start over' : 'Discard my changes and start over',
    });
    if (!ok) return;
    clearDraft();
    const name = compareOpened.checked ? state.fileName
      : compareUrl.checked && urlInput.value.trim() ? (urlInput.value.trim().split(/[?#]/)[0].split('/').pop() || 'gmg.json') : 'gmg.json';
    await replaceWith(state.published.text, name);
    say('Started over from the published data.');
  }

  // --- start ---
  await tools.ready();
  if (options.published) {
    compareUrl.checked = true;
    urlInput.value = options.published;
  }
  await loadPublished();
  const draft = readDraft();
  showTab('forms');
  if (draft && typeof draft.text === 'string') {
    state.fileName = draft.name || 'gmg.json';
    state.savedText = typeof draft.base === 'string' ? draft.base : state.published.text;
    fileLabel.textContent = state.fileName;
    text.value = draft.text;
    if (draft.text !== state.savedText) say(`Restored your draft from this browser (last change ${String(draft.at).slice(0, 16).replace('T', ' at ')} UTC). “Start over…” discards it.`);
  } else {
    state.savedText = state.published.text;
    fileLabel.textContent = state.fileName;
    text.value = state.published.text;
  }
  // The last valid version for the preview: the draft itself when valid, else the published file.
  const first = await tools.validate(text.value);
  if (first.some((p) => p.severity === 'error')) state.lastValid = { text: state.published.text, at: 'the published file' };
  mountPreviews();
  await check(true);
  if (draft) saveDraft();
  else draftStatus.textContent = ' · no unsaved changes';
  root.dataset.ready = 'true';
  return { get text() { return text.value; }, setText };
}
