// Prices & cost: the external catalog with its prices (GET /api/v2/admin/registry/models); a chosen model's price
// components with their sources, the history of each price as a chart (inline SVG, drawn here), and a cost
// calculator that asks the public cost endpoint (POST /api/v2/registry/cost).
import {api, ApiError} from '../api.js';
import {clear, el, plain, table} from '../dom.js';

const SVG = 'http://www.w3.org/2000/svg';
let models = [];

export function init() {
  document.getElementById('prices-filter').addEventListener('input', render);
}

export async function refresh() {
  const data = await api.models();
  models = (data.models || []).filter(m => m.hostingType === 'external');
  // the chosen model's detail stays as it is: a poll must not wipe the calculator the operator is filling in
  render();
}

function render() {
  const filter = document.getElementById('prices-filter').value.trim().toLowerCase();
  const shown = models.filter(m => !filter || `${m.providerId}/${m.modelId} ${m.displayName}`.toLowerCase().includes(filter));
  const rows = shown.map(m => el('tr', {dataset: {modelId: m.modelId, providerId: m.providerId}, class: 'clickable',
    onclick: () => showDetail(m.id)},
  el('td', {}, el('div', {}, m.displayName), el('div', {class: 'small'}, `${m.providerId}/${m.modelId}`)),
  el('td', {}, m.category),
  el('td', {class: 'num'}, plain(m.inputCostPer1k)),
  el('td', {class: 'num'}, plain(m.outputCostPer1k)),
  el('td', {}, (m.capabilities || []).join(', '))));
  table(document.getElementById('prices-table'), ['Model', 'Category', 'Input $/1k', 'Output $/1k', 'Capabilities'], rows);
}

async function showDetail(id) {
  const node = clear(document.getElementById('price-detail'));
  let detail;
  try {
    detail = await api.model(id);
  } catch (e) {
    node.append(el('div', {class: 'banner error'}, `Could not load the model: ${e.message}`));
    return;
  }
  node.append(el('h2', {}, `${detail.displayName} (${detail.providerId}/${detail.modelId})`));
  node.append(componentsTable(detail));
  node.append(el('h2', {}, 'Price history'), historyCharts(detail.priceHistory || []));
  node.append(el('h2', {}, 'Cost calculator'), calculator(detail));
}

const COMPONENTS = [
  ['input', 'inputCostPer1k', 'input_cost_per_1k'],
  ['output', 'outputCostPer1k', 'output_cost_per_1k'],
  ['cacheRead', null, 'cache_read_cost_per_1k'],
  ['cacheWrite', null, 'cache_write_cost_per_1k'],
  ['cacheWrite1h', null, 'cache_write_1h_cost_per_1k'],
  ['reasoning', null, 'reasoning_cost_per_1k'],
  ['batchInput', null, 'batch_input_cost_per_1k'],
  ['batchOutput', null, 'batch_output_cost_per_1k'],
];

function componentsTable(detail) {
  const prices = detail.priceComponents || {};
  const sources = detail.sources || {};
  const rows = COMPONENTS.map(([name, own, column]) => {
    const value = own ? detail[own] : prices[name];
    const source = sources[column] ? sources[column].source : '—';
    return el('tr', {dataset: {component: name}}, el('td', {}, name), el('td', {class: 'num'}, plain(value)),
      el('td', {}, value === null || value === undefined ? '—' : source));
  });
  for (const tier of prices.tiers || []) {
    rows.push(el('tr', {dataset: {component: 'tier'}}, el('td', {}, `above ${tier.aboveInputTokens} input tokens`),
      el('td', {class: 'num'}, `in ${plain(tier.input)} · out ${plain(tier.output)} · cache ${plain(tier.cacheRead)}`),
      el('td', {}, sources.price_tiers ? sources.price_tiers.source : 'curated')));
  }
  const t = el('table', {class: 'grid', id: 'model-prices'});
  return el('div', {class: 'table-wrap'}, table(t, ['Component (USD per 1k tokens)', 'Price', 'Source'], rows));
}

/** One step chart per price field: each change holds until the next. */
function historyCharts(history) {
  const byField = new Map();
  for (const h of history) {
    if (!byField.has(h.field)) byField.set(h.field, []);
    byField.get(h.field).push(h);
  }
  if (!byField.size) return el('div', {class: 'empty'}, 'No price change recorded yet.');
  const wrap = el('div', {class: 'charts', id: 'price-charts'});
  for (const [field, changes] of byField) wrap.append(chart(field, changes));
  return wrap;
}

