// Building DOM nodes without innerHTML: every piece of data becomes a text node.

/**
 * Creates an element. `attrs` keys: `class`, `text` (textContent), `on<event>` (listener),
 * `data-*`/`aria-*`/anything else (setAttribute); `false`/`null` values are skipped.
 * Children may be nodes, strings (as text), arrays, or null.
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  setAttrs(node, attrs);
  append(node, children);
  return node;
}

/** The SVG flavour of {@link el}. */
export function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  setAttrs(node, attrs);
  append(node, children);
  return node;
}

function setAttrs(node, attrs) {
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === false || value === null || value === undefined) continue;
    if (key === 'text') node.textContent = String(value);
    else if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value);
    else if (key === 'class' && !(node instanceof SVGElement)) node.className = value;
    else node.setAttribute(key, value === true ? '' : String(value));
  }
}

function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces all children of `node`. */
export function replace(node, ...children) {
  node.replaceChildren();
  append(node, children);
  return node;
}

/** `#/data/public/users` style link; parts are URI-encoded. */
export function route(...parts) {
  return '#/' + parts.map(encodeURIComponent).join('/');
}

/** 1234567 -> "1,234,567"; null -> "?". */
export function count(n) {
  if (n === null || n === undefined || n < 0) return '?';
  return Number(n).toLocaleString('en-US');
}

/** Bytes in KiB/MiB/GiB. */
export function bytes(n) {
  if (n === null || n === undefined) return '';
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let v = Number(n);
  let i = 0;
  while (v >= 1024 && i < units.length - 1) { v /= 1024; i++; }
  return (i === 0 ? v : v.toFixed(v < 10 ? 1 : 0)) + ' ' + units[i];
}

/** A small transient message in the corner. */
export function toast(message, kind = 'info') {
  const box = document.getElementById('toasts');
  const t = el('div', { class: 'toast ' + kind, role: 'status', text: message });
  box.append(t);
  setTimeout(() => t.remove(), kind === 'error' ? 8000 : 3500);
}

/** A block that shows an API error: message, SQLSTATE, fix. */
export function errorBox(err) {
  return el('div', { class: 'error-box', role: 'alert', 'data-test': 'error' },
    el('strong', { text: err.status ? `Error ${err.status}` : 'Error' }),
    err.sqlState ? el('span', { class: 'sqlstate', text: `SQLSTATE ${err.sqlState}` }) : null,
    el('div', { class: 'error-message', text: err.message }),
    err.fix ? el('div', { class: 'error-fix', text: 'fix: ' + err.fix }) : null);
}

/** A "loading" placeholder. */
export function loading(what = 'Loading') {
  return el('div', { class: 'loading', 'aria-busy': 'true', text: what + '…' });
}
