import { card } from '../card.js';
import { axis, draw, grid as chartGrid, MOOD_COLORS, PALETTE } from '../charts.js';
import { el, grid, pageHead, table, tile } from '../dom.js';
import { fill, isMissingThing } from '../loader.js';
import { dateTime, day, dec, label, num, pct, platform, standing } from '../format.js';

/** Users: find a listener, then their profile, recommendations and wrapped. */
export function mount(main, ctx) {
  const userId = ctx.params.get('user');
  const q = ctx.params.get('q') ?? '';
  main.append(pageHead('Users', 'Search a listener by id to see their taste, what to recommend them, and their wrapped.'),
    searchForm(ctx, q, userId));
  if (userId) profile(main, ctx, userId);
  else results(main, ctx, q);
}

function searchForm(ctx, q, userId) {
  const input = el('input', { type: 'search', name: 'q', value: userId ?? q, placeholder: 'e.g. u42 or apple_music-u7',
    autocomplete: 'off', 'data-testid': 'user-search', id: 'user-search' });
  return el('form', { class: 'card search-row', role: 'search', 'data-testid': 'user-search-form',
    onsubmit: (e) => { e.preventDefault(); ctx.go('users', { q: input.value.trim() }); } },
  el('label', { class: 'field', for: 'user-search' }, 'User id (or its start)', input),
  el('button', { class: 'btn', type: 'submit', 'data-testid': 'user-search-submit', text: 'Search' }));
}

function results(main, ctx, q) {
  const found = card({ id: 'users', title: q ? `Listeners matching "${q}"` : 'Most active listeners', sub: 'Plays in the chosen time range and platform; open one to see the profile', span: 6 });
  const valuable = card({ id: 'high-value-users', title: 'High-value listeners', sub: 'By listening, engagement and active days', span: 6 });
  main.append(el('div', { style: 'height:1rem' }), grid(found, valuable));
  const link = (id) => el('a', { href: ctx.hrefFor('users', { user: id }), 'data-testid': 'user-result', class: 'cell-title', text: id });
  fill(found, ctx, {
    path: '/v1/users', params: ctx.query({ q, limit: 20 }), isEmpty: (d) => !d?.items?.length,
    empty: q ? [el('strong', { text: `No listener whose id starts with "${q}" played in this time range` }),
      el('span', { text: 'Check the spelling, search with fewer characters, or pick a longer time range above.' })] : undefined,
    render: (d, body) => body.replaceChildren(table('Listeners', [
      { title: 'Listener', cell: (u) => link(u.user_id) },
      { title: 'Plays', num: true, cell: (u) => num(u.plays) },
      { title: 'Last seen', cell: (u) => dateTime(u.last_seen) },
    ], d.items)),
  });
  fill(valuable, ctx, {
    path: '/v1/analytics/high-value-users', params: ctx.query({ limit: 20 }), isEmpty: (d) => !d?.items?.length,
    render: (d, body) => body.replaceChildren(table('High-value listeners', [
      { title: 'Listener', cell: (u) => link(u.user_id) },
      { title: 'Score', num: true, cell: (u) => dec(u.score) },
      { title: 'Plays', num: true, cell: (u) => num(u.plays) },
      { title: 'Minutes', num: true, cell: (u) => num(u.minutes) },
      { title: 'Active days', num: true, cell: (u) => num(u.active_days) },
    ], d.items)),
  });
}