function svg(tag, attrs = {}, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

function chart(field, changes) {
  const W = 320, H = 120, L = 64, R = 8, T = 10, B = 22;
  const points = [];
  const first = changes[0];
  const t0 = Date.parse(first.effectiveAt);
  if (first.oldValue !== null && first.oldValue !== undefined) points.push([t0 - 86400000, Number(first.oldValue)]);
  for (const c of changes) points.push([Date.parse(c.effectiveAt), Number(c.newValue)]);
  const now = Math.max(Date.now(), points[points.length - 1][0] + 1);
  const ts = points.map(p => p[0]).concat([now]);
  const vs = points.map(p => p[1]);
  const tMin = Math.min(...ts), tMax = Math.max(...ts);
  let vMin = Math.min(0, ...vs), vMax = Math.max(...vs);
  if (vMax === vMin) vMax = vMin + 1;
  const x = t => L + (W - L - R) * (t - tMin) / Math.max(1, tMax - tMin);
  const y = v => T + (H - T - B) * (1 - (v - vMin) / (vMax - vMin));
  let d = `M ${x(points[0][0]).toFixed(1)} ${y(points[0][1]).toFixed(1)}`;
  for (let i = 1; i < points.length; i++) {
    d += ` H ${x(points[i][0]).toFixed(1)} V ${y(points[i][1]).toFixed(1)}`;
  }
  d += ` H ${x(now).toFixed(1)}`;
  const root = svg('svg', {viewBox: `0 0 ${W} ${H}`, width: W, height: H, role: 'img', class: 'price-chart',
    'data-field': field, 'aria-label': `${field}: ${changes.length} change(s)`});
  root.append(
    svg('title', {}, `${field}: ${changes.map(c => `${plain(c.oldValue)} → ${plain(c.newValue)} (${c.source})`).join('; ')}`),
    svg('line', {x1: L, y1: H - B, x2: W - R, y2: H - B, stroke: '#999'}),
    svg('line', {x1: L, y1: T, x2: L, y2: H - B, stroke: '#999'}),
    svg('text', {x: L - 4, y: T + 8, 'text-anchor': 'end', 'font-size': 9}, String(vMax)),
    svg('text', {x: L - 4, y: H - B, 'text-anchor': 'end', 'font-size': 9}, String(vMin)),
    svg('text', {x: L, y: H - 6, 'font-size': 9}, new Date(tMin).toISOString().slice(0, 10)),
    svg('text', {x: W - R, y: H - 6, 'text-anchor': 'end', 'font-size': 9}, 'now'),
    svg('path', {d, fill: 'none', stroke: '#2563eb', 'stroke-width': 2}));
  for (const [t, v] of points) root.append(svg('circle', {cx: x(t).toFixed(1), cy: y(v).toFixed(1), r: 3, fill: '#2563eb'}));
  return el('figure', {class: 'chart'}, root, el('figcaption', {class: 'small'}, field));
}

function calculator(detail) {
  const form = el('form', {class: 'criteria', id: 'cost-form'});
  const field = (label, name, value) => el('label', {}, label,
    el('input', {name, type: 'number', min: '0', step: '1', value: value ?? ''}));
  const result = el('div', {id: 'cost-result'});
  form.append(
    field('Input tokens (all of the prompt)', 'inputTokens', 1000),
    field('Output tokens', 'outputTokens', 1000),
    field('of input: read from cache', 'cachedInputTokens', 0),
    field('of input: written to cache', 'cacheWriteTokens', 0),
    field('of output: reasoning', 'reasoningTokens', 0),
    el('label', {class: 'check'}, el('input', {name: 'batch', type: 'checkbox'}), 'Batch API'),
    el('div', {class: 'actions'}, el('button', {type: 'submit', id: 'cost-run'}, 'Estimate')));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const f = form.elements;
    const body = {providerId: detail.providerId, modelId: detail.modelId};
    for (const name of ['inputTokens', 'outputTokens', 'cachedInputTokens', 'cacheWriteTokens', 'reasoningTokens']) {
      if (f[name].value !== '') body[name] = Number(f[name].value);
    }
    if (f.batch.checked) body.batch = true;
    clear(result).append(el('div', {class: 'small'}, 'Asking…'));
    try {
      renderCost(clear(result), await api.cost(body));
    } catch (e) {
      const status = e instanceof ApiError ? e.status : 'error';
      clear(result).append(el('div', {class: 'banner error', id: 'cost-error'}, `Refused (${status}): ${e.message}`));
    }
  });
  return el('div', {}, form, result);
}

function renderCost(node, quote) {
  node.append(el('div', {id: 'cost-total'}, el('strong', {}, `Total ${quote.totalCost} ${quote.currency}`),
    quote.tier ? ` · long-context tier above ${quote.tier.aboveInputTokens} input tokens` : ' · base rates',
    el('span', {class: 'small'}, ` · prices as of ${quote.pricesAsOf || '—'}`)));
  const rows = quote.lines.map(l => el('tr', {dataset: {component: l.component}}, el('td', {}, l.component),
    el('td', {class: 'num'}, plain(l.tokens)), el('td', {class: 'num'}, plain(l.costPer1k)),
    el('td', {class: 'num'}, plain(l.cost)), el('td', {}, (quote.sources || {})[l.component] || '—')));
  node.append(el('div', {class: 'table-wrap'}, table(el('table', {class: 'grid', id: 'cost-lines'}),
    ['Line', 'Tokens', 'USD per 1k', 'Cost', 'Price from'], rows)));
}
