// Per-column filters of the data grid. A column's kind (text, number, date, boolean, enum, json,
// exact) decides its control and how the typed text becomes API filter items:
//   text    abc → contains · =abc → eq · !=abc → ne
//   number  5 → eq · >5 >=5 <5 <=5 · 10..20 → gte+lte · !=5
//   date    same as number, with dates/timestamps as written (2024-01-31, 2024-01-31 12:00)
//   any     null → is null · !null → is not null
// Booleans and enums get a picker; enums filter with `in`.

import { el } from './dom.js';

const NUMERIC = /^(smallint|integer|bigint|int[248]?|numeric|decimal|real|double precision|float[48]?|money|smallserial|serial|bigserial|oid)\b/;
const DATE = /^(date|time|timetz|timestamp|timestamptz|interval)\b/;
const TEXT = /^(text|character|char|varchar|bpchar|citext|name|character varying)\b/;

/** The kind of a column, from its type and (for enums) its values. */
export function kindOf(column) {
  const type = (column.type || '').toLowerCase().replace(/^"?pg_catalog"?\./, '');
  if (column.enumValues && column.enumValues.length) return 'enum';
  if (type.endsWith('[]')) return 'exact';
  if (type === 'boolean' || type === 'bool') return 'boolean';
  if (type === 'json' || type === 'jsonb') return 'json';
  if (NUMERIC.test(type)) return 'number';
  if (DATE.test(type)) return 'date';
  if (TEXT.test(type)) return 'text';
  return 'exact';
}

/** Short placeholder of a column's filter input. */
export function hintFor(kind) {
  return { text: 'contains…', number: '= > < a..b', date: '> < a..b', json: 'null / !null', exact: '= value' }[kind] || '';
}

/** The whole syntax, shown as the input's tooltip. */
export function helpFor(kind) {
  const nulls = '  ·  null = is null, !null = is not null';
  return {
    text: 'abc = contains abc (any case), =abc = exactly abc, !=abc = not abc' + nulls,
    number: '5 = equals 5, >5 >=5 <5 <=5, 10..20 = from 10 to 20, !=5' + nulls,
    date: '2024-01-31 = that day, >=2024-01-01, 2024-01-01..2024-02-01 = range' + nulls,
    json: 'JSON columns filter on null or !null only',
    exact: '=value = equals, !=value = not equal' + nulls,
  }[kind] || '';
}

/** Text → filter items for one column; throws Error with a readable message when it cannot. */
export function parseFilter(column, kind, text) {
  const s = text.trim();
  if (!s) return [];
  const item = (op, value) => (value === undefined ? { column, op } : { column, op, value });
  const lower = s.toLowerCase();
  if (lower === 'null' || lower === 'is null') return [item('null')];
  if (lower === '!null' || lower === 'not null' || lower === 'is not null') return [item('notnull')];
  if (kind === 'json') throw new Error('JSON columns filter on null or !null only');
  const op = /^(>=|<=|!=|<>|>|<|=)\s*(.*)$/s.exec(s);
  if (kind === 'text' && !op) return [item('contains', s)];
  if (kind === 'text' || kind === 'exact') {
    if (!op) return [item('eq', s)];
    const map = { '=': 'eq', '!=': 'ne', '<>': 'ne', '>': 'gt', '>=': 'gte', '<': 'lt', '<=': 'lte' };
    return [item(map[op[1]], op[2])];
  }
  // number and date
  const check = (v) => {
    if (kind === 'number' && !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(v)) throw new Error(`“${v}” is not a number`);
    if (kind === 'date' && !/^[0-9]/.test(v) && !/^(now|today|infinity|-infinity)$/i.test(v)) throw new Error(`“${v}” is not a date`);
    return v;
  };
  const range = /^(.+?)\s*\.\.\s*(.+)$/.exec(s);
  if (range && !op) return [item('gte', check(range[1].trim())), item('lte', check(range[2].trim()))];
  if (op) {
    const map = { '=': 'eq', '!=': 'ne', '<>': 'ne', '>': 'gt', '>=': 'gte', '<': 'lt', '<=': 'lte' };
    return [item(map[op[1]], check(op[2].trim()))];
  }
  return [item('eq', check(s))];
}

