import { getJson } from '../api.js';
import { el, grid, pageHead } from '../dom.js';
import { num } from '../format.js';
import { authHeaders } from '../signin.js';

const POLL_MS = 1_000;
const FORMATS = [
  ['', 'Detect from the files'],
  ['spotify', 'Spotify Extended Streaming History'],
  ['spotify-account', 'Spotify account data'],
  ['apple-music', 'Apple Music Play Activity'],
  ['youtube-music', 'YouTube Music (Google Takeout)'],
  ['listenbrainz', 'ListenBrainz export'],
  ['lastfm-csv', 'Last.fm CSV (lastfm-to-csv)'],
  ['lastfm-ghan', 'Last.fm (lastfm.ghan.nl CSV or JSON)'],
  ['lastfm-api', 'Last.fm getRecentTracks JSON'],
  ['librefm', 'Libre.fm CSV'],
  ['maloja', 'Maloja export'],
  ['scrobbler-log', 'Rockbox .scrobbler.log'],
  ['catalog', 'Catalog CSV with audio features'],
];

/** Nothing here depends on the time range or platform: the dashboard hides those pickers on this page. */
export const usesFilters = false;

/** Import: drop a service's export (files or the zip as downloaded), watch it go in, read what it did. */
export function mount(main, ctx) {
  const status = el('section', { class: 'card span-7', 'aria-labelledby': 'h-import-status', 'data-testid': 'import-status' },
    el('div', { class: 'card-head' }, el('div', {}, el('h2', { id: 'h-import-status', text: 'Progress and summary' }),
      el('p', { class: 'sub', text: 'Imported listens count in every chart as soon as they are stored' }))),
    el('div', { class: 'card-body', 'data-testid': 'import-result' },
      el('p', { class: 'muted', text: 'Nothing imported in this visit yet.' })));
  const body = status.querySelector('[data-testid=import-result]');
  const form = uploadForm((id) => watch(id, body, ctx), body);
  main.append(pageHead('Import', 'Your years of listening: Spotify, Apple Music, YouTube Music, ListenBrainz, Last.fm and more.'),
    grid(el('section', { class: 'card span-5', 'aria-labelledby': 'h-import' },
      el('div', { class: 'card-head' }, el('div', {}, el('h2', { id: 'h-import', text: 'Drop your export' }),
        el('p', { class: 'sub', text: 'The zip as downloaded, or the files in it; the same listen from two services is kept once' }))),
      form), status));
}

function uploadForm(started, body) {
  const input = el('input', { type: 'file', name: 'files', id: 'import-files', multiple: true, 'data-testid': 'import-files' });
  const chosen = el('p', { class: 'muted', 'data-testid': 'import-chosen', text: 'No files chosen.' });
  const drop = el('label', { class: 'dropzone', for: 'import-files', 'data-testid': 'import-drop' },
    el('strong', { text: 'Drop files or a zip here' }), el('span', { text: 'or click to choose' }), input);
  let files = [];
  const choose = (list) => {
    files = [...list];
    chosen.textContent = files.length ? files.map((f) => f.name).join(', ') : 'No files chosen.';
  };
  input.addEventListener('change', () => choose(input.files));
  drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('over'); });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => { e.preventDefault(); drop.classList.remove('over'); choose(e.dataTransfer.files); });
  const notice = el('div', { role: 'status', 'aria-live': 'polite', 'data-testid': 'import-notice' });
  const f = el('form', { 'data-testid': 'import-form', onsubmit: (e) => {
    e.preventDefault();
    if (!files.length) {
      notice.replaceChildren(el('p', { class: 'notice error', text: 'Choose or drop the files of your export first.' }));
      return;
    }
    const button = f.querySelector('button');
    button.disabled = true;
    upload(files, f.elements, (fraction) => {
      body.replaceChildren(bar(fraction, `Uploading… ${Math.round(fraction * 100)}%`));
    }).then((job) => {
      notice.replaceChildren(el('p', { class: 'notice ok', text: `Import ${job.id} started.` }));
      started(job.id);
    }).catch((err) => {
      notice.replaceChildren(el('p', { class: 'notice error', text: `Could not import: ${err.message}` }));
    }).finally(() => { button.disabled = false; });
  } },
  drop, chosen,
  el('div', { class: 'form-grid' },
    el('label', { class: 'field', for: 'import-format' }, 'Format',
      el('select', { name: 'format', id: 'import-format', 'data-testid': 'import-format' },
        FORMATS.map(([v, t]) => el('option', { value: v, text: t })))),
    el('label', { class: 'field', for: 'import-user' }, 'Listener',
      el('input', { name: 'user', id: 'import-user', value: 'me', 'data-testid': 'import-user', maxlength: 128 })),
    el('label', { class: 'field', for: 'import-window' }, 'Same listen within',
      el('input', { name: 'merge_window', id: 'import-window', value: '60s', 'data-testid': 'import-window' }))),
  el('label', { class: 'check' }, el('input', { type: 'checkbox', name: 'include_incognito', 'data-testid': 'import-incognito' }),
    ' Include Spotify incognito plays'),
  el('div', { class: 'form-actions' }, el('button', { class: 'btn', type: 'submit', 'data-testid': 'import-start', text: 'Import' })),
  notice);
  return f;
}

