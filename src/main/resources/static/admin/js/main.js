// The console's shell: token form, tabs, polling of the visible view, the 401 message.
import {actor, onUnauthorized, token} from './api.js';
import * as providers from './views/providers.js';
import * as thermal from './views/thermal.js';
import * as syncs from './views/syncs.js';
import * as review from './views/review.js';
import * as select from './views/select.js';
import * as models from './views/models.js';
import * as audit from './views/audit.js';

const VIEWS = {providers, models, thermal, syncs, review, select, audit};
const POLL_MS = 10000;
let current = 'providers';
let timer = null;

const $ = id => document.getElementById(id);

let noticeTimer = null;

function notice(text, isError = false) {
  const node = $('notice');
  node.textContent = text;
  node.classList.toggle('error', isError);
  node.hidden = false;
  clearTimeout(noticeTimer);
  noticeTimer = setTimeout(() => { node.hidden = true; }, 15000);
}

function showAuth(message) {
  const node = $('auth-message');
  node.textContent = message;
  node.hidden = !message;
}

onUnauthorized(error => {
  // Without a token nothing was sent: keep the server's reason for the last refusal on screen, if any.
  if (error.noToken && !$('auth-message').hidden) return;
  showAuth(`Not authorised (401): ${error.message} Enter the admin token (REGISTRY_ADMIN_TOKEN) and sign in.`);
  $('updated').textContent = 'Waiting for a valid admin token.';
});

let pending = null;

// A slow answer must not pile polls up: while a view is loading, asking it again waits for that load.
function refresh() {
  if (pending && pending.view === current) return pending.promise;
  const view = current;
  const promise = load(view).finally(() => { if (pending && pending.promise === promise) pending = null; });
  pending = {view, promise};
  return promise;
}

async function load(name) {
  const view = VIEWS[name];
  try {
    await view.refresh();
    if (name !== 'select') showAuth('');
    $('updated').textContent = `Updated ${new Date().toLocaleTimeString()}`;
  } catch (e) {
    if (e.status !== 401) {
      $('updated').textContent = `Could not load this view: ${e.message}`;
    }
  }
}

function show(name) {
  current = VIEWS[name] ? name : 'providers';
  for (const section of document.querySelectorAll('.view')) section.hidden = section.dataset.view !== current;
  for (const tab of document.querySelectorAll('.tab')) {
    tab.classList.toggle('active', tab.dataset.view === current);
    tab.setAttribute('aria-selected', String(tab.dataset.view === current));
  }
  if (location.hash !== '#' + current) history.replaceState(null, '', '#' + current);
  refresh();
}

function schedule() {
  clearInterval(timer);
  timer = setInterval(() => {
    if ($('auto-refresh').checked && !document.hidden && current !== 'select') refresh();
  }, POLL_MS);
}

function start() {
  syncs.init(notice);
  review.init(notice);
  select.init();
  providers.init(notice);
  models.init(notice);
  audit.init();
  $('actor').value = actor.get();
  $('actor').addEventListener('change', () => actor.set($('actor').value.trim()));
  $('token-form').addEventListener('submit', event => {
    event.preventDefault();
    const value = $('token').value.trim();
    $('token').value = '';
    if (value) token.set(value);
    showAuth('');
    refresh();
  });
  $('token-clear').addEventListener('click', () => {
    token.clear();
    showAuth('Signed out: the token is removed from this browser session.');
  });
  $('refresh').addEventListener('click', refresh);
  for (const tab of document.querySelectorAll('.tab')) tab.addEventListener('click', () => show(tab.dataset.view));
  window.addEventListener('hashchange', () => show(location.hash.slice(1)));
  schedule();
  show(location.hash.slice(1) || 'providers');
}

start();
