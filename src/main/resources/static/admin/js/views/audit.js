// Audit log: every admin change (edit, create) and review decision, newest first
// (GET /api/v2/admin/registry/audit), filtered by provider and model.
import {api} from '../api.js';
import {badge, el, plain, table, when} from '../dom.js';

export function init() {
  const form = document.getElementById('audit-filter');
  form.addEventListener('submit', event => { event.preventDefault(); refresh(); });
}

export async function refresh() {
  const f = document.getElementById('audit-filter').elements;
  const filters = {limit: '200'};
  if (f.providerId.value.trim()) filters.providerId = f.providerId.value.trim();
  if (f.modelId.value.trim()) filters.modelId = f.modelId.value.trim();
  const data = await api.audit(filters);
  const rows = data.entries.map(e => el('tr', {dataset: {kind: e.kind}},
    el('td', {class: 'nowrap'}, when(e.at)),
    el('td', {}, badge(e.kind)),
    el('td', {}, e.providerId, e.modelId ? el('div', {class: 'small'}, e.modelId) : null),
    el('td', {}, el('ul', {class: 'changes'}, (e.changes || []).map(c => el('li', {},
      el('strong', {}, c.field), ' ', plain(c.oldValue), ' → ', plain(c.newValue))))),
    el('td', {}, e.reason || ''),
    el('td', {}, e.actor || '—')));
  table(document.getElementById('audit-table'), ['When', 'Kind', 'Provider / model', 'Changes', 'Reason', 'Actor'],
    rows.length ? rows : [el('tr', {}, el('td', {colspan: '6', class: 'small'}, 'No admin change recorded yet.'))]);
}
