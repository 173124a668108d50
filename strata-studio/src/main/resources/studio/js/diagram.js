// The ER diagram page (#/diagram?focus=schema.table): tables as boxes with their columns, foreign
// keys as arrows from the referencing column to the referenced one. Pan by dragging, zoom with
// the wheel or + / - / 0; click (or Enter on) a table to open it; type to find a table.

import { el, svg, replace, route, errorBox, loading } from './dom.js';
import { api } from './api.js';
import { layout } from './diagram-layout.js';
import { panZoom } from './diagram-view.js';

const ROW = 20;
const HEAD = 28;
const PAD = 10;
const MAX_COLUMNS = 18;
const FONT = '12px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace';
const HEAD_FONT = 'bold 13px system-ui, sans-serif';

/** Router page. */
export function diagramPage(container, r) {
  container.append(loading('Laying out the diagram'));
  const state = { disposed: false, keysOnly: r.query.get('keys') === '1' };
  const onKey = (e) => state.keydown?.(e);
  document.addEventListener('keydown', onKey);
  api.diagram().then((data) => {
    if (!state.disposed) render(container, data, r.query.get('focus'), state);
  }).catch((e) => replace(container, errorBox(e)));
  return () => { state.disposed = true; document.removeEventListener('keydown', onKey); };
}

