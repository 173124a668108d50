// The SQL console (#/sql): a textarea, Ctrl+Enter (or ⌘+Enter) runs it. Results show in a grid;
// errors show with their SQLSTATE, and the caret jumps to the position PostgreSQL reported.

import { el, replace, errorBox, count } from './dom.js';
import { api } from './api.js';
import { cellContent, isNumericType } from './cells.js';

const STORE = 'strata-studio.sql';

/** Router page. */
export function consolePage(container) {
  const input = el('textarea', {
    class: 'sql-input', 'data-test': 'sql-input', spellcheck: 'false', autocomplete: 'off', rows: '8',
    'aria-label': 'SQL to run', placeholder: 'SELECT * FROM …   (Ctrl+Enter runs)',
  });
  input.value = sessionStorage.getItem(STORE) || '';
  const run = el('button', { type: 'button', class: 'button primary', 'data-test': 'run-sql', 'aria-keyshortcuts': 'Control+Enter', text: 'Run  ⌃↵' });
  const mode = el('span', { class: 'badge', 'data-test': 'sql-mode' });
  const out = el('div', { class: 'sql-result', 'aria-live': 'polite', 'data-test': 'sql-result' });
  replace(container,
    el('div', { class: 'page-head compact' }, el('h1', { text: 'SQL console' }), mode),
    el('div', { class: 'console' }, input, el('div', { class: 'toolbar' }, run,
      el('span', { class: 'muted', text: 'Runs one script; at most 1,000 rows come back.' }))),
    out);
  api.info().then((info) => {
    mode.textContent = info.write ? 'read-write' : 'read-only';
    mode.classList.toggle('warn', !!info.write);
    mode.title = info.write
      ? 'statements run and commit: the studio was started with --write'
      : 'statements run in a READ ONLY transaction that is rolled back; restart with --write to change data';
  });

  let busy = false;
  const execute = async () => {
    if (busy) return;
    const sql = input.value.trim();
    if (!sql) { input.focus(); return; }
    busy = true;
    run.disabled = true;
    out.classList.add('busy');
    sessionStorage.setItem(STORE, input.value);
    try {
      const result = await api.sql(sql);
      replace(out, resultView(result));
    } catch (e) {
      replace(out, errorBox(e));
      if (e.position > 0) {
        const offset = input.value.indexOf(sql) + e.position - 1;
        input.focus();
        input.setSelectionRange(offset, Math.min(input.value.length, offset + 1));
      }
    } finally {
      busy = false;
      run.disabled = false;
      out.classList.remove('busy');
    }
  };
  run.addEventListener('click', execute);
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); execute(); }
  });
  input.addEventListener('input', () => sessionStorage.setItem(STORE, input.value));
  input.focus();
}

function resultView(r) {
  const cols = (r.columns || []).map((c) => (typeof c === 'string' ? { name: c, type: '' } : c));
  const summary = el('p', { class: 'muted', 'data-test': 'sql-summary' },
    cols.length ? `${count(r.rowCount)} row${r.rowCount === 1 ? '' : 's'}` : `done, ${count(r.rowCount)} row${r.rowCount === 1 ? '' : 's'} affected`,
    r.truncated ? ' (first 1,000 shown)' : '',
    r.elapsedMs != null ? ` · ${Number(r.elapsedMs).toFixed(1)} ms` : '',
    r.readOnly ? ' · read-only, rolled back' : '');
  if (!cols.length) return summary;
  return el('div', {}, summary, el('div', { class: 'grid-scroll' }, el('table', { class: 'grid', 'data-test': 'sql-grid' },
    el('thead', {}, el('tr', {}, cols.map((c) => el('th', { scope: 'col', class: isNumericType(c.type) ? 'num' : false },
      el('span', { class: 'col-name', text: c.name }), c.type ? el('span', { class: 'col-type', text: c.type }) : null)))),
    el('tbody', {}, (r.rows || []).map((row) => el('tr', { 'data-test': 'sql-row' },
      row.map((v, i) => el('td', { class: isNumericType(cols[i]?.type) ? 'num' : false }, cellContent(v, { ...cols[i], references: null })))))))));
}
