// One popover at a time, anchored under a cell: pretty-printed JSON or a long text value.

import { el, replace, toast } from './dom.js';

let anchor = null;

/** Shows `value` (JSON value or string) under `target`. */
export function showValue(target, title, value) {
  const box = document.getElementById('popover');
  const text = typeof value === 'string' ? value : JSON.stringify(value, null, 2);
  replace(box,
    el('div', { class: 'popover-head' },
      el('strong', { text: title }),
      el('button', { type: 'button', class: 'button small', text: 'Copy', onclick: () => {
        navigator.clipboard?.writeText(text).then(() => toast('Copied'), () => toast('Copy failed', 'error'));
      } }),
      el('button', { type: 'button', class: 'button small', 'aria-label': 'Close', text: '×', onclick: hide })),
    el('pre', { class: 'popover-body', 'data-test': 'json-popover', tabindex: '0', text }));
  box.hidden = false;
  const r = target.getBoundingClientRect();
  const width = Math.min(560, window.innerWidth - 24);
  box.style.width = width + 'px';
  box.style.left = Math.max(12, Math.min(r.left, window.innerWidth - width - 12)) + 'px';
  const below = r.bottom + 4;
  box.style.top = (below + 200 < window.innerHeight ? below : Math.max(12, r.top - 320)) + 'px';
  anchor = target;
  box.querySelector('pre').focus();
}

/** Hides the popover and gives focus back to what opened it. */
export function hide() {
  const box = document.getElementById('popover');
  if (box.hidden) return;
  box.hidden = true;
  anchor?.focus?.();
  anchor = null;
}

document.addEventListener('keydown', (e) => { if (e.key === 'Escape') hide(); });
document.addEventListener('mousedown', (e) => {
  const box = document.getElementById('popover');
  if (box && !box.hidden && !box.contains(e.target) && e.target !== anchor) hide();
});