function profile(main, ctx, userId) {
  const id = encodeURIComponent(userId);
  const summary = card({ id: 'profile', title: `Listener ${userId}`, sub: 'In the chosen time range', span: 12 });
  const taste = card({ id: 'profile-taste', title: 'Taste', sub: 'Top genres and moods, share of listens', span: 6 });
  const hours = card({ id: 'profile-clock', title: 'Listening clock', sub: 'Listens by local hour', span: 6 });
  const artists = card({ id: 'profile-artists', title: 'Top artists', span: 4 });
  const recs = card({ id: 'recommendations', title: 'Recommended for them', sub: 'With the reasons', span: 8 });
  const wrapped = card({ id: 'wrapped', title: 'Wrapped', sub: 'Their listening of the period, in a few numbers', span: 12, cls: 'wrapped' });
  const recent = card({ id: 'recent-events', title: 'Recent events', span: 12 });
  main.append(el('div', { style: 'height:1rem' }), grid(summary, wrapped, taste, hours, artists, recs, recent));

  const unknown = (e) => (isMissingThing(e)
    ? [el('strong', { text: `No listener "${userId}"` }), el('span', {}, 'Nothing was heard from this id. ',
      el('a', { href: ctx.hrefFor('users', {}) }, 'Search again'), ' or pick a longer time range.')]
    : undefined);
  const profileData = { path: `/v1/users/${id}/profile`, params: ctx.query(), explain: unknown };
  fill(summary, ctx, { ...profileData, isEmpty: (d) => !d, render: (d, body) => body.replaceChildren(summaryView(ctx, d)) });
  fill(taste, ctx, {
    ...profileData, isEmpty: (d) => !d?.top_genres?.length && !d?.top_moods?.length, render: (d, body) => draw(body, tasteOption(d)),
    numbers: (d) => ({ head: ['Kind', 'Name', 'Listens', 'Share'], rows: [...d.top_genres.map((g) => ['genre', g.name, g.listens, g.share]), ...d.top_moods.map((m) => ['mood', m.name, m.listens, m.share])] }),
  });
  fill(hours, ctx, {
    ...profileData, isEmpty: (d) => !d?.clock?.some((c) => c.listens > 0), render: (d, body) => draw(body, clockOption(d.clock), 'short'),
    numbers: (d) => ({ head: ['Local hour', 'Listens'], rows: d.clock.map((c) => [c.hour, c.listens]) }),
  });
  fill(artists, ctx, {
    ...profileData, isEmpty: (d) => !d?.top_artists?.length,
    render: (d, body) => body.replaceChildren(table('Top artists', [
      { title: 'Artist', cell: (a) => el('span', { class: 'cell-title', text: a.artist }) },
      { title: 'Plays', num: true, cell: (a) => num(a.plays) },
      { title: 'Minutes', num: true, cell: (a) => num(a.minutes) },
    ], d.top_artists)),
  });
  fill(recent, ctx, {
    ...profileData, isEmpty: (d) => !d?.recent_events?.length,
    render: (d, body) => body.replaceChildren(table('Recent events', [
      { title: 'When', cell: (e) => dateTime(e.timestamp) },
      { title: 'Event', cell: (e) => el('span', { class: `badge ${e.event_type}`, text: e.event_type }) },
      { title: 'Track', cell: (e) => e.track?.title ?? e.track_id },
      { title: 'Platform', cell: (e) => platform(e.platform) },
      { title: 'Mood', cell: (e) => label(e.enrichments?.mood_analysis?.mood) },
      { title: 'Context', cell: (e) => label(e.enrichments?.listening_context?.context) },
    ], d.recent_events.slice(0, 20))),
  });
  fill(recs, ctx, {
    path: `/v1/users/${id}/recommendations`, params: { limit: 10 }, explain: unknown,
    isEmpty: (d) => !d?.items?.length,
    empty: [el('strong', { text: 'No recommendations yet' }), el('span', { text: 'They appear once the recommender has learned from enough listening; come back after the next model rebuild.' })],
    render: (d, body) => body.replaceChildren(
      el('p', { class: 'muted', text: `Model: ${d.model ?? 'unknown'}` }),
      el('ol', { class: 'list', 'data-testid': 'recommendation-items' }, d.items.map((r) => el('li', {},
        el('span', { class: 'cell-title', text: r.title ?? r.track_id }), r.artist && el('span', { class: 'muted', text: ` — ${r.artist}` }),
        el('span', { class: 'muted', text: ` · score ${dec(r.score)}` }),
        r.reasons?.length && el('p', { class: 'reasons', text: r.reasons.join(' · ') }))))),
  });
  fill(wrapped, ctx, {
    path: `/v1/users/${id}/wrapped`, params: ctx.query(), explain: unknown, isEmpty: (d) => !d,
    render: (d, body) => body.replaceChildren(el('dl', {},
      pair('Minutes listened', num(d.minutes)),
      pair('Top track', d.top_track ? `${d.top_track.title ?? d.top_track.track_id}${d.top_track.artist ? ` — ${d.top_track.artist}` : ''}` : '—'),
      pair('Top artist', d.top_artist?.artist ?? '—'),
      pair('Top genres', (d.top_genres ?? []).map((g) => label(g.name)).join(', ') || '—'),
      pair('Moods', (d.top_moods ?? []).map((m) => label(m.name)).join(' & ') || '—'),
      pair('Discoveries', num(d.discoveries)),
      pair('Among listeners', standing(d.percentile)))),
  });
}

