// A layered ("Sugiyama") layout for the ER diagram, written for this page because no elkjs WebJar
// is served by Maven Central. Steps: split into connected components; per component break cycles,
// put referenced tables left of the tables that reference them (longest path, then pulled toward
// their referrers), add dummy nodes on long edges, order each layer by barycenters, then place
// nodes vertically so foreign-key rows line up with the rows they point to; finally pack the
// components in shelves. Pure function: no DOM.

const LAYER_GAP = 90;
const NODE_GAP = 28;
const COMPONENT_GAP = 70;

/**
 * @param nodes [{id, width, height}]
 * @param edges [{id, from, to, fromPort, toPort}] — from references to; ports are y offsets in the boxes
 * @returns {nodes: Map id → {x, y}, edges: Map id → [{x, y}...], width, height}
 */
export function layout(nodes, edges) {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const valid = edges.filter((e) => byId.has(e.from) && byId.has(e.to));
  const parts = components(nodes, valid);
  const placed = parts.map((part) => layoutComponent(part.nodes, part.edges));
  return pack(placed);
}

function components(nodes, edges) {
  const parent = new Map(nodes.map((n) => [n.id, n.id]));
  const find = (x) => { while (parent.get(x) !== x) { parent.set(x, parent.get(parent.get(x))); x = parent.get(x); } return x; };
  for (const e of edges) parent.set(find(e.from), find(e.to));
  const groups = new Map();
  for (const n of nodes) {
    const root = find(n.id);
    if (!groups.has(root)) groups.set(root, { nodes: [], edges: [] });
    groups.get(root).nodes.push(n);
  }
  for (const e of edges) groups.get(find(e.from)).edges.push(e);
  return [...groups.values()];
}

function layoutComponent(nodes, edges) {
  const ids = nodes.map((n) => n.id);
  const out = new Map(ids.map((id) => [id, []]));
  const inc = new Map(ids.map((id) => [id, []]));
  const links = [];
  for (const e of edges) {
    if (e.from === e.to) continue;
    links.push({ edge: e, from: e.from, to: e.to, reversed: false });
  }
  breakCycles(ids, links);
  for (const l of links) { out.get(l.from).push(l); inc.get(l.to).push(l); }
  const layer = assignLayers(ids, out, inc);

  // Chains of dummies for edges longer than one layer.
  const chains = [];
  const layers = [];
  const vertex = new Map();
  const addVertex = (v) => { vertex.set(v.id, v); (layers[v.layer] ||= []).push(v); return v; };
  for (const n of nodes) addVertex({ id: n.id, layer: layer.get(n.id), width: n.width, height: n.height, node: n });
  const adjacency = []; // segments between consecutive layers: {a (upper layer), b (lower layer), aPort, bPort}
  for (const l of links) {
    const hi = layer.get(l.from); // referencing side, higher layer
    const lo = layer.get(l.to);
    const fromPort = l.reversed ? l.edge.toPort : l.edge.fromPort;
    const toPort = l.reversed ? l.edge.fromPort : l.edge.toPort;
    const chain = [vertex.get(l.from)];
    for (let k = hi - 1; k > lo; k--) chain.push(addVertex({ id: `${l.edge.id}#${k}`, layer: k, width: 0, height: 0, dummy: true }));
    chain.push(vertex.get(l.to));
    for (let i = 0; i + 1 < chain.length; i++) {
      adjacency.push({ a: chain[i], b: chain[i + 1], aPort: i === 0 ? fromPort : 0, bPort: i + 1 === chain.length - 1 ? toPort : 0 });
    }
    chains.push({ link: l, chain });
  }
  for (let i = 0; i < layers.length; i++) layers[i] ||= [];
  orderLayers(layers, adjacency);
  const xs = placeX(layers);
  placeY(layers, adjacency);

  const positions = new Map();
  for (const n of nodes) {
    const v = vertex.get(n.id);
    positions.set(n.id, { x: xs[v.layer], y: v.y });
  }
  const layerWidth = layers.map((ly) => Math.max(0, ...ly.map((v) => v.width)));
  const routes = new Map();
  for (const { link, chain } of chains) {
    const points = [];
    // chain runs from the referencing table (right) to the referenced one (left).
    chain.forEach((v, i) => {
      if (v.dummy) {
        points.push({ x: xs[v.layer] + layerWidth[v.layer], y: v.y });
        points.push({ x: xs[v.layer], y: v.y });
      } else if (i === 0) {
        points.push({ x: xs[v.layer], y: v.y + (link.reversed ? link.edge.toPort : link.edge.fromPort) });
      } else {
        points.push({ x: xs[v.layer] + v.width, y: v.y + (link.reversed ? link.edge.fromPort : link.edge.toPort) });
      }
    });
    routes.set(link.edge.id, link.reversed ? points.reverse() : points);
  }
  for (const e of edges) {
    if (e.from !== e.to) continue;
    const p = positions.get(e.from);
    const n = nodes.find((x) => x.id === e.from);
    routes.set(e.id, [
      { x: p.x + n.width, y: p.y + e.fromPort },
      { x: p.x + n.width + 30, y: p.y + e.fromPort },
      { x: p.x + n.width + 30, y: p.y + e.toPort },
      { x: p.x + n.width, y: p.y + e.toPort },
    ]);
  }
  let width = 0;
  let height = 0;
  for (const v of vertex.values()) {
    width = Math.max(width, xs[v.layer] + v.width);
    height = Math.max(height, v.y + v.height);
  }
  if (edges.some((e) => e.from === e.to)) width += 36;
  return { positions, routes, width, height, size: nodes.length };
}

