// Pan and zoom of an SVG group inside its canvas: drag to pan, wheel to zoom around the pointer,
// and a click (a press that did not move) reported with the element under the pointer.

const MIN = 0.05;
const MAX = 3;

/**
 * Wires `canvas` (the <svg>) to move `viewport` (its <g>). `onChange(view)` runs after every move;
 * `onClick(target)` after a press that did not move. Returns the controls.
 */
export function panZoom(canvas, viewport, { onChange, onClick }) {
  const view = { x: 20, y: 20, k: 1 };
  let drag = null;

  const apply = () => {
    viewport.setAttribute('transform', `translate(${view.x},${view.y}) scale(${view.k})`);
    onChange(view);
  };
  const zoomAt = (factor, cx, cy) => {
    const k = Math.min(MAX, Math.max(MIN, view.k * factor));
    view.x = cx - (cx - view.x) * (k / view.k);
    view.y = cy - (cy - view.y) * (k / view.k);
    view.k = k;
    apply();
  };
  const size = () => canvas.getBoundingClientRect();

  canvas.addEventListener('pointerdown', (e) => {
    drag = { x: e.clientX, y: e.clientY, vx: view.x, vy: view.y, moved: false, target: e.target };
    canvas.setPointerCapture(e.pointerId);
  });
  canvas.addEventListener('pointermove', (e) => {
    if (!drag) return;
    const dx = e.clientX - drag.x;
    const dy = e.clientY - drag.y;
    if (Math.abs(dx) + Math.abs(dy) > 4) drag.moved = true;
    if (drag.moved) {
      view.x = drag.vx + dx;
      view.y = drag.vy + dy;
      canvas.classList.add('panning');
      apply();
    }
  });
  canvas.addEventListener('pointerup', () => {
    canvas.classList.remove('panning');
    if (drag && !drag.moved) onClick(drag.target);
    drag = null;
  });
  canvas.addEventListener('wheel', (e) => {
    e.preventDefault();
    const r = size();
    zoomAt(Math.exp(-e.deltaY * 0.0015), e.clientX - r.left, e.clientY - r.top);
  }, { passive: false });

  return {
    dragging: () => drag !== null && drag.moved,
    /** Zooms by `factor` around the middle of the canvas. */
    zoom(factor) { const r = size(); zoomAt(factor, r.width / 2, r.height / 2); },
    pan(dx, dy) { view.x += dx; view.y += dy; apply(); },
    /** Shows a `width` × `height` drawing whole (never above 120 %). */
    fit(width, height) {
      const r = size();
      view.k = Math.max(MIN, Math.min(1.2, (r.width - 40) / Math.max(1, width), (r.height - 40) / Math.max(1, height)));
      view.x = (r.width - width * view.k) / 2;
      view.y = Math.max(20, (r.height - height * view.k) / 2);
      apply();
    },
    /** Puts the drawing's point (x, y) in the middle, zoomed in to at least 80 %. */
    centerOn(x, y) {
      const r = size();
      view.k = Math.max(view.k, 0.8);
      view.x = r.width / 2 - x * view.k;
      view.y = r.height / 2 - y * view.k;
      apply();
    },
  };
}
