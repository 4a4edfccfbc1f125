// Models: the catalog (enabled or disabled), and an editor per model — where each value came from, a
// reason for every change, one-click disable/enable, and a change made meanwhile shown, never overwritten
// (PATCH /api/v2/admin/registry/models/{id} with If-Match).
import {api} from '../api.js';
import {badge, clear, el, table} from '../dom.js';
import {editor} from '../edit/form.js';

let notify = () => {};
let openId = null;

export function init(notice) {
  notify = notice;
  const form = document.getElementById('models-filter');
  form.addEventListener('submit', event => { event.preventDefault(); refresh(); });
  form.elements.status.addEventListener('change', () => refresh());
}

export async function refresh() {
  const form = document.getElementById('models-filter');
  const status = form.elements.status.value;
  const needle = form.elements.search.value.trim().toLowerCase();
  const data = await api.models(status);
  const models = data.models.filter(m => !needle
    || `${m.providerId} ${m.modelId} ${m.displayName}`.toLowerCase().includes(needle));
  const rows = models.slice(0, 300).map(m => el('tr', {dataset: {modelId: m.modelId, providerId: m.providerId}},
    el('td', {}, el('div', {}, m.displayName), el('div', {class: 'small'}, `${m.providerId} / ${m.modelId}`)),
    el('td', {}, m.hostingType),
    el('td', {}, m.category),
    el('td', {}, badge(m.enabled ? 'enabled' : 'disabled')),
    el('td', {}, m.deprecated ? badge('deprecated') : ''),
    el('td', {}, el('button', {type: 'button', class: 'secondary edit-model', onclick: () => open(m.id)}, 'Edit'))));
  table(document.getElementById('models-table'), ['Model', 'Hosting', 'Category', 'State', '', ''], rows);
  const summary = clear(document.getElementById('models-summary'));
  summary.append(el('span', {class: 'chip'}, `${models.length} of ${data.total} models`));
}

export async function open(id) {
  openId = id;
  // the form of another model (or an older load) goes at once: nothing typed into it could be sent
  clear(document.getElementById('model-editor')).append(el('div', {class: 'empty'}, 'Loading…'));
  const detail = await api.model(id);
  render(detail, null);
}

function render(detail, saved) {
  const container = document.getElementById('model-editor');
  editor(container, detail, {
    title: detail.displayName,
    subtitle: `${detail.providerId} / ${detail.modelId} · ${detail.hostingType}`,
    skip: ['enabled'],
    save: (etag, changes, reason) => api.updateModel(detail.id, etag, changes, reason),
    reload: (fresh, message) => {
      render(fresh, message);
      if (message) refresh();
    },
  });
  if (saved) notify(`${detail.displayName}: ${saved}`);
  container.scrollIntoView({block: 'nearest'});
}

export function current() {
  return openId;
}
