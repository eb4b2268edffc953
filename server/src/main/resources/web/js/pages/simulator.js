import { getJson, request } from '../api.js';
import { card } from '../card.js';
import { el, grid, pageHead, table } from '../dom.js';
import { describeError } from '../loader.js';
import { dateTime, num, platform } from '../format.js';

const POLL_MS = 2_000;

/** Simulator: start and stop live simulated listening that feeds this server, and watch what runs. */
export function mount(main, ctx) {
  const notice = el('div', { role: 'status', 'aria-live': 'polite', 'data-testid': 'sim-notice' });
  const starter = el('section', { class: 'card span-5', 'aria-labelledby': 'h-start' },
    el('div', { class: 'card-head' }, el('div', {}, el('h2', { id: 'h-start', text: 'Start a simulation' }),
      el('p', { class: 'sub', text: 'Simulated listeners with tastes and daily rhythms, sent live to this server' }))),
    startForm(ctx, notice, () => refresh()), notice);
  const running = card({ id: 'simulations', title: 'Simulations', sub: 'Refreshes every 2 s', span: 7 });
  main.append(pageHead('Simulator', 'No data yet? Start a simulation and watch the Overview fill up.'), grid(starter, running));

  const refresh = async () => {
    let d;
    try {
      d = await getJson('/v1/simulations', undefined, ctx.signal);
    } catch (e) {
      if (e.name !== 'AbortError') running.error(describeError(e, '/v1/simulations'));
      return;
    }
    const sims = d?.simulations ?? [];
    if (!sims.length) {
      running.empty([el('strong', { text: 'Nothing is running' }), el('span', { text: 'Start one with the form; it keeps sending until you stop it.' })]);
      return;
    }
    running.body.replaceChildren(table('Simulations', [
      { title: 'Scenario', cell: (s) => [el('div', { class: 'cell-title', text: platform(s.scenario) }), el('div', { class: 'cell-sub', text: s.id })] },
      { title: 'State', cell: (s) => el('span', { class: `badge ${s.state === 'running' ? 'like' : s.state === 'failed' ? 'skip' : 'pause'}`, 'data-testid': 'sim-state', text: s.state }) },
      { title: 'Listeners', num: true, cell: (s) => num(s.users) },
      { title: 'Rate', num: true, cell: (s) => `${num(s.rate)}/s` },
      { title: 'Accepted', num: true, cell: (s) => num(s.accepted) },
      { title: 'Started', cell: (s) => [dateTime(s.started_at), s.error && el('div', { class: 'cell-sub', text: s.error })] },
      { title: '', cell: (s) => s.state === 'running' && el('button', {
        type: 'button', class: 'btn danger small', 'data-testid': 'sim-stop', 'data-id': s.id, 'aria-label': `Stop simulation ${s.id}`, text: 'Stop',
        onclick: async (e) => {
          e.target.disabled = true;
          try {
            await request('DELETE', `/v1/simulations/${encodeURIComponent(s.id)}`);
            show(notice, 'ok', `Stopped ${s.id}.`);
          } catch (err) {
            show(notice, 'error', `Could not stop ${s.id}: ${err.message}`);
          }
          refresh();
        },
      }) },
    ], sims));
    for (const tr of running.body.querySelectorAll('tbody tr')) tr.dataset.testid = 'sim-row';
    running.ready();
  };
  refresh();
  ctx.every(POLL_MS, refresh);
}

function startForm(ctx, notice, refresh) {
  const number = (name, text, value, attrs) => el('label', { class: 'field', for: `sim-${name}` }, text,
    el('input', { type: 'number', name, id: `sim-${name}`, value, required: true, 'data-testid': `sim-${name}`, ...attrs }));
  const f = el('form', { 'data-testid': 'sim-form', onsubmit: async (e) => {
    e.preventDefault();
    const button = f.querySelector('button');
    button.disabled = true;
    const body = { scenario: f.elements.scenario.value, users: Number(f.elements.users.value),
      rate: Number(f.elements.rate.value), seed: Number(f.elements.seed.value) };
    try {
      const s = await request('POST', '/v1/simulations', { body });
      show(notice, 'ok', `Started ${s.id}: about ${num(s.rate)} events per second. Open the Overview to watch them arrive.`);
    } catch (err) {
      show(notice, 'error', err.status === 429 ? `${err.message} Stop one first.` : `Could not start: ${err.message}`);
    }
    button.disabled = false;
    refresh();
  } },
  el('div', { class: 'form-grid' },
    el('label', { class: 'field', for: 'sim-scenario' }, 'Scenario',
      el('select', { name: 'scenario', id: 'sim-scenario', 'data-testid': 'sim-scenario' },
        ['spotify', 'apple_music', 'youtube_music'].map((s) => el('option', { value: s, text: platform(s) })))),
    number('users', 'Listeners', 500, { min: 1, max: 100000 }),
    number('rate', 'Events per second', 20, { min: 0.1, max: 20000, step: 'any' }),
    number('seed', 'Seed', 42, { min: 0, step: 1 })),
  el('div', { class: 'form-actions' }, el('button', { class: 'btn', type: 'submit', 'data-testid': 'sim-start', text: 'Start' }),
    el('span', { class: 'muted', style: 'font-size:.82rem', text: 'The same seed gives the same listeners.' })));
  return f;
}

function show(notice, kind, text) {
  notice.replaceChildren(el('p', { class: `notice ${kind}`, text }));
}
