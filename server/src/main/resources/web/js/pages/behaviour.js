import { card } from '../card.js';
import { axis, bucketLabel, draw, EVENT_COLORS, grid as chartGrid, trimEmpty } from '../charts.js';
import { el, grid, pageHead } from '../dom.js';
import { fill } from '../loader.js';
import { day, label, num, numFor, pct } from '../format.js';

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** Behaviour: what listeners do, when, where they skip, and whether they come back. */
export function mount(main, ctx) {
  const mix = card({ id: 'event-mix', title: 'Event mix over time', sub: 'Events of each type (play, skip, like, share, pause, …) per period', span: 12 });
  const heat = card({ id: 'heatmap', title: 'When people listen', sub: 'Listens by weekday and hour, in each listener\'s local time', span: 7 });
  const skips = card({ id: 'skip-curve', title: 'Where in a track people skip', sub: 'Share of skips by position in the track', span: 5 });
  const retention = card({ id: 'retention', title: 'Retention by weekly cohort', sub: 'Share of each week\'s new listeners still listening N weeks later', span: 7 });
  const places = card({ id: 'locations', title: 'Where listening happens', sub: 'Events by country', span: 5 });
  main.append(pageHead('Behaviour', 'Listening patterns across the chosen time range.'), grid(mix, heat, skips, retention, places));

  fill(mix, ctx, {
    path: '/v1/analytics/event-mix', params: ctx.query({ bucket: 'auto' }),
    isEmpty: (d) => !d?.times?.length || !d.series?.some((s) => s.counts.some((c) => c > 0)),
    render: (d, body) => draw(body, (width) => mixOption(d, width)),
    numbers: (d) => ({ head: ['Time', ...d.series.map((s) => s.event_type)], rows: d.times.map((t, i) => [t, ...d.series.map((s) => s.counts[i])]) }),
  });
  fill(heat, ctx, {
    path: '/v1/analytics/heatmap',
    isEmpty: (d) => !d?.cells?.some((c) => c.listens > 0),
    empty: () => because(ctx, 'No listens with a known local time in this range',
      'The heatmap is in each listener\'s local time, so it counts only events whose location Earshot can place in a time zone (a known city, or a country: "Berlin, Germany", {"country": "DE"}).'),
    render: (d, body) => draw(body, heatOption(d.cells)),
    numbers: (d) => ({ head: ['Weekday', 'Hour', 'Listens'], rows: d.cells.map((c) => [WEEKDAYS[c.weekday - 1], c.hour, c.listens]) }),
  });
  fill(skips, ctx, {
    path: '/v1/analytics/skip-curve',
    isEmpty: (d) => !d?.buckets?.some((b) => b.skips > 0),
    empty: () => because(ctx, 'No skips with a position in the track in this range',
      'The curve needs skip events that carry position_ms and duration_ms (the simulator and most scrobblers send both).'),
    render: (d, body) => draw(body, skipOption(d.buckets)),
    numbers: (d) => ({ head: ['Position in track', 'Skips', 'Share of skips'], rows: d.buckets.map((b) => [`${b.from_pct}–${b.to_pct}%`, b.skips, b.share_of_skips]) }),
  });
  fill(retention, ctx, {
    path: '/v1/analytics/retention', params: { weeks: 8, platform: ctx.filters.platform },
    isEmpty: (d) => !d?.cohorts?.some((c) => c.users > 0),
    empty: () => because(ctx, 'No new listeners in the last 8 weeks',
      'A cohort is the listeners first heard in a week; retention needs listening spread over more than one week.'),
    render: (d, body) => draw(body, retentionOption(d.cohorts)),
    numbers: (d) => {
      const weeks = Math.max(...d.cohorts.map((c) => c.retained.length));
      return { head: ['Cohort week', 'Listeners', ...[...Array(weeks).keys()].map((w) => `Week ${w}`)],
        rows: d.cohorts.map((c) => [c.week_start.slice(0, 10), c.users, ...c.retained]) };
    },
  });
  fill(places, ctx, {
    path: '/v1/analytics/locations', params: ctx.query({ level: 'country' }),
    isEmpty: (d) => !d?.items?.length,
    empty: () => because(ctx, 'No events with a country in this range',
      'Countries come from the event\'s location: "City, Country", "City, ST" for a US state or Canadian province, or {"country": "DE"}. See docs/event-format.md.'),
    render: (d, body) => draw(body, placesOption(d.items)),
    numbers: (d) => ({ head: ['Country', 'Events', 'Listeners', 'Minutes'], rows: d.items.map((i) => [i.country, i.events, i.listeners, i.minutes]) }),
  });
}

/** An empty state that names what the chart needs, and the filters that may hide it. */
function because(ctx, what, why) {
  return [el('strong', { text: what }), el('span', { text: why }),
    ctx.filters.platform && el('span', { text: 'Or choose "All platforms" above.' })];
}