/** Reverses the links that close a cycle (found by depth-first search). */
function breakCycles(ids, links) {
  const out = new Map(ids.map((id) => [id, []]));
  for (const l of links) out.get(l.from).push(l);
  const state = new Map();
  for (const start of ids) {
    if (state.has(start)) continue;
    const stack = [[start, 0]];
    state.set(start, 1);
    while (stack.length) {
      const top = stack[stack.length - 1];
      const list = out.get(top[0]);
      if (top[1] >= list.length) { state.set(top[0], 2); stack.pop(); continue; }
      const l = list[top[1]++];
      const s = state.get(l.to);
      if (s === 1) l.reversed = true;
      else if (!s) { state.set(l.to, 1); stack.push([l.to, 0]); }
    }
  }
  for (const l of links) {
    if (l.reversed) [l.from, l.to] = [l.to, l.from];
  }
}

/** Referenced tables get lower layers: longest path from the sinks, then pulled right toward referrers. */
function assignLayers(ids, out, inc) {
  const layer = new Map();
  const visit = (id) => {
    if (layer.has(id)) return layer.get(id);
    layer.set(id, 0); // guards against a cycle that slipped through
    let l = 0;
    for (const e of out.get(id)) l = Math.max(l, visit(e.to) + 1);
    layer.set(id, l);
    return l;
  };
  ids.forEach(visit);
  const order = ids.slice().sort((a, b) => layer.get(b) - layer.get(a));
  for (const id of order) {
    const referrers = inc.get(id);
    if (!referrers.length) continue;
    const limit = Math.min(...referrers.map((e) => layer.get(e.from))) - 1;
    if (limit > layer.get(id)) layer.set(id, limit);
  }
  return layer;
}

/** Barycenter sweeps over the layers, keeping the order with the fewest crossings. */
function orderLayers(layers, adjacency) {
  const up = new Map();   // vertex id → neighbours in the layer above (higher index)
  const down = new Map(); // vertex id → neighbours in the layer below (lower index)
  for (const s of adjacency) {
    (down.get(s.a.id) || down.set(s.a.id, []).get(s.a.id)).push(s.b);
    (up.get(s.b.id) || up.set(s.b.id, []).get(s.b.id)).push(s.a);
  }
  const index = () => layers.forEach((ly) => ly.forEach((v, i) => { v.order = i; }));
  index();
  let best = layers.map((ly) => ly.slice());
  let bestCrossings = crossings(layers, adjacency);
  for (let sweep = 0; sweep < 12 && bestCrossings > 0; sweep++) {
    const forward = sweep % 2 === 0;
    const range = forward ? [...layers.keys()].slice(1) : [...layers.keys()].reverse().slice(1);
    for (const li of range) {
      const neighbours = forward ? down : up;
      const ly = layers[li];
      for (const v of ly) {
        const ns = neighbours.get(v.id) || [];
        v.bary = ns.length ? ns.reduce((sum, n) => sum + n.order, 0) / ns.length : v.order;
      }
      ly.sort((a, b) => a.bary - b.bary || a.order - b.order);
      ly.forEach((v, i) => { v.order = i; });
    }
    const c = crossings(layers, adjacency);
    if (c < bestCrossings) { bestCrossings = c; best = layers.map((ly) => ly.slice()); }
  }
  best.forEach((ly, i) => { layers[i] = ly; });
  index();
}

