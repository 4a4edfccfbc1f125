// The edit form shared by the model and provider editors: one input per editable field (the server's
// editableFields list decides which), the source each value came from, a reason, save under the ETag the
// form was loaded with, one-click enable/disable, and the 412 answer shown as the other person's change.
import {ApiError} from '../api.js';
import {clear, el, plain, when} from '../dom.js';

/** Renders an editor into container. subject: the loaded detail (etag, editableFields, sources, values). */
export function editor(container, subject, {title, subtitle, save, reload, sourceKey = f => f.column, skip = []}) {
  clear(container);
  const inputs = new Map();
  const fields = subject.editableFields.filter(f => !skip.includes(f.field));
  const message = el('div', {class: 'edit-message', id: 'edit-message', role: 'status'});
  const conflict = el('div', {class: 'edit-conflict', id: 'edit-conflict', hidden: true});
  const reason = el('input', {id: 'edit-reason', class: 'reason-input', maxlength: '500',
    placeholder: 'Reason for this change (3–500 characters, recorded in the audit log)'});
  const rows = fields.map(f => {
    const input = inputFor(f, subject[f.field]);
    inputs.set(f.field, input);
    return el('tr', {dataset: {field: f.field}},
      el('th', {}, el('label', {for: input.id}, f.field)),
      el('td', {}, input),
      el('td', {class: 'source'}, sourceOf(subject.sources && subject.sources[sourceKey(f)])));
  });
  const enabled = subject.enabled !== false;
  const toggle = el('button', {type: 'button', id: 'edit-toggle', class: enabled ? 'danger' : ''},
    enabled ? 'Disable' : 'Enable');
  toggle.addEventListener('click', () => submit({enabled: !enabled}));
  const saveButton = el('button', {type: 'submit', id: 'edit-save'}, 'Save changes');
  const form = el('form', {class: 'edit-form', id: 'edit-form', autocomplete: 'off'},
    el('div', {class: 'edit-head'},
      el('h3', {}, title),
      el('div', {class: 'small'}, subtitle, ' · ETag ', el('code', {id: 'edit-etag'}, subject.etag)),
      el('div', {class: 'edit-state'}, el('span', {class: 'badge ' + (enabled ? 'healthy' : 'unhealthy'), id: 'edit-enabled'},
        enabled ? 'enabled' : 'disabled'), sourceOf(subject.sources && subject.sources.enabled))),
    el('table', {class: 'kv edit-fields'},
      el('thead', {}, el('tr', {}, el('th', {}, 'Field'), el('th', {}, 'Value'), el('th', {}, 'Source'))),
      el('tbody', {}, rows)),
    el('div', {class: 'decision'}, reason, saveButton, toggle),
    message, conflict,
    history(subject.history));
  form.addEventListener('submit', event => {
    event.preventDefault();
    const changes = {};
    for (const f of fields) {
      const value = read(f, inputs.get(f.field));
      if (value === INVALID) {
        show(message, `${f.field}: not a valid ${f.kind}.`, true);
        return;
      }
      if (!same(value, subject[f.field])) changes[f.field] = value;
    }
    if (!Object.keys(changes).length) {
      show(message, 'Nothing changed.', false);
      return;
    }
    submit(changes);
  });
  container.append(form);

  async function submit(changes) {
    const why = reason.value.trim();
    if (why.length < 3) {
      show(message, 'Give a reason of at least 3 characters: it is recorded with the change.', true);
      reason.focus();
      return;
    }
    saveButton.disabled = true;
    toggle.disabled = true;
    try {
      const updated = await save(subject.etag, changes, why);
      reload(updated, `Saved: ${Object.entries(changes).map(([k, v]) => `${k} = ${plain(v)}`).join(', ')}.`);
    } catch (e) {
      saveButton.disabled = false;
      toggle.disabled = false;
      if (e instanceof ApiError && e.status === 412 && e.body && e.body.current) {
        // Someone changed it meanwhile: show their change, keep ours unsent, and load theirs into the form.
        const current = e.body.current;
        reload(current, null);
        const box = document.getElementById('edit-conflict');
        if (box) showConflict(box, subject, current, changes, fields);
      } else {
        show(message, e instanceof ApiError ? `${e.status}: ${e.message}` : String(e), true);
      }
    }
  }
}

