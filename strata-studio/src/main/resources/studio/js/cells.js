// How one value looks in a grid cell: NULL, JSON (opens pretty-printed), long text (opens whole),
// and foreign-key values as links to the referenced row.

import { el } from './dom.js';
import { href } from './router.js';
import { showValue } from './popover.js';

const LONG = 80;

/** Text form of a value, as the editor and the popover show it. */
export function valueText(value) {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** The content node of a cell for `value` in `column` ({name, type, references}). */
export function cellContent(value, column) {
  if (value === null || value === undefined) return el('span', { class: 'null', text: 'NULL' });
  const isJson = typeof value === 'object' || /^jsonb?$/.test(column.type || '');
  if (column.references && typeof value !== 'object') {
    const ref = column.references;
    const filter = JSON.stringify([{ column: ref.column, op: 'eq', value: String(value) }]);
    return el('a', {
      class: 'fk', href: href(['data', ref.schema, ref.table], { filter }), 'data-test': 'fk-value',
      title: `open ${ref.schema}.${ref.table} where ${ref.column} = ${value}`, text: String(value),
    });
  }
  if (isJson) {
    const text = valueText(value);
    return el('button', {
      type: 'button', class: 'cell-json', 'data-test': 'json-cell', title: 'show formatted JSON',
      text: text.length > LONG ? text.slice(0, LONG) + '…' : text,
      onclick: (e) => { e.stopPropagation(); showValue(e.currentTarget, column.name, value); },
    });
  }
  if (typeof value === 'boolean') return el('span', { class: 'bool', text: String(value) });
  const text = String(value);
  if (text.length > LONG || text.includes('\n')) {
    return el('button', {
      type: 'button', class: 'cell-long', title: 'show the whole value',
      text: text.slice(0, LONG).replace(/\n/g, '⏎') + (text.length > LONG ? '…' : ''),
      onclick: (e) => { e.stopPropagation(); showValue(e.currentTarget, column.name, text); },
    });
  }
  return document.createTextNode(text);
}

/** Right-aligned numbers. */
export function isNumericType(type) {
  return /^(smallint|integer|bigint|numeric|decimal|real|double precision|int[248]?|float[48]?|oid|smallserial|serial|bigserial)\b/.test(type || '');
}
