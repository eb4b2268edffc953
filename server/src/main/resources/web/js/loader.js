import { queryString } from './api.js';
import { el } from './dom.js';

/**
 * Fills a card from one route: skeleton → render (ready), or a message (empty / error). With `quiet` the card
 * keeps showing what it has while it refreshes. Returns the data, or null when there was none.
 */
export async function fill(card, ctx, { path, params, isEmpty, render, empty, explain, quiet = false, numbers }) {
  if (!quiet || card.state === 'loading') card.loading();
  let data;
  try {
    data = await ctx.get(path, params);
  } catch (e) {
    if (e.name === 'AbortError' || ctx.signal.aborted) return null;
    if (!quiet || card.state !== 'ready') card.error(explain?.(e) ?? describeError(e, path));
    return null;
  }
  if (ctx.signal.aborted) return null;
  if (isEmpty?.(data)) {
    card.empty(typeof empty === 'function' ? empty(data) : empty ?? noData(ctx));
    return null;
  }
  try {
    if (card.state !== 'ready') card.body.replaceChildren();
    await render(data, card.body);
    // A chart's numbers, as a table and CSV, from this same answer (see Card.offer).
    if (numbers) card.offer(numbers(data), path + queryString(params === undefined ? ctx.query() : params));
    card.ready();
  } catch (e) {
    console.error(`drawing ${path} failed`, e);
    card.error([el('strong', { text: 'This chart could not be drawn' }), ` — ${e.message}. Reload the page; if it stays, report it with the browser console output.`]);
  }
  return data;
}

/** The empty state of every chart that counts listening: what to do to get some. */
export function noData(ctx, what = 'No listening in this time range yet') {
  const short = ctx?.filters?.range === '1h' || ctx?.filters?.range === '24h';
  if (document.body.dataset.demo === 'loading') {
    return [el('strong', { text: 'The demo history is still loading' }),
      el('span', { text: 'It is stored oldest first, one simulated world after the other; this chart fills in when the listening of this time range has landed (see the banner above).' })];
  }
  return [
    el('strong', { text: what }),
    el('span', {}, 'Start a simulation on the ', el('a', { href: '#/simulator' }, 'Simulator page'),
      ', run ', el('code', { text: './start_local.sh --demo' }), ', or send events to ', el('code', { text: 'POST /v1/events' }), '.'),
    short && el('span', { text: 'Or pick a longer time range above.' }),
    ctx?.filters?.platform && el('span', { text: 'Or choose "All platforms" above.' }),
  ];
}

/**
 * A 404 that the route itself sent (e.g. an unknown user), rather than one for a route this server does not have
 * (Javalin's "Endpoint GET … not found", or our "no route for …").
 */
export function isMissingThing(e) {
  return e.status === 404 && !/^(endpoint |no route for )/i.test(e.message ?? '');
}

export function describeError(e, path) {
  const route = el('code', { text: `GET ${path}` });
  switch (e.status) {
    case 0:
      return [el('strong', { text: 'Cannot reach the Earshot server' }),
        el('span', {}, 'Check it is running (', el('code', { text: './start_local.sh' }), '), then reload this page.')];
    case 404:
      return [el('strong', { text: 'Not available on this server yet' }),
        el('span', {}, route, ' answered 404. Update Earshot to a version that provides it; the rest of the dashboard keeps working.')];
    case 400:
      return [el('strong', { text: 'The server refused this question' }), el('span', {}, route, `: ${e.message}`)];
    case 503:
      return [el('strong', { text: 'The server is busy right now' }), el('span', { text: 'Try again in a moment (reload, or change a filter).' })];
    default:
      return [el('strong', { text: `The server failed on this chart (HTTP ${e.status ?? '?'})` }),
        el('span', {}, route, `: ${e.message}. See the server log.`)];
  }
}
