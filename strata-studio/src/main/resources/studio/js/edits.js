// Pending edits of one table (inserts, updates, deletes) and the confirmation dialog that shows
// the exact SQL the server will run before anything is applied.

import { el, replace, errorBox, count } from './dom.js';
import { sqlBlock } from './highlight.js';
import { api } from './api.js';

/** Edits collected in the grid, keyed by the row's primary key. */
export class EditSession {
  constructor(schema, table, keyColumns) {
    this.schema = schema;
    this.table = table;
    this.keyColumns = keyColumns;
    this.updates = new Map();
    this.deletes = new Map();
    this.inserts = [];
    this.listeners = [];
  }

  keyOf(row, columns) {
    const key = {};
    for (const k of this.keyColumns) key[k] = row[columns.findIndex((c) => c.name === k)];
    return key;
  }

  static id(key) { return JSON.stringify(key); }

  /** Records `column = value` for the row with `key`; setting it back to `original` forgets it. */
  setValue(key, column, value, original) {
    const id = EditSession.id(key);
    const entry = this.updates.get(id) || { key, values: {} };
    if (sameValue(value, original)) delete entry.values[column];
    else entry.values[column] = value;
    if (Object.keys(entry.values).length) this.updates.set(id, entry);
    else this.updates.delete(id);
    this.changed();
  }

  pendingValue(key, column) {
    const entry = this.updates.get(EditSession.id(key));
    return entry && column in entry.values ? { value: entry.values[column] } : null;
  }

  toggleDelete(key) {
    const id = EditSession.id(key);
    if (this.deletes.has(id)) this.deletes.delete(id);
    else this.deletes.set(id, { key });
    this.changed();
  }

  isDeleted(key) { return this.deletes.has(EditSession.id(key)); }

  addInsert() {
    const row = { values: {} };
    this.inserts.push(row);
    this.changed();
    return row;
  }

  removeInsert(row) {
    this.inserts = this.inserts.filter((r) => r !== row);
    this.changed();
  }

  size() { return this.inserts.length + this.updates.size + this.deletes.size; }

  clear() {
    this.updates.clear();
    this.deletes.clear();
    this.inserts = [];
    this.changed();
  }

  onChange(fn) { this.listeners.push(fn); }
  changed() { for (const fn of this.listeners) fn(this); }

  /** The API body: inserts, then updates, then deletes (a deleted row's updates are dropped). */
  toBatch() {
    const edits = [];
    for (const r of this.inserts) edits.push({ op: 'insert', values: { ...r.values } });
    for (const [id, u] of this.updates) if (!this.deletes.has(id)) edits.push({ op: 'update', key: u.key, values: u.values });
    for (const d of this.deletes.values()) edits.push({ op: 'delete', key: d.key });
    return { schema: this.schema, table: this.table, edits };
  }
}

function sameValue(a, b) {
  if (a === null || b === null || a === undefined || b === undefined) return a === b || (a == null && b == null);
  return (typeof b === 'object' ? JSON.stringify(b) : String(b)) === String(a);
}

/**
 * Shows the SQL of `batch` (from /api/edits/preview) and applies it when confirmed.
 * Resolves to the apply result, or null when cancelled.
 */
export function confirmEdits(batch) {
  const dialog = document.getElementById('dialog');
  return new Promise((resolve) => {
    const body = el('div', { class: 'dialog-body' }, el('p', { class: 'loading', text: 'Preparing the SQL…' }));
    const applyButton = el('button', { type: 'button', class: 'button danger', 'data-test': 'confirm-apply', disabled: true, text: 'Apply' });
    const cancel = el('button', { type: 'button', class: 'button', 'data-test': 'confirm-cancel', text: 'Cancel' });
    let settled = false;
    const finish = (result) => {
      if (settled) return;
      settled = true;
      dialog.close();
      resolve(result);
    };
    cancel.addEventListener('click', () => finish(null));
    dialog.addEventListener('cancel', (e) => { e.preventDefault(); finish(null); }, { once: true });
    replace(dialog,
      el('h2', { id: 'dialog-title', text: `Apply ${batch.edits.length} change${batch.edits.length === 1 ? '' : 's'} to ${batch.schema}.${batch.table}?` }),
      body,
      el('div', { class: 'dialog-actions' }, cancel, applyButton));
    dialog.setAttribute('aria-labelledby', 'dialog-title');
    dialog.showModal();
    cancel.focus();

    api.previewEdits(batch).then((preview) => {
      replace(body,
        el('p', { class: 'muted', text: 'These statements run in one transaction; if one fails, none is kept.' }),
        el('div', { class: 'statements', 'data-test': 'confirm-sql' }, preview.statements.map((s, i) => el('div', { class: 'statement' },
          el('div', { class: 'statement-no', text: `${i + 1}.` }),
          el('div', {}, sqlBlock(s.sql),
            s.params && s.params.length ? el('div', { class: 'params' }, s.params.map((p, j) => el('span', { class: 'param' },
              el('span', { class: 'muted', text: `$${j + 1} = ` }),
              el('span', { class: p === null ? 'null' : 'mono', text: p === null ? 'NULL' : JSON.stringify(p) })))) : null)))));
      applyButton.disabled = false;
      applyButton.textContent = `Apply ${preview.statements.length} statement${preview.statements.length === 1 ? '' : 's'}`;
      applyButton.focus();
    }).catch((e) => replace(body, errorBox(e)));

    applyButton.addEventListener('click', () => {
      applyButton.disabled = true;
      applyButton.textContent = 'Applying…';
      api.applyEdits(batch).then((result) => finish(result)).catch((e) => {
        body.prepend(errorBox(e));
        applyButton.textContent = 'Apply';
        applyButton.disabled = e.status === 403;
      });
    });
  });
}

/** "Applied 3 statements, 3 rows changed". */
export function appliedMessage(result) {
  return `Applied ${count(result.applied)} statement${result.applied === 1 ? '' : 's'}, ${count(result.rows)} row${result.rows === 1 ? '' : 's'} changed`;
}