/** Multipart upload with its progress (fetch cannot report upload progress; XMLHttpRequest can). */
function upload(files, fields, onProgress) {
  const q = new URLSearchParams();
  for (const name of ['format', 'user', 'merge_window']) if (fields[name].value) q.set(name, fields[name].value);
  if (fields.include_incognito.checked) q.set('include_incognito', 'true');
  const data = new FormData();
  for (const file of files) data.append('files', file, file.name);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/v1/imports?${q}`);
    for (const [k, v] of Object.entries(authHeaders())) xhr.setRequestHeader(k, v);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.onprogress = (e) => { if (e.lengthComputable) onProgress(e.loaded / e.total); };
    xhr.onerror = () => reject(new Error('the Earshot server cannot be reached'));
    xhr.onload = () => {
      let d = null;
      try { d = JSON.parse(xhr.responseText); } catch { d = null; }
      if (xhr.status === 202) resolve(d);
      else reject(new Error(d?.error?.message ?? `the server answered ${xhr.status}`));
    };
    xhr.send(data);
  });
}

function watch(id, body, ctx) {
  let stopped = false;
  const tick = async () => {
    if (stopped) return;
    let s;
    try {
      s = await getJson(`/v1/imports/${encodeURIComponent(id)}`, undefined, ctx.signal);
    } catch (e) {
      if (e.name !== 'AbortError') body.replaceChildren(el('p', { class: 'notice error', text: e.message }));
      return;
    }
    body.replaceChildren(summary(s));
    if (s.state === 'done' || s.state === 'failed') stopped = true;
    else setTimeout(tick, POLL_MS);
  };
  ctx.onLeave(() => { stopped = true; });
  tick();
}

function bar(fraction, text) {
  return el('div', { class: 'progress', 'data-testid': 'import-progress' },
    el('div', { class: 'progress-track', role: 'progressbar', 'aria-valuemin': 0, 'aria-valuemax': 100,
      'aria-valuenow': Math.round(fraction * 100) }, el('div', { class: 'progress-fill', style: `width:${(fraction * 100).toFixed(1)}%` })),
    el('p', { class: 'muted', text }));
}

function summary(s) {
  const m = s.summary ?? {};
  const done = s.state === 'done';
  const fraction = done ? 1 : s.files_total ? s.files_done / s.files_total : 0;
  const rows = [
    ['Records read', m.read], ['Listens imported', m.imported], ['Already there (re-import)', m.duplicates],
    ['Merged across sources', m.merged], ['Left out', Object.values(m.left_out ?? {}).reduce((a, b) => a + b, 0)],
    ['Rejected', m.rejected_total],
  ];
  if (m.catalog_tracks) rows.push(['Catalog tracks', m.catalog_tracks]);
  return el('div', {},
    el('p', {}, el('span', { class: `badge ${done ? 'like' : s.state === 'failed' ? 'skip' : 'pause'}`, 'data-testid': 'import-state', text: s.state }),
      ` ${s.id} for ${s.user_id}`),
    bar(fraction, `${s.files_done} of ${s.files_total} files${s.current_file ? ` — reading ${s.current_file}` : ''}`),
    s.error && el('p', { class: 'notice error', text: s.error }),
    el('table', { 'data-testid': 'import-counts' }, el('caption', { class: 'visually-hidden', text: 'Import counts' }),
      el('tbody', {}, rows.map(([k, v]) => el('tr', { 'data-key': k }, el('th', { scope: 'row', text: k }), el('td', { class: 'num', text: num(v ?? 0) }))))),
    kinds('Left out, by kind', m.left_out),
    kinds('Rejected, by field', m.rejected),
    m.rejections?.length > 0 && el('details', {}, el('summary', { text: `First ${m.rejections.length} rejected records` }),
      el('ul', {}, m.rejections.map((r) => el('li', { text: `${r.file}, record ${r.index}, ${r.field}: ${r.reason}` })))),
    m.files?.length > 0 && el('details', {}, el('summary', { text: `${m.files.length} files read` }),
      el('ul', { 'data-testid': 'import-files-read' }, m.files.map((f) => el('li', { text: `${f.name} (${f.format})` })))),
    m.unrecognised?.length > 0 && el('p', { class: 'muted', text: `Skipped, not an export file Earshot reads: ${m.unrecognised.join(', ')}` }),
    done && el('p', {}, el('a', { href: '#/overview?range=30d', text: 'See it in the Overview →' })));
}

function kinds(title, byKind) {
  const entries = Object.entries(byKind ?? {});
  if (!entries.length) return null;
  return el('p', { class: 'muted', text: `${title}: ${entries.map(([k, v]) => `${k.replaceAll('_', ' ')} ${num(v)}`).join(', ')}` });
}
