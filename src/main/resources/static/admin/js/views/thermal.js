// Thermal map: the self-hosted models as tiles by category, coloured by the state of their endpoint
// (GET /api/v2/admin/registry/thermal).
import {api} from '../api.js';
import {badge, clear, el} from '../dom.js';

const STATES = ['HOT', 'WARM', 'COLD', 'OFF'];

export async function refresh() {
  const data = await api.thermal();
  const summary = clear(document.getElementById('thermal-summary'));
  summary.append(el('span', {class: 'chip'}, `${data.total} self-hosted models`));
  const legend = el('span', {class: 'legend'});
  for (const state of [...STATES, 'UNKNOWN']) {
    const count = (data.byState || {})[state] || 0;
    if (state !== 'UNKNOWN' || count) legend.append(el('span', {class: 'chip'}, badge(state), ` ${count}`));
  }
  summary.append(legend, el('span', {class: 'chip'}, `${data.transitioning} transitioning`));

  const byCategory = new Map();
  for (const model of data.models) {
    if (!byCategory.has(model.category)) byCategory.set(model.category, []);
    byCategory.get(model.category).push(model);
  }
  const map = clear(document.getElementById('thermal-map'));
  for (const [category, models] of byCategory) {
    map.append(el('h2', {class: 'category'}, `${category} (${models.length})`));
    map.append(el('div', {class: 'tiles'}, models.map(tile)));
  }
}

function tile(m) {
  const state = STATES.includes(m.currentState) ? m.currentState : 'UNKNOWN';
  const marks = [];
  if (m.warming) marks.push(el('span', {class: 'mark warming'}, `warming → ${m.targetState}`));
  else if (m.isTransitioning) marks.push(el('span', {class: 'mark transitioning'}, 'transitioning'));
  const title = [`${m.displayName} (${m.modelId})`, `state ${state}`,
    m.endpointStatus ? `endpoint ${m.endpointStatus}` : 'no endpoint reading',
    m.instanceCount !== null && m.instanceCount !== undefined ? `${m.instanceCount} instance(s)` : null,
    m.lastError ? `last error: ${m.lastError}` : null].filter(Boolean).join('\n');
  return el('div', {
    class: `tile ${state}${m.isTransitioning || m.warming ? ' transitioning' : ''}`,
    title,
    dataset: {modelId: m.modelId, state, transitioning: String(Boolean(m.isTransitioning || m.warming))},
  },
  el('div', {class: 'name'}, m.displayName),
  el('div', {class: 'meta'}, `${state} · warm-up ${m.warmupTimeSeconds} s`),
  el('div', {class: 'meta'}, m.instanceType || ''),
  marks);
}
