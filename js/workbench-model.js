// What the workbench's forms edit: for each kind of item, its fields as the data format defines
// them (docs/data-format.md), how a form's values become the JSON the team would have written
// (keeping every field the form does not know intact), sensible unique ids, and the list of
// every text with its languages for the translation view. Plain functions, no DOM.
import { FILE_ORDER, LANGS, english, firstDay, isDate, lastDay, pathString, slug, tidyText, textObject, uniqueId } from './workbench-json.js';
import { itemLabel } from './workbench-diff.js';

const PROVENANCE = [
  { key: 'source', label: 'Source', type: 'ref', lists: ['sources'] },
  {
    key: 'status', label: 'How sure', type: 'enum', default: 'confirmed',
    options: [['confirmed', 'confirmed: the source states it'], ['announced', 'announced: a source announced it ahead'], ['projected', 'projected: computed from the rotation rule'], ['inferred', 'inferred: deduced (say how in the note)']],
  },
  { key: 'note', label: 'Note (how it was deduced, caveats)', type: 'text', long: true },
  { key: 'quote', label: 'Quote (the source’s own words)', type: 'text', long: true, quote: true },
];

/** The forms: list name -> {what, fields}. */
export const FORMS = {
  chair_terms: {
    what: 'chair term',
    fields: [
      { key: 'id', label: 'Id', type: 'id' },
      { key: 'member', label: 'Member who chairs', type: 'ref', lists: ['members'], required: true },
      { key: 'on_behalf_of', label: 'On behalf of (optional)', type: 'ref', lists: ['members'] },
      { key: 'from', label: 'From', type: 'date', required: true },
      { key: 'to', label: 'To', type: 'date', required: true, after: 'from' },
      { key: 'co_chair', label: 'Shared with a co-chair (each co-chair has its own term with the same dates)', type: 'bool', default: false },
      ...PROVENANCE,
      { key: 'announced.from', label: 'Announced earlier for: from (optional)', type: 'date' },
      { key: 'announced.to', label: 'Announced earlier for: to', type: 'date', after: 'announced.from' },
      { key: 'announced.source', label: 'Source of the announcement', type: 'ref', lists: ['sources'] },
    ],
  },
  members: {
    what: 'member',
    fields: [
      { key: 'id', label: 'Id', type: 'id' },
      { key: 'short_name', label: 'Short name', type: 'text', required: true },
      { key: 'name', label: 'Full name', type: 'text', required: true },
      { key: 'part_of', label: 'Part of (optional)', type: 'ref', lists: ['members'] },
      { key: 'rotates', label: 'Takes part in the chair rotation', type: 'bool', default: true },
    ],
  },
  streams: {
    what: 'stream',
    fields: [
      { key: 'id', label: 'Id', type: 'id' },
      {
        key: 'kind', label: 'Kind', type: 'enum', required: true,
        options: [['working_group', 'working group'], ['task_force', 'task force'], ['thematic', 'thematic work stream'], ['overarching', 'overarching work stream'], ['support', 'support structure']],
      },
      { key: 'name', label: 'Name', type: 'text', required: true },
      { key: 'start', label: 'Start', type: 'date', required: true },
      { key: 'end', label: 'End (empty: still running)', type: 'date', after: 'start' },
      { key: 'existed_before', label: 'Already existed at the start date', type: 'bool', default: false },
      { key: 'time_bound', label: 'Set up for a limited time', type: 'bool', default: false },
      { key: 'parent', label: 'Part of (a plan or another stream)', type: 'ref', lists: ['streams', 'plans'] },
      ...PROVENANCE,
    ],
  },
  events: {
    what: 'event',
    fields: [
      { key: 'id', label: 'Id', type: 'id' },
      {
        key: 'kind', label: 'Kind', type: 'enum', default: 'milestone',
        options: [['milestone', 'milestone'], ['meeting', 'meeting'], ['decision', 'decision'], ['plan', 'plan period (drawn as a band)']],
      },
      { key: 'name', label: 'Name', type: 'text', required: true },
      { key: 'date', label: 'Date', type: 'date', required: true },
      { key: 'end', label: 'End (for events lasting longer)', type: 'date', after: 'date' },
      { key: 'description', label: 'Description', type: 'text', long: true },
      ...PROVENANCE,
    ],
  },
  outcomes: {
    what: 'outcome',
    fields: [
      { key: 'id', label: 'Id', type: 'id' },
      { key: 'date', label: 'Date', type: 'date', required: true },
      { key: 'title', label: 'Title', type: 'text', required: true },
      { key: 'document.title', label: 'Document title', type: 'text', required: true },
      { key: 'document.symbol', label: 'Document symbol (like A/RES/68/4)', type: 'string' },
      { key: 'document.paragraph', label: 'Paragraph', type: 'string' },
      { key: 'document.link', label: 'Document link', type: 'link' },
      { key: 'document.source', label: 'Where the symbol and link come from (if not the outcome’s source)', type: 'ref', lists: ['sources'] },
      { key: 'produced_by', label: 'Produced by (the event whose outcome it is)', type: 'ref', lists: ['events'] },
      { key: 'concerns', label: 'Concerns (streams, chair terms, events)', type: 'refs', lists: ['streams', 'chair_terms', 'events'] },
      ...PROVENANCE,
    ],
  },
  sources: {
    what: 'source',
    fields: [
      { key: 'id', label: 'Id', type: 'id' },
      { key: 'title', label: 'Title', type: 'text', required: true },
      { key: 'date', label: 'Date', type: 'date' },
      { key: 'author', label: 'Author', type: 'text' },
      { key: 'link', label: 'Link', type: 'link' },
      { key: 'note', label: 'Note (caveats about the source itself)', type: 'text', long: true },
    ],
  },
};

