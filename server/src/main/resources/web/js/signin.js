/**
 * Sign-in when the server's auth is on (DESIGN §3): the dashboard asks for a read or admin key, keeps it in
 * sessionStorage (or localStorage when "remember on this device" is ticked) and sends it as
 * Authorization: Bearer on every API call, never as a cookie, so that another site's page cannot borrow it.
 * Self-contained: api.js asks it for the header and calls signIn() when the server answers 401.
 */
const STORE = 'earshot.key';

export function storedKey() {
  return sessionStorage.getItem(STORE) ?? localStorage.getItem(STORE);
}

/** Headers that carry the key, or none when no key is stored. */
export function authHeaders() {
  const key = storedKey();
  return key ? { Authorization: `Bearer ${key}` } : {};
}

export function signOut() {
  sessionStorage.removeItem(STORE);
  localStorage.removeItem(STORE);
  location.reload();
}

let shown = false;

/** Shows the sign-in form over the page (once); a stored key the server refused is dropped first. */
export function signIn(message) {
  if (shown) return;
  shown = true;
  sessionStorage.removeItem(STORE);
  localStorage.removeItem(STORE);
  const dialog = document.createElement('dialog');
  dialog.className = 'signin';
  dialog.dataset.testid = 'signin';
  dialog.innerHTML = `
    <form method="dialog" data-testid="signin-form">
      <h2>Sign in to Earshot</h2>
      <p class="signin-why"></p>
      <label>API key (read or admin)
        <input name="key" type="password" autocomplete="off" required data-testid="signin-key">
      </label>
      <label><input name="remember" type="checkbox"> Remember on this device</label>
      <p class="signin-hint">Make one with <code>earshot keys create --db FILE --scope read</code>.</p>
      <button type="submit" data-testid="signin-submit">Sign in</button>
    </form>`;
  dialog.querySelector('.signin-why').textContent = message || 'This server needs a key.';
  dialog.querySelector('form').addEventListener('submit', (e) => {
    const form = e.target;
    const key = form.key.value.trim();
    if (!key) return;
    (form.remember.checked ? localStorage : sessionStorage).setItem(STORE, key);
    location.reload();
  });
  document.body.append(dialog);
  dialog.showModal();
}

/** A sign-out button in the top bar while a key is stored. */
export function addSignOut() {
  if (!storedKey() || document.querySelector('[data-testid="signout"]')) return;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'signout';
  button.dataset.testid = 'signout';
  button.textContent = 'Sign out';
  button.addEventListener('click', signOut);
  document.querySelector('.topbar')?.append(button);
}

if (typeof document !== 'undefined') {
  document.addEventListener('DOMContentLoaded', addSignOut);
}