/** Filter items of one column → the text that produces them (to show the current filter). */
export function formatFilter(kind, items) {
  if (!items.length) return '';
  if (items.length === 2 && items[0].op === 'gte' && items[1].op === 'lte') return `${items[0].value}..${items[1].value}`;
  const it = items[0];
  switch (it.op) {
    case 'null': return 'null';
    case 'notnull': return '!null';
    case 'contains': return String(it.value);
    case 'eq': return kind === 'text' ? '=' + it.value : String(it.value);
    case 'ne': return '!=' + it.value;
    case 'gt': return '>' + it.value;
    case 'gte': return '>=' + it.value;
    case 'lt': return '<' + it.value;
    case 'lte': return '<=' + it.value;
    case 'in': return (it.value || []).join(', ');
    default: return '';
  }
}

/**
 * The filter control of one column. `items` are its current filter items; `onChange(items)` is
 * called with the new ones (an empty array clears the filter).
 */
export function filterControl(column, kind, items, onChange) {
  if (kind === 'enum' || kind === 'boolean') return pickerControl(column, kind, items, onChange);
  const input = el('input', {
    type: 'text', class: 'filter-input' + (items.length ? ' active' : ''), value: formatFilter(kind, items),
    placeholder: hintFor(kind), title: helpFor(kind), spellcheck: 'false', autocomplete: 'off',
    'aria-label': `Filter ${column.name}`, 'data-test': `filter-${column.name}`,
  });
  input.value = formatFilter(kind, items);
  let applied = input.value;
  const apply = () => {
    if (input.value === applied) return;
    try {
      const next = parseFilter(column.name, kind, input.value);
      input.classList.remove('invalid');
      input.removeAttribute('aria-invalid');
      input.title = helpFor(kind);
      applied = input.value;
      onChange(next);
    } catch (e) {
      input.classList.add('invalid');
      input.setAttribute('aria-invalid', 'true');
      input.title = e.message;
    }
  };
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') { e.preventDefault(); apply(); }
    if (e.key === 'Escape') { input.value = ''; apply(); }
  });
  input.addEventListener('change', apply);
  return input;
}

/** Enum values / true-false as a checkbox list in a drop-down; null and not null too. */
function pickerControl(column, kind, items, onChange) {
  const values = kind === 'boolean' ? ['true', 'false'] : column.enumValues;
  const current = currentPick(items);
  const label = current.size ? [...current].join(', ') : 'any';
  const button = el('button', {
    type: 'button', class: 'filter-input picker' + (current.size ? ' active' : ''), 'aria-haspopup': 'true',
    'aria-label': `Filter ${column.name}`, 'data-test': `filter-${column.name}`, text: label + ' ▾', title: label,
  });
  const options = [...values, '∅ null', '∅ not null'];
  const panel = el('div', { class: 'picker-panel', role: 'group', 'aria-label': `Values of ${column.name}`, hidden: true },
    options.map((v) => el('label', { class: 'picker-option' },
      el('input', { type: 'checkbox', value: v, checked: current.has(v), 'data-test': `pick-${column.name}-${v.replace(/^∅ /, '')}` }),
      ' ', v)),
    el('div', { class: 'picker-actions' },
      el('button', { type: 'button', class: 'button small', text: 'Clear', onclick: () => done(new Set()) }),
      el('button', { type: 'button', class: 'button small primary', 'data-test': `pick-apply-${column.name}`, text: 'Apply',
        onclick: () => done(new Set([...panel.querySelectorAll('input:checked')].map((i) => i.value))) })));
  const done = (picked) => {
    panel.hidden = true;
    onChange(pickToItems(column.name, picked));
  };
  button.addEventListener('click', (e) => {
    e.stopPropagation();
    panel.hidden = !panel.hidden;
    if (!panel.hidden) panel.querySelector('input')?.focus();
  });
  panel.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') { panel.hidden = true; button.focus(); }
  });
  document.addEventListener('click', (e) => { if (!panel.contains(e.target) && e.target !== button) panel.hidden = true; });
  return el('div', { class: 'picker-wrap' }, button, panel);
}

function currentPick(items) {
  const s = new Set();
  for (const it of items) {
    if (it.op === 'in') for (const v of it.value) s.add(String(v));
    if (it.op === 'eq') s.add(String(it.value));
    if (it.op === 'null') s.add('∅ null');
    if (it.op === 'notnull') s.add('∅ not null');
  }
  return s;
}

function pickToItems(column, picked) {
  const values = [...picked].filter((v) => !v.startsWith('∅'));
  const wantsNull = picked.has('∅ null');
  const wantsNotNull = picked.has('∅ not null');
  if (wantsNotNull && !values.length && !wantsNull) return [{ column, op: 'notnull' }];
  if (wantsNull && !values.length) return wantsNotNull ? [] : [{ column, op: 'null' }];
  if (!values.length) return [];
  // "some values or null" cannot be one AND-ed item list; values win, null is dropped.
  return [{ column, op: 'in', value: values }];
}
