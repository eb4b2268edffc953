import { short } from './format.js';

/**
 * ECharts from its WebJar, loaded once and only when a page first draws a chart. The server sends this address on
 * to the WebJar of the version the build ships (the version is written only in the parent pom).
 */
const ECHARTS_URL = '/vendor/echarts.js';
let loading;
let lib = null;

export function echarts() {
  loading ??= import(ECHARTS_URL).then((module) => {
    lib = module;
    return module;
  }, (e) => {
    loading = undefined;
    throw new Error(`the chart library (${ECHARTS_URL}) did not load: ${e.message}`);
  });
  return loading;
}

// Twelve hues, so that a chart of ten tracks plus those that left its top ten never repeats a colour.
export const PALETTE = ['#4f3fd1', '#e8823a', '#1f9e89', '#d1495b', '#3a86c8', '#c99a1e', '#8e5bd6', '#6b7a8f', '#4caf50', '#c2548f',
  '#17becf', '#8c564b'];
// Every event type its own hue (play/resume and complete/like were two blues and two greens).
export const EVENT_COLORS = { play: '#3a6fd8', pause: '#8a93a3', skip: '#d1495b', like: '#1f9e6a', share: '#8e5bd6',
  resume: '#e8823a', complete: '#0f4c5c', unlike: '#b07a4f', add_to_playlist: '#c99a1e' };
export const MOOD_COLORS = { energetic: '#e8823a', tense: '#d1495b', sad: '#3a6fd8', calm: '#1f9e89' };

const BASE = {
  color: PALETTE,
  textStyle: { fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif', color: '#1b1f2a' },
  aria: { enabled: true },
  animationDuration: 400,
  grid: grid(),
  tooltip: { confine: true },
};

const AXIS = { axisLabel: { color: '#515a6b', hideOverlap: true }, axisLine: { lineStyle: { color: '#c4c9d4' } },
  splitLine: { lineStyle: { color: '#eceef3' } } };

/**
 * Category/value axes in the dashboard's colours; labels that would run together are dropped, never overlapped.
 * A value axis writes its numbers as the cards do ("250K", not "250,000"; "0.03" as it is), unless the chart gives its own format.
 */
export function axis(extra = {}) {
  const numbers = extra.type === 'value' ? { formatter: (v) => short(v) } : {};
  return { ...AXIS, ...extra, axisLabel: { ...AXIS.axisLabel, ...numbers, ...extra.axisLabel } };
}

/** The plot area of every chart: `top` leaves room for a legend, `right` for value labels at bar ends. */
// `left` leaves a few pixels more than the label measure: ECharts measures long labels a little short and cut them.
export function grid({ top = 36, right = 16, bottom = 8, left = 14 } = {}) {
  return { left, right, top, bottom, containLabel: true };
}

/**
 * A donut whose labels stay inside its card: beside the ring when the card is wide, as a legend below it when
 * narrow (a phone), so that no label is cut ("Energ", "01%").
 */
export function donut(data, width, { tooltip } = {}) {
  const narrow = width < 420;
  return {
    tooltip: { trigger: 'item', ...tooltip },
    legend: narrow ? { bottom: 0, type: 'scroll' } : undefined,
    series: [{
      type: 'pie', percentPrecision: 1, radius: narrow ? ['34%', '58%'] : ['38%', '62%'], center: ['50%', narrow ? '44%' : '50%'],
      itemStyle: { borderColor: '#fff', borderWidth: 2 },
      label: narrow ? { show: false } : { formatter: '{b}\n{d}%', color: '#1b1f2a', alignTo: 'edge', edgeDistance: 6, bleedMargin: 4, lineHeight: 15 },
      labelLine: { length: 8, length2: 6 },
      data,
    }],
  };
}

/**
 * Drops the leading and trailing buckets in which every series is empty (null or 0): weeks before the history
 * began, or the current bucket that has only begun, would otherwise draw as a fall to zero.
 */
export function trimEmpty(times, series, values) {
  const filled = (i) => series.some((s) => { const v = values(s)[i]; return v != null && v !== 0; });
  let from = 0;
  let to = times.length;
  while (from < to && !filled(from)) from += 1;
  while (to > from && !filled(to - 1)) to -= 1;
  return { from, to };
}

/** "2 Dec" for days, "2 Dec 14:00" for hours, "14:05" for minutes: a bucket's label at its own grain. */
export function bucketLabel(iso, bucket) {
  const t = new Date(iso);
  if (bucket === 'day') return t.toLocaleDateString('en-GB', { day: 'numeric', month: 'short' });
  if (bucket === 'minute') return t.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  return `${t.toLocaleDateString('en-GB', { day: 'numeric', month: 'short' })} ${t.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' })}`;
}

/**
 * Draws (or redraws, keeping the canvas) a chart in a card body. `size` is a CSS class: '', 'tall' or 'short'.
 */
export async function draw(body, option, size = '') {
  // An option may be a function of the chart's width, for charts that lay out differently on a phone.
  await echarts();
  let node = body.querySelector(':scope > .chart');
  if (!node) {
    node = document.createElement('div');
    node.className = `chart ${size}`.trim();
    body.replaceChildren(node);
  }
  const chart = lib.getInstanceByDom(node) ?? lib.init(node, null, { renderer: 'canvas' });
  if (!node.dataset.observed) {
    node.dataset.observed = 'yes';
    new ResizeObserver(() => chart.resize()).observe(node);
  }
  const resolved = typeof option === 'function' ? option(node.clientWidth) : option;
  chart.setOption({ ...BASE, ...resolved, tooltip: { ...BASE.tooltip, ...resolved.tooltip } }, { notMerge: true });
  return chart;
}

/** Frees every chart under a node: pages call it when they are left. */
export function disposeUnder(root) {
  if (!lib) return;
  root.querySelectorAll('.chart').forEach((node) => lib.getInstanceByDom(node)?.dispose());
}
