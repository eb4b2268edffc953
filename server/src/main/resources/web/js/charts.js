/** ECharts from its WebJar, loaded once and only when a page first draws a chart. */
const ECHARTS_URL = '/webjars/echarts/5.3.1/dist/echarts.esm.min.js';
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

export const PALETTE = ['#4f3fd1', '#e8823a', '#1f9e89', '#d1495b', '#3a86c8', '#c99a1e', '#8e5bd6', '#6b7a8f', '#4caf50', '#c2548f'];
export const EVENT_COLORS = { play: '#3a6fd8', pause: '#8a93a3', skip: '#d1495b', like: '#1f9e6a', share: '#8e5bd6',
  resume: '#6fa8dc', complete: '#2f7d5b', unlike: '#b07a4f', add_to_playlist: '#c99a1e' };
export const MOOD_COLORS = { energetic: '#e8823a', tense: '#d1495b', sad: '#3a6fd8', calm: '#1f9e89' };

const BASE = {
  color: PALETTE,
  textStyle: { fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif', color: '#1b1f2a' },
  aria: { enabled: true },
  animationDuration: 400,
  grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
  tooltip: { confine: true },
};

const AXIS = { axisLabel: { color: '#515a6b' }, axisLine: { lineStyle: { color: '#c4c9d4' } }, splitLine: { lineStyle: { color: '#eceef3' } } };

/** Category/value axes in the dashboard's colours. */
export function axis(extra) {
  return { ...AXIS, ...extra };
}

/**
 * Draws (or redraws, keeping the canvas) a chart in a card body. `size` is a CSS class: '', 'tall' or 'short'.
 */
export async function draw(body, option, size = '') {
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
  chart.setOption({ ...BASE, ...option }, { notMerge: true });
  return chart;
}

/** Frees every chart under a node: pages call it when they are left. */
export function disposeUnder(root) {
  if (!lib) return;
  root.querySelectorAll('.chart').forEach((node) => lib.getInstanceByDom(node)?.dispose());
}
