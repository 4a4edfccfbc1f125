// Review queue: pending entries with what discovery (and any catalog feed) found, approve/reject with
// a note. Entries are kept in place across refreshes, so a note being typed is never lost.
import {api, ApiError} from '../api.js';
import {badge, clear, el, kvTable, plain, when} from '../dom.js';

// Fields shown in the card's header; any other field of an entry is shown generically below it.
const HEADER_FIELDS = ['reviewId', 'providerId', 'modelId', 'kind', 'status', 'discovered', 'reason', 'syncId',
  'firstSeenAt', 'lastSeenAt', 'decidedAt', 'decidedBy', 'decisionNote'];

const CATEGORIES = ['llm', 'vision_llm', 'reasoning', 'embedding', 'image_generation', 'video_generation',
  'audio_generation', 'text_to_speech', 'speech_to_text', 'search', '3d_generation', 'moderation'];

// Kinds whose one entry covers a set of the provider's models, decided as one (model id '*').
const SET_KINDS = {
  held_changes: d => `${(d && d.changes || []).length} lifecycle value(s), one decision`,
  mass_discovery: d => `${d && d.count || 0} new ids, one decision`,
};

const cards = new Map();
let notify = () => {};

export function init(notice) {
  notify = notice;
}

export async function refresh() {
  const data = await api.reviewPending();
  const list = document.getElementById('review-list');
  const ids = new Set(data.items.map(i => i.reviewId));
  for (const [id, card] of cards) {
    if (!ids.has(id)) { card.remove(); cards.delete(id); }
  }
  for (const item of data.items) {
    if (!cards.has(item.reviewId)) {
      const card = render(item);
      cards.set(item.reviewId, card);
      list.append(card);
    }
  }
  list.querySelector('.empty')?.remove();
  if (!cards.size) list.append(el('div', {class: 'empty'}, 'Nothing waits for review.'));
  const counts = {};
  data.items.forEach(i => { counts[i.kind] = (counts[i.kind] || 0) + 1; });
  const summary = clear(document.getElementById('review-summary'));
  summary.append(el('span', {class: 'chip'}, `${data.total} pending`));
  Object.entries(counts).forEach(([kind, n]) => summary.append(el('span', {class: 'chip'}, `${kind}: ${n}`)));
}

function render(item) {
  const note = el('textarea', {placeholder: 'Note (optional)', maxlength: '1000', 'aria-label': 'Decision note'});
  const result = el('div', {class: 'result-line'});
  // A new model enters the catalog with a category; discovery's guess may be missing or wrong.
  const found = (item.discovered && (item.discovered.suggestedCategory || item.discovered.category)) || null;
  const category = item.kind === 'new_model'
    ? el('select', {'aria-label': 'Category', class: 'category-choice'},
      el('option', {value: ''}, found ? `category: ${found} (as discovered)` : 'category: choose…'),
      CATEGORIES.map(c => el('option', {value: c}, c)))
    : null;
  const approve = el('button', {type: 'button', class: 'approve'}, 'Approve');
  const reject = el('button', {type: 'button', class: 'danger reject'}, 'Reject');
  const decide = async (action, label) => {
    approve.disabled = reject.disabled = true;
    try {
      const body = {};
      if (note.value.trim()) body.note = note.value.trim();
      if (action === 'approve' && category && category.value) body.category = category.value;
      const answer = await api[action](item.reviewId, body);
      result.replaceChildren(badge(answer.status), ` ${label} ${item.providerId}/${item.modelId}`);
      notify(`${label} ${item.kind} ${item.providerId}/${item.modelId}.`);
      setTimeout(() => { cards.delete(item.reviewId); card.remove(); }, 1500);
    } catch (e) {
      approve.disabled = reject.disabled = false;
      if (!(e instanceof ApiError) || e.status !== 401) {
        result.replaceChildren(badge('failed'), ` ${e.status || ''} ${e.message}`);
      }
    }
  };
  approve.addEventListener('click', () => decide('approve', 'Approved'));
  reject.addEventListener('click', () => decide('reject', 'Rejected'));

  const extra = {};
  for (const [key, value] of Object.entries(item)) {
    if (!HEADER_FIELDS.includes(key)) extra[key] = value;
  }
  const card = el('article', {class: 'card', dataset: {reviewId: item.reviewId, kind: item.kind}},
    el('h3', {}, badge(item.kind), ' ', SET_KINDS[item.kind]
      ? `${item.providerId}: ${SET_KINDS[item.kind](item.discovered)}` : `${item.providerId} / ${item.modelId}`),
    item.reason ? el('div', {class: 'reason'}, item.reason) : null,
    el('div', {class: 'small'}, 'first seen ', when(item.firstSeenAt), ' · last seen ', when(item.lastSeenAt),
      item.syncId ? ` · sync ${item.syncId}` : ''),
    el('h4', {}, 'Discovered'),
    typeof item.discovered === 'object' && item.discovered !== null ? kvTable(item.discovered) : plain(item.discovered),
    Object.keys(extra).length ? [el('h4', {}, 'More'), kvTable(extra)] : null,
    el('div', {class: 'decision'}, note, category, approve, reject),
    result);
  return card;
}
