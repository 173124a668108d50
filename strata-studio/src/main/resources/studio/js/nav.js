// The left navigation: schemas and their tables, with a search across table, column, enum and
// index names. Table links open the schema page, or the data grid while the data page is shown.

import { el, replace, route, count } from './dom.js';

const MAX_ITEMS = 400;

/** Wires the search box and renders the list; returns {setMode(page), setActive(schema, table)}. */
export function createNav(container, search, schema) {
  let mode = 'schema';
  let active = '';
  const tables = schema.tables.slice().sort((a, b) => (a.schema + '.' + a.name).localeCompare(b.schema + '.' + b.name));

  const render = () => {
    const q = search.value.trim().toLowerCase();
    const bySchema = new Map();
    let shown = 0;
    for (const t of tables) {
      const hits = q ? matches(t, q) : [];
      if (q && hits === null) continue;
      if (shown++ >= MAX_ITEMS) break;
      if (!bySchema.has(t.schema)) bySchema.set(t.schema, []);
      bySchema.get(t.schema).push(item(t, hits));
    }
    const enumHits = q ? schema.enums.filter((e) => e.name.toLowerCase().includes(q)
      || e.values.some((v) => v.toLowerCase().includes(q))) : [];
    const groups = [...bySchema].map(([name, items]) => el('section', { class: 'nav-group' },
      el('h2', { class: 'nav-schema', text: name }),
      el('ul', { class: 'nav-list', role: 'list' }, items)));
    if (enumHits.length) {
      groups.push(el('section', { class: 'nav-group' }, el('h2', { class: 'nav-schema', text: 'enums' }),
        el('ul', { class: 'nav-list' }, enumHits.map((e) => el('li', {},
          el('a', { href: '#/schema?enum=' + encodeURIComponent(e.schema + '.' + e.name), class: 'nav-link', 'data-test': 'enum-link' },
            el('span', { class: 'nav-name', text: e.schema + '.' + e.name }),
            el('span', { class: 'nav-hint', text: e.values.join(', ') })))))));
    }
    if (!groups.length) groups.push(el('p', { class: 'muted nav-empty', text: q ? `Nothing matches “${search.value}”` : 'No tables' }));
    if (shown > MAX_ITEMS) groups.push(el('p', { class: 'muted nav-empty', text: `Showing ${MAX_ITEMS}; type to narrow` }));
    replace(container, groups);
  };

  const item = (t, hits) => {
    const key = t.schema + '.' + t.name;
    const link = el('a', {
      href: route(mode === 'data' ? 'data' : 'schema', t.schema, t.name),
      class: 'nav-link' + (key === active ? ' active' : ''),
      'data-test': 'table-link', 'data-table': key, 'aria-current': key === active ? 'page' : false,
    },
    el('span', { class: 'nav-name', text: t.name }),
    t.kind !== 'table' ? el('span', { class: 'kind-badge', text: kindShort(t.kind) }) : null,
    el('span', { class: 'nav-count', text: t.rowEstimate >= 0 ? '≈' + short(t.rowEstimate) : '' }));
    const hintList = (hits || []).slice(0, 3).map((h) => el('span', { class: 'nav-hint', text: h }));
    return el('li', {}, link, hintList.length ? el('div', { class: 'nav-hints' }, hintList) : null);
  };

  search.addEventListener('input', render);
  search.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      const first = container.querySelector('a');
      if (first) { first.click(); location.hash = first.getAttribute('href'); }
    } else if (e.key === 'ArrowDown') {
      container.querySelector('a')?.focus();
      e.preventDefault();
    } else if (e.key === 'Escape') {
      search.value = '';
      render();
    }
  });
  container.addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const links = [...container.querySelectorAll('a')];
    const i = links.indexOf(document.activeElement);
    if (i < 0) return;
    e.preventDefault();
    if (e.key === 'ArrowUp' && i === 0) search.focus();
    else links[Math.max(0, Math.min(links.length - 1, i + (e.key === 'ArrowDown' ? 1 : -1)))].focus();
  });
  render();

  return {
    setMode(page) { if (page !== mode) { mode = page; render(); } },
    setActive(schemaName, tableName) {
      const key = schemaName && tableName ? schemaName + '.' + tableName : '';
      if (key !== active) { active = key; render(); }
    },
  };
}

/** null when the table does not match `q`, else the list of hints saying what matched. */
function matches(t, q) {
  const hits = [];
  const tableHit = t.name.toLowerCase().includes(q) || (t.schema + '.' + t.name).toLowerCase().includes(q);
  for (const c of t.columns) if (c.name.toLowerCase().includes(q)) hits.push('column ' + c.name);
  for (const i of t.indexes || []) if (i.name.toLowerCase().includes(q)) hits.push('index ' + i.name);
  for (const c of t.columns) {
    if (c.enumValues && c.type.toLowerCase().includes(q)) hits.push('enum ' + c.type + ' (' + c.name + ')');
  }
  return tableHit || hits.length ? hits : null;
}

function kindShort(kind) {
  return { view: 'view', 'materialized view': 'mat. view', 'partitioned table': 'partitioned' }[kind] || kind;
}

function short(n) {
  if (n >= 1e9) return (n / 1e9).toFixed(1) + 'G';
  if (n >= 1e6) return (n / 1e6).toFixed(1) + 'M';
  if (n >= 1e4) return Math.round(n / 1e3) + 'k';
  return count(n);
}
