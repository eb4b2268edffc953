import { card } from '../card.js';
import { axis, draw, grid as chartGrid, PALETTE, trimEmpty } from '../charts.js';
import { el, grid, pageHead, table, toggle } from '../dom.js';
import { fill } from '../loader.js';
import { change, day, num, pct } from '../format.js';

const BY = [['plays', 'Plays'], ['minutes', 'Minutes']];

/** Tracks & Artists: the charts, how they moved, and who is rising. */
export function mount(main, ctx) {
  const tracks = ranked(ctx, 'top-tracks', 'Top tracks', '/v1/analytics/top-tracks', trackColumns);
  const artists = ranked(ctx, 'top-artists', 'Top artists', '/v1/analytics/top-artists', artistColumns);
  const history = card({ id: 'chart-history', title: 'Chart history', sub: 'Weekly rank of this period\'s top tracks (1 = top)', span: 8 });
  const numberOnes = card({ id: 'number-ones', title: 'Number ones', sub: 'The top track of each week', span: 4 });
  const trending = card({ id: 'trending-artists', title: 'Trending artists', sub: 'Growth in listeners over the previous period', span: 6 });
  const emerging = card({ id: 'emerging-artists', title: 'Emerging artists', sub: 'Small or new artists growing fast', span: 6 });
  main.append(pageHead('Tracks & Artists', 'Changes compare with the previous period of the same length.'),
    grid(tracks, artists, history, numberOnes, trending, emerging));

  const chartData = { path: '/v1/analytics/chart-history', params: { weeks: 8, limit: 10, platform: ctx.filters.platform } };
  fill(history, ctx, { ...chartData, isEmpty: (d) => !d?.series?.length || !d.weeks?.length, render: (d, body) => draw(body, historyOption(d), 'tall'),
    numbers: (d) => ({ head: ['Track', 'Artist', ...d.weeks.map((w) => `Week of ${w.week_start.slice(0, 10)}`)],
      rows: d.series.map((s) => [s.title ?? s.track_id, s.artist, ...s.ranks]) }) });
  fill(numberOnes, ctx, {
    ...chartData, isEmpty: (d) => !d?.weeks?.some((w) => w.number_one),
    render: (d, body) => body.replaceChildren(table('Number one track by week', [
      { title: 'Week of', cell: (w) => day(w.week_start) },
      { title: 'Track', cell: (w) => (w.number_one ? title(w.number_one.title ?? w.number_one.track_id, w.number_one.artist) : '—') },
      { title: 'Plays', num: true, cell: (w) => num(w.number_one?.plays) },
    ], d.weeks.slice(Math.max(0, d.weeks.findIndex((w) => w.number_one))).reverse())),
  });
  fill(trending, ctx, {
    path: '/v1/analytics/trending-artists', params: ctx.query({ limit: 10 }),
    isEmpty: (d) => !d?.items?.length, empty: (d) => trendEmpty(ctx, d, 'No artist is trending'),
    render: (d, body) => { showRule(trending, d.rule); return draw(body, (width) => trendingOption(d.items, width)); },
    numbers: (d) => ({ head: ['Artist', 'Listeners', 'Previous listeners', 'Growth in listeners', 'Plays', 'Previous plays'],
      rows: d.items.map((a) => [a.artist, a.listeners, a.previous_listeners, a.growth, a.plays, a.previous_plays]) }),
  });
  fill(emerging, ctx, {
    path: '/v1/analytics/emerging-artists', params: ctx.query({ limit: 10 }),
    isEmpty: (d) => !d?.items?.length, empty: (d) => trendEmpty(ctx, d, 'No artist is emerging'),
    render: (d, body) => showRule(emerging, d.rule) || body.replaceChildren(table('Emerging artists', [
      { title: 'Artist', cell: (a) => el('span', { class: 'cell-title', text: a.artist }) },
      { title: 'First seen', cell: (a) => day(a.first_seen) },
      { title: 'Plays', num: true, cell: (a) => num(a.plays) },
      { title: 'Growth in plays', num: true, cell: (a) => growth(a.growth) },
      { title: 'Listeners', num: true, cell: (a) => `${num(a.previous_listeners)} → ${num(a.listeners)}` },
    ], d.items)),
  });
}

/** The rule a trend list follows, under its title, so that "+120%" can be read for what it is. */
function showRule(c, rule) {
  if (rule?.text) c.el.querySelector('.sub').textContent = `${rule.text}.`;
}

/** Why a trend list is empty: too little history for the previous period, or no artist meets the rule. */
function trendEmpty(ctx, d, what) {
  const rule = d?.rule;
  if (rule && !rule.history_covers_previous) {
    return [el('strong', { text: `${what}: the stored history is too short to compare` }),
      el('span', { text: rule.history_from
        ? `Listening is stored from ${day(rule.history_from)}, but the previous period this range is compared with begins ${day(rule.previous_from)}. Pick a shorter time range, or load more history.`
        : 'Nothing is stored yet. Start a simulation on the Simulator page or send events.' })];
  }
  return [el('strong', { text: `${what} in this time range` }),
    el('span', { text: `${rule?.text ?? 'The rule'}: no artist meets it${ctx.filters.platform ? ' on this platform' : ''}. Pick a longer time range${ctx.filters.platform ? ' or "All platforms"' : ''}.` })];
}

