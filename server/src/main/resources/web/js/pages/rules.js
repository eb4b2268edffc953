import { getJson, request } from '../api.js';
import { el, grid, pageHead, tile } from '../dom.js';
import { describeError } from '../loader.js';
import { dateTime, num } from '../format.js';

/** The lists of names or ids, one per line: the document member each edits, its label and a hint. */
const LISTS = [
  ['artists', 'Artists', 'Any spelling of a merged artist leaves out all of them; a split credit is left out with any of its artists.'],
  ['albums', 'Albums', 'By title, whoever the artist.'],
  ['tracks', 'Tracks', 'Track ids, as the Tracks page shows them (spotify:track:…).'],
  ['genres', 'Genres', 'The genre of a listen or of its track (christmas, podcast, …).'],
  ['listeners', 'Listeners', 'User ids, e.g. a test account or a shared speaker.'],
  ['sources', 'Sources', 'Where events came from: simulation, api, import:spotify, listenbrainz, lastfm, … Events stored before sources were kept stay in.'],
];

/** Rules apply to all history, whatever the time range or platform picked. */
export const usesFilters = false;

/**
 * Rules: cleanup rules that apply to all history at once. Exclusions leave listens out of every statistic (nothing
 * is deleted: clearing a rule brings them back); merges make several spellings one artist; splits make a credit
 * of several artists count for each of them.
 */
export function mount(main, ctx) {
  const notice = el('div', { role: 'status', 'aria-live': 'polite', 'data-testid': 'rules-notice' });
  const summary = el('div', { class: 'tiles', 'data-testid': 'rules-summary' });
  const form = el('form', { 'data-testid': 'rules-form', novalidate: true });
  const editor = el('section', { class: 'card span-8', 'aria-labelledby': 'h-rules-edit' },
    el('div', { class: 'card-head' }, el('div', {}, el('h2', { id: 'h-rules-edit', text: 'Edit the rules' }),
      el('p', { class: 'sub', text: 'One entry per line; names match whatever their case' }))), form, notice);
  const effect = el('section', { class: 'card span-4', 'aria-labelledby': 'h-rules-effect' },
    el('div', { class: 'card-head' }, el('div', {}, el('h2', { id: 'h-rules-effect', text: 'In effect' }),
      el('p', { class: 'sub', text: 'What the saved rules do to every chart' }))), summary);
  main.append(pageHead('Cleanup rules', 'Leave listens out of every statistic and say which artist names are one artist or several. The rules apply to all history at once; nothing is deleted.'),
    grid(editor, effect));

  const show = (rules) => {
    fill(form, rules, save);
    summary.replaceChildren(
      tile({ testid: 'rules-excluded', label: 'Listens left out', value: num(rules.excluded_listens) }),
      tile({ testid: 'rules-merges', label: 'Merges', value: num(rules.merges.length), cls: 'compact' }),
      tile({ testid: 'rules-splits', label: 'Splits', value: num(rules.splits.length), cls: 'compact' }),
      tile({ label: 'Saved', value: rules.updated_at ? dateTime(rules.updated_at) : 'never', cls: 'compact' }));
  };
  const save = async (body, button) => {
    button.disabled = true;
    form.querySelectorAll('[aria-invalid]').forEach((n) => n.removeAttribute('aria-invalid'));
    try {
      const saved = await request('PUT', '/v1/rules', { body });
      show(saved);
      say(notice, 'ok', `Saved. ${num(saved.excluded_listens)} stored listens are left out of the statistics; every chart counts with the new rules now.`);
    } catch (e) {
      button.disabled = false;
      if (e.name === 'AbortError') return;
      say(notice, 'error', `Not saved: ${e.message}`, e.details);
      for (const d of e.details) form.querySelector(`[data-member="${d.field.split('[')[0]}"]`)?.setAttribute('aria-invalid', 'true');
    }
  };
  getJson('/v1/rules', undefined, ctx.signal).then(show).catch((e) => {
    if (e.name !== 'AbortError') notice.replaceChildren(el('div', { class: 'notice error' }, describeError(e, '/v1/rules')));
  });
}