function showConflict(box, before, current, mine, fields) {
  clear(box);
  box.hidden = false;
  const last = (current.history || [])[0];
  const moved = fields.filter(f => !same(current[f.field], before[f.field]) || f.field in mine);
  box.append(
    el('strong', {}, 'Not saved: someone changed this meanwhile (412). Their change is kept and shown below; '
      + 'the form now holds the current values — apply yours again if they still make sense.'),
    last ? el('div', {class: 'small', id: 'edit-conflict-who'}, 'Last change ', when(last.at), ' by ',
      last.actor || 'an unnamed operator', ': “', last.reason || '', '”') : null,
    el('table', {class: 'kv', id: 'edit-conflict-table'},
      el('thead', {}, el('tr', {}, el('th', {}, 'Field'), el('th', {}, 'You started from'), el('th', {}, 'Now (theirs)'),
        el('th', {}, 'Yours (not saved)'))),
      el('tbody', {}, moved.map(f => el('tr', {dataset: {field: f.field}},
        el('th', {}, f.field), el('td', {}, plain(before[f.field])), el('td', {class: 'theirs'}, plain(current[f.field])),
        el('td', {}, f.field in mine ? plain(mine[f.field]) : '—'))))));
  box.scrollIntoView({block: 'nearest'});
}

function history(entries) {
  if (!entries || !entries.length) return null;
  return el('details', {class: 'edit-history'},
    el('summary', {}, `History (${entries.length})`),
    el('ul', {}, entries.slice(0, 20).map(h => el('li', {},
      when(h.at), ` ${h.kind} by ${h.actor || 'unnamed'}: `,
      (h.changes || []).map(c => `${c.field} ${plain(c.oldValue)} → ${plain(c.newValue)}`).join('; '),
      h.reason ? ` — “${h.reason}”` : ''))));
}

function sourceOf(source) {
  if (!source) return el('span', {class: 'small'}, '—');
  const parts = [el('span', {class: 'badge source-' + (/^[a-z._]+$/.test(source.source) ? source.source.replace('.', '_') : 'other')},
    source.source)];
  if (source.reason) parts.push(' “', source.reason, '”');
  if (source.observedAt) parts.push(' ', when(source.observedAt));
  return el('span', {class: 'small'}, parts);
}

const INVALID = Symbol('invalid');

function inputFor(f, value) {
  const id = 'edit-' + f.field;
  if (f.kind === 'boolean') {
    return el('select', {id}, ['true', 'false'].map(v => el('option', {value: v, selected: String(value) === v}, v)));
  }
  if (f.kind === 'choice') {
    return el('select', {id}, (f.allowed || []).map(v => el('option', {value: v, selected: value === v}, v)));
  }
  if (f.kind === 'labels') {
    return el('input', {id, value: (value || []).join(', '), title: 'comma separated'});
  }
  if (f.kind === 'date') {
    return el('input', {id, type: 'date', value: value || ''});
  }
  return el('input', {id, value: value === null || value === undefined ? '' : String(value),
    inputmode: f.kind === 'integer' ? 'numeric' : f.kind === 'decimal' ? 'decimal' : undefined});
}

function read(f, input) {
  const raw = input.value.trim();
  if (f.kind === 'boolean') return raw === 'true';
  if (f.kind === 'choice') return raw;
  if (f.kind === 'labels') return raw.split(',').map(v => v.trim()).filter(Boolean);
  if (raw === '') return f.nullable ? null : (f.kind === 'text' ? '' : INVALID);
  if (f.kind === 'integer') return /^-?\d+$/.test(raw) ? Number(raw) : INVALID;
  if (f.kind === 'decimal') return /^-?\d*\.?\d+(e-?\d+)?$/i.test(raw) ? Number(raw) : INVALID;
  return raw;
}

function same(a, b) {
  if (Array.isArray(a) || Array.isArray(b)) return JSON.stringify(a || []) === JSON.stringify(b || []);
  if (typeof a === 'number' || typeof b === 'number') return a !== null && b !== null && Number(a) === Number(b);
  return (a ?? null) === (b ?? null);
}

function show(node, text, isError) {
  node.textContent = text;
  node.classList.toggle('error', isError);
}
