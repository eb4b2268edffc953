import { disposeUnder } from './charts.js';
import { el } from './dom.js';

/**
 * A dashboard card: a titled box whose body is a skeleton, then a chart or table (data-state="ready"), or a
 * message saying why there is nothing and what to do next (data-state="empty" or "error"). One card's failure
 * never touches another.
 */
export function card({ id, title, sub, span = 6, tools, cls = '' }) {
  const headingId = `h-${id}`;
  const body = el('div', { class: 'card-body' }, el('div', { class: 'skeleton', 'aria-hidden': 'true' }));
  const toolBox = el('div', { class: 'card-tools' }, tools);
  const node = el('section', {
    class: `card span-${span} ${cls}`.trim(), 'data-testid': `chart-${id}`, 'data-state': 'loading',
    'aria-busy': 'true', 'aria-labelledby': headingId,
  },
  el('div', { class: 'card-head' },
    el('div', {}, el('h2', { id: headingId, text: title }), sub && el('p', { class: 'sub', text: sub })),
    toolBox),
  body);
  return new Card(node, body);
}

class Card {
  constructor(node, body) {
    this.el = node;
    this.body = body;
  }

  get state() {
    return this.el.dataset.state;
  }

  loading() {
    this.set('loading');
    this.show(el('div', { class: 'skeleton', 'aria-hidden': 'true' }));
  }

  ready() {
    this.set('ready');
  }

  empty(message) {
    this.set('empty');
    this.show(el('div', { class: 'state-message', role: 'status' }, message));
  }

  error(message) {
    this.set('error');
    this.show(el('div', { class: 'state-message error', role: 'status' }, message));
  }

  show(node) {
    disposeUnder(this.body);
    this.body.replaceChildren(node);
  }

  set(state) {
    this.el.dataset.state = state;
    this.el.setAttribute('aria-busy', state === 'loading' ? 'true' : 'false');
  }
}