const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The value at a dotted key ("document.title") of `item`. */
export function getField(item, key) {
  return key.split('.').reduce((v, k) => (isObject(v) ? v[k] : undefined), item);
}

function setField(item, key, value) {
  const steps = key.split('.');
  let at = item;
  for (const k of steps.slice(0, -1)) {
    if (!isObject(at[k])) {
      if (value === undefined) return;
      at[k] = {};
    }
    at = at[k];
  }
  const last = steps[steps.length - 1];
  if (value === undefined) {
    delete at[last];
    // A nested object the form emptied goes too ("announced": {} says nothing).
    if (steps.length > 1 && !Object.keys(at).length) setField(item, steps.slice(0, -1).join('.'), undefined);
  } else at[last] = value;
}

/** The choices of a reference field: [{id, label}] from the lists it may name. */
export function choices(data, lists) {
  const out = [];
  for (const list of lists) {
    const source = list === 'plans' ? (data?.events ?? []).filter((e) => e?.kind === 'plan') : data?.[list] ?? [];
    const real = list === 'plans' ? 'events' : list;
    for (const item of Array.isArray(source) ? source : []) {
      if (isObject(item) && typeof item.id === 'string') out.push({ id: item.id, label: `${itemLabel(real, item, data)} (${item.id})` });
    }
  }
  return out;
}

/** The form's starting values for `item` (null: a new item). */
export function formValues(list, item) {
  const values = {};
  for (const f of FORMS[list].fields) {
    const v = item ? getField(item, f.key) : undefined;
    if (f.type === 'text') values[f.key] = textObject(v);
    else if (f.type === 'bool') values[f.key] = typeof v === 'boolean' ? v : f.default;
    else if (f.type === 'refs') values[f.key] = Array.isArray(v) ? v.filter((x) => typeof x === 'string') : [];
    else if (f.type === 'enum') values[f.key] = typeof v === 'string' ? v : f.default ?? '';
    else values[f.key] = typeof v === 'string' ? v : '';
  }
  return values;
}

