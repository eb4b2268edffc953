import { queryString } from '../api.js';
import { card } from '../card.js';
import { el, grid, pageHead, table } from '../dom.js';
import { fill } from '../loader.js';
import { label, num, pct, platform } from '../format.js';

const FIELDS = ['genre', 'mood', 'context', 'platform', 'country', 'artist', 'hours', 'min_engagement', 'min_listens', 'min_share'];

/** Segments: build an audience from a rule (or a preset), see its size and sample, export it. */
export function mount(main, ctx) {
  const rule = new URLSearchParams(ctx.params.get('rule') ?? '');
  const presets = card({ id: 'segment-presets', title: 'Presets', sub: 'Start from a ready-made audience', span: 12 });
  const builder = card({ id: 'segment-rule', title: 'Rule', span: 12,
    sub: 'Every field is optional; a listener belongs when at least "min listens" of their listens in the time range match all fields (and, with a min share, at least that share of all their listens).' });
  const audience = card({ id: 'audience', title: 'Audience', sub: 'Listeners matching the rule in the chosen time range', span: 12 });
  main.append(pageHead('Segments', 'Audiences for campaigns and research, by taste, mood, context, place and time.'),
    grid(presets, builder, audience));

  fill(presets, ctx, {
    path: '/v1/segments/presets', params: {}, isEmpty: (d) => !d?.items?.length,
    empty: [el('strong', { text: 'No presets defined' }), el('span', { text: 'Set the rule fields below instead.' })],
    render: (d, body) => body.replaceChildren(el('div', { class: 'presets' }, d.items.map((p) => el('button', {
      type: 'button', class: 'preset', 'data-testid': 'segment-preset', 'data-preset': p.id,
      onclick: () => ctx.go('segments', { rule: queryString(p.rule).slice(1) || 'min_listens=3' }),
    }, el('strong', { text: p.name }), el('span', { text: p.description }))))),
  });
  // The pickers offer what the API accepts (GET /v1/vocabulary), never a copy of it kept here.
  fill(builder, ctx, {
    path: '/v1/vocabulary', params: {}, isEmpty: (v) => !v?.genres?.length,
    render: (v, body) => body.replaceChildren(form(ctx, rule, v)),
  }).then((v) => v && ctx.get('/v1/analytics/genres', ctx.query()).then((d) => addCatalogueGenres(v.genres, d), () => {}));

  if (!ctx.params.has('rule')) {
    audience.empty([el('strong', { text: 'No rule yet' }), el('span', { text: 'Pick a preset above, or set some fields and choose "Find audience".' })]);
    return;
  }
  const params = { ...ctx.query(), ...Object.fromEntries(rule) };
  fill(audience, ctx, {
    path: '/v1/segments/audience', params,
    isEmpty: (d) => d == null,
    render: (d, body) => body.replaceChildren(result(ctx, d, params)),
  });
}

/** Genres the stored listens carry beyond the vocabulary (a catalogue's own) are offered too: the API accepts them. */
function addCatalogueGenres(known, d) {
  const list = document.getElementById('genre-options');
  const extra = (d?.distribution ?? []).map((g) => g.genre).filter((g) => g && !known.includes(g));
  if (list) list.append(...extra.map((g) => el('option', { value: g, 'data-testid': 'segment-genre-option' })));
}

function form(ctx, rule, vocabulary) {
  const select = (name, text, values, fmt = label) => field(name, text, el('select', { name, id: `seg-${name}`, 'data-testid': `segment-${name}` },
    el('option', { value: '', text: 'Any' }), values.map((v) => el('option', { value: v, text: fmt(v), selected: rule.get(name) === v }))));
  const input = (name, text, attrs) => field(name, text, el('input', { name, id: `seg-${name}`, 'data-testid': `segment-${name}`,
    value: rule.get(name) ?? '', ...attrs }));
  const f = el('form', { 'data-testid': 'segment-form', onsubmit: (e) => {
    e.preventDefault();
    const values = {};
    for (const name of FIELDS) {
      const v = f.elements[name].value.trim();
      if (v) values[name] = v;
    }
    ctx.go('segments', { rule: queryString(values).slice(1) || 'min_listens=3' });
  } },
  el('div', { class: 'form-grid' },
    el('label', { class: 'field', for: 'seg-genre' }, 'Genre',
      el('input', { name: 'genre', id: 'seg-genre', list: 'genre-options', value: rule.get('genre') ?? '', 'data-testid': 'segment-genre', placeholder: 'any' }),
      el('datalist', { id: 'genre-options' }, vocabulary.genres.map((g) => el('option', { value: g, 'data-testid': 'segment-genre-option' })))),
    select('mood', 'Mood', vocabulary.moods),
    select('context', 'Listening context', vocabulary.contexts),
    select('platform', 'Platform', vocabulary.platforms, platform),
    input('country', 'Country (ISO code)', { placeholder: 'e.g. US', maxlength: 2, pattern: '[A-Za-z]{2}', title: 'two letters, e.g. US' }),
    input('artist', 'Artist', { placeholder: 'any' }),
    input('hours', 'Local hours', { placeholder: 'e.g. 18-23', pattern: '\\d{1,2}-\\d{1,2}', title: 'from-to hour, e.g. 18-23' }),
    input('min_engagement', 'Min engagement (0–1)', { type: 'number', min: 0, max: 1, step: 0.05, placeholder: '0' }),
    input('min_listens', 'Min matching listens', { type: 'number', min: 1, step: 1, placeholder: '3' }),
    input('min_share', 'Min share of their listens (0–1)', { type: 'number', min: 0.01, max: 1, step: 0.05, placeholder: 'any' })),
  el('div', { class: 'form-actions' },
    el('button', { class: 'btn', type: 'submit', 'data-testid': 'segment-submit', text: 'Find audience' }),
    el('button', { class: 'btn secondary', type: 'button', text: 'Clear', onclick: () => ctx.go('segments', {}) })));
  return f;
}

function field(name, text, control) {
  return el('label', { class: 'field', for: `seg-${name}` }, text, control);
}

function result(ctx, d, params) {
  const csv = `/v1/segments/audience.csv${queryString(params)}`;
  return el('div', {},
    el('div', { style: 'display:flex;flex-wrap:wrap;align-items:end;gap:1.5rem;margin-bottom:1rem' },
      el('div', {}, el('div', { class: 'big-number', 'data-testid': 'segment-audience-count', text: num(d.audience) }),
        el('div', { class: 'big-sub', text: `listeners · ${pct(d.share_of_listeners)} of everyone who listened` })),
      el('a', { class: 'btn secondary', href: csv, download: 'audience.csv', 'data-testid': 'segment-csv' }, 'Export CSV')),
    d.sample_users?.length
      ? [el('h3', { style: 'font-size:.9rem;margin:.5rem 0', text: 'Sample of the audience' }), table('Sample users', [
        { title: 'Listener', cell: (u) => el('a', { href: ctx.hrefFor('users', { user: u.user_id }), text: u.user_id }) },
        { title: 'Matching listens', num: true, cell: (u) => num(u.matching_listens) },
        { title: 'Country', cell: (u) => u.country ?? '—' },
        { title: 'Platform', cell: (u) => platform(u.platform) },
      ], d.sample_users)]
      : el('p', { class: 'muted', text: 'Nobody matches this rule in the time range: loosen a field or pick a longer range.' }));
}

