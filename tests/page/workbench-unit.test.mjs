// The workbench's plain logic, in Node (no browser): edits that rewrite only what they change,
// ids, the forms' JSON (unknown fields kept), the diff in words and as text, the translation list.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { append, isDate, removeAt, setAt, slug, uniqueId, allIds } from '../../js/workbench-json.js';
import { describeChanges, lineDiff, unified } from '../../js/workbench-diff.js';
import { buildItem, checkForm, collectTexts, formValues, markReviewed, missingLanguages, setTranslation, suggestId } from '../../js/workbench-model.js';

// A frozen copy of the 2013 data file: these tests are about the workbench's logic, not today's data.
const GMG = readFileSync(new URL('../fixtures/workbench/published-2013.json', import.meta.url), 'utf8');

test('appending a chair term keeps every other byte of the file and the file’s layout', () => {
  const term = { id: 'chair-2017-unu', member: 'un-women', from: '2017', to: '2017' };
  const next = append(GMG, ['chair_terms'], term);
  const data = JSON.parse(next);
  assert.deepEqual(data.chair_terms.at(-1), term);
  assert.equal(data.chair_terms.length, JSON.parse(GMG).chair_terms.length + 1);
  // Written as JSON.stringify(…, null, 2) would write it, so the file stays in its form.
  assert.equal(next, `${JSON.stringify(data, null, 2)}\n`);
  const ops = lineDiff(GMG, next);
  // Six new lines ("},", "{" and the four fields: the old closing brace closes the new item).
  assert.equal(ops.filter((o) => o.op === '-').length, 0);
  assert.equal(ops.filter((o) => o.op === "+").length, 6);
});

test('setAt and removeAt on a compact file, unknown keys untouched', () => {
  const text = '{"version": 1, "group": {"name": "G", "short_name": "G"},\n "members": [{"id": "a", "short_name": "A", "name": "A", "colour": "red"}]}';
  const a = setAt(text, ['members', 0, 'name'], { en: 'Alpha', fr: 'Alpha' });
  assert.equal(a, text.replace('"name": "A"', '"name": {"en": "Alpha", "fr": "Alpha"}'));
  const b = append(a, ['members'], { id: 'b', short_name: 'B', name: 'B' });
  assert.match(b, /"colour": "red"\}, \{"id": "b", "short_name": "B", "name": "B"\}\]/);
  const c = setAt(b, ['chair_terms'], [{ id: 't', member: 'a', from: '2014', to: '2014' }]);
  assert.deepEqual(JSON.parse(c).chair_terms[0].member, 'a');
  assert.deepEqual(JSON.parse(removeAt(c, ['members', 0])).members.map((m) => m.id), ['b']);
  assert.deepEqual(Object.keys(JSON.parse(removeAt(c, ['version']))), ['group', 'members', 'chair_terms']);
  // A text containing the separators themselves survives.
  const d = setAt(text, ['members', 0, 'name'], 'a","b: c,"d');
  assert.equal(JSON.parse(d).members[0].name, 'a","b: c,"d');
});

test('ids: readable, unique, in the file’s conventions', () => {
  assert.equal(slug('United Nations University'), 'united-nations-university');
  assert.equal(slug('Organisation internationale pour les migrations (OIM)'), 'organisation-internationale-pour-les-migrations');
  assert.equal(uniqueId('chair-2014-ilo', new Set(['chair-2014-ilo'])), 'chair-2014-ilo-2');
  const taken = allIds(JSON.parse(GMG));
  assert.equal(suggestId('chair_terms', { member: 'unu', from: '2017', to: '2017' }, taken), 'chair-2017-unu');
  assert.equal(suggestId('chair_terms', { member: 'unu', from: '2017-01', to: '2017-12-31' }, taken), 'chair-2017-unu');
  assert.equal(suggestId('chair_terms', { member: 'iom', from: '2013-07', to: '2013-12' }, taken), 'chair-2013-07-iom');
  assert.equal(suggestId('chair_terms', { member: 'ilo', from: '2014', to: '2014' }, taken), 'chair-2014-ilo-2');
  assert.equal(suggestId('members', { short_name: { en: 'UN Women' } }, taken), 'un-women-2');
  assert.equal(suggestId('chair_terms', { member: '', from: '2017', to: '2017' }, taken), '', 'no member yet: no id yet');
  assert.equal(suggestId('streams', { kind: 'working_group', name: { en: 'Climate change and migration' } }, taken), 'wg-climate-change-and-migration');
  assert.ok(isDate('2017') && isDate('2017-03') && isDate('2016-02-29'));
  assert.ok(!isDate('2017-13') && !isDate('2017-02-29') && !isDate('17') && !isDate('2017/03'));
});

