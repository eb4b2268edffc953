/** A tiny DOM builder: text is always set as text, never parsed as HTML. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value == null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = value;
    else if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value);
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else node.setAttribute(key, value === true ? '' : value);
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children) {
    if (child == null || child === false) continue;
    if (Array.isArray(child)) append(node, child);
    else node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/**
 * The one KPI tile: a label, a value and an optional hint. `testid` names it for tests; `cls` adds a variant
 * ('live' for the live figures, 'compact' for a smaller value).
 */
export function tile({ testid, label, value, hint, cls }) {
  return el('div', { class: `tile ${cls ?? ''}`.trim(), 'data-testid': testid },
    el('div', { class: 'label', text: label }), el('div', { class: 'value', text: value }), hint && el('div', { class: 'hint', text: hint }));
}

export function grid(...cards) {
  return el('div', { class: 'grid' }, cards.map((c) => c.el ?? c));
}

export function pageHead(title, subtitle) {
  return el('div', { class: 'page-head' }, el('h1', { text: title }), subtitle && el('p', { text: subtitle }));
}

/** A two-or-more-way switch (aria-pressed buttons); calls onChange with the chosen value. */
export function toggle(testid, labelText, options, value, onChange) {
  const buttons = options.map(([v, text]) => el('button', {
    type: 'button', 'aria-pressed': String(v === value), 'data-value': v, text,
    onclick: () => {
      buttons.forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.value === v)));
      onChange(v);
    },
  }));
  return el('div', { class: 'toggle', role: 'group', 'aria-label': labelText, 'data-testid': testid }, buttons);
}

/** A table with a caption (for screen readers), header cells and rows of cells; `num` columns align right. */
export function table(caption, columns, rows) {
  return el('div', { class: 'table-wrap' }, el('table', {},
    el('caption', { class: 'visually-hidden', text: caption }),
    el('thead', {}, el('tr', {}, columns.map((c) => el('th', { scope: 'col', class: c.num ? 'num' : null, text: c.title })))),
    el('tbody', {}, rows.map((r) => el('tr', {}, columns.map((c) => el('td', { class: c.num ? 'num' : null }, c.cell(r))))))));
}
