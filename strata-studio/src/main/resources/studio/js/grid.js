// The data page (#/data/<schema>/<table>?sort=&dir=&filter=): 100 rows at a time with keyset
// paging (cursors kept here, never offsets), sorting by a header click, typed per-column filters,
// and — when the studio runs with --write — inline editing collected into one confirmed batch.

import { el, replace, route, count, errorBox, toast } from './dom.js';
import { href } from './router.js';
import { api } from './api.js';
import { kindOf, filterControl } from './filters.js';
import { cellContent, isNumericType } from './cells.js';
import { EditSession } from './edits.js';
import { readOnlyNote, renderEditBar, editCell, insertRow, deleteToggle } from './grid-edit.js';

const PAGE = 100;

/** Router page. */
export function dataPage(container, r) {
  if (r.parts.length < 2) return tablePicker(container);
  return new Grid(container, r.parts[0], r.parts[1], r.query).handle();
}

class Grid {
  constructor(container, schema, table, query) {
    this.container = container;
    this.schema = schema;
    this.table = table;
    this.cursors = [null];
    this.page = 0;
    this.seq = 0;
    this.data = null;
    this.meta = null;
    this.write = false;
    this.edits = null;
    this.readQuery(query);
    this.build();
    Promise.all([api.info(), api.schema()]).then(([info, schema]) => {
      this.meta = schema.tables.find((t) => t.schema === this.schema && t.name === this.table) || null;
      this.write = !!info.write;
      this.load();
    }).catch((e) => this.showError(e));
    this.onKey = (e) => this.keydown(e);
    document.addEventListener('keydown', this.onKey);
    // Unsaved edits: the browser asks before closing the tab; leaving the table says they are gone.
    this.onUnload = (e) => { if (this.edits?.size()) { e.preventDefault(); e.returnValue = ''; } };
    window.addEventListener('beforeunload', this.onUnload);
  }

  handle() {
    return {
      update: (r) => { this.readQuery(r.query); this.cursors = [null]; this.page = 0; this.load(); },
      dispose: () => {
        document.removeEventListener('keydown', this.onKey);
        window.removeEventListener('beforeunload', this.onUnload);
        const n = this.edits?.size() || 0;
        if (n) toast(`${n} unsaved change${n === 1 ? '' : 's'} to ${this.schema}.${this.table} discarded`, 'error');
      },
    };
  }

  readQuery(query) {
    this.sort = query.get('sort') || '';
    this.dir = query.get('dir') === 'desc' ? 'desc' : 'asc';
    try { this.filter = JSON.parse(query.get('filter') || '[]'); } catch { this.filter = []; }
    if (!Array.isArray(this.filter)) this.filter = [];
  }

  /** Navigates to the same table with new sort/filter; the router calls update(). */
  navigate(sort, dir, filter) {
    location.hash = href(['data', this.schema, this.table], {
      sort, dir: sort ? dir : '', filter: filter.length ? JSON.stringify(filter) : '',
    });
  }

  build() {
    this.title = el('h1', { 'data-test': 'table-title' }, el('span', { class: 'muted', text: this.schema + '.' }), this.table);
    this.stats = el('div', { class: 'grid-stats', 'data-test': 'grid-stats', 'aria-live': 'polite' });
    this.prev = el('button', { type: 'button', class: 'button', 'data-test': 'prev-page', 'aria-keyshortcuts': 'p', title: 'Previous page (p)', text: '← Previous', onclick: () => this.go(-1) });
    this.next = el('button', { type: 'button', class: 'button', 'data-test': 'next-page', 'aria-keyshortcuts': 'n', title: 'Next page (n)', text: 'Next →', onclick: () => this.go(1) });
    this.clearFilters = el('button', { type: 'button', class: 'button', 'data-test': 'clear-filters', text: 'Clear filters', hidden: true,
      onclick: () => this.navigate(this.sort, this.dir, []) });
    this.editBar = el('div', { class: 'edit-bar' });
    this.message = el('div', { class: 'grid-message' });
    this.tableEl = el('table', { class: 'grid', 'data-test': 'grid', 'aria-label': `Rows of ${this.schema}.${this.table}` });
    this.scroller = el('div', { class: 'grid-scroll', tabindex: '-1' }, this.tableEl);
    this.tableEl.addEventListener('keydown', (e) => this.moveFocus(e));
    replace(this.container,
      el('div', { class: 'page-head compact' }, this.title,
        el('a', { class: 'button small', href: route('schema', this.schema, this.table), text: 'Schema' }),
        this.stats),
      el('div', { class: 'toolbar' }, this.prev, this.next, this.clearFilters, this.editBar),
      this.message, this.scroller);
  }

