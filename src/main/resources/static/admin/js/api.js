// Calls to the service. The admin token lives in sessionStorage only (gone when the browser session
// ends), travels only in the Authorization header, and never appears in a URL.

const TOKEN_KEY = 'registry.adminToken';

export class ApiError extends Error {
  constructor(status, body) {
    super((body && body.message) || `HTTP ${status}`);
    this.status = status;
    this.body = body;
  }
}

export const token = {
  get: () => sessionStorage.getItem(TOKEN_KEY) || '',
  set: value => sessionStorage.setItem(TOKEN_KEY, value),
  clear: () => sessionStorage.removeItem(TOKEN_KEY),
};

const unauthorizedListeners = [];

/** Called with the server's 401 answer whenever an admin call is refused. */
export function onUnauthorized(listener) {
  unauthorizedListeners.push(listener);
}

const ACTOR_KEY = 'registry.actor';

/** The operator's name sent as X-Actor with every change (audit log, events); session only, optional. */
export const actor = {
  get: () => sessionStorage.getItem(ACTOR_KEY) || '',
  set: value => (value ? sessionStorage.setItem(ACTOR_KEY, value) : sessionStorage.removeItem(ACTOR_KEY)),
};

async function call(method, path, body, admin, extraHeaders = {}) {
  const headers = {Accept: 'application/json', ...extraHeaders};
  if (admin) {
    const value = token.get();
    if (!value) {
      const error = new ApiError(401, {error: 'unauthorized', message: 'Enter the admin token to load this view.'});
      error.noToken = true;
      unauthorizedListeners.forEach(l => l(error));
      throw error;
    }
    headers.Authorization = 'Bearer ' + value;
  }
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(path, {
    method, headers, body: body === undefined ? undefined : JSON.stringify(body),
    cache: 'no-store', credentials: 'omit', referrerPolicy: 'no-referrer',
  });
  const text = await response.text();
  let json = null;
  try { json = text ? JSON.parse(text) : null; } catch (e) { json = null; }
  if (!response.ok) {
    const error = new ApiError(response.status, json || {error: 'http_' + response.status, message: `HTTP ${response.status}`});
    if (response.status === 401 && admin) {
      // A refused token is dropped, so polling does not send it again and again.
      token.clear();
      unauthorizedListeners.forEach(l => l(error));
    }
    throw error;
  }
  return json;
}

const ADMIN = '/api/v2/admin/registry';

export const api = {
  providers: () => call('GET', `${ADMIN}/providers`, undefined, true),
  thermal: () => call('GET', `${ADMIN}/thermal`, undefined, true),
  syncHistory: () => call('GET', `${ADMIN}/sync/history`, undefined, true),
  stats: () => call('GET', `${ADMIN}/stats`, undefined, true),
  triggerSync: syncType => call('POST', `${ADMIN}/sync`, {syncType}, true),
  reviewPending: () => call('GET', `${ADMIN}/review?status=pending&limit=500`, undefined, true),
  approve: (id, body) => call('POST', `${ADMIN}/review/${encodeURIComponent(id)}/approve`, body, true),
  reject: (id, body) => call('POST', `${ADMIN}/review/${encodeURIComponent(id)}/reject`, body, true),
  models: status => call('GET', `${ADMIN}/models${status ? '?status=' + encodeURIComponent(status) : ''}`, undefined, true),
  model: id => call('GET', `${ADMIN}/models/${encodeURIComponent(id)}`, undefined, true),
  // A change carries the ETag it was made from (If-Match): a change made meanwhile answers 412, never lost.
  updateModel: (id, etag, changes, reason) => call('PATCH', `${ADMIN}/models/${encodeURIComponent(id)}`,
    {changes, reason}, true, changeHeaders(etag)),
  provider: id => call('GET', `${ADMIN}/providers/${encodeURIComponent(id)}`, undefined, true),
  updateProvider: (id, etag, changes, reason) => call('PATCH', `${ADMIN}/providers/${encodeURIComponent(id)}`,
    {changes, reason}, true, changeHeaders(etag)),
  audit: filters => call('GET', `${ADMIN}/audit?${new URLSearchParams(filters)}`, undefined, true),
  // Selection is the orchestration engine's API, not an admin one: the token is not sent there.
  select: criteria => call('POST', '/api/v2/registry/select', criteria, false),
  explain: criteria => call('POST', '/api/v2/registry/select/explain', criteria, false),
};

function changeHeaders(etag) {
  const headers = {'If-Match': etag};
  if (actor.get()) headers['X-Actor'] = actor.get();
  return headers;
}