test('a form writes the JSON the team would write and keeps fields it does not know', () => {
  const original = {
    id: 'chair-2014-ilo', member: 'ilo', co_chairs: ['iom'], from: '2014', to: '2014', source: 's',
    status: 'announced', quote: 'As of 2014, the new GMG Chair, ILO.',
  };
  const values = formValues('chair_terms', original);
  assert.equal(values.status, 'announced', 'a status this version does not know is kept');
  const item = buildItem('chair_terms', original, { ...values, to: '2015' });
  assert.deepEqual(item, { ...original, to: '2015' });
  assert.deepEqual(Object.keys(item), Object.keys(original), 'fields stay in their place');

  const fresh = buildItem('chair_terms', null, { ...formValues('chair_terms', null), id: 'chair-2017-unu', member: 'unu', from: '2017', to: '2017' });
  assert.deepEqual(fresh, { id: 'chair-2017-unu', member: 'unu', from: '2017', to: '2017' }, 'defaults are not written');

  // Changing the English of a translated text marks the other languages for review.
  const member = { id: 'unu', short_name: { en: 'UNU', fr: 'UNU' }, name: 'United Nations University' };
  const edited = buildItem('members', member, { ...formValues('members', member), short_name: { en: 'UN University', fr: 'UNU' } });
  assert.deepEqual(edited.short_name, { en: 'UN University', fr: 'UNU', needs_review: ['fr'] });
  assert.equal(edited.name, 'United Nations University', 'a plain English string stays a string');
  assert.equal('rotates' in edited, false);

  const problems = checkForm('chair_terms', { ...formValues('chair_terms', null), id: 'chair-2014-ilo', from: '2017-13', to: '2016' }, { taken: new Set(['chair-2014-ilo']), isNew: true });
  assert.deepEqual(Object.keys(problems).sort(), ['from', 'id', 'member']);
  const order = checkForm('chair_terms', { ...formValues('chair_terms', null), id: 'x', member: 'a', from: '2017', to: '2016-12' }, { taken: new Set(), isNew: true });
  assert.deepEqual(Object.keys(order), ['to']);
});

test('the changes in words and as text', () => {
  const before = JSON.parse(GMG);
  const after = structuredClone(before);
  after.members.push({ id: 'unu', short_name: 'UNU', name: 'United Nations University' });
  after.chair_terms.push({ id: 'chair-2017-unu', member: 'unu', from: '2017', to: '2017' });
  after.chair_terms[2].to = '2015';
  after.members[0].short_name.needs_review = ['fr'];
  after.sources.pop();
  const words = describeChanges(before, after).map((c) => c.text);
  assert.ok(words.includes('member added: UNU'), words.join('\n'));
  assert.ok(words.includes('chair term added: UNU 2017'), words.join('\n'));
  assert.ok(words.includes('chair term changed: ILO 2014 to 2015'), words.join('\n'));
  assert.ok(words.some((w) => /^source removed: /.test(w)), words.join('\n'));
  const changed = describeChanges(before, after).find((c) => c.text.startsWith('chair term changed'));
  assert.deepEqual(changed.details, ['to: 2014 → 2015']);
  const flagged = describeChanges(before, after).find((c) => c.text.startsWith('member changed'));
  assert.deepEqual(flagged.details, ['short_name (fr) marked for review']);

  const diff = unified(lineDiff('a\nb\nc\nd\n', 'a\nb\nX\nd\n'), 1);
  assert.equal(diff, '--- published\n+++ workbench\n@@ -2,3 +2,3 @@\n b\n-c\n+X\n d\n');
  assert.equal(unified(lineDiff('same', 'same')), '');
});

test('the translation list: every text, its missing languages, marking reviewed', () => {
  const data = JSON.parse(readFileSync(new URL('../fixtures/invalid/missing-languages.json', import.meta.url), 'utf8'));
  const texts = collectTexts(data);
  const name = texts.find((t) => t.field === 'name' && t.where === 'member UNU');
  assert.ok(name, texts.map((t) => `${t.where} ${t.field}`).join('\n'));
  assert.deepEqual(missingLanguages(name.value), ['ar', 'zh', 'ru', 'es']);
  assert.ok(texts.find((t) => t.field === 'quote').quote);
  assert.deepEqual(texts.find((t) => t.path[0] === 'group' && t.field === 'group.name').path, ['group', 'name']);
  assert.deepEqual(markReviewed({ en: 'A', fr: 'B', needs_review: ['fr'] }, 'fr'), { en: 'A', fr: 'B' });
  assert.deepEqual(setTranslation('A', 'es', 'Á', true), { en: 'A', es: 'Á', needs_review: ['es'] });
});
