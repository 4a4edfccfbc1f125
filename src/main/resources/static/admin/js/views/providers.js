// Providers: one row per provider with its health figures (GET /api/v2/admin/registry/providers).
import {api} from '../api.js';
import {badge, clear, el, fmtMs, fmtPercent, table, when} from '../dom.js';

export async function refresh() {
  const data = await api.providers();
  const summary = clear(document.getElementById('providers-summary'));
  summary.append(el('span', {class: 'chip'}, `${data.total} providers`));
  for (const [status, count] of Object.entries(data.byStatus || {})) {
    summary.append(el('span', {class: 'chip'}, badge(status), ` ${count}`));
  }
  const rows = data.providers.map(p => el('tr', {dataset: {providerId: p.providerId}},
    el('td', {}, el('div', {}, p.displayName), el('div', {class: 'small'}, p.providerId, p.enabled ? '' : ' · disabled')),
    el('td', {class: 'status'}, badge(p.status)),
    el('td', {}, p.authStatus ? badge(p.authStatus) : '—'),
    el('td', {class: 'num'}, fmtMs(p.avgLatencyMs)),
    el('td', {class: 'num'}, fmtMs(p.p95LatencyMs)),
    el('td', {class: 'num'}, fmtMs(p.p99LatencyMs)),
    el('td', {class: 'num'}, fmtPercent(p.errorRate)),
    el('td', {}, when(p.lastCheckAt)),
    el('td', {class: 'error-text'}, p.lastError || ''),
    el('td', {class: 'nowrap'}, p.discoveryKind),
    el('td', {class: 'num'}, String(p.activeModels ?? '—')),
  ));
  table(document.getElementById('providers-table'),
    ['Provider', 'Status', 'Auth', 'Avg', 'p95', 'p99', 'Error rate', 'Last check', 'Last error', 'Discovery', 'Models'],
    rows);
}
