// Hash routes: #/<page>/<part>/<part>?<query>. Each page is a function (container, route) that
// renders into the container and may return a cleanup function, run before the next page.

/** Parses `location.hash` into {page, parts, query}. */
export function currentRoute() {
  const hash = location.hash.replace(/^#\/?/, '');
  const [path, search = ''] = hash.split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  return { page: parts[0] || '', parts: parts.slice(1), query: new URLSearchParams(search) };
}

/** Builds a hash for page + parts + query object (empty values dropped). */
export function href(parts, query = {}) {
  const path = '#/' + parts.map(encodeURIComponent).join('/');
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v !== null && v !== undefined && v !== '') params.set(k, v);
  }
  const q = params.toString();
  return q ? `${path}?${q}` : path;
}

/** Starts routing: calls `pages[page]` on every hash change, `fallback` when the page is unknown. */
export function startRouter(container, pages, fallback, onChange) {
  let cleanup = null;
  let last = null;
  const render = () => {
    const r = currentRoute();
    const handler = pages[r.page];
    if (!handler) { location.replace(fallback); return; }
    // Same page and parts, only the query changed: let the page handle it if it can.
    const key = r.page + '/' + r.parts.join('/');
    if (last === key && cleanup && typeof cleanup.update === 'function') {
      cleanup.update(r);
      onChange?.(r);
      return;
    }
    if (typeof cleanup === 'function') cleanup();
    else if (cleanup && typeof cleanup.dispose === 'function') cleanup.dispose();
    last = key;
    container.replaceChildren();
    container.scrollTop = 0;
    cleanup = handler(container, r) || null;
    onChange?.(r);
  };
  window.addEventListener('hashchange', render);
  render();
}
