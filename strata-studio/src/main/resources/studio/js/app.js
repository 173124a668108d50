// Starts the studio page: connection header, navigation, routes and global keyboard shortcuts.

import { el, replace, errorBox } from './dom.js';
import { api } from './api.js';
import { startRouter } from './router.js';
import { createNav } from './nav.js';
import { schemaPage } from './schema-view.js';
import { diagramPage } from './diagram.js';
import { dataPage } from './grid.js';
import { migrationsPage } from './migrations.js';
import { consolePage } from './console.js';

const pages = {
  schema: schemaPage,
  diagram: diagramPage,
  data: dataPage,
  migrations: migrationsPage,
  sql: consolePage,
};

async function start() {
  const main = document.getElementById('main');
  const search = document.getElementById('search');
  let nav = null;
  try {
    const [info, schema] = await Promise.all([api.info(), api.schema()]);
    showConnection(info);
    nav = createNav(document.getElementById('nav'), search, schema);
  } catch (e) {
    replace(document.getElementById('nav'), errorBox(e));
  }
  startRouter(main, pages, '#/schema', (r) => {
    for (const a of document.querySelectorAll('.tabs a')) {
      const on = a.dataset.page === r.page;
      a.classList.toggle('active', on);
      if (on) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
    }
    nav?.setMode(r.page === 'data' ? 'data' : 'schema');
    nav?.setActive((r.page === 'data' || r.page === 'schema') && r.parts[0], r.parts[1]);
    document.title = 'Strata Studio · ' + ({ schema: 'Schema', diagram: 'Diagram', data: 'Data', migrations: 'Migrations', sql: 'SQL' }[r.page] || '')
      + (r.parts.length >= 2 && (r.page === 'data' || r.page === 'schema') ? ` · ${r.parts[0]}.${r.parts[1]}` : '');
  });
  shortcuts(search);
}

function showConnection(info) {
  replace(document.getElementById('conn'),
    el('span', { class: 'db', title: `PostgreSQL ${info.serverVersion}`, text: info.database }),
    el('span', { class: 'muted', text: 'PG ' + info.serverVersion }),
    info.write
      ? el('span', { class: 'badge warn', 'data-test': 'mode', title: 'started with --write: edits and SQL change the database', text: 'write' })
      : el('span', { class: 'badge', 'data-test': 'mode', title: 'restart with strata studio --write to change data', text: 'read-only' }));
}

/** `/` focuses the search; `g` then s/d/t/m/q switches page. */
function shortcuts(search) {
  let pendingG = false;
  document.addEventListener('keydown', (e) => {
    if (e.target.closest('input, textarea, select, [contenteditable], dialog') || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === '/') { e.preventDefault(); search.focus(); search.select(); return; }
    if (pendingG) {
      pendingG = false;
      const to = { s: '#/schema', d: '#/diagram', t: '#/data', m: '#/migrations', q: '#/sql' }[e.key];
      if (to) { e.preventDefault(); location.hash = to; }
      return;
    }
    if (e.key === 'g') { pendingG = true; setTimeout(() => { pendingG = false; }, 1200); }
  });
}

start();
