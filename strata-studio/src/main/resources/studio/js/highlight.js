// SQL shown as highlighted code. The text goes in as textContent; Prism (from its WebJar) then
// tokenizes it and escapes each token itself. Without Prism the plain text stays.

import { el } from './dom.js';

/** A <pre><code> block of SQL, highlighted when Prism is loaded. */
export function sqlBlock(sql, attrs = {}) {
  const code = el('code', { class: 'language-sql', text: sql });
  const pre = el('pre', { class: 'sql-block language-sql', ...attrs }, code);
  const prism = window.Prism;
  if (prism && prism.languages && prism.languages.sql && sql.length < 500_000) {
    prism.highlightElement(code);
  }
  return pre;
}

/** Inline SQL fragment (a default, a check expression), not highlighted. */
export function sqlInline(text) {
  return el('code', { class: 'sql-inline', text });
}
