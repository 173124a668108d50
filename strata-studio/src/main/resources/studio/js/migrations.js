// The migrations page (#/migrations, #/migrations/<name>): every migration's status, the pending
// count, the SQL of the one picked (and its down file), and the drift check.

import { el, replace, route, errorBox, loading, count } from './dom.js';
import { sqlBlock } from './highlight.js';
import { api } from './api.js';

const STATUS_CLASS = {
  applied: 'ok', pending: 'pending', failed: 'bad', edited: 'warn', missing: 'bad',
};

/** Router page. */
export function migrationsPage(container, r) {
  const list = el('section', { class: 'card' }, loading('Reading the migrations'));
  const detail = el('section', { class: 'card migration-detail', 'data-test': 'migration-detail' });
  const drift = el('section', { class: 'card', 'data-test': 'drift' });
  const head = el('div', { class: 'page-head' }, el('h1', { text: 'Migrations' }));
  replace(container, head, el('div', { class: 'split' }, list, detail), drift);

  let selected = r.parts[0] || null;
  api.migrations().then((m) => {
    head.append(el('p', { class: 'muted', 'data-test': 'pending-count' },
      `${count(m.migrations.length)} migrations · `,
      el('strong', { text: `${count(m.pending)} pending` })));
    renderList(list, m.migrations, () => selected);
    showDetail(detail, selected);
  }).catch((e) => replace(list, errorBox(e)));
  loadDrift(drift);

  return {
    update(next) { selected = next.parts[0] || null; list.querySelectorAll('tr[data-name]').forEach(markSelected(selected)); showDetail(detail, selected); },
  };
}

function markSelected(selected) {
  return (tr) => {
    const on = tr.dataset.name === selected;
    tr.classList.toggle('selected', on);
    if (on) tr.setAttribute('aria-current', 'true'); else tr.removeAttribute('aria-current');
  };
}

function renderList(list, migrations, selected) {
  if (!migrations.length) {
    replace(list, el('h2', { text: 'Status' }), el('p', { class: 'muted', text: 'No migrations in the folder and none recorded in the database.' }));
    return;
  }
  const rows = migrations.map((m) => {
    const link = el('a', { href: route('migrations', m.name), 'data-test': 'migration-link', text: m.name });
    return el('tr', { 'data-name': m.name, 'data-test': 'migration-row', class: m.name === selected() ? 'selected' : false },
      el('td', { class: 'num', text: m.number != null ? String(m.number).padStart(4, '0') : '' }),
      el('td', {}, link, m.manual ? el('span', { class: 'kind-badge', text: 'manual' }) : null),
      el('td', {}, el('span', { class: 'status ' + (STATUS_CLASS[m.status] || ''), text: m.status })),
      el('td', { class: 'muted', text: m.appliedAt ? new Date(m.appliedAt).toLocaleString() : '' }),
      el('td', {}, checksum(m.checksumMatches)),
      el('td', { class: 'muted', text: m.note || '' }));
  });
  replace(list, el('h2', { text: 'Status' }), el('div', { class: 'table-wrap' }, el('table', { class: 'plain', 'data-test': 'migrations' },
    el('thead', {}, el('tr', {}, ['#', 'Migration', 'Status', 'Applied at', 'Checksum', 'Note'].map((h) => el('th', { scope: 'col', text: h })))),
    el('tbody', {}, rows))));
}

function checksum(matches) {
  if (matches === false) return el('span', { class: 'status warn', title: 'the file changed after it was applied', text: 'file edited' });
  if (matches === true) return el('span', { class: 'muted', title: 'the file is what was applied', text: '✓ same' });
  return '';
}

function showDetail(detail, name) {
  if (!name) {
    replace(detail, el('h2', { text: 'SQL' }), el('p', { class: 'muted', text: 'Pick a migration to read its SQL.' }));
    return;
  }
  replace(detail, el('h2', { text: name }), loading());
  api.migration(name).then((m) => {
    replace(detail, el('h2', { class: 'mono', text: m.name }),
      el('h3', { text: 'Up' }), sqlBlock(m.sql || '', { 'data-test': 'migration-sql' }),
      el('h3', { text: 'Down' }),
      m.down != null ? sqlBlock(m.down) : el('p', { class: 'muted', text: 'No down file: rolling this migration back needs hand-written SQL.' }));
  }).catch((e) => replace(detail, el('h2', { text: name }), errorBox(e)));
}

function loadDrift(box) {
  replace(box, el('h2', { text: 'Drift' }), loading('Comparing the database with the migrations'));
  api.drift().then((d) => {
    if (!d.available) {
      replace(box, el('h2', { text: 'Drift' }), el('p', { class: 'muted', 'data-test': 'drift-unavailable', text: 'Drift check unavailable: ' + (d.reason || 'no reason given') }));
      return;
    }
    const diffs = d.differences || [];
    replace(box, el('h2', {}, 'Drift', el('span', { class: 'count', text: String(diffs.length) })),
      diffs.length
        ? el('div', { class: 'table-wrap' }, el('table', { class: 'plain' },
          el('thead', {}, el('tr', {}, ['Object', 'Kind', 'Expected (migrations)', 'Actual (database)'].map((h) => el('th', { scope: 'col', text: h })))),
          el('tbody', {}, diffs.map((x) => el('tr', { 'data-test': 'drift-row' },
            el('td', { class: 'mono', text: x.object }), el('td', { text: x.kind }),
            el('td', { class: 'mono', text: x.expected ?? '' }), el('td', { class: 'mono', text: x.actual ?? '' }))))))
        : el('p', { class: 'ok-text', text: d.reason || 'No drift: the database matches what the migrations build.' }));
    if (d.reason && diffs.length) box.append(el('p', { class: 'muted', text: d.reason }));
  }).catch((e) => replace(box, el('h2', { text: 'Drift' }), errorBox(e)));
}
