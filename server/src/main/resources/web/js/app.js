import { getJson } from './api.js';
import { disposeUnder } from './charts.js';
import { el } from './dom.js';
import { num } from './format.js';

/** Hash routing: #/<page>?range=7d&platform=spotify&<page's own params>. One module per page, loaded on demand. */
const PAGES = {
  overview: () => import('./pages/overview.js'),
  behaviour: () => import('./pages/behaviour.js'),
  'mood-genre': () => import('./pages/mood-genre.js'),
  tracks: () => import('./pages/tracks.js'),
  users: () => import('./pages/users.js'),
  segments: () => import('./pages/segments.js'),
  simulator: () => import('./pages/simulator.js'),
  models: () => import('./pages/models.js'),
  import: () => import('./pages/import.js'),
  rules: () => import('./pages/rules.js'),
  connect: () => import('./pages/connect.js'),
};
const RANGES = { '1h': 3_600_000, '24h': 86_400_000, '7d': 7 * 86_400_000, '30d': 30 * 86_400_000 };
const FILTER_KEYS = ['range', 'platform'];
const main = document.getElementById('main');
const filterForm = document.querySelector('.filters');
let current = null;
let shownPage = null;

function route() {
  const [path, qs = ''] = location.hash.replace(/^#\/?/, '').split('?');
  const page = PAGES[path] ? path : 'overview';
  const params = new URLSearchParams(qs);
  const range = RANGES[params.get('range')] ? params.get('range') : '7d';
  const platform = params.get('platform') ?? '';
  return { page, params, filters: { range, platform } };
}

/** The [from, to) of the chosen preset, ending at the next whole minute so that it covers what just arrived. */
function timeRange(range) {
  const to = new Date(Math.ceil(Date.now() / 60_000) * 60_000);
  return { from: new Date(to - RANGES[range]).toISOString(), to: to.toISOString() };
}

export function hrefFor(page, extra = {}) {
  const { filters } = route();
  const q = new URLSearchParams();
  for (const key of FILTER_KEYS) if (filters[key] && !(key === 'range' && filters[key] === '7d')) q.set(key, filters[key]);
  for (const [key, value] of Object.entries(extra)) if (value != null && value !== '') q.set(key, value);
  const text = q.toString();
  return `#/${page}${text ? `?${text}` : ''}`;
}

function syncChrome({ page, filters }) {
  filterForm.range.value = filters.range;
  filterForm.platform.value = filters.platform;
  document.querySelectorAll('.nav a').forEach((a) => {
    a.href = hrefFor(a.dataset.page);
    if (a.dataset.page === page) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  });
}

async function render() {
  const r = route();
  syncChrome(r);
  current?.leave();
  delete main.dataset.page;
  const controller = new AbortController();
  const cleanups = [];
  const cache = new Map();
  const ctx = {
    filters: r.filters,
    params: r.params,
    signal: controller.signal,
    range: () => timeRange(r.filters.range),
    /** The filters as query parameters, with a fresh time range each call (for refreshes). */
    query(extra = {}) {
      return { ...timeRange(r.filters.range), platform: r.filters.platform, ...extra };
    },
    /** GET with the filters; answers are shared by cards that ask the same route within one visit. */
    get(path, params) {
      const merged = params === undefined ? ctx.query() : params;
      const key = path + JSON.stringify(merged);
      if (!cache.has(key)) {
        cache.set(key, getJson(path, merged, controller.signal));
        setTimeout(() => cache.delete(key), 5_000);
      }
      return cache.get(key);
    },
    onLeave: (fn) => cleanups.push(fn),
    every(ms, fn) {
      const id = setInterval(fn, ms);
      cleanups.push(() => clearInterval(id));
    },
    go: (page, extra) => { location.hash = hrefFor(page, extra); },
    hrefFor,
  };
  const leave = () => {
    controller.abort();
    cleanups.forEach((fn) => fn());
    disposeUnder(main);
  };
  current = { leave };
  document.title = `${document.querySelector(`.nav a[data-page="${r.page}"]`).textContent} — Earshot`;
  try {
    const module = await PAGES[r.page]();
    if (controller.signal.aborted) return;
    main.replaceChildren();
    // A page whose content does not depend on the time range and platform hides those pickers, so that changing
    // them never seems to be ignored.
    filterForm.hidden = module.usesFilters === false;
    module.mount(main, ctx);
    main.dataset.page = r.page;
    // Moving to another page moves keyboard and screen-reader focus to its content, as a page load would.
    if (shownPage && shownPage !== r.page) main.focus({ preventScroll: true });
    shownPage = r.page;
  } catch (e) {
    console.error(e);
    main.replaceChildren(el('div', { class: 'state-message error', role: 'alert' },
      el('strong', { text: 'This page could not be loaded' }), `${e.message}. Reload the page.`));
  }
}

/**
 * The demo load on every page: a banner while its history is loading (figures are partial until it is done), and,
 * if it stopped, the reason and that the next start resumes it. Nothing when it is complete or there is no demo.
 */
async function demoBanner() {
  let data;
  try {
    data = await getJson('/v1/simulations');
  } catch {
    return;
  }
  const d = data?.demo;
  // Empty states read this: while the demo loads, "no listening yet" means "not landed yet" (see loader.noData).
  document.body.dataset.demo = d?.state ?? 'none';
  let banner = document.getElementById('demo-banner');
  if (!d || d.state === 'complete') {
    banner?.remove();
    return;
  }
  if (!banner) {
    banner = el('div', { id: 'demo-banner', class: 'demo-banner', role: 'status', 'data-testid': 'demo-banner' });
    document.querySelector('.topbar').after(banner);
  }
  banner.dataset.state = d.state;
  const done = `${num(d.events_stored)} events stored, ${d.worlds_done} of ${d.worlds} simulated worlds`;
  // replaceChildren takes nodes, not an array (an array would be written out as "[object HTMLElement],…").
  banner.replaceChildren(...(d.state === 'stopped'
    ? [el('strong', { text: 'The demo load stopped: ' }), `${d.reason ?? 'no reason was given'}. `,
      `The history is partial (${done}); it resumes where it stopped when the server next starts.`]
    : [el('strong', { text: d.resumed ? 'Resuming the demo load: ' : 'Loading the demo history: ' }),
      `${done}. Figures fill in as it lands.`]));
  if (d.state === 'loading') setTimeout(demoBanner, 10_000);
}

filterForm.addEventListener('change', () => {
  const r = route();
  r.params.set('range', filterForm.range.value);
  if (filterForm.platform.value) r.params.set('platform', filterForm.platform.value);
  else r.params.delete('platform');
  location.hash = `#/${r.page}?${r.params.toString()}`;
});
filterForm.addEventListener('submit', (e) => e.preventDefault());
window.addEventListener('hashchange', render);
render();
demoBanner();
