import { getJson, request } from '../api.js';
import { card } from '../card.js';
import { el, grid, pageHead, table } from '../dom.js';
import { describeError } from '../loader.js';
import { dateTime } from '../format.js';

const KEY_PLACEHOLDER = '<your key>';
const USER_PLACEHOLDER = '<listener id>';

/** Nothing here depends on the time range or platform: the dashboard hides those pickers on this page. */
export const usesFilters = false;

/**
 * Connect a scrobbler: make a key bound to one listener (POST /v1/keys, scope ingest), then paste the exact
 * settings shown for the client; the keys table says when each key last delivered a listen, and which.
 */
export function mount(main, ctx) {
  const origin = location.origin;
  const notice = el('div', { role: 'status', 'aria-live': 'polite', 'data-testid': 'connect-notice' });
  const settings = el('div', { 'data-testid': 'connect-settings' });
  const showSettings = (user, key) => settings.replaceChildren(...clients(origin, user, key));
  const maker = el('section', { class: 'card span-5', 'aria-labelledby': 'h-new-key' },
    el('div', { class: 'card-head' }, el('div', {}, el('h2', { id: 'h-new-key', text: 'Create a key for a listener' }),
      el('p', { class: 'sub', text: 'A key bound to one listener says whose listens the scrobbler sends. It is shown once.' }))),
    keyForm(notice, (user, key) => { showSettings(user, key); refresh(); }), notice);
  const how = el('section', { class: 'card span-7', 'aria-labelledby': 'h-settings' },
    el('div', { class: 'card-head' }, el('div', {}, el('h2', { id: 'h-settings', text: 'Settings to paste' }),
      el('p', { class: 'sub', text: `For a scrobbler reaching this server at ${origin}. Create a key to fill in your own.` }))),
    settings);
  const keys = card({ id: 'scrobbler-keys', title: 'Keys and their last listen', sub: 'When each key last delivered a listen', span: 12 });
  main.append(pageHead('Connect a scrobbler', 'Navidrome, Jellyfin, Pano Scrobbler, Web Scrobbler, multi-scrobbler, mpdscribble or a pylast script: point it here and your listens arrive as you play.'),
    grid(maker, how, keys));
  showSettings(USER_PLACEHOLDER, KEY_PLACEHOLDER);

  const refresh = async () => {
    let items;
    try {
      items = (await getJson('/v1/keys', undefined, ctx.signal))?.items ?? [];
    } catch (e) {
      if (e.name !== 'AbortError') keys.error(describeError(e, '/v1/keys'));
      return;
    }
    const listeners = items.filter((k) => k.user_id);
    if (!listeners.length) {
      keys.empty([el('strong', { text: 'No listener key yet' }), el('span', { text: 'Create one with the form; its first listen shows here.' })]);
      return;
    }
    const last = await Promise.all(listeners.map((k) => lastListen(k.user_id, ctx.signal)));
    keys.body.replaceChildren(table('Listener keys', [
      { title: 'Key', cell: (k) => [el('div', { class: 'cell-title', text: k.name || k.id }), el('div', { class: 'cell-sub', text: k.id })] },
      { title: 'Listener', cell: (k) => k.user_id },
      { title: 'Scopes', cell: (k) => k.scopes.join(', ') },
      { title: 'Last delivered', cell: (k) => (k.revoked_at ? `revoked ${dateTime(k.revoked_at)}` : k.last_delivered_at ? dateTime(k.last_delivered_at) : 'nothing yet') },
      { title: 'Last listen of the listener', cell: (k) => last[listeners.indexOf(k)] ?? '—' },
    ], listeners));
    for (const tr of keys.body.querySelectorAll('tbody tr')) tr.dataset.testid = 'key-row';
    keys.ready();
  };
  refresh();
  ctx.every(15_000, refresh);
}

async function lastListen(user, signal) {
  try {
    const page = await getJson('/v1/events', { user_id: user, event_type: 'complete', limit: 1 }, signal);
    const e = page?.events?.[0];
    if (!e) return null;
    const what = e.track?.title ? `${e.track.artist ?? '?'} – ${e.track.title}` : e.track_id;
    return `${what}, ${dateTime(e.timestamp)}`;
  } catch {
    return null;
  }
}