function mixOption(d, width) {
  const dayBucket = d.bucket === 'day';
  const { from, to } = trimEmpty(d.times, d.series, (s) => s.counts);
  // Nine event types take two rows on a phone: a scrolling legend keeps to one, above the plot, not over it.
  const narrow = width < 600;
  return {
    tooltip: { trigger: 'axis', valueFormatter: (v) => num(v) },
    legend: { top: 0, type: narrow ? 'scroll' : 'plain' },
    // The last time label is centred on the plot's edge: room for its right half.
    grid: chartGrid({ top: 44, right: 40 }),
    xAxis: axis({ type: 'category', data: d.times.slice(from, to).map((t) => bucketLabel(t, d.bucket)), boundaryGap: dayBucket, splitLine: { show: false } }),
    yAxis: axis({ type: 'value', name: 'events', nameTextStyle: { color: '#515a6b' } }),
    dataZoom: d.times.length > 60 ? [{ type: 'inside' }] : [],
    series: d.series.map((s) => ({
      name: label(s.event_type), type: dayBucket ? 'bar' : 'line', stack: 'events', showSymbol: false,
      areaStyle: dayBucket ? undefined : { opacity: 0.75 }, lineStyle: { width: 0.8 },
      color: EVENT_COLORS[s.event_type], data: s.counts.slice(from, to), emphasis: { focus: 'series' },
    })),
  };
}

function heatOption(cells) {
  const max = Math.max(...cells.map((c) => c.listens), 1);
  return {
    grid: chartGrid({ top: 8, bottom: 56 }),
    tooltip: { formatter: (p) => `${WEEKDAYS[p.value[1]]} ${String(p.value[0]).padStart(2, '0')}:00 — ${num(p.value[2])} listens` },
    xAxis: axis({ type: 'category', data: [...Array(24).keys()].map((h) => String(h).padStart(2, '0')), splitArea: { show: false } }),
    yAxis: axis({ type: 'category', data: WEEKDAYS, inverse: true }),
    visualMap: { min: 0, max, calculable: false, orient: 'horizontal', left: 'center', bottom: 0, itemHeight: 180,
      text: ['more', 'fewer'], inRange: { color: ['#f1f0fd', '#a99ff0', '#4f3fd1', '#21175e'] } },
    series: [{ type: 'heatmap', data: cells.map((c) => [c.hour, c.weekday - 1, c.listens]),
      itemStyle: { borderColor: '#fff', borderWidth: 1 } }],
  };
}

function skipOption(buckets) {
  return {
    grid: chartGrid({ top: 24, bottom: 24 }),
    tooltip: { trigger: 'axis', formatter: (p) => `${p[0].name} of the track: ${pct(p[0].value)} of skips (${num(buckets[p[0].dataIndex].skips)})` },
    xAxis: axis({ type: 'category', data: buckets.map((b) => `${b.from_pct}–${b.to_pct}%`), name: 'position in track',
      axisLabel: { color: '#515a6b', interval: 0, fontSize: 10 },
      nameLocation: 'middle', nameGap: 28, nameTextStyle: { color: '#515a6b' } }),
    yAxis: axis({ type: 'value', axisLabel: { color: '#515a6b', formatter: (v) => pct(v, 0) } }),
    series: [{ type: 'bar', data: buckets.map((b) => b.share_of_skips), color: EVENT_COLORS.skip, barCategoryGap: '20%' }],
  };
}

function retentionOption(cohorts) {
  const weeks = Math.max(...cohorts.map((c) => c.retained.length));
  const data = cohorts.flatMap((c, y) => c.retained.map((r, x) => ({ value: [x, y, r], label: { color: r > 0.45 ? '#fff' : '#1b1f2a' } })));
  return {
    grid: chartGrid({ top: 8 }),
    tooltip: { formatter: (p) => `Cohort of ${day(cohorts[p.value[1]].week_start)} (${num(cohorts[p.value[1]].users)} listeners): ${pct(p.value[2])} in week ${p.value[0]}` },
    xAxis: axis({ type: 'category', position: 'top', data: [...Array(weeks).keys()].map((w) => `week ${w}`) }),
    yAxis: axis({ type: 'category', inverse: true, data: cohorts.map((c) => `${day(c.week_start)} · ${num(c.users)}`) }),
    visualMap: { show: false, min: 0, max: 1, inRange: { color: ['#f1f0fd', '#4f3fd1'] } },
    series: [{ type: 'heatmap', data, label: { show: true, formatter: (p) => pct(p.value[2], 0), fontSize: 11 }, itemStyle: { borderColor: '#fff', borderWidth: 2 } }],
  };
}

function placesOption(items) {
  const top = [...items].sort((a, b) => b.events - a.events).slice(0, 12).reverse();
  const fmt = numFor(top.map((i) => i.events));
  return {
    grid: chartGrid({ top: 8, right: 48 }),
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v) => `${num(v)} events` },
    xAxis: axis({ type: 'value', splitNumber: 4 }),
    yAxis: axis({ type: 'category', data: top.map((i) => i.country ?? 'unknown') }),
    series: [{ type: 'bar', data: top.map((i) => i.events), color: '#3a86c8', label: { show: true, position: 'right', formatter: (p) => fmt(p.value), color: '#515a6b' } }],
  };
}