/** The form for `rules`; submitting sends the whole document. */
function fill(form, rules, save) {
  const lists = LISTS.map(([member, text, hint]) => area(`exclude.${member}`, text, hint, (rules.exclude[member] ?? []).join('\n')));
  const check = (member, text) => el('label', { class: 'check', for: `rules-${member}` },
    el('input', { type: 'checkbox', id: `rules-${member}`, name: member, 'data-testid': `rules-${member}`, checked: rules.exclude[member] === true }), text);
  const merges = area('merges', 'Merges', 'The name to keep, "=", then the other spellings separated by ";": Beyoncé = Beyonce; BEYONCE',
    rules.merges.map((m) => `${m.into} = ${m.names.join('; ')}`).join('\n'));
  const splits = area('splits', 'Splits', 'A credit that counts for each of its artists: Jay-Z & Beyoncé. Add "=" and the artists separated by ";" to name them yourself.',
    rules.splits.map((s) => `${s.artist} = ${s.into.join('; ')}`).join('\n'));
  const submit = el('button', { class: 'btn', type: 'submit', 'data-testid': 'rules-save', text: 'Save rules' });
  const clear = el('button', { class: 'btn secondary', type: 'button', 'data-testid': 'rules-clear', text: 'Clear all',
    onclick: () => save({}, clear) });
  form.onsubmit = (e) => {
    e.preventDefault();
    const value = (member) => lines(form.querySelector(`[data-member="${member}"]`).value);
    const exclude = Object.fromEntries(LISTS.map(([member]) => [member, value(`exclude.${member}`)]));
    exclude.podcasts = form.elements.podcasts.checked;
    exclude.audiobooks = form.elements.audiobooks.checked;
    save({
      exclude,
      merges: value('merges').map((line) => {
        const [into, names = ''] = line.split('=');
        return { into: into.trim(), names: names.split(';').map((n) => n.trim()).filter(Boolean) };
      }),
      splits: value('splits').map((line) => {
        const [artist, into] = line.split('=');
        return { artist: artist.trim(), into: into == null ? null : into.split(';').map((n) => n.trim()).filter(Boolean) };
      }),
    }, submit);
  };
  form.replaceChildren(
    el('fieldset', { class: 'rules-group' }, el('legend', { text: 'Leave out of every statistic' }),
      el('div', { class: 'form-grid' }, lists),
      el('div', { class: 'checks' }, check('podcasts', 'Podcast episodes'), check('audiobooks', 'Audiobooks'))),
    el('fieldset', { class: 'rules-group' }, el('legend', { text: 'Artists' }), el('div', { class: 'form-grid' }, merges, splits)),
    el('div', { class: 'form-actions' }, submit, clear,
      el('span', { class: 'muted', style: 'font-size:.82rem', text: 'Saving recounts all history: at millions of listens it takes several seconds.' })));
}

function area(member, text, hint, value) {
  const id = `rules-${member.replace('.', '-')}`;
  return el('label', { class: 'field', for: id }, text,
    el('textarea', { id, rows: 4, 'data-member': member, 'data-testid': id, spellcheck: 'false' }, value),
    el('span', { class: 'hint', text: hint }));
}

/** The non-blank lines of a text area: the entries the API numbers from 0, as its error details do. */
function lines(text) {
  return text.split('\n').map((l) => l.trim()).filter(Boolean);
}

function say(notice, kind, text, details = []) {
  notice.replaceChildren(el('div', { class: `notice ${kind}` }, el('p', { text }),
    details.length > 0 && el('ul', { 'data-testid': 'rules-problems' },
      details.map((d) => el('li', { text: `${d.field}: ${d.message}` })))));
}