/** A sensible id for a new item of `list` with form `values`, unique among `taken`. */
export function suggestId(list, values, taken) {
  const text = (k) => english(values[k]);
  let base;
  switch (list) {
    case 'members': base = slug(text('short_name') || text('name'), 4); break;
    case 'chair_terms': {
      const { from = '', to = '', member = '' } = values;
      const year = from.slice(0, 4);
      const wholeYear = isDate(from) && isDate(to) && firstDay(from) === `${year}-01-01` && lastDay(to) === `${year}-12-31`;
      base = ['chair', wholeYear ? year : from, member].filter(Boolean).join('-');
      break;
    }
    case 'streams': {
      const prefix = { working_group: 'wg', task_force: 'tf', thematic: 'ws', overarching: 'ws' }[values.kind];
      base = [prefix, slug(text('name'), 4)].filter(Boolean).join('-');
      break;
    }
    case 'events': base = [slug(text('name'), 4), (values.date ?? '').slice(0, 4)].filter(Boolean).join('-'); break;
    case 'outcomes': base = slug(text('title'), 5); break;
    default: base = [slug(text('title'), 4), (values.date ?? '').slice(0, 4)].filter(Boolean).join('-');
  }
  // Nothing to make an id from yet (no member, no name): leave it empty rather than "chair".
  if (!base || ['chair', 'wg', 'tf', 'ws'].includes(base) || /^chair-[\d-]+$/.test(base)) return '';
  return uniqueId(base.replace(/[^a-z0-9_-]/g, '-'), taken);
}

/**
 * Checks a form's `values` before they are written: {key: message} for each field the team
 * must correct (the validator then checks the whole file).
 */
export function checkForm(list, values, { taken, isNew }) {
  const problems = {};
  for (const f of FORMS[list].fields) {
    const v = values[f.key];
    if (f.type === 'id') {
      if (isNew && !v) problems[f.key] = 'Give the item an id (it is made for you from the other fields once they are filled).';
      else if (isNew && !/^[a-z0-9_-]+$/.test(v)) problems[f.key] = 'Use only a–z, 0–9, - and _, like "chair-2017-unu".';
      else if (isNew && taken.has(v)) problems[f.key] = `The id "${v}" is already used; choose another.`;
    } else if (f.type === 'text') {
      if (f.required && !(v.en ?? '').trim()) problems[f.key] = 'Write the English text (required).';
      else if (!(v.en ?? '').trim() && LANGS.some((l) => (v[l] ?? '').trim())) problems[f.key] = 'Write the English text too: every text needs it.';
    } else if (f.type === 'date') {
      if (!v && f.required) problems[f.key] = 'Give a date: YYYY, YYYY-MM or YYYY-MM-DD.';
      else if (v && !isDate(v)) problems[f.key] = `"${v}" is not a date the file can hold: write YYYY, YYYY-MM or YYYY-MM-DD (like 2017, 2017-03 or 2017-03-15).`;
      else if (v && f.after && isDate(values[f.after]) && lastDay(v) < firstDay(values[f.after])) problems[f.key] = `This is before the ${f.after} date (${values[f.after]}).`;
    } else if (f.type === 'ref' || f.type === 'enum') {
      if (f.required && !v) problems[f.key] = 'Choose one (required).';
    } else if (f.type === 'link') {
      if (v && !/^(https?:\/\/\S+|mailto:\S+)$/i.test(v)) problems[f.key] = 'Write the full address, like https://www.un.org/… (or mailto:name@example.org).';
    }
  }
  return problems;
}

/** The Text a form writes, from its `edited` languages and the `original` value. */
function writeText(original, edited) {
  const before = textObject(original);
  const obj = { ...before };
  for (const l of LANGS) {
    const v = (edited[l] ?? '').trim();
    if (v) obj[l] = edited[l].trim();
    else delete obj[l];
  }
  // A changed English makes the other languages' texts translations of the old English.
  if (typeof before.en === 'string' && obj.en !== before.en) {
    const stale = LANGS.filter((l) => l !== 'en' && obj[l] && obj[l] === before[l]);
    if (stale.length) obj.needs_review = [...new Set([...(before.needs_review ?? []), ...stale])];
  }
  if (Array.isArray(edited.needs_review)) obj.needs_review = edited.needs_review;
  const tidy = tidyText(obj);
  if (!tidy.en) return undefined;
  const onlyEnglish = Object.keys(tidy).length === 1;
  if (onlyEnglish && (typeof original === 'string')) return tidy.en;
  return tidy;
}

