import { card } from '../card.js';
import { axis, draw, MOOD_COLORS, PALETTE } from '../charts.js';
import { grid, pageHead } from '../dom.js';
import { fill } from '../loader.js';
import { day, label, num, pct } from '../format.js';

/** Mood & Genre: what the music feels like and what kind it is, and how that moves through the day and the period. */
export function mount(main, ctx) {
  const moods = card({ id: 'moods', title: 'Mood of what is played', sub: 'Share of listens by the track\'s mood', span: 4 });
  const byHour = card({ id: 'moods-by-hour', title: 'Mood through the day', sub: 'Listens by local hour and mood', span: 8 });
  const genres = card({ id: 'genres', title: 'Genres', sub: 'Share of listens', span: 5 });
  const overTime = card({ id: 'genres-over-time', title: 'Genres over time', sub: 'Share of listens per period', span: 7 });
  main.append(pageHead('Mood & Genre', 'Moods come from audio features; genres from the catalog or co-listening.'),
    grid(moods, byHour, genres, overTime));

  const moodData = { path: '/v1/analytics/moods', params: ctx.query() };
  fill(moods, ctx, { ...moodData, isEmpty: (d) => !d?.distribution?.length, render: (d, body) => draw(body, moodOption(d.distribution)),
    numbers: (d) => ({ head: ['Mood', 'Listens', 'Share'], rows: d.distribution.map((m) => [m.mood, m.listens, m.share]) }) });
  fill(byHour, ctx, { ...moodData, isEmpty: (d) => !d?.by_hour?.length, render: (d, body) => draw(body, byHourOption(d.by_hour)),
    numbers: (d) => ({ head: ['Local hour', 'Mood', 'Listens'], rows: d.by_hour.map((r) => [r.hour, r.mood, r.listens]) }) });
  const genreData = { path: '/v1/analytics/genres', params: ctx.query({ bucket: 'auto' }) };
  fill(genres, ctx, { ...genreData, isEmpty: (d) => !d?.distribution?.length, render: (d, body) => draw(body, genreOption(d.distribution)),
    numbers: (d) => ({ head: ['Genre', 'Listens', 'Share'], rows: d.distribution.map((g) => [g.genre, g.listens, g.share]) }) });
  fill(overTime, ctx, {
    ...genreData, isEmpty: (d) => !d?.times?.length || !d.series?.length,
    render: (d, body) => draw(body, genreTimeOption(d)),
    numbers: (d) => ({ head: ['Time', ...d.series.map((s) => s.genre)], rows: d.times.map((t, i) => [t, ...d.series.map((s) => s.shares[i])]) }),
  });
}

function moodOption(distribution) {
  return {
    tooltip: { trigger: 'item', formatter: (p) => `${p.name}: ${num(p.value)} listens (${p.percent}%)` },
    series: [{
      type: 'pie', radius: ['40%', '66%'], center: ['50%', '52%'], itemStyle: { borderColor: '#fff', borderWidth: 2 },
      label: { formatter: '{b}: {d}%', color: '#1b1f2a', overflow: 'none' },
      data: distribution.map((m) => ({ name: label(m.mood), value: m.listens, itemStyle: { color: MOOD_COLORS[m.mood] } })),
    }],
  };
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
    grid: { left: 8, right: 16, top: 36, bottom: 24, containLabel: true },
    series: moods.map((mood) => ({
      name: label(mood), type: 'bar', stack: 'mood', color: MOOD_COLORS[mood],
      data: hours.map((h) => rows.find((r) => r.hour === h && r.mood === mood)?.listens ?? 0),
    })),
  };
}

function genreOption(distribution) {
  const top = [...distribution].sort((a, b) => b.listens - a.listens).slice(0, 12).reverse();
  return {
    grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: (p) => `${p[0].name}: ${num(top[p[0].dataIndex].listens)} listens (${pct(p[0].value)})` },
    xAxis: axis({ type: 'value', axisLabel: { color: '#515a6b', formatter: (v) => pct(v, 0) } }),
    yAxis: axis({ type: 'category', data: top.map((g) => label(g.genre)) }),
    series: [{ type: 'bar', data: top.map((g) => g.share), color: PALETTE[0],
      label: { show: true, position: 'right', formatter: (p) => pct(p.value, 0), color: '#515a6b' } }],
  };
}

function genreTimeOption(d) {
  const fmt = (t) => (d.bucket === 'day' ? day(t) : new Date(t).toLocaleString('en-GB', { day: 'numeric', month: 'short', hour: '2-digit' }));
  return {
    tooltip: { trigger: 'axis', valueFormatter: (v) => pct(v) },
    legend: { top: 0, type: 'scroll' },
    xAxis: axis({ type: 'category', boundaryGap: false, data: d.times.map(fmt), splitLine: { show: false } }),
    yAxis: axis({ type: 'value', max: 1, axisLabel: { color: '#515a6b', formatter: (v) => pct(v, 0) } }),
    series: d.series.map((s) => ({
      name: label(s.genre), type: 'line', stack: 'share', showSymbol: false, areaStyle: { opacity: 0.85 }, lineStyle: { width: 0.5 },
      emphasis: { focus: 'series' }, data: s.shares,
    })),
  };
}