function ranked(ctx, id, heading, path, columns) {
  let by = 'plays';
  const c = card({ id, title: heading, sub: 'By plays, with change against the previous period', span: 6,
    tools: toggle(`${id}-by`, `${heading} by`, BY, by, (v) => { by = v; load(); }) });
  const load = () => {
    c.el.querySelector('.sub').textContent = `By ${by}, with change against the previous period`;
    fill(c, ctx, {
      path, params: ctx.query({ by, limit: 10 }), isEmpty: (d) => !d?.items?.length,
      render: (d, body) => body.replaceChildren(table(heading, columns(by), d.items)),
    });
  };
  load();
  return c;
}

const rankCell = (i) => el('span', { class: 'cell-title', text: i.rank });
const changeCell = (i) => {
  const ch = change(i.change_pct, i.previous_rank);
  return el('span', { class: ch.cls, 'aria-label': ch.label, text: ch.text });
};

function trackColumns(by) {
  return [
    { title: '#', cell: rankCell },
    { title: 'Track', cell: (t) => title(t.title ?? t.track_id, t.artist) },
    { title: by === 'plays' ? 'Plays' : 'Minutes', num: true, cell: (t) => num(by === 'plays' ? t.plays : t.minutes) },
    { title: 'Change', num: true, cell: changeCell },
  ];
}

function artistColumns(by) {
  return [
    { title: '#', cell: rankCell },
    { title: 'Artist', cell: (a) => el('span', { class: 'cell-title', text: a.artist }) },
    { title: by === 'plays' ? 'Plays' : 'Minutes', num: true, cell: (a) => num(by === 'plays' ? a.plays : a.minutes) },
    { title: 'Change', num: true, cell: changeCell },
  ];
}

function title(name, artist) {
  return [el('div', { class: 'cell-title', text: name }), artist && el('div', { class: 'cell-sub', text: artist })];
}

function growth(g) {
  if (g == null) return el('span', { class: 'new', text: 'new' });
  return el('span', { class: g >= 0 ? 'up' : 'down', text: `${g >= 0 ? '+' : ''}${pct(g, 0)}` });
}

function historyOption(d) {
  // Weeks before any of these tracks charted (before the history began) are left out, not drawn empty.
  const { from, to } = trimEmpty(d.weeks, d.series, (s) => s.ranks);
  const deepest = Math.max(10, ...d.series.flatMap((s) => s.ranks.filter((r) => r != null)));
  // Ranks as categories (#1 at the top): each sits in its own band, so the last one clears the week labels.
  const ranks = [...Array(deepest).keys()].map((r) => `#${r + 1}`);
  return {
    tooltip: { trigger: 'item', formatter: (p) => `${p.seriesName}<br>week of ${p.name}: #${p.value + 1}` },
    legend: { type: 'scroll', bottom: 0 },
    grid: chartGrid({ top: 16, right: 32, bottom: 40 }),
    xAxis: axis({ type: 'category', data: d.weeks.slice(from, to).map((w) => day(w.week_start)), boundaryGap: false }),
    yAxis: axis({ type: 'category', inverse: true, data: ranks, boundaryGap: true }),
    series: d.series.map((s, i) => ({
      name: [s.title ?? s.track_id, s.artist].filter(Boolean).join(' — '), type: 'line', connectNulls: false,
      // '-' is ECharts' "no value": on a category axis null would be read as the first category and draw a week
      // out of the chart as a false #1.
      data: s.ranks.slice(from, to).map((r) => (r == null ? '-' : r - 1)), color: PALETTE[i % PALETTE.length], symbolSize: 7,
      emphasis: { focus: 'series' },
    })),
  };
}

function trendingOption(items, width) {
  const rows = [...items].reverse();
  return {
    grid: chartGrid({ top: 8, right: 56, bottom: 12 }),
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' },
      formatter: (p) => { const a = rows[p[0].dataIndex]; return `${a.artist}: ${num(a.listeners)} listeners (was ${num(a.previous_listeners)}), ${num(a.plays)} plays`; } },
    xAxis: axis({ type: 'value', splitNumber: width < 500 ? 3 : 5, axisLabel: { color: '#515a6b', formatter: (v) => pct(v, 0) } }),
    yAxis: axis({ type: 'category', data: rows.map((a) => a.artist) }),
    series: [{ type: 'bar', data: rows.map((a) => a.growth ?? 0), color: '#1f9e89',
      label: { show: true, position: 'right', color: '#515a6b', formatter: (p) => `+${pct(p.value, 0)}` } }],
  };
}
