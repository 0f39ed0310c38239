// The fallback a snippet carries for readers without JavaScript or WebAssembly: a plain list
// of the widget's items in one language, written from the data (format v1). Used by the
// demo's generator (in the browser) and by scripts/dist.mjs (in Node) for snippet.html.
// Only text goes in: every value is escaped, nothing from the data becomes markup.

export const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const LANGS = ['ar', 'zh', 'en', 'fr', 'ru', 'es'];
const WORDS = {
  en: { chairs: 'Chairs', 'work-streams': 'Work streams', outcomes: 'High-level Dialogue outcomes', events: 'Events', inferred: 'inferred', projected: 'projected', announced: 'announced', since: 'since {0}' },
  fr: { chairs: 'Présidences', 'work-streams': 'Axes de travail', outcomes: 'Résultats du Dialogue de haut niveau', events: 'Événements', inferred: 'déduit', projected: 'prévisionnel', announced: 'annoncé', since: 'depuis {0}' },
  es: { chairs: 'Presidencias', 'work-streams': 'Líneas de trabajo', outcomes: 'Resultados del Diálogo de Alto Nivel', events: 'Acontecimientos', inferred: 'deducido', projected: 'previsto', announced: 'anunciado', since: 'desde {0}' },
  ru: { chairs: 'Председатели', 'work-streams': 'Направления работы', outcomes: 'Итоги Диалога на высоком уровне', events: 'События', inferred: 'предположительно', projected: 'прогноз', announced: 'объявлено', since: 'с {0}' },
  zh: { chairs: '历任主席', 'work-streams': '工作流程', outcomes: '高级别对话成果', events: '事件', inferred: '推断', projected: '预计', announced: '已宣布', since: '自{0}起' },
  ar: { chairs: 'الرئاسات', 'work-streams': 'مسارات العمل', outcomes: 'نتائج الحوار الرفيع المستوى', events: 'الأحداث', inferred: 'مستنتج', projected: 'متوقع', announced: 'معلن', since: 'منذ {0}' },
};
/** A text of the data in `lang` (the data's own fallback order: the language, then English). */
const textIn = (t, lang) => (typeof t === 'string' ? t : t?.[lang] ?? t?.en ?? (t && Object.values(t).find((v) => typeof v === 'string')) ?? '');
/** A data date ('2014', '2013-07', '2013-10-03') in `lang`, as precise as it is. */
function dateIn(d, lang) {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(String(d ?? ''));
  if (!m) return String(d ?? '');
  const at = new Date(Date.UTC(+m[1], m[2] ? +m[2] - 1 : 0, m[3] ? +m[3] : 1));
  const parts = { timeZone: 'UTC', year: 'numeric', ...(m[2] && { month: 'long' }), ...(m[3] && { day: 'numeric' }) };
  try { return new Intl.DateTimeFormat(lang, parts).format(at); } catch { return d; }
}
const range = (from, to, lang) => {
  if (!to) return WORDS[lang].since.replace('{0}', dateIn(from, lang));
  return from === to ? dateIn(from, lang) : `${dateIn(from, lang)} – ${dateIn(to, lang)}`;
};
const byDate = (a, b) => String(a.key).localeCompare(String(b.key));

/** The fallback's sections for a widget: [{title, items: [{date, text}]}]. */
export function fallbackSections(data, widget, lang) {
  const w = WORDS[lang];
  const member = Object.fromEntries((data.members ?? []).map((m) => [m.id, m]));
  const status = (s) => (s && w[s] ? ` (${w[s]})` : '');
  const name = (id) => textIn(member[id]?.short_name ?? member[id]?.name, lang) || id;
  const chairs = () => ({
    title: w.chairs,
    items: (data.chair_terms ?? []).map((c) => ({
      key: c.from, datetime: c.from, date: range(c.from, c.to, lang),
      text: `${name(c.member)}${c.on_behalf_of ? ` (${name(c.on_behalf_of)})` : ''}${status(c.status)}`,
    })).sort(byDate),
  });
  const streams = () => ({
    title: w['work-streams'],
    items: (data.streams ?? []).map((s) => ({ key: s.start, datetime: s.start, date: range(s.start, s.end, lang), text: `${textIn(s.name, lang)}${status(s.status)}` })).sort(byDate),
  });
  const events = () => ({
    title: w.events,
    items: (data.events ?? []).map((e) => ({ key: e.date, datetime: e.date, date: dateIn(e.date, lang), text: `${textIn(e.name, lang)}${status(e.status)}` })).sort(byDate),
  });
  const outcomes = () => ({
    title: w.outcomes,
    items: (data.outcomes ?? []).map((o) => ({ key: o.date, datetime: o.date, date: dateIn(o.date, lang), text: `${textIn(o.title ?? o.name, lang)}${status(o.status)}` })).sort(byDate),
  });
  const pick = { chairs: [chairs], 'work-streams': [streams, events], outcomes: [outcomes], timeline: [chairs, streams, events, outcomes] }[widget] ?? [chairs];
  return pick.map((f) => f()).filter((s) => s.items.length);
}

/** The fallback's HTML: a heading-free paragraph and a list per section, nothing but text. */
export function fallbackHtml(data, widget, lang) {
  const group = textIn(data.group?.name, lang);
  return fallbackSections(data, widget, lang).map((s) => [
    `  <p><strong>${esc(s.title)}${group ? ` — ${esc(group)}` : ''}</strong></p>`,
    '  <ol>',
    ...s.items.map((i) => `    <li><time datetime="${esc(i.datetime ?? '')}">${esc(i.date)}</time>: ${esc(i.text)}</li>`),
    '  </ol>',
  ].join('\n')).join('\n');
}

