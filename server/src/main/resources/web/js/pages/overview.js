import { card } from '../card.js';
import { axis, donut, draw, grid as chartGrid, PALETTE } from '../charts.js';
import { el, grid, pageHead, tile } from '../dom.js';
import { connectLive } from '../live.js';
import { fill } from '../loader.js';
import { clock, dateTime, dec, num, pct, platform } from '../format.js';

const REFRESH_MS = 30_000;
const STREAM_SIZE = 25;
const RATE_WINDOW_MS = 5 * 60_000;
const RATE_POINTS = 150;

/** Overview: the period's KPIs, who listens where, and what is happening right now. */
export function mount(main, ctx) {
  const kpis = card({ id: 'kpis', title: 'Key figures', sub: 'For the chosen time range and platform', span: 12 });
  // The live figures are the server's own counters, kept for all platforms: they say so rather than seem filtered.
  const chosen = ctx.filters.platform ? platform(ctx.filters.platform) : null;
  const allPlatforms = chosen ? `All platforms, not only ${chosen}` : 'All platforms';
  const live = card({ id: 'live-kpis', title: 'Right now', sub: `${allPlatforms} · live, every 2 s`, span: 4, tools: status() });
  const rate = card({ id: 'live-rate', title: 'Events received per minute', sub: `${allPlatforms} · by arrival time (an import or the demo load counts as it lands) · updates live`, span: 8 });
  const stream = card({ id: 'live-stream', title: 'Live listening',
    sub: chosen ? `The newest ${chosen} events as they arrive` : 'The newest events as they arrive', span: 7 });
  const platforms = card({ id: 'platforms', title: 'Platforms', sub: 'Share of events', span: 5 });
  main.append(pageHead('Overview', 'How much is being listened to, by whom, and what is happening now.'),
    grid(kpis, live, rate, stream, platforms));

  const loadKpis = (quiet) => fill(kpis, ctx, {
    path: '/v1/analytics/overview', params: ctx.query(), quiet,
    isEmpty: (d) => !d?.events,
    render: (d, body) => body.replaceChildren(tiles(d)),
  });
  const loadPlatforms = (quiet) => fill(platforms, ctx, {
    path: '/v1/analytics/platforms', params: ctx.query(), quiet,
    isEmpty: (d) => !d?.items?.length,
    render: (d, body) => draw(body, (width) => platformOption(d.items, width)),
    numbers: (d) => ({ head: ['Platform', 'Events'], rows: d.items.map((i) => [i.platform, i.events]) }),
  });
  loadKpis(false);
  loadPlatforms(false);
  ctx.every(REFRESH_MS, () => {
    loadKpis(true);
    loadPlatforms(true);
  });
  followLive(ctx, live, rate, stream);
}

function tiles(d) {
  const kpi = (key, label, value, hint) => tile({ testid: `kpi-${key}`, label, value, hint });
  return el('div', { class: 'tiles kpis' },
    kpi('events', 'Events', num(d.events)),
    kpi('listeners', 'Listeners', num(d.listeners)),
    kpi('plays', 'Plays', num(d.plays)),
    kpi('minutes', 'Minutes listened', num(d.minutes_listened), `${num(d.minutes_per_listener)} per listener`),
    kpi('dau', 'Daily active', num(d.dau), `WAU ${num(d.wau)} · MAU ${num(d.mau)}`),
    kpi('skip-rate', 'Skip rate', pct(d.skip_rate), 'skips per play'),
    kpi('like-rate', 'Like rate', pct(d.like_rate), 'likes per play'),
    kpi('share-rate', 'Share rate', pct(d.share_rate, 2), 'shares per play'),
    kpi('engagement', 'Mean engagement', dec(d.mean_engagement), '0 (none) to 1 (full)'));
}

function platformOption(items, width) {
  return donut(items.map((i) => ({ name: platform(i.platform), value: i.events })), width,
    { tooltip: { valueFormatter: (v) => `${num(v)} events` } });
}

function status() {
  return el('span', { class: 'live-status', 'data-testid': 'live-status', 'data-status': 'connecting', role: 'status', text: 'Connecting…' });
}

