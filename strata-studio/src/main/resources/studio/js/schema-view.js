// The schema page: an overview of the database (#/schema) and one table in detail
// (#/schema/<schema>/<table>): columns, keys, checks, foreign keys both ways, indexes, policies.

import { el, route, count, bytes, errorBox, loading, replace } from './dom.js';
import { sqlBlock, sqlInline } from './highlight.js';
import { api } from './api.js';

/** Router page. */
export function schemaPage(container, r) {
  container.append(loading('Reading the catalog'));
  api.schema().then((schema) => {
    if (r.parts.length >= 2) renderTable(container, schema, r.parts[0], r.parts[1]);
    else renderOverview(container, schema, r.query.get('enum'));
  }).catch((e) => replace(container, errorBox(e)));
}

function renderOverview(container, schema, focusEnum) {
  const tables = schema.tables.slice().sort((a, b) => (b.totalBytes || 0) - (a.totalBytes || 0));
  const totalRows = tables.reduce((n, t) => n + Math.max(0, t.rowEstimate || 0), 0);
  const totalBytes = tables.reduce((n, t) => n + (t.totalBytes || 0), 0);
  replace(container,
    el('div', { class: 'page-head' },
      el('h1', { text: 'Schema' }),
      el('p', { class: 'muted', text: `${schema.schemas.length} schemas · ${tables.length} tables and views · ≈${count(totalRows)} rows · ${bytes(totalBytes)}` })),
    section('Tables', tables.length, tables.length ? dataTable(['Table', 'Kind', 'Rows (estimate)', 'Size', 'Columns', 'Comment'],
      tables.map((t) => [
        el('a', { href: route('schema', t.schema, t.name), 'data-test': 'overview-table', text: t.schema + '.' + t.name }),
        t.kind, num(count(t.rowEstimate)), num(bytes(t.totalBytes)), num(String(t.columns.length)), t.comment || '',
      ])) : empty('No tables')),
    section('Enums', schema.enums.length, schema.enums.length ? dataTable(['Enum', 'Values'],
      schema.enums.map((e) => {
        const name = e.schema + '.' + e.name;
        return { cells: [el('span', { class: 'mono', text: name }), chips(e.values)], focus: name === focusEnum };
      })) : empty('No enums')),
    section('Sequences', schema.sequences.length, schema.sequences.length ? dataTable(['Sequence', 'Type', 'Start', 'Increment', 'Min', 'Max', 'Cycle'],
      schema.sequences.map((s) => [el('span', { class: 'mono', text: s.schema + '.' + s.name }), s.dataType,
        num(String(s.start)), num(String(s.increment)), num(String(s.min)), num(String(s.max)), s.cycle ? 'yes' : 'no'])) : empty('No sequences')),
    section('Views', schema.views.length, schema.views.length ? el('div', { class: 'views' }, schema.views.map((v) =>
      el('details', { class: 'view-def' },
        el('summary', {}, el('span', { class: 'mono', text: v.schema + '.' + v.name }), v.materialized ? el('span', { class: 'kind-badge', text: 'materialized' }) : null),
        sqlBlock(v.definition || '')))) : empty('No views')),
  );
  container.querySelector('.focus')?.scrollIntoView({ block: 'center' });
}

