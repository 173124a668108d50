// Editing in the data grid (only with --write and a primary key): the edit bar, inline cell
// editors, new rows, delete marks, and saving through the confirmation dialog.

import { el, svg, replace, toast } from './dom.js';
import { api } from './api.js';
import { valueText } from './cells.js';
import { confirmEdits, appliedMessage } from './edits.js';

/** The badge shown instead of editing controls. */
export function readOnlyNote(grid) {
  if (!grid.write) return el('span', { class: 'badge', title: 'restart with strata studio --write to edit rows', 'data-test': 'read-only', text: 'read-only' });
  if ((grid.data?.key || []).includes('ctid')) return el('span', { class: 'badge', title: 'rows are identified by ctid: add a primary key to edit here', text: 'no primary key: read-only' });
  return el('span', { class: 'badge', text: 'read-only' });
}

/** Add row, pending count, discard, review & save. */
export function renderEditBar(grid) {
  const n = grid.edits.size();
  replace(grid.editBar,
    el('button', { type: 'button', class: 'button', 'data-test': 'add-row', text: '+ Add row', onclick: () => { grid.edits.addInsert(); grid.render(); grid.tableEl.querySelector('tr.inserted input')?.focus(); } }),
    n ? el('span', { class: 'pending', 'data-test': 'pending', text: `${n} pending change${n === 1 ? '' : 's'}` }) : null,
    n ? el('button', { type: 'button', class: 'button', 'data-test': 'discard', text: 'Discard', onclick: () => { grid.edits.clear(); grid.render(); } }) : null,
    el('button', { type: 'button', class: 'button primary', 'data-test': 'save', disabled: !n, text: 'Review & save…', onclick: () => saveEdits(grid) }));
}

/** Shows the SQL, applies when confirmed, reloads the page of rows. */
export async function saveEdits(grid) {
  const batch = grid.edits.toBatch();
  if (!batch.edits.length) return;
  const result = await confirmEdits(batch);
  if (!result) return;
  toast(appliedMessage(result), 'success');
  grid.edits.clear();
  api.refreshSchema();
  grid.load();
}

/** Replaces a cell by an editor; Enter keeps the value, Escape drops it, NULL sets NULL. */
export function editCell(grid, td, key, column, original, current) {
  const input = el('input', { type: 'text', class: 'cell-editor', value: valueText(current), 'aria-label': `New value of ${column.name}`, 'data-test': 'cell-editor' });
  input.value = valueText(current);
  let done = false;
  const rowIndex = td.parentElement.sectionRowIndex;
  const refocus = () => {
    const cell = grid.tableEl.tBodies[0]?.rows[rowIndex]?.querySelector(`td[data-col="${CSS.escape(column.name)}"]`);
    if (cell) { cell.tabIndex = 0; cell.focus(); }
  };
  const commit = (value) => {
    if (done) return;
    done = true;
    grid.edits.setValue(key, column.name, value, original);
    grid.render();
    refocus();
  };
  const nullButton = el('button', { type: 'button', class: 'button small', title: 'Set NULL', text: 'NULL',
    disabled: !column.nullable, onmousedown: (e) => e.preventDefault(), onclick: () => commit(null) });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') { e.preventDefault(); commit(input.value); }
    if (e.key === 'Escape') { e.preventDefault(); done = true; grid.render(); refocus(); }
  });
  input.addEventListener('blur', () => commit(input.value));
  replace(td, el('div', { class: 'editor' }, input, nullButton));
  input.focus();
  input.select();
}

/** A new row: one input per column; empty inputs leave the column to its default. */
export function insertRow(grid, row, cols) {
  return el('tr', { class: 'inserted', 'data-test': 'insert-row' },
    el('td', { class: 'row-actions' }, el('button', { type: 'button', class: 'icon', title: 'Remove this new row', 'aria-label': 'Remove this new row', text: '×',
      onclick: () => { grid.edits.removeInsert(row); grid.render(); } })),
    cols.map((c) => el('td', {}, el('input', {
      type: 'text', class: 'cell-editor', placeholder: c.default != null ? 'DEFAULT' : (c.nullable ? 'NULL' : ''),
      value: row.values[c.name] ?? '', 'aria-label': `Value of ${c.name} in the new row`, 'data-test': `insert-${c.name}`,
      oninput: (e) => { if (e.target.value === '') delete row.values[c.name]; else row.values[c.name] = e.target.value; grid.edits.changed(); },
    }))));
}

/** The delete / keep toggle at the start of a row. */
export function deleteToggle(grid, key, deleted) {
  return el('button', {
    type: 'button', class: 'icon', 'data-test': 'delete-row', 'aria-pressed': deleted ? 'true' : 'false',
    title: deleted ? 'Keep this row' : 'Delete this row', 'aria-label': deleted ? 'Keep this row' : 'Delete this row',
    onclick: () => { grid.edits.toggleDelete(key); grid.render(); },
  }, deleted ? undoIcon() : trashIcon());
}

function trashIcon() {
  return svg('svg', { width: '14', height: '14', viewBox: '0 0 16 16', 'aria-hidden': 'true', class: 'glyph' },
    svg('path', { d: 'M2.5 4h11M6 4V2.5h4V4M4 4l.8 9.5h6.4L12 4M6.7 6.5v5M9.3 6.5v5' }));
}

function undoIcon() {
  return svg('svg', { width: '14', height: '14', viewBox: '0 0 16 16', 'aria-hidden': 'true', class: 'glyph' },
    svg('path', { d: 'M4 6h6a3.5 3.5 0 0 1 0 7H6M4 6l3-3M4 6l3 3' }));
}