  async load() {
    const seq = ++this.seq;
    this.container.classList.add('busy');
    this.prev.disabled = true;
    this.next.disabled = true;
    try {
      const data = await api.rows(this.schema, this.table, {
        sort: this.sort, dir: this.dir, limit: PAGE, after: this.cursors[this.page], filter: this.filter,
      });
      if (seq !== this.seq) return;
      this.data = data;
      this.setupEdits();
      replace(this.message);
      this.render();
    } catch (e) {
      if (seq === this.seq) this.showError(e);
    } finally {
      if (seq === this.seq) this.container.classList.remove('busy');
    }
  }

  showError(e) {
    replace(this.message, errorBox(e));
    this.prev.disabled = this.page === 0;
    this.next.disabled = true;
  }

  go(delta) {
    if (delta > 0) {
      if (!this.data || !this.data.next) return;
      this.cursors[this.page + 1] = this.data.next;
      this.page++;
    } else {
      if (this.page === 0) return;
      this.page--;
    }
    this.load();
  }

  keydown(e) {
    if (e.target.closest('input, textarea, select, [contenteditable], dialog') || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === 'n') { this.go(1); e.preventDefault(); }
    if (e.key === 'p') { this.go(-1); e.preventDefault(); }
  }

  columnsInfo() {
    const byName = new Map((this.meta?.columns || []).map((c) => [c.name, c]));
    return this.data.columns.map((c) => {
      const m = byName.get(c.name) || {};
      const info = { ...m, ...c, enumValues: m.enumValues || null, nullable: m.nullable !== false, primaryKey: !!m.primaryKey };
      info.kind = kindOf(info);
      return info;
    });
  }

  editable() {
    const key = this.data?.key || [];
    return this.write && key.length > 0 && !key.includes('ctid')
      && (!this.meta || this.meta.kind === 'table' || this.meta.kind === 'partitioned table');
  }

  setupEdits() {
    if (!this.editable()) { this.edits = null; replace(this.editBar, readOnlyNote(this)); return; }
    if (this.edits) return;
    this.edits = new EditSession(this.schema, this.table, this.data.key);
    this.edits.onChange(() => renderEditBar(this));
    renderEditBar(this);
  }

  render() {
    const cols = this.columnsInfo();
    const d = this.data;
    const first = this.page * PAGE + 1;
    const shown = d.rows.length;
    replace(this.stats,
      el('span', { 'data-test': 'row-estimate', title: 'PostgreSQL\'s estimate for the whole table',
        text: d.estimate == null ? 'row count unknown (never analyzed)' : `≈${count(d.estimate)} rows${this.filter.length ? ' in the table' : ''}` }),
      this.filter.length ? el('span', { class: 'badge', text: `${this.filter.length} filter${this.filter.length === 1 ? '' : 's'}` }) : null,
      el('span', { text: shown ? `rows ${count(first)}–${count(first + shown - 1)}` : 'no rows' }),
      el('span', { text: `page ${this.page + 1}` }),
      d.serverMs != null ? el('span', { class: 'muted', text: `${Number(d.serverMs).toFixed(1)} ms` }) : null);
    this.prev.disabled = this.page === 0;
    this.next.disabled = !d.next;
    this.clearFilters.hidden = !this.filter.length;
    const editing = !!this.edits;
    const head = el('tr', {}, editing ? el('th', { class: 'row-actions', scope: 'col' }, el('span', { class: 'visually-hidden', text: 'Row actions' })) : null,
      cols.map((c) => this.headerCell(c)));
    const filters = el('tr', { class: 'filters' }, editing ? el('th', {}) : null, cols.map((c) => el('th', {},
      filterControl(c, c.kind, this.filter.filter((f) => f.column === c.name), (items) => {
        this.navigate(this.sort, this.dir, [...this.filter.filter((f) => f.column !== c.name), ...items]);
      }))));
    const body = el('tbody', {},
      editing ? this.edits.inserts.map((row) => insertRow(this, row, cols)) : null,
      d.rows.map((row) => this.row(row, cols)));
    if (!d.rows.length && !(editing && this.edits.inserts.length)) {
      body.append(el('tr', {}, el('td', { colspan: String(cols.length + (editing ? 1 : 0)), class: 'empty', text: this.filter.length ? 'No row matches the filters' : 'The table is empty' })));
    }
    replace(this.tableEl, el('thead', {}, head, filters), body);
    const firstCell = body.querySelector('td[data-col]');
    if (firstCell) firstCell.tabIndex = 0;
  }