function renderTable(container, schema, schemaName, tableName) {
  const t = schema.tables.find((x) => x.schema === schemaName && x.name === tableName);
  if (!t) {
    replace(container, errorBox({ message: `no table ${schemaName}.${tableName} in the catalog`, fix: 'pick a table on the left, or reload the schema' }));
    return;
  }
  const key = t.schema + '.' + t.name;
  const incoming = [];
  for (const other of schema.tables) {
    for (const fk of other.foreignKeys || []) {
      if (fk.refSchema === t.schema && fk.refTable === t.name) incoming.push({ table: other, fk });
    }
  }
  const view = schema.views.find((v) => v.schema === t.schema && v.name === t.name);
  replace(container,
    el('div', { class: 'page-head' },
      el('h1', { 'data-test': 'table-title' }, el('span', { class: 'muted', text: t.schema + '.' }), t.name),
      el('div', { class: 'badges' },
        el('span', { class: 'kind-badge', text: t.kind }),
        t.rls ? el('span', { class: 'badge warn', title: 'row-level security is enabled', text: 'RLS' }) : null,
        el('span', { class: 'muted', text: `≈${count(t.rowEstimate)} rows · ${bytes(t.totalBytes)}` })),
      el('div', { class: 'actions' },
        el('a', { class: 'button primary', href: route('data', t.schema, t.name), 'data-test': 'open-data', text: 'Browse data' }),
        el('a', { class: 'button', href: '#/diagram?focus=' + encodeURIComponent(key), text: 'Show in diagram' })),
      t.comment ? el('p', { class: 'comment', text: t.comment }) : null),
    section('Columns', t.columns.length, columnsTable(t)),
    section('Keys and constraints', null, constraints(t)),
    section('Foreign keys', (t.foreignKeys || []).length, (t.foreignKeys || []).length
      ? dataTable(['Name', 'Columns', 'References', 'On delete', 'On update'], t.foreignKeys.map((fk) => [
        mono(fk.name), mono(fk.columns.join(', ')),
        el('a', { href: route('schema', fk.refSchema, fk.refTable), 'data-test': 'fk-link', text: `${fk.refSchema}.${fk.refTable} (${fk.refColumns.join(', ')})` }),
        fk.onDelete || '', fk.onUpdate || '']))
      : empty('This table references no other table')),
    section('Referenced by', incoming.length, incoming.length
      ? dataTable(['Table', 'Columns', 'Constraint'], incoming.map(({ table, fk }) => [
        el('a', { href: route('schema', table.schema, table.name), text: table.schema + '.' + table.name }),
        mono(`${fk.columns.join(', ')} → ${fk.refColumns.join(', ')}`), mono(fk.name)]))
      : empty('No foreign key points here')),
    section('Indexes', (t.indexes || []).length, (t.indexes || []).length
      ? dataTable(['Name', 'Definition', 'Unique', 'Size'], t.indexes.map((i) => [
        mono(i.name), sqlInline(i.definition), i.unique ? 'unique' : '', num(bytes(i.bytes))]))
      : empty('No indexes')),
    section('Policies', (t.policies || []).length, (t.policies || []).length
      ? dataTable(['Name', 'Command', 'Kind', 'Roles', 'Using', 'With check'], t.policies.map((p) => [
        mono(p.name), p.command, p.permissive ? 'permissive' : 'restrictive', (p.roles || []).join(', '),
        p.using ? sqlInline(p.using) : '', p.withCheck ? sqlInline(p.withCheck) : '']))
      : empty(t.rls ? 'RLS is on but no policy exists: only the owner sees rows' : 'No policies')),
    view ? section('Definition', null, sqlBlock(view.definition || '')) : null,
  );
}

function columnsTable(t) {
  const pk = new Set(t.primaryKey ? t.primaryKey.columns : []);
  return dataTable(['', 'Column', 'Type', 'Nullable', 'Default', 'References', 'Comment'], t.columns.map((c) => [
    pk.has(c.name) ? el('span', { class: 'pk-tag', title: 'primary key', text: 'PK' }) : '',
    el('span', { class: 'mono col-name', text: c.name }),
    el('span', {}, el('span', { class: 'type', text: c.type }), c.enumValues ? chips(c.enumValues) : null),
    c.nullable ? el('span', { class: 'muted', text: 'null' }) : el('span', { class: 'notnull', text: 'not null' }),
    c.default != null ? sqlInline(c.default) : '',
    c.references ? el('a', { href: route('schema', c.references.schema, c.references.table), 'data-test': 'fk-link',
      text: `${c.references.schema}.${c.references.table}.${c.references.column}` }) : '',
    c.comment || '',
  ]), 'columns');
}

function constraints(t) {
  const rows = [];
  if (t.primaryKey) rows.push(['primary key', mono(t.primaryKey.name), mono(t.primaryKey.columns.join(', '))]);
  for (const u of t.uniques || []) rows.push(['unique', mono(u.name), mono(u.columns.join(', '))]);
  for (const c of t.checks || []) rows.push(['check', mono(c.name), sqlInline(c.expression)]);
  if (!rows.length) return empty(t.kind === 'table' ? 'No primary key, unique or check constraint: rows cannot be edited here' : 'None');
  return dataTable(['Kind', 'Name', 'Columns / expression'], rows);
}

function section(title, n, body) {
  return el('section', { class: 'card' },
    el('h2', {}, title, n !== null && n !== undefined ? el('span', { class: 'count', text: String(n) }) : null),
    body);
}

/** A plain table; a row is an array of cells or {cells, focus}. */
function dataTable(headers, rows, testName) {
  return el('div', { class: 'table-wrap' }, el('table', { class: 'plain', 'data-test': testName ? 'schema-' + testName : false },
    el('thead', {}, el('tr', {}, headers.map((h) => el('th', { scope: 'col', text: h })))),
    el('tbody', {}, rows.map((row) => {
      const cells = Array.isArray(row) ? row : row.cells;
      return el('tr', { class: row.focus ? 'focus' : false }, cells.map((c) => el('td', {}, c)));
    }))));
}

function chips(values) {
  return el('span', { class: 'chips' }, values.map((v) => el('span', { class: 'chip', text: v })));
}

const mono = (text) => el('span', { class: 'mono', text });
const num = (text) => el('span', { class: 'num', text });
const empty = (text) => el('p', { class: 'muted', text });
