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
  return new Card(node, body, toolBox, { id, title });
}

class Card {
  constructor(node, body, toolBox, { id, title }) {
    this.el = node;
    this.body = body;
    this.toolBox = toolBox;
    this.id = id;
    this.title = title;
    this.numbers = null;
    this.tableButton = null;
  }

  /**
   * Offers the numbers a chart drew as a table (shown instead of the chart, for screen readers and for checking)
   * and as a CSV download, both made from the very answer of `source` (the route the chart asked), so the three
   * can never disagree. `numbers` is { head: [..], rows: [[..], ..] } with raw values.
   */
  offer(numbers, source) {
    this.numbers = { ...numbers, source };
    if (!this.tableButton) {
      this.tableButton = el('button', { type: 'button', class: 'btn small secondary', 'aria-pressed': 'false',
        'data-testid': `table-${this.id}`, text: 'Table', title: 'Show the numbers as a table',
        onclick: () => this.showTable(this.tableButton.getAttribute('aria-pressed') !== 'true') });
      const csv = el('button', { type: 'button', class: 'btn small secondary', 'data-testid': `csv-${this.id}`, text: 'CSV',
        title: 'Download the numbers as CSV', onclick: () => downloadCsv(`${this.id}.csv`, this.numbers) });
      this.toolBox.append(this.tableButton, csv);
    }
    if (this.tableButton.getAttribute('aria-pressed') === 'true') this.showTable(true);
  }

  showTable(on) {
    this.tableButton?.setAttribute('aria-pressed', String(on));
    const chart = this.body.querySelector(':scope > .chart');
    if (chart) chart.hidden = on;
    this.body.querySelector(':scope > .numbers')?.remove();
    if (on && this.numbers) this.body.append(numbersTable(this.title, this.numbers));
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
    this.tableButton?.setAttribute('aria-pressed', 'false');
  }

  set(state) {
    this.el.dataset.state = state;
    this.el.setAttribute('aria-busy', state === 'loading' ? 'true' : 'false');
  }
}

function cellText(v) {
  if (v == null) return '';
  return typeof v === 'number' ? v.toLocaleString('en', { maximumFractionDigits: 4 }) : String(v);
}

function numbersTable(title, { head, rows, source }) {
  return el('div', { class: 'numbers' },
    el('div', { class: 'table-wrap' }, el('table', {},
      el('caption', { text: `${title}: the numbers behind the chart` }),
      el('thead', {}, el('tr', {}, head.map((h, i) => el('th', { scope: 'col', class: i ? 'num' : null, text: h })))),
      el('tbody', {}, rows.map((r) => el('tr', {}, r.map((v, i) => el('td', { class: i ? 'num' : null, text: cellText(v) }))))))),
    source && el('p', { class: 'muted source' }, 'From ', el('a', { href: source, target: '_blank', rel: 'noopener' },
      el('code', { text: `GET ${source.replace(/[?].*$/, '')}` })), ' (JSON).'));
}

/** RFC 4180: every field quoted when it holds a comma, quote or line break; raw numbers, no thousands separators. */
export function toCsv({ head, rows }) {
  const field = (v) => {
    const text = v == null ? '' : String(v);
    return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return [head, ...rows].map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}

function downloadCsv(name, numbers) {
  const url = URL.createObjectURL(new Blob([toCsv(numbers)], { type: 'text/csv' }));
  const a = el('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
