// Providers: one row per provider with its health figures (GET /api/v2/admin/registry/providers), and an
// editor per provider for enabled, compliance and displayName (PATCH /providers/{id} with If-Match).
import {api} from '../api.js';
import {badge, clear, el, fmtMs, fmtPercent, table, when} from '../dom.js';
import {editor} from '../edit/form.js';

let notify = () => {};

export function init(notice) {
  notify = notice;
}

export async function open(id) {
  clear(document.getElementById('provider-editor')).append(el('div', {class: 'empty'}, 'Loading…'));
  render(await api.provider(id), null);
}

function render(provider, saved) {
  const container = document.getElementById('provider-editor');
  editor(container, provider, {
    title: provider.displayName,
    subtitle: `${provider.id} · ${provider.apiBaseUrl} · key variable ${provider.apiKeyEnv || '—'} (not editable here)`,
    skip: ['enabled'],
    save: (etag, changes, reason) => api.updateProvider(provider.id, etag, changes, reason),
    reload: (fresh, message) => {
      render(fresh, message);
      if (message) refresh();
    },
  });
  if (saved) notify(`${provider.displayName}: ${saved}`);
  container.scrollIntoView({block: 'nearest'});
}

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
    el('td', {}, el('button', {type: 'button', class: 'secondary edit-provider', onclick: () => open(p.providerId)}, 'Edit')),
  ));
  table(document.getElementById('providers-table'),
    ['Provider', 'Status', 'Auth', 'Avg', 'p95', 'p99', 'Error rate', 'Last check', 'Last error', 'Discovery', 'Models', ''],
    rows);
}
