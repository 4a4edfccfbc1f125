// DOM helpers. Everything the server sends is put on the page as text (text nodes, textContent,
// attribute values): never as markup, so a model name or an error message cannot inject HTML.

/** el('td', {class: 'num', title: '…'}, 'text', childNode, …) — strings become text nodes. */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value);
    else if (key in node && typeof value !== 'string') node[key] = value;
    else node.setAttribute(key, String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

export function clear(node) {
  node.replaceChildren();
  return node;
}

export function badge(value, fallback = 'unknown') {
  const text = value === null || value === undefined || value === '' ? fallback : String(value);
  return el('span', {class: 'badge ' + cssToken(text)}, text);
}

/** A value usable as a CSS class: server text never becomes a class it could abuse. */
function cssToken(text) {
  return /^[A-Za-z_][A-Za-z0-9_-]{0,30}$/.test(text) ? text : 'other';
}

export function table(node, headers, rows) {
  clear(node);
  node.append(el('thead', {}, el('tr', {}, headers.map(h => el('th', {}, h)))));
  node.append(el('tbody', {}, rows));
  return node;
}

export function fmtMs(value) {
  return value === null || value === undefined ? '—' : `${Math.round(Number(value))} ms`;
}

export function fmtPercent(value) {
  return value === null || value === undefined ? '—' : `${Number(value).toFixed(2)} %`;
}

export function fmtDuration(ms) {
  if (ms === null || ms === undefined) return '—';
  const n = Number(ms);
  if (n < 1000) return `${n} ms`;
  if (n < 120000) return `${(n / 1000).toFixed(1)} s`;
  return `${Math.round(n / 60000)} min`;
}

/** "3 min ago" with the exact UTC time as the tooltip. */
export function when(iso) {
  if (!iso) return el('span', {class: 'small'}, 'never');
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return el('span', {}, String(iso));
  const seconds = Math.round((Date.now() - t) / 1000);
  let text;
  if (Math.abs(seconds) < 60) text = `${seconds} s ago`;
  else if (Math.abs(seconds) < 3600) text = `${Math.round(seconds / 60)} min ago`;
  else if (Math.abs(seconds) < 172800) text = `${Math.round(seconds / 3600)} h ago`;
  else text = new Date(t).toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
  return el('time', {datetime: iso, title: new Date(t).toISOString()}, text);
}

/** Any JSON value as a key/value table (nested objects and arrays as compact JSON text). */
export function kvTable(object, skip = []) {
  const rows = Object.entries(object || {})
    .filter(([key]) => !skip.includes(key))
    .map(([key, value]) => el('tr', {}, el('th', {}, key), el('td', {}, plain(value))));
  return rows.length ? el('table', {class: 'kv'}, el('tbody', {}, rows)) : el('span', {class: 'small'}, '(nothing)');
}

export function plain(value) {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