function render(container, data, focus, state) {
  const measure = textMeasurer();
  const boxes = data.nodes.map((n) => box(n, measure, state.keysOnly));
  const byId = new Map(boxes.map((b) => [b.id, b]));
  const edges = data.edges.map((e) => ({
    id: e.id, from: e.from, to: e.to, columns: e.columns, refColumns: e.refColumns,
    fromPort: port(byId.get(e.from), e.columns[0]), toPort: port(byId.get(e.to), e.refColumns[0]),
  }));
  const result = layout(boxes, edges);

  const viewport = svg('g', { class: 'viewport' });
  const edgeLayer = svg('g', { class: 'edges' });
  const nodeLayer = svg('g', { class: 'nodes' });
  viewport.append(edgeLayer, nodeLayer);
  const canvas = svg('svg', { class: 'diagram-canvas', 'data-test': 'diagram', role: 'img', 'aria-label': `Entity-relationship diagram of ${boxes.length} tables` },
    svg('defs', {}, svg('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: '9', refY: '5', markerWidth: '8', markerHeight: '8', orient: 'auto-start-reverse' },
      svg('path', { d: 'M0,0 L10,5 L0,10 z', class: 'arrow-head' }))),
    viewport);

  const edgeEls = new Map();
  for (const e of edges) {
    const pts = result.edges.get(e.id);
    if (!pts) continue;
    const path = svg('path', { class: 'edge', d: pathOf(pts), 'marker-end': 'url(#arrow)', 'data-test': 'diagram-edge', 'data-from': e.from, 'data-to': e.to },
      svg('title', { text: `${e.from} (${e.columns.join(', ')}) → ${e.to} (${e.refColumns.join(', ')})` }));
    edgeLayer.append(path);
    edgeEls.set(e.id, path);
  }
  const nodeEls = new Map();
  for (const b of boxes) {
    const pos = result.nodes.get(b.id);
    const g = nodeBox(b, pos);
    nodeLayer.append(g);
    nodeEls.set(b.id, g);
  }

  const controls = panZoom(canvas, viewport, {
    onChange: (view) => {
      canvas.classList.toggle('far', view.k < 0.45);
      canvas.style.setProperty('--far-size', (13 / view.k).toFixed(1) + 'px');
      zoomLabel.textContent = Math.round(view.k * 100) + '%';
    },
    onClick: (target) => {
      const g = target.closest?.('.node');
      if (g) open(g.dataset.id);
      else highlight(null);
    },
  });
  const fit = () => controls.fit(result.width, result.height);
  const center = (id) => {
    const b = byId.get(id);
    const pos = result.nodes.get(id);
    if (!b || !pos) return false;
    controls.centerOn(pos.x + b.width / 2, pos.y + Math.min(b.height, 300) / 2);
    highlight(id);
    nodeEls.get(id).focus({ preventScroll: true });
    return true;
  };
  const highlight = (id) => {
    canvas.classList.toggle('focused', !!id);
    for (const [nid, g] of nodeEls) g.classList.toggle('lit', nid === id);
    for (const e of edges) {
      const on = e.from === id || e.to === id;
      edgeEls.get(e.id)?.classList.toggle('lit', on);
      if (on) { nodeEls.get(e.from)?.classList.add('lit'); nodeEls.get(e.to)?.classList.add('lit'); }
    }
  };

  canvas.addEventListener('mouseover', (e) => {
    const g = e.target.closest?.('.node');
    if (g && !controls.dragging()) highlight(g.dataset.id);
  });
  canvas.addEventListener('keydown', (e) => {
    const g = e.target.closest?.('.node');
    if (g && e.key === 'Enter') open(g.dataset.id);
  });
  canvas.addEventListener('focusin', (e) => {
    const g = e.target.closest?.('.node');
    if (g) highlight(g.dataset.id);
  });
  state.keydown = (e) => {
    if (e.target.closest('input, textarea, select, dialog') || e.ctrlKey || e.metaKey || e.altKey) return;
    const step = 60;
    const actions = {
      '+': () => controls.zoom(1.25), '=': () => controls.zoom(1.25), '-': () => controls.zoom(0.8), 0: fit,
      ArrowLeft: () => controls.pan(step, 0), ArrowRight: () => controls.pan(-step, 0),
      ArrowUp: () => controls.pan(0, step), ArrowDown: () => controls.pan(0, -step),
    };
    if (actions[e.key]) { e.preventDefault(); actions[e.key](); }
  };

  const finder = el('input', { type: 'search', class: 'finder', placeholder: 'Find a table…', 'aria-label': 'Find a table in the diagram', list: 'diagram-tables', 'data-test': 'diagram-find' });
  const options = el('datalist', { id: 'diagram-tables' }, boxes.map((b) => el('option', { value: b.id })));
  finder.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter') return;
    const q = finder.value.trim().toLowerCase();
    const hit = boxes.find((b) => b.id.toLowerCase() === q) || boxes.find((b) => b.name.toLowerCase() === q)
      || boxes.find((b) => b.id.toLowerCase().includes(q));
    if (hit) center(hit.id);
    finder.classList.toggle('invalid', !hit);
  });
  const zoomLabel = el('span', { class: 'zoom-label', 'aria-live': 'polite' });
  const toolbar = el('div', { class: 'diagram-toolbar toolbar' },
    el('h1', { class: 'inline-title', text: 'Diagram' }),
    el('span', { class: 'muted', text: `${boxes.length} tables · ${edges.length} foreign keys` }),
    finder, options,
    el('button', { type: 'button', class: 'button small', 'aria-label': 'Zoom out', title: 'Zoom out (-)', text: '−', onclick: () => controls.zoom(0.8) }),
    zoomLabel,
    el('button', { type: 'button', class: 'button small', 'aria-label': 'Zoom in', title: 'Zoom in (+)', text: '+', onclick: () => controls.zoom(1.25) }),
    el('button', { type: 'button', class: 'button small', title: 'Fit to screen (0)', 'data-test': 'diagram-fit', text: 'Fit', onclick: fit }),
    el('a', { class: 'button small', href: state.keysOnly ? '#/diagram' : '#/diagram?keys=1', 'aria-pressed': state.keysOnly ? 'true' : 'false',
      title: 'Show only key columns', text: state.keysOnly ? 'All columns' : 'Keys only' }));
  replace(container, el('div', { class: 'diagram-page' }, toolbar, el('div', { class: 'diagram-wrap' }, canvas)));
  if (!boxes.length) {
    container.querySelector('.diagram-wrap').append(el('p', { class: 'muted empty-diagram', text: 'No tables to draw.' }));
  }
  requestAnimationFrame(() => { fit(); if (focus) center(focus); });
}

function open(id) {
  const [schema, ...rest] = id.split('.');
  location.hash = route('schema', schema, rest.join('.'));
}

