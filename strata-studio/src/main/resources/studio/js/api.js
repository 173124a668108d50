// The studio's JSON API. Authentication is the HttpOnly cookie the first visit set:
// no token is ever read, stored or sent by this code.

/** An error answer of the API: HTTP status, message, fix, and SQLSTATE/position for SQL errors. */
export class ApiError extends Error {
  constructor(status, body) {
    super(body?.error || `HTTP ${status}`);
    this.status = status;
    this.fix = body?.fix || null;
    this.sqlState = body?.sqlState || null;
    this.position = body?.position || 0;
  }
}

async function request(method, path, body) {
  const init = { method, credentials: 'same-origin', headers: { Accept: 'application/json' } };
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(path, init);
  } catch (e) {
    throw new ApiError(0, { error: 'the studio server does not answer', fix: 'check that strata studio is still running' });
  }
  const text = await response.text();
  let json = null;
  try { json = text ? JSON.parse(text) : null; } catch { json = null; }
  if (!response.ok) {
    throw new ApiError(response.status, json && json.error ? json : { error: text.trim() || response.statusText });
  }
  return json;
}

const get = (path) => request('GET', path);
const post = (path, body) => request('POST', path, body);
const seg = encodeURIComponent;

let infoPromise = null;
let schemaPromise = null;

export const api = {
  /** Connection and mode; fetched once per page load. */
  info: () => (infoPromise ??= get('/api/info')),
  /** The whole catalog; cached until {@link api.refreshSchema}. */
  schema: () => (schemaPromise ??= get('/api/schema').catch((e) => { schemaPromise = null; throw e; })),
  refreshSchema() { schemaPromise = null; return api.schema(); },
  diagram: () => get('/api/diagram'),

  /** One page of rows; `q` = {sort, dir, limit, after, filter: [...]}. */
  rows(schema, table, q = {}) {
    const params = new URLSearchParams();
    if (q.sort) { params.set('sort', q.sort); params.set('dir', q.dir || 'asc'); }
    params.set('limit', String(q.limit || 100));
    if (q.after) params.set('after', q.after);
    if (q.filter && q.filter.length) params.set('filter', JSON.stringify(q.filter));
    return get(`/api/rows/${seg(schema)}/${seg(table)}?${params}`);
  },

  previewEdits: (batch) => post('/api/edits/preview', batch),
  applyEdits: (batch) => post('/api/edits/apply', batch),
  sql: (sql) => post('/api/sql', { sql }),
  migrations: () => get('/api/migrations'),
  migration: (name) => get(`/api/migrations/${seg(name)}`),
  drift: () => get('/api/drift'),
};