const pair = (term, value) => el('div', {}, el('dt', { text: term }), el('dd', { text: value }));

function summaryView(ctx, d) {
  const fact = (key, text, value) => tile({ testid: `profile-${key}`, label: text, value });
  return el('div', {},
    el('div', { class: 'tiles' },
      fact('plays', 'Plays', num(d.plays)), fact('minutes', 'Minutes', num(d.minutes)),
      fact('first-seen', 'First seen', day(d.first_seen)), fact('last-seen', 'Last seen', dateTime(d.last_seen)),
      fact('context', 'Usual context', label(d.top_contexts?.[0]?.name))),
    el('p', { class: 'muted', style: 'margin:.8rem 0 .3rem' }, 'Segments they belong to'),
    d.segments?.length
      ? el('div', { class: 'chips' }, d.segments.map((s) => el('span', { class: 'chip', text: s.name })))
      : el('span', { class: 'muted' }, 'None yet — build one on the ', el('a', { href: ctx.hrefFor('segments') }, 'Segments page'), '.'));
}

function tasteOption(d) {
  const genres = (d.top_genres ?? []).slice(0, 6);
  const moods = (d.top_moods ?? []).slice(0, 4);
  const name = (x) => label(x.name);
  return {
    tooltip: { trigger: 'item', formatter: (p) => `${p.name}: ${pct(p.value)} of listens` },
    grid: [{ left: 8, right: '53%', top: 28, bottom: 8, containLabel: true }, { left: '55%', right: 16, top: 28, bottom: 8, containLabel: true }],
    title: [{ text: 'Genres', left: 8, top: 0, textStyle: { fontSize: 13 } }, { text: 'Moods', left: '55%', top: 0, textStyle: { fontSize: 13 } }],
    xAxis: [axis({ type: 'value', gridIndex: 0, axisLabel: { show: false } }), axis({ type: 'value', gridIndex: 1, axisLabel: { show: false } })],
    yAxis: [axis({ type: 'category', gridIndex: 0, inverse: true, data: genres.map(name) }),
      axis({ type: 'category', gridIndex: 1, inverse: true, data: moods.map(name) })],
    series: [
      { type: 'bar', xAxisIndex: 0, yAxisIndex: 0, color: PALETTE[0], data: genres.map((g) => g.share) },
      { type: 'bar', xAxisIndex: 1, yAxisIndex: 1, data: moods.map((m) => ({ value: m.share, itemStyle: { color: MOOD_COLORS[m.name] ?? PALETTE[1] } })) },
    ],
  };
}

function clockOption(clock) {
  const hours = [...Array(24).keys()];
  return {
    grid: chartGrid({ top: 12 }),
    tooltip: { trigger: 'axis', valueFormatter: (v) => `${num(v)} listens` },
    xAxis: axis({ type: 'category', data: hours.map((h) => String(h).padStart(2, '0')) }),
    yAxis: axis({ type: 'value', minInterval: 1 }),
    series: [{ type: 'bar', color: PALETTE[4], data: hours.map((h) => clock.find((c) => c.hour === h)?.listens ?? 0) }],
  };
}
