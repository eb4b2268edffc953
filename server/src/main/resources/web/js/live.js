import { storedKey } from './signin.js';

/**
 * The live feed (SSE, GET /v1/live): `listen` and `kpi` events. EventSource retries by itself after a dropped
 * connection, but gives up for good when the server answers with an error (e.g. 404 on an older server), so
 * then we open a new one ourselves, backing off up to 30 s.
 */
export function connectLive({ onListen, onKpi, onStatus }) {
  let source;
  let timer;
  let delay = 1000;
  let closed = false;
  let everOpened = false;

  function open() {
    source = new EventSource(storedKey() ? `/v1/live?key=${encodeURIComponent(storedKey())}` : '/v1/live');
    source.onopen = () => {
      delay = 1000;
      everOpened = true;
      onStatus('open');
    };
    source.addEventListener('listen', (e) => onListen(parse(e.data)));
    source.addEventListener('kpi', (e) => onKpi(parse(e.data)));
    source.onerror = () => {
      if (closed) return;
      if (source.readyState === EventSource.CLOSED) {
        onStatus(everOpened ? 'reconnecting' : 'unavailable', delay);
        timer = setTimeout(open, delay);
        delay = Math.min(delay * 2, 30_000);
      } else {
        onStatus('reconnecting', delay);
      }
    };
  }

  open();
  return () => {
    closed = true;
    clearTimeout(timer);
    source.close();
  };
}

function parse(text) {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
