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

async function call(method, path, body, admin) {
  const headers = {Accept: 'application/json'};
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
  // Selection is the orchestration engine's API, not an admin one: the token is not sent there.
  select: criteria => call('POST', '/api/v2/registry/select', criteria, false),
  explain: criteria => call('POST', '/api/v2/registry/select/explain', criteria, false),
};
