import type { DomEvent, DomWindow } from './dom.js';

/**
 * The pipeline board's client module (shipped as this function's source: self-contained). The board
 * is rendered with every stage of every state; each piece carries the days it holds
 * (`data-show-from`, and `data-show-until`, exclusive). On every `tw-date` the module shows what
 * stood on that day and hides the rest: no server round trip, so the static export works the same.
 */
export function pipelineModule(win: DomWindow): void {
  const doc = win.document;
  const apply = (on: string): void => {
    for (const el of doc.querySelectorAll('[data-show-from],[data-show-until]')) {
      const from = el.getAttribute('data-show-from');
      const until = el.getAttribute('data-show-until');
      el.hidden = (from !== null && on < from) || (until !== null && on >= until);
    }
    const none = doc.getElementById('board-none');
    if (none) none.hidden = doc.querySelectorAll('tr[data-show-from]:not([hidden])').length > 0;
  };
  doc.addEventListener('tw-date', (e: DomEvent) => apply(String(e.detail)));
}