function crossings(layers, adjacency) {
  const byLayer = new Map();
  for (const s of adjacency) {
    const k = s.b.layer;
    (byLayer.get(k) || byLayer.set(k, []).get(k)).push([s.a.order, s.b.order]);
  }
  let total = 0;
  for (const segs of byLayer.values()) {
    if (segs.length > 400) continue; // quadratic count; large layers are judged by the smaller ones
    for (let i = 0; i < segs.length; i++) {
      for (let j = i + 1; j < segs.length; j++) {
        if ((segs[i][0] - segs[j][0]) * (segs[i][1] - segs[j][1]) < 0) total++;
      }
    }
  }
  return total;
}

function placeX(layers) {
  const xs = [];
  let x = 0;
  for (const ly of layers) {
    xs.push(x);
    const w = Math.max(0, ...ly.map((v) => v.width));
    x += w + LAYER_GAP + Math.min(80, ly.length * 3);
  }
  return xs;
}

/** Vertical positions: each node moves toward the rows it links to, keeping order and gaps. */
function placeY(layers, adjacency) {
  for (const ly of layers) {
    let y = 0;
    for (const v of ly) { v.y = y; y += v.height + (v.dummy ? NODE_GAP / 2 : NODE_GAP); }
  }
  const links = new Map();
  const add = (v, other, selfPort, otherPort) => (links.get(v.id) || links.set(v.id, []).get(v.id)).push({ other, selfPort, otherPort });
  for (const s of adjacency) { add(s.a, s.b, s.aPort, s.bPort); add(s.b, s.a, s.bPort, s.aPort); }
  const order = [...layers.keys()];
  for (let iter = 0; iter < 16; iter++) {
    const seq = iter % 2 === 0 ? order : order.slice().reverse();
    for (const li of seq) {
      const ly = layers[li];
      const desired = ly.map((v) => {
        const ls = links.get(v.id) || [];
        if (!ls.length) return v.y;
        return ls.reduce((sum, l) => sum + l.other.y + l.otherPort - l.selfPort, 0) / ls.length;
      });
      solveOrdered(ly, desired);
    }
  }
  const minY = Math.min(0, ...layers.flat().map((v) => v.y));
  for (const v of layers.flat()) v.y -= minY;
}

/** Least-squares positions for `ly` near `desired`, in order, separated by gaps (block merging). */
function solveOrdered(ly, desired) {
  const blocks = [];
  ly.forEach((v, i) => {
    let block = { members: [i], offsets: [0], height: v.height, sum: desired[i], n: 1 };
    block.pos = block.sum / block.n;
    while (blocks.length) {
      const prev = blocks[blocks.length - 1];
      const gap = ly[prev.members[prev.members.length - 1]].dummy || v.dummy ? NODE_GAP / 2 : NODE_GAP;
      if (prev.pos + prev.height + gap <= block.pos) break;
      const shift = prev.height + gap;
      const merged = {
        members: prev.members.concat(block.members),
        offsets: prev.offsets.concat(block.offsets.map((o) => o + shift)),
        height: shift + block.height,
        sum: prev.sum + block.sum - shift * block.n,
        n: prev.n + block.n,
      };
      merged.pos = merged.sum / merged.n;
      blocks.pop();
      block = merged;
    }
    blocks.push(block);
  });
  for (const b of blocks) b.members.forEach((m, k) => { ly[m].y = b.pos + b.offsets[k]; });
}

/** Shelf packing of the laid-out components, biggest first. */
function pack(placed) {
  placed.sort((a, b) => b.size - a.size || b.height - a.height);
  const area = placed.reduce((s, p) => s + (p.width + COMPONENT_GAP) * (p.height + COMPONENT_GAP), 0);
  const maxWidth = Math.max(placed.length ? placed[0].width : 0, Math.sqrt(area) * 1.6);
  const nodes = new Map();
  const edges = new Map();
  let x = 0;
  let y = 0;
  let shelf = 0;
  let width = 0;
  for (const p of placed) {
    if (x > 0 && x + p.width > maxWidth) { x = 0; y += shelf + COMPONENT_GAP; shelf = 0; }
    for (const [id, pos] of p.positions) nodes.set(id, { x: pos.x + x, y: pos.y + y });
    for (const [id, pts] of p.routes) edges.set(id, pts.map((pt) => ({ x: pt.x + x, y: pt.y + y })));
    x += p.width + COMPONENT_GAP;
    width = Math.max(width, x - COMPONENT_GAP);
    shelf = Math.max(shelf, p.height);
  }
  return { nodes, edges, width, height: y + shelf };
}
