// Syncs: the last 50 sync log rows, a trigger button per sync type, and the event outbox's figures (events
// still to send to EventBridge, and dead ones: refused by EventBridge for good, set aside).
import {api, ApiError} from '../api.js';
import {badge, clear, el, fmtDuration, table, when} from '../dom.js';

const TYPES = ['full', 'health', 'thermal', 'pricing'];
let notify = () => {};

export function init(notice) {
  notify = notice;
  const buttons = clear(document.getElementById('sync-buttons'));
  for (const type of TYPES) {
    buttons.append(el('button', {type: 'button', id: `sync-run-${type}`, onclick: () => trigger(type)},
      `Run ${type} sync`));
  }
}

async function trigger(type) {
  try {
    const answer = await api.triggerSync(type);
    notify(`${answer.message || 'Sync started'} (${answer.syncType}, id ${answer.syncId ?? 'dispatched'})`);
  } catch (e) {
    if (!(e instanceof ApiError) || e.status !== 401) {
      notify(`The ${type} sync was not started: ${e.message}`, true);
    }
  }
  await refresh().catch(() => {});
}

export async function refresh() {
  const [rows, stats] = await Promise.all([api.syncHistory(), api.stats()]);
  const outbox = clear(document.getElementById('syncs-outbox'));
  outbox.append(el('span', {class: 'chip', id: 'outbox-pending'}, `outbox: ${stats.outboxPendingCount ?? 0} pending`));
  const dead = stats.outboxDeadCount ?? 0;
  outbox.append(el('span', {class: dead ? 'chip warn' : 'chip', id: 'outbox-dead',
    title: 'Events EventBridge refused for good (event_outbox.dead_at); the events behind them were sent'},
  `${dead} dead`));
  const body = rows.map(s => el('tr', {dataset: {syncId: s.syncId, syncType: s.syncType, status: s.status}},
    el('td', {}, when(s.startedAt)),
    el('td', {}, s.syncType),
    el('td', {}, s.trigger),
    el('td', {class: 'status'}, badge(s.status)),
    el('td', {class: 'num'}, fmtDuration(s.durationMs)),
    el('td', {class: 'num'}, String(s.providersUpdated ?? 0)),
    el('td', {class: 'num'}, String(s.modelsAdded ?? 0)),
    el('td', {class: 'num'}, String(s.modelsUpdated ?? 0)),
    el('td', {class: 'num'}, String(s.modelsDeprecated ?? 0)),
    el('td', {class: 'error-text'}, errorsOf(s)),
    el('td', {class: 'small'}, s.instanceId || '', el('div', {}, s.syncId)),
  ));
  table(document.getElementById('syncs-table'),
    ['Started', 'Type', 'Trigger', 'Status', 'Duration', 'Providers', 'Added', 'Updated', 'Deprecated', 'Errors', 'Instance / id'],
    body.length ? body : [el('tr', {}, el('td', {colspan: 11, class: 'small'}, 'No sync has run yet.'))]);
}

function errorsOf(s) {
  const lines = [];
  if (s.errorMessage) lines.push(s.errorMessage);
  for (const e of s.errors || []) lines.push(e);
  if (!lines.length) return '';
  const shown = lines.slice(0, 3).map(line => el('div', {}, line));
  if (lines.length > 3) {
    shown.push(el('details', {}, el('summary', {}, `${lines.length - 3} more`), lines.slice(3).map(l => el('div', {}, l))));
  }
  return shown;
}