function keyForm(notice, created) {
  const user = el('input', { id: 'connect-user', name: 'user', required: true, maxlength: '128', placeholder: 'e.g. alice', 'data-testid': 'connect-user' });
  const name = el('input', { id: 'connect-name', name: 'name', maxlength: '100', placeholder: 'e.g. Navidrome', 'data-testid': 'connect-name' });
  const button = el('button', { type: 'submit', class: 'btn', 'data-testid': 'connect-create', text: 'Create key' });
  return el('form', {
    class: 'stack',
    onsubmit: async (e) => {
      e.preventDefault();
      button.disabled = true;
      try {
        const key = await request('POST', '/v1/keys', { body: { scopes: ['ingest'], user_id: user.value.trim(), name: name.value.trim() || 'scrobbler' } });
        notice.className = 'notice ok';
        notice.replaceChildren(el('strong', { text: 'Key created. Copy it now: it is not shown again. ' }),
          copyable(key.secret, 'connect-secret'));
        created(key.user_id, key.secret);
      } catch (err) {
        notice.className = 'notice error';
        notice.textContent = `The key could not be created: ${err.message}`;
      } finally {
        button.disabled = false;
      }
    },
  },
  el('label', { class: 'field', for: 'connect-user' }, 'Listener id', user),
  el('label', { class: 'field', for: 'connect-name' }, 'Name (which scrobbler it is for)', name),
  button);
}

/** Every client's exact settings, from the clients' own configuration names. */
function clients(origin, user, key) {
  const lb = `${origin}/apis/listenbrainz/1/`;
  return [
    client('navidrome', 'Navidrome', 'Environment (or navidrome.toml ListenBrainz.BaseURL); then Personal → ListenBrainz → paste the key as the token.', [
      ['ND_LISTENBRAINZ_ENABLED', 'true'], ['ND_LISTENBRAINZ_BASEURL', lb], ['ListenBrainz token', key]]),
    client('jellyfin', 'Jellyfin ListenBrainz plugin', 'Dashboard → Plugins → ListenBrainz → your user.', [
      ['ListenBrainz API URL', origin], ['API token', key]]),
    client('pano', 'Pano Scrobbler', 'Settings → Accounts → add a custom ListenBrainz ("ListenBrainz-compatible") account.', [
      ['API URL', `${origin}/`], ['Token', key]]),
    client('web-scrobbler-lb', 'Web Scrobbler (ListenBrainz)', 'Options → Accounts → ListenBrainz → Custom API URL.', [
      ['API URL', `${origin}/1/submit-listens`], ['User token', key]]),
    client('web-scrobbler-webhook', 'Web Scrobbler (webhook — also reports pauses)', 'Options → Accounts → Webhook → add.', [
      ['API URL', `${origin}/v1/webhooks/web-scrobbler?key=${key}`], ['Application name', 'Earshot']]),
    client('multi-scrobbler', 'multi-scrobbler', 'A ListenBrainz client in config/listenbrainz.json (or LZ_URL, LZ_TOKEN, LZ_USER).', [
      ['listenbrainz.json', JSON.stringify([{ name: 'earshot', enable: true, configureAs: 'client', data: { url: `${origin}/`, token: key, username: user } }], null, 2)]]),
    client('mpdscribble', 'mpdscribble', 'A section of /etc/mpdscribble.conf (or ~/.mpdscribble/mpdscribble.conf); AudioScrobbler 1.2.', [
      ['mpdscribble.conf', `[earshot]\nurl = ${origin}/apis/audioscrobbler_legacy/\nusername = ${user}\npassword = ${key}\njournal = /var/cache/mpdscribble/earshot.journal`]]),
    client('lastfm', 'Last.fm 2.0 clients (pylast, …)', 'Use the key as the password; api_key and api_sig are not checked.', [
      ['API root', `${origin}/2.0/`], ['Username', user], ['Password', key]]),
  ];
}

function client(id, title, hint, rows) {
  return el('div', { class: 'client', 'data-testid': `client-${id}` },
    el('h3', { text: title }), el('p', { class: 'muted', text: hint }),
    el('dl', {}, rows.map(([name, value]) => [el('dt', { text: name }), el('dd', {}, copyable(value, `setting-${id}`))])));
}

/** A value in a code box with a button that copies it exactly. */
function copyable(value, testid) {
  const code = el('code', { class: 'copy-value', 'data-testid': testid, text: value });
  const button = el('button', {
    type: 'button', class: 'btn secondary small', text: 'Copy', 'aria-label': 'Copy this value',
    onclick: async () => {
      try {
        await navigator.clipboard.writeText(value);
      } catch {
        // Without a secure context there is no clipboard API: select the text so that Ctrl+C copies it.
        const range = document.createRange();
        range.selectNodeContents(code);
        getSelection().removeAllRanges();
        getSelection().addRange(range);
      }
      button.textContent = 'Copied';
      setTimeout(() => { button.textContent = 'Copy'; }, 1500);
    },
  });
  return el('span', { class: 'copyable' }, code, button);
}