function followLive(ctx, live, rate, stream) {
  const indicator = live.el.querySelector('.live-status');
  const points = [];
  let list = null;
  let drawing = false;
  const waiting = () => [el('strong', { text: 'Waiting for listening…' }),
    el('span', {}, 'Events appear here the moment they arrive. Start a simulation on the ',
      el('a', { href: '#/simulator' }, 'Simulator page'), ' to watch it fill.')];

  const stop = connectLive({
    onStatus(state, delay) {
      indicator.dataset.status = state;
      indicator.textContent = { open: 'Live', reconnecting: 'Reconnecting…', unavailable: 'Unavailable' }[state];
      if (state === 'open') {
        for (const c of [live, rate]) if (c.state === 'error') c.loading();
        if (stream.state !== 'ready') stream.empty(waiting());
      }
      if (state === 'unavailable') {
        const message = () => [el('strong', { text: 'The live feed is not answering' }),
          el('span', {}, el('code', { text: 'GET /v1/live' }), ` did not open; retrying in ${Math.round(delay / 1000)} s. The charts of the time range still work.`)];
        for (const c of [live, rate, stream]) if (c.state !== 'ready') c.error(message());
      }
    },
    onKpi(k) {
      if (!k) return;
      live.body.replaceChildren(el('div', { class: 'tiles stack' },
        liveTile('events-total', 'Events stored', num(k.events_total)),
        liveTile('events-last-minute', 'Received in the last minute', num(k.events_last_minute)),
        liveTile('listeners-now', 'Listeners heard, last 5 min', num(k.listeners_last_5_minutes))));
      live.ready();
      points.push([Date.now(), k.events_last_minute]);
      if (points.length > RATE_POINTS) points.shift();
      if (!drawing) {
        drawing = true;
        if (rate.state !== 'ready') rate.body.replaceChildren();
        draw(rate.body, rateOption(points), 'short').then(() => {
          rate.offer({ head: ['Time', 'Events in the last minute'], rows: points.map(([t, n]) => [new Date(t).toISOString(), n]) }, '/v1/live');
          rate.ready();
        }, () => {}).finally(() => { drawing = false; });
      }
    },
    onListen(e) {
      if (!e || (ctx.filters.platform && e.platform !== ctx.filters.platform)) return;
      if (!list) {
        list = el('ol', { class: 'stream', 'aria-label': 'Newest listening events', 'data-testid': 'live-events' });
        stream.body.replaceChildren(list);
        stream.ready();
      }
      list.prepend(row(e));
      while (list.children.length > STREAM_SIZE) list.lastElementChild.remove();
    },
  });
  ctx.onLeave(stop);
}

function liveTile(key, text, value) {
  return tile({ testid: `kpi-${key}`, label: text, value, cls: 'live' });
}

/** The clock time of a listen; with its day when it happened earlier than today (an import, the demo's history). */
function arrivedAt(iso) {
  return iso && new Date(iso).toDateString() !== new Date().toDateString() ? dateTime(iso) : clock(iso);
}

function row(e) {
  const who = [e.title ?? e.track_id, e.artist && `— ${e.artist}`].filter(Boolean).join(' ');
  return el('li', { class: 'fresh' },
    el('span', { class: 'time', text: arrivedAt(e.timestamp) }),
    el('span', {}, el('span', { class: `badge ${e.event_type}`, text: e.event_type })),
    el('span', { class: 'what', title: who },
      el('span', { text: who }), el('br'),
      el('span', { class: 'meta', text: [e.user_id, e.genre, e.mood].filter(Boolean).join(' · ') })),
    el('span', { class: 'meta', text: [platform(e.platform), e.country].filter(Boolean).join(' · ') }));
}

function rateOption(points) {
  return {
    animation: false,
    grid: chartGrid({ top: 16 }),
    tooltip: { trigger: 'axis', valueFormatter: (v) => `${num(v)} events` },
    xAxis: axis({ type: 'time', min: Date.now() - RATE_WINDOW_MS, max: Date.now(), splitLine: { show: false } }),
    yAxis: axis({ type: 'value', minInterval: 1 }),
    series: [{ type: 'line', data: points, showSymbol: points.length < 10, smooth: true, color: PALETTE[0], areaStyle: { opacity: 0.12 } }],
  };
}
