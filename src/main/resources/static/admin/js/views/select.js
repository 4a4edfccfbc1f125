// Selection playground: a ModelSelectionCriteria form (spec 36.6) sent to POST /api/v2/registry/select
// and, when the service has it, /select/explain (why each model ranked or was left out).
import {api, ApiError} from '../api.js';
import {badge, clear, el, kvTable, plain} from '../dom.js';

const MODALITIES = 'text, image, audio, video, 3d';

export function init() {
  const form = clear(document.getElementById('select-form'));
  const field = (label, input) => el('label', {}, label, input);
  form.append(
    field('Task', el('select', {name: 'task'})),
    field('Input modalities', el('input', {name: 'inputModality', value: 'text', title: MODALITIES})),
    field('Output modalities', el('input', {name: 'outputModality', value: 'text', title: MODALITIES})),
    field('Tenant tier (1–5)', el('input', {name: 'tenantTier', type: 'number', min: '1', max: '5', value: '3'})),
    field('Prefer hosting', el('select', {name: 'preferHosting'})),
    field('Prefer providers (comma separated)', el('input', {name: 'preferProvider', placeholder: 'e.g. anthropic, openai'})),
    field('Required capabilities', el('input', {name: 'requiredCapabilities', placeholder: 'e.g. function_calling'})),
    field('Min context window', el('input', {name: 'minContextWindow', type: 'number', min: '1'})),
    field('Max latency (ms)', el('input', {name: 'maxLatencyMs', type: 'number', min: '1'})),
    field('Max cost per request ($)', el('input', {name: 'maxCostPerRequest', type: 'number', min: '0', step: 'any'})),
    el('label', {class: 'check'}, el('input', {name: 'requireHIPAA', type: 'checkbox'}), 'Require HIPAA'),
    el('div', {class: 'actions'}, el('button', {type: 'submit', id: 'select-run'}, 'Select')),
  );
  const choices = fillChoices(form);
  form.addEventListener('submit', event => {
    event.preventDefault();
    choices.then(() => run(criteria(form)));
  });
}

// The tasks and hosting preferences are the API contract's (schemas Task and HostingPreference of the document
// GET /api/v2/openapi.json serves), so the page never offers a value the API would refuse.
async function fillChoices(form) {
  const response = await fetch('/api/v2/openapi.json', {headers: {Accept: 'application/json'}});
  const schemas = (await response.json()).components.schemas;
  form.elements.task.append(...schemas.Task.enum.map(t => el('option', {value: t}, t)));
  form.elements.preferHosting.append(...schemas.HostingPreference.enum.map(h => el('option', {value: h}, h)));
}

export async function refresh() {
  // Nothing to poll: the playground answers when asked.
}

function list(value) {
  return value.split(',').map(v => v.trim()).filter(Boolean);
}

function criteria(form) {
  const f = form.elements;
  const c = {
    task: f.task.value,
    inputModality: list(f.inputModality.value),
    outputModality: list(f.outputModality.value),
    tenantTier: Number(f.tenantTier.value),
    preferHosting: f.preferHosting.value,
  };
  if (list(f.preferProvider.value).length) c.preferProvider = list(f.preferProvider.value);
  if (list(f.requiredCapabilities.value).length) c.requiredCapabilities = list(f.requiredCapabilities.value);
  if (f.minContextWindow.value) c.minContextWindow = Number(f.minContextWindow.value);
  if (f.maxLatencyMs.value) c.maxLatencyMs = Number(f.maxLatencyMs.value);
  if (f.maxCostPerRequest.value) c.maxCostPerRequest = Number(f.maxCostPerRequest.value);
  if (f.requireHIPAA.checked) c.requireHIPAA = true;
  return c;
}

async function run(c) {
  const out = clear(document.getElementById('select-result'));
  const selectPart = el('div', {id: 'select-answer'});
  const explainPart = el('div', {id: 'explain-answer'});
  out.append(el('h2', {}, 'POST /api/v2/registry/select'), selectPart,
    el('h2', {}, 'POST /api/v2/registry/select/explain'), explainPart);
  selectPart.append(el('div', {class: 'small'}, 'Asking…'));
  explainPart.append(el('div', {class: 'small'}, 'Asking…'));
  const [selected, explained] = await Promise.allSettled([api.select(c), api.explain(c)]);

  clear(selectPart);
  if (selected.status === 'fulfilled') {
    selectPart.append(el('div', {}, badge(selected.value.selectionReason, 'selected'), ' ',
      `${selected.value.displayName} (${selected.value.modelId})`), kvTable(selected.value));
  } else if (selected.reason instanceof ApiError && selected.reason.status === 404) {
    selectPart.append(el('div', {class: 'banner'}, `No model fits these criteria: ${selected.reason.message}`));
  } else {
    selectPart.append(el('div', {class: 'banner error'}, `Refused (${selected.reason.status || 'error'}): ${selected.reason.message}`));
  }

  clear(explainPart);
  if (explained.status === 'fulfilled') {
    renderExplain(explainPart, explained.value);
  } else if (explained.reason instanceof ApiError && explained.reason.status === 404) {
    explainPart.append(el('div', {class: 'banner', id: 'explain-missing'},
      'This service has no /select/explain endpoint yet (404): only the selected model is shown.'));
  } else {
    explainPart.append(el('div', {class: 'banner error'}, `Refused (${explained.reason.status || 'error'}): ${explained.reason.message}`));
  }
}

function renderExplain(node, answer) {
  node.append(el('div', {class: 'small'}, `registry as of ${answer.registryAsOf || '—'}`));
  const ranked = answer.ranked || [];
  if (ranked.length) {
    const columns = Object.keys(ranked[0]);
    node.append(el('div', {class: 'table-wrap'}, el('table', {class: 'grid'},
      el('thead', {}, el('tr', {}, columns.map(c => el('th', {}, c)))),
      el('tbody', {}, ranked.map(r => el('tr', {}, columns.map(c => el('td', {}, plain(r[c])))))))));
  } else {
    node.append(el('div', {class: 'empty'}, 'No model ranked.'));
  }
  if (answer.rejectedCounts) {
    node.append(el('h2', {}, 'Rejected, by first failed criterion'), kvTable(answer.rejectedCounts));
  }
  const rejected = answer.rejected || [];
  if (rejected.length) {
    node.append(el('details', {}, el('summary', {}, `${rejected.length} rejected models`),
      el('div', {class: 'table-wrap'}, el('table', {class: 'grid'},
        el('thead', {}, el('tr', {}, ['modelId', 'providerId', 'reason'].map(c => el('th', {}, c)))),
        el('tbody', {}, rejected.map(r => el('tr', {}, el('td', {}, plain(r.modelId)), el('td', {}, plain(r.providerId)),
          el('td', {}, plain(r.reason)))))))));
  }
}
