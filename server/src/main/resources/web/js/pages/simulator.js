import { getJson, request } from '../api.js';
import { card } from '../card.js';
import { el, grid, pageHead, table } from '../dom.js';
import { describeError } from '../loader.js';
import { dateTime, label, num, platform } from '../format.js';

const POLL_MS = 2_000;

/** Nothing here depends on the time range or platform: the dashboard hides those pickers on this page. */
export const usesFilters = false;

/** Simulator: start and stop live simulated listening that feeds this server, and watch what runs. */
export function mount(main, ctx) {
  const notice = el('div', { role: 'status', 'aria-live': 'polite', 'data-testid': 'sim-notice' });
  const starter = el('section', { class: 'card span-5', 'aria-labelledby': 'h-start' },
    el('div', { class: 'card-head' }, el('div', {}, el('h2', { id: 'h-start', text: 'Start a simulation' }),
      el('p', { class: 'sub', text: 'Simulated listeners with tastes and daily rhythms, sent live to this server' }))),
    startForm(ctx, notice, () => refresh()), notice);
  const running = card({ id: 'simulations', title: 'Simulations', sub: 'Refreshes every 2 s', span: 7 });
  main.append(pageHead('Simulator', 'Add live listening: simulated people with tastes and daily rhythms, at a human pace (at most an hour of music an hour each).'), grid(starter, running));

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
    // Four columns (Stop sits under the state), so that a phone shows every one.
    running.body.replaceChildren(table('Simulations', [
      { title: 'Scenario', cell: (s) => [el('div', { class: 'cell-title', text: platform(s.scenario) }),
        el('div', { class: 'cell-sub', text: `${s.id} · since ${dateTime(s.started_at)}` }),
        el('div', { class: 'cell-sub', text: `${s.listeners === 'demo' ? "the demo's listeners" : `listeners ${s.listeners}-u…`} · ${s.catalog === 'own' ? 'music of its own' : "the server's music"}` })] },
      { title: 'State', cell: (s) => [el('span', { class: `badge ${s.state === 'running' ? 'like' : s.state === 'failed' ? 'skip' : 'pause'}`, 'data-testid': 'sim-state', text: s.state }),
        s.error && el('div', { class: 'cell-sub sim-error', 'data-testid': 'sim-error', text: s.error }),
        el('div', { class: 'sim-actions' }, stopButton(s, notice, refresh))] },
      { title: 'Listeners', num: true, cell: (s) => [num(s.users), el('div', { class: 'cell-sub', text: `at most ${num(s.rate)} events/s` })] },
      { title: 'Accepted', num: true, cell: (s) => [num(s.accepted), s.left_out > 0 && el('div', { class: 'cell-sub', title: 'generated events not sent, so that no listener hears more than an hour of music an hour', text: `${num(s.left_out)} left out for a human pace` })] },
    ], sims));
    for (const tr of running.body.querySelectorAll('tbody tr')) tr.dataset.testid = 'sim-row';
    running.ready();
  };
  refresh();
  ctx.every(POLL_MS, refresh);
}

function stopButton(s, notice, refresh) {
  return s.state === 'running' && el('button', {
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
  });
}

/** Weights per value (genre or platform) for a custom scenario; zero leaves a value out. */
function mixFields(name, values, initial, text) {
  return el('fieldset', { class: 'mix', 'data-testid': `sim-${name}` }, el('legend', { text }),
    values.map((v) => el('label', { class: 'field', for: `sim-${name}-${v}` }, name === 'platforms' ? platform(v) : label(v),
      el('input', { type: 'number', id: `sim-${name}-${v}`, 'data-key': v, min: 0, step: 'any', value: initial[v] ?? 0 }))));
}

function weights(fieldset) {
  const out = {};
  for (const input of fieldset.querySelectorAll('input')) if (Number(input.value) > 0) out[input.dataset.key] = Number(input.value);
  return out;
}

function startForm(ctx, notice, refresh) {
  const number = (name, text, value, attrs) => el('label', { class: 'field', for: `sim-${name}` }, text,
    el('input', { type: 'number', name, id: `sim-${name}`, value, required: true, 'data-testid': `sim-${name}`, ...attrs }));
  const custom = el('div', { class: 'custom-spec', hidden: true, 'data-testid': 'sim-custom' });
  const f = el('form', { 'data-testid': 'sim-form', onsubmit: async (e) => {
    e.preventDefault();
    const button = f.querySelector('button');
    button.disabled = true;
    const scenario = f.elements.scenario.value;
    const body = { scenario, users: Number(f.elements.users.value), rate: Number(f.elements.rate.value),
      seed: Number(f.elements.seed.value), days: Number(f.elements.days.value), catalog: f.elements.catalog.value };
    if (scenario === 'custom') {
      body.spec = { genre_mix: weights(custom.querySelector('[data-testid=sim-genre_mix]')),
        platforms: weights(custom.querySelector('[data-testid=sim-platforms]')), rate: Number(f.elements.sessions.value) };
    }
    try {
      const s = await request('POST', '/v1/simulations', { body });
      show(notice, 'ok', `Started ${s.id}: at most ${num(s.rate)} events per second, each listener at a human pace. Open the Overview to watch them arrive.`);
    } catch (err) {
      // The server's message already says what to do (e.g. "stop one first").
      show(notice, 'error', `Could not start: ${err.message}`);
    }
    button.disabled = false;
    refresh();
  } },
  el('div', { class: 'form-grid' },
    el('label', { class: 'field', for: 'sim-scenario' }, 'Scenario',
      el('select', { name: 'scenario', id: 'sim-scenario', 'data-testid': 'sim-scenario',
        onchange: (e) => { custom.hidden = e.target.value !== 'custom'; } },
        ['spotify', 'apple_music', 'youtube_music'].map((s) => el('option', { value: s, text: platform(s) })),
        el('option', { value: 'custom', text: 'Custom mix…' }))),
    number('users', 'Listeners', 500, { min: 1, max: 100000 }),
    number('rate', 'Events per second (at most)', 20, { min: 0.1, max: 20000, step: 'any' }),
    number('days', 'Days of history', 7, { min: 1, max: 365, step: 1 }),
    number('seed', 'Seed', 42, { min: 0, step: 1 }),
    el('label', { class: 'field', for: 'sim-catalog' }, 'Music',
      el('select', { name: 'catalog', id: 'sim-catalog', 'data-testid': 'sim-catalog' },
        el('option', { value: 'shared', text: "The server's catalogue" }),
        el('option', { value: 'own', text: 'A catalogue of its own (new artists)' })))),
  custom,
  el('div', { class: 'form-actions' }, el('button', { class: 'btn', type: 'submit', 'data-testid': 'sim-start', text: 'Start' }),
    el('span', { class: 'muted', style: 'font-size:.82rem', text: 'The same seed gives the same listeners.' })));
  getJson('/v1/vocabulary', undefined, ctx.signal).then((v) => {
    custom.replaceChildren(
      el('div', { class: 'form-grid' }, number('sessions', 'Sessions per listener per day', 2, { min: 0.1, max: 100, step: 'any' })),
      mixFields('genre_mix', v.genres, { pop: 1, rock: 1, jazz: 1 }, 'Genre mix (weights)'),
      mixFields('platforms', v.platforms, { spotify: 1 }, 'Platform mix (weights)'));
  }).catch((e) => { if (e.name !== 'AbortError') custom.replaceChildren(el('p', { class: 'notice error', text: `Custom mixes are unavailable: ${e.message}` })); });
  return f;
}

function show(notice, kind, text) {
  notice.replaceChildren(el('p', { class: `notice ${kind}`, text }));
}
