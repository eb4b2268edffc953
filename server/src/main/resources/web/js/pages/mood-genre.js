import { card } from '../card.js';
import { axis, bucketLabel, donut, draw, grid as chartGrid, MOOD_COLORS, PALETTE, trimEmpty } from '../charts.js';
import { grid, pageHead } from '../dom.js';
import { fill } from '../loader.js';
import { label, num, pct } from '../format.js';

/** Mood & Genre: what the music feels like and what kind it is, and how that moves through the day and the period. */
export function mount(main, ctx) {
  const moods = card({ id: 'moods', title: 'Mood of what is played', sub: 'Share of listens by the track\'s mood', span: 4 });
  const byHour = card({ id: 'moods-by-hour', title: 'Mood through the day', sub: 'Listens by local hour and mood', span: 8 });
  const genres = card({ id: 'genres', title: 'Genres', sub: 'Share of listens', span: 5 });
  const overTime = card({ id: 'genres-over-time', title: 'Genres over time', sub: 'Share of listens per period', span: 7 });
  main.append(pageHead('Mood & Genre', 'Moods come from audio features; genres from the catalog or co-listening.'),
    grid(moods, byHour, genres, overTime));

  const moodData = { path: '/v1/analytics/moods', params: ctx.query() };
  fill(moods, ctx, { ...moodData, isEmpty: (d) => !d?.distribution?.length, render: (d, body) => draw(body, (width) => moodOption(d.distribution, width)),
    numbers: (d) => ({ head: ['Mood', 'Listens', 'Share'], rows: d.distribution.map((m) => [m.mood, m.listens, m.share]) }) });
  fill(byHour, ctx, { ...moodData, isEmpty: (d) => !d?.by_hour?.length, render: (d, body) => draw(body, byHourOption(d.by_hour)),
    numbers: (d) => ({ head: ['Local hour', 'Mood', 'Listens'], rows: d.by_hour.map((r) => [r.hour, r.mood, r.listens]) }) });
  const genreData = { path: '/v1/analytics/genres', params: ctx.query({ bucket: 'auto' }) };
  fill(genres, ctx, { ...genreData, isEmpty: (d) => !d?.distribution?.length,
    render: (d, body) => {
      if (d.distribution.length > TOP_BARS) genres.el.querySelector('.sub').textContent = `Share of listens: the top ${TOP_BARS} of ${d.distribution.length} genres (all in the table)`;
      return draw(body, genreOption(d.distribution));
    },
    numbers: (d) => ({ head: ['Genre', 'Listens', 'Share'], rows: d.distribution.map((g) => [g.genre, g.listens, g.share]) }) });
  fill(overTime, ctx, {
    ...genreData, isEmpty: (d) => !d?.times?.length || !d.series?.length,
    render: (d, body) => draw(body, genreTimeOption(d)),
    numbers: (d) => ({ head: ['Time', ...d.series.map((s) => s.genre)], rows: d.times.map((t, i) => [t, ...d.series.map((s) => s.shares[i])]) }),
  });
}

function moodOption(distribution, width) {
  return donut(distribution.map((m) => ({ name: label(m.mood), value: m.listens, itemStyle: { color: MOOD_COLORS[m.mood] } })),
    width, { tooltip: { formatter: (p) => `${p.name}: ${num(p.value)} listens (${p.percent}%)` } });
}

function byHourOption(rows) {
  const moods = [...new Set(rows.map((r) => r.mood))];
  const hours = [...Array(24).keys()];
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v) => num(v) },
    legend: { top: 0 },
    xAxis: axis({ type: 'category', data: hours.map((h) => String(h).padStart(2, '0')), name: 'local hour',
      nameLocation: 'middle', nameGap: 26, nameTextStyle: { color: '#515a6b' } }),
    yAxis: axis({ type: 'value' }),
    grid: chartGrid({ bottom: 24 }),
    series: moods.map((mood) => ({
      name: label(mood), type: 'bar', stack: 'mood', color: MOOD_COLORS[mood],
      data: hours.map((h) => rows.find((r) => r.hour === h && r.mood === mood)?.listens ?? 0),
    })),
  };
}

/** Bars the genre chart draws; the table and CSV hold every genre. */
const TOP_BARS = 12;

function genreOption(distribution) {
  const top = [...distribution].sort((a, b) => b.listens - a.listens).slice(0, TOP_BARS).reverse();
  return {
    grid: chartGrid({ top: 8, right: 48 }),
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: (p) => `${p[0].name}: ${num(top[p[0].dataIndex].listens)} listens (${pct(p[0].value)})` },
    xAxis: axis({ type: 'value', axisLabel: { color: '#515a6b', formatter: (v) => pct(v, 0) } }),
    yAxis: axis({ type: 'category', data: top.map((g) => label(g.genre)) }),
    series: [{ type: 'bar', data: top.map((g) => g.share), color: PALETTE[0],
      label: { show: true, position: 'right', formatter: (p) => pct(p.value, 0), color: '#515a6b' } }],
  };
}

/** The genres drawn one by one; the rest are summed as "Other" (a 14-band stack cannot be read). */
const TOP_GENRES = 6;

/** The top genres over the whole range, the rest as "Other", without the empty buckets at either end. */
export function genreBands(d) {
  const { from, to } = trimEmpty(d.times, d.series, (s) => s.shares);
  const mean = (s) => s.shares.slice(from, to).reduce((a, v) => a + (v ?? 0), 0);
  const ranked = [...d.series].sort((a, b) => mean(b) - mean(a));
  const top = ranked.slice(0, TOP_GENRES).map((s) => ({ name: label(s.genre), shares: s.shares.slice(from, to) }));
  const rest = ranked.slice(TOP_GENRES);
  if (rest.length) {
    top.push({ name: 'Other', shares: d.times.slice(from, to).map((_, i) => rest.reduce((a, s) => a + (s.shares[from + i] ?? 0), 0)) });
  }
  return { times: d.times.slice(from, to), bands: top };
}

function genreTimeOption(d) {
  const { times, bands } = genreBands(d);
  return {
    tooltip: { trigger: 'axis', valueFormatter: (v) => pct(v) },
    legend: { top: 0, type: 'scroll' },
    grid: chartGrid({ right: 40 }),
    xAxis: axis({ type: 'category', boundaryGap: false, data: times.map((t) => bucketLabel(t, d.bucket)), splitLine: { show: false } }),
    yAxis: axis({ type: 'value', max: 1, axisLabel: { formatter: (v) => pct(v, 0) } }),
    series: bands.map((b, i) => ({
      name: b.name, type: 'line', stack: 'share', showSymbol: false, areaStyle: { opacity: 0.85 }, lineStyle: { width: 0.5 },
      color: b.name === 'Other' ? '#c4c9d4' : PALETTE[i % PALETTE.length], emphasis: { focus: 'series' }, data: b.shares,
    })),
  };
}