  /** Arrow keys move between cells (one cell is in the tab order); Enter opens a cell's link or value. */
  moveFocus(e) {
    const td = e.target;
    if (td.tagName !== 'TD') return;
    if (e.key === 'Enter' && !this.edits) {
      td.querySelector('a, button')?.click();
      return;
    }
    const step = { ArrowRight: [0, 1], ArrowLeft: [0, -1], ArrowDown: [1, 0], ArrowUp: [-1, 0] }[e.key];
    if (!step) return;
    const rows = [...td.parentElement.parentElement.rows];
    const target = rows[rows.indexOf(td.parentElement) + step[0]]?.cells[td.cellIndex + step[1]];
    if (!target) return;
    e.preventDefault();
    td.tabIndex = -1;
    target.tabIndex = 0;
    target.focus();
  }

  headerCell(c) {
    const sorted = this.sort === c.name;
    const ariaSort = sorted ? (this.dir === 'asc' ? 'ascending' : 'descending') : 'none';
    const nextDir = !sorted ? 'asc' : this.dir === 'asc' ? 'desc' : '';
    return el('th', { scope: 'col', 'aria-sort': ariaSort, class: isNumericType(c.type) ? 'num' : false },
      el('button', {
        type: 'button', class: 'sort', 'data-test': `sort-${c.name}`, title: `Sort by ${c.name}`,
        onclick: () => this.navigate(nextDir ? c.name : '', nextDir || 'asc', this.filter),
      },
      el('span', { class: 'col-name' }, c.primaryKey ? el('span', { class: 'pk-tag', title: 'primary key', text: 'PK' }) : null, c.name),
      el('span', { class: 'col-type', text: c.references ? `${c.type} → ${c.references.table}.${c.references.column}` : c.type }),
      el('span', { class: 'sort-mark', 'aria-hidden': 'true', text: sorted ? (this.dir === 'asc' ? '▲' : '▼') : '' })));
  }

  row(row, cols) {
    const editing = !!this.edits;
    const key = editing ? this.edits.keyOf(row, cols) : null;
    const deleted = editing && this.edits.isDeleted(key);
    const tr = el('tr', { 'data-test': 'grid-row', class: deleted ? 'deleted' : false });
    if (editing) {
      tr.append(el('td', { class: 'row-actions' }, deleteToggle(this, key, deleted)));
    }
    cols.forEach((c, i) => {
      const pending = editing ? this.edits.pendingValue(key, c.name) : null;
      const value = pending ? pending.value : row[i];
      const td = el('td', { 'data-col': c.name, class: [isNumericType(c.type) ? 'num' : '', pending ? 'dirty' : ''].join(' ').trim() || false },
        cellContent(value, c));
      td.tabIndex = -1;
      if (editing && !deleted) {
        td.addEventListener('dblclick', () => editCell(this, td, key, c, row[i], value));
        td.addEventListener('keydown', (e) => {
          if ((e.key === 'Enter' || e.key === 'F2') && e.target === td) { e.preventDefault(); editCell(this, td, key, c, row[i], value); }
        });
      }
      tr.append(td);
    });
    return tr;
  }
}

function tablePicker(container) {
  api.schema().then((schema) => {
    const tables = schema.tables.slice().sort((a, b) => (a.schema + a.name).localeCompare(b.schema + b.name));
    replace(container,
      el('div', { class: 'page-head' }, el('h1', { text: 'Data' }), el('p', { class: 'muted', text: 'Pick a table to browse its rows.' })),
      el('ul', { class: 'picker-list' }, tables.map((t) => el('li', {},
        el('a', { href: route('data', t.schema, t.name), 'data-test': 'data-table-link', text: `${t.schema}.${t.name}` }),
        el('span', { class: 'muted', text: ` ≈${count(t.rowEstimate)} rows` })))));
  }).catch((e) => replace(container, errorBox(e)));
}
