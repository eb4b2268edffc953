import { authHeaders, signIn } from './signin.js';

/** JSON over fetch, with the API's error shape turned into an ApiError that says what happened. */
export class ApiError extends Error {
  constructor(status, code, message, path, details = []) {
    super(message);
    this.status = status;
    this.code = code;
    this.path = path;
    this.details = details;
  }
}

export function queryString(params = {}) {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value != null && value !== '') q.set(key, value);
  }
  const text = q.toString();
  return text ? `?${text}` : '';
}

export async function request(method, path, { params, body, signal } = {}) {
  let response;
  try {
    response = await fetch(path + queryString(params), {
      method,
      signal,
      headers: { ...authHeaders(), ...(body === undefined ? { Accept: 'application/json' } : { Accept: 'application/json', 'Content-Type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError(0, 'unreachable', 'The Earshot server cannot be reached.', path);
  }
  const text = await response.text();
  let data = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = null;
  }
  if (!response.ok) {
    const error = data?.error ?? {};
    if (response.status === 401) signIn(error.message);
    throw new ApiError(response.status, error.code ?? `http_${response.status}`, error.message ?? response.statusText, path,
      Array.isArray(error.details) ? error.details : []);
  }
  return data;
}

export const getJson = (path, params, signal) => request('GET', path, { params, signal });