/**
 * The item a form writes: the `original` item (null for a new one) with the form's fields set
 * from `values`; fields the form does not know stay as they were, in their place.
 */
export function buildItem(list, original, values) {
  const item = original ? structuredClone(original) : {};
  for (const f of FORMS[list].fields) {
    const had = original ? getField(original, f.key) : undefined;
    const v = values[f.key];
    let out;
    if (f.type === 'text') out = writeText(had, v ?? {});
    else if (f.type === 'bool') out = had === undefined && v === f.default ? undefined : Boolean(v);
    else if (f.type === 'enum') out = v === '' || (had === undefined && v === f.default) ? undefined : v;
    else if (f.type === 'refs') out = v.length || had !== undefined ? v : undefined;
    else out = (v ?? '').trim() === '' ? undefined : v.trim();
    if (f.type === 'refs' && !v.length && had !== undefined) out = undefined;
    setField(item, f.key, out);
  }
  return item;
}

// --- the translation view ---

const TEXT_KEYS = new Set(['name', 'short_name', 'title', 'note', 'quote', 'description', 'reason', 'author']);
const LIST_WHAT = { members: 'member', chair_terms: 'chair term', streams: 'stream', events: 'event', outcomes: 'outcome', sources: 'source' };

/** Whether `v` looks like a Text written as an object. */
export function isTextObject(v) {
  return isObject(v) && Object.keys(v).length > 0 && Object.keys(v).every((k) => LANGS.includes(k) || k === 'needs_review') && LANGS.some((l) => l in v);
}

/**
 * Every text of the data: [{path, where, field, value, quote}] in file order, where `path`
 * leads to the text (for setAt) and `where` names its item as a person would.
 */
export function collectTexts(data) {
  const out = [];
  const visit = (v, path, where, field) => {
    if ((typeof v === 'string' && TEXT_KEYS.has(field)) || isTextObject(v)) {
      out.push({ path, where, field: path.slice(2).join('.') || path.join('.'), value: v, quote: field === 'quote' });
      return;
    }
    if (Array.isArray(v)) v.forEach((x, i) => visit(x, [...path, i], where, field));
    else if (isObject(v)) for (const [k, x] of Object.entries(v)) visit(x, [...path, k], where, k);
  };
  if (!isObject(data)) return out;
  for (const [k, v] of Object.entries(data)) {
    if (LIST_WHAT[k] && Array.isArray(v)) {
      v.forEach((item, i) => {
        const where = `${LIST_WHAT[k]} ${itemLabel(k, item, data)}`;
        if (isObject(item)) for (const [f, x] of Object.entries(item)) visit(x, [k, i, f], where, f);
      });
    } else if (isObject(v)) {
      for (const [f, x] of Object.entries(v)) visit(x, [k, f], k, f);
    }
  }
  for (const t of out) t.field = pathString(LIST_WHAT[t.path[0]] ? t.path.slice(2) : t.path);
  return out;
}

/** The languages a text lacks (in the UN order). */
export function missingLanguages(value) {
  const obj = textObject(value);
  return LANGS.filter((l) => typeof obj[l] !== 'string' || !obj[l].trim());
}

/** The text with `lang` removed from needs_review (a string stays a string). */
export function markReviewed(value, lang) {
  const obj = textObject(value);
  obj.needs_review = (obj.needs_review ?? []).filter((l) => l !== lang);
  return tidyText(obj);
}

/** The text with `lang` set to `text`; `review` lists it in needs_review. */
export function setTranslation(value, lang, text, review) {
  const obj = textObject(value);
  if (text.trim()) obj[lang] = text.trim();
  else delete obj[lang];
  const rest = (obj.needs_review ?? []).filter((l) => l !== lang);
  obj.needs_review = review && text.trim() ? [...rest, lang] : rest;
  const tidy = tidyText(obj);
  return Object.keys(tidy).length === 1 && typeof value === 'string' ? tidy.en : tidy;
}

export { FILE_ORDER };