/** Size and visible rows of one table box. */
function box(n, measure, keysOnly) {
  const keyCols = n.columns.filter((c) => c.primaryKey || c.foreignKey);
  let shown = keysOnly ? keyCols : n.columns;
  if (shown.length > MAX_COLUMNS) {
    const keep = new Set(keyCols.map((c) => c.name));
    let room = MAX_COLUMNS - keep.size;
    for (const c of n.columns) if (!keep.has(c.name) && room-- > 0) keep.add(c.name);
    shown = n.columns.filter((c) => keep.has(c.name));
  }
  const hidden = n.columns.length - shown.length;
  const nameW = Math.max(...shown.map((c) => measure(c.name, FONT)), 0);
  const typeW = Math.max(...shown.map((c) => measure(shortType(c.type), FONT)), 0);
  const width = Math.ceil(Math.max(measure(n.name, HEAD_FONT) + 2 * PAD + 20, nameW + typeW + 2 * PAD + 40, 150));
  const rows = shown.length + (hidden ? 1 : 0);
  return { id: n.id, schema: n.schema, name: n.name, columns: shown, hidden, width, height: HEAD + rows * ROW + 6, nameW };
}

/** The y offset of a column's row in its box (the header when the column is not shown). */
function port(b, column) {
  if (!b) return HEAD / 2;
  const i = b.columns.findIndex((c) => c.name === column);
  return i < 0 ? HEAD / 2 : HEAD + i * ROW + ROW / 2;
}

function nodeBox(b, pos) {
  const g = svg('g', {
    class: 'node', transform: `translate(${pos.x},${pos.y})`, tabindex: '0', role: 'link',
    'data-test': 'diagram-node', 'data-id': b.id, 'aria-label': `Table ${b.id}, ${b.columns.length + b.hidden} columns`,
  },
  svg('rect', { class: 'box', width: b.width, height: b.height, rx: '6' }),
  svg('path', { class: 'head', d: `M0,6 a6,6 0 0 1 6,-6 h${b.width - 12} a6,6 0 0 1 6,6 v${HEAD - 6} h${-b.width} z` }),
  svg('text', { class: 'title', x: PAD, y: 19, text: b.name }),
  b.schema !== 'public' ? svg('text', { class: 'schema', x: b.width - PAD, y: 19, 'text-anchor': 'end', text: b.schema }) : null);
  const cols = svg('g', { class: 'cols' });
  b.columns.forEach((c, i) => {
    const y = HEAD + i * ROW + 14;
    cols.append(
      c.primaryKey || c.foreignKey ? svg('text', { class: c.primaryKey ? 'mark pk' : 'mark fk', x: 6, y, text: c.primaryKey ? '●' : '→' }) : null,
      svg('text', { class: 'col' + (c.primaryKey ? ' pk' : ''), x: PAD + 10, y, text: c.name }),
      svg('text', { class: 'type', x: b.width - PAD, y, 'text-anchor': 'end', text: shortType(c.type) }));
  });
  if (b.hidden) {
    cols.append(svg('text', { class: 'more', x: PAD + 10, y: HEAD + b.columns.length * ROW + 14, text: `+ ${b.hidden} more column${b.hidden === 1 ? '' : 's'}` }));
  }
  // Shown instead of the columns when zoomed far out, sized so the name still fits its box.
  const fit = Math.max(10, Math.min(40, (1.7 * b.width) / Math.max(4, b.name.length)));
  g.append(cols, svg('text', { class: 'far-label', x: b.width / 2, y: Math.min(b.height / 2 + 8, 60), 'text-anchor': 'middle',
    style: `font-size: min(var(--far-size, 12px), ${fit.toFixed(1)}px)`, text: b.name }), svg('title', { text: b.id }));
  return g;
}

function shortType(type) {
  return String(type || '')
    .replace('character varying', 'varchar')
    .replace('timestamp with time zone', 'timestamptz')
    .replace('timestamp without time zone', 'timestamp')
    .replace('double precision', 'float8');
}

/** Smooth path through the route points: horizontal tangents at each point. */
function pathOf(pts) {
  let d = `M${pts[0].x},${pts[0].y}`;
  for (let i = 1; i < pts.length; i++) {
    const a = pts[i - 1];
    const b = pts[i];
    const mx = Math.max(24, Math.abs(b.x - a.x) / 2) * Math.sign(b.x - a.x || 1);
    d += ` C${a.x + mx},${a.y} ${b.x - mx},${b.y} ${b.x},${b.y}`;
  }
  return d;
}

function textMeasurer() {
  const ctx = document.createElement('canvas').getContext('2d');
  const cache = new Map();
  return (text, font) => {
    const k = font + '\u0000' + text;
    if (!cache.has(k)) { ctx.font = font; cache.set(k, ctx.measureText(text).width); }
    return cache.get(k);
  };
}
