import type { DomEvent, DomWindow } from './dom.js';

/**
 * The state page's client module in the static export (shipped as this function's source:
 * self-contained). On every `tw-date` it reads the state's status under each treaty off the epochs
 * shipped in `#state-data` and updates the badges and "since" dates, hides the events recorded after
 * the day, rewrites the group memberships, and words a withdrawal's effect as past or to come. The
 * deadlines are computed on the server for the page's date only: another day hides them, with a note.
 */
export function stateViewModule(win: DomWindow): void {
  type Epoch = [from: string, status: string, since: string | null, possibly: string | null];
  interface Data {
    labels: Record<string, string>;
    treaties: Record<string, Epoch[]>;
    groups: [name: string, joined: string, left: string | null, words: string][];
  }
  const doc = win.document;
  const block = doc.getElementById('state-data');
  if (!block) return;
  const data = JSON.parse(block.textContent ?? '{}') as Data;
  const label = (s: string): string => data.labels[s] ?? s;

  const apply = (on: string): void => {
    for (const el of doc.querySelectorAll('[data-state-treaty]')) {
      let e: Epoch | null = null;
      for (const x of data.treaties[el.getAttribute('data-state-treaty') ?? ''] ?? []) if (x[0] <= on) e = x;
      const status = e?.[1] ?? 'not_joined';
      const badge = el.querySelector('.badge');
      if (badge) {
        badge.setAttribute('data-status', status);
        badge.textContent = label(status);
      }
      const since = el.querySelector('.since');
      if (since) since.textContent = e?.[2] ? ` since ${e[2]}` : '';
      const maybe = el.querySelector('.possibly');
      if (maybe) maybe.textContent = e?.[3] ? ` (may already be ${e[3].replace(/_/g, ' ')}: a date known only imprecisely)` : '';
    }
    for (const el of doc.querySelectorAll('[data-event-from]')) el.hidden = (el.getAttribute('data-event-from') ?? '') > on;
    for (const el of doc.querySelectorAll('[data-effect-on]')) {
      el.textContent = (el.getAttribute('data-effect-on') ?? '') <= on ? 'Withdrawal took effect' : 'Withdrawal takes effect';
    }
    const groups = doc.getElementById('state-groups');
    if (groups) {
      const now = data.groups.filter((g) => g[1] <= on && (g[2] === null || on <= g[2]));
      groups.textContent = now.length > 0 ? `Member of ${now.map((g) => `${g[0]} (since ${g[3]})`).join(', ')}.` : 'Not a member of the EU or NATO on this date.';
    }
    for (const el of doc.querySelectorAll('[data-fixed-on]')) {
      const same = el.getAttribute('data-fixed-on') === on;
      if (el.hasAttribute('data-fixed-note')) el.hidden = same;
      else el.hidden = !same;
    }
  };
  doc.addEventListener('tw-date', (e: DomEvent) => apply(String(e.detail)));
}
