import type { DomElement, DomEvent, DomWindow } from './dom.js';

/**
 * The treaty page's client module (shipped as this function's source: self-contained). On every
 * `tw-date` it reads each state's status on that day off the periods shipped in `#treaty-data`
 * (no server round trip, so the static export behaves the same), recolours the map
 * (`data-status` on each shape), recounts under both conventions, shows the pending changes of
 * that day and refreshes the table. Pointing at a state shows a card with its dates and source.
 */
export function treatyViewModule(win: DomWindow): void {
  type Epoch = [from: string, status: string, since: string | null, source: number, possibly: string | null];
  interface Data {
    inForce: string[];
    deposited: string[];
    labels: Record<string, string>;
    names: Record<string, string>;
    sources: [publisher: string, title: string, url: string | null][];
    epochs: Record<string, Epoch[]>;
  }
  const doc = win.document;
  const block = doc.getElementById('treaty-data');
  if (!block) return;
  const data = JSON.parse(block.textContent ?? '{}') as Data;
  const map = doc.getElementById('world-map');
  const card = doc.getElementById('map-card');
  let on = '';

  const standing = (iso3: string): Epoch | null => {
    let found: Epoch | null = null;
    for (const e of data.epochs[iso3] ?? []) if (e[0] <= on) found = e;
    return found;
  };
  const statusOf = (iso3: string): string => standing(iso3)?.[1] ?? 'not_joined';
  const label = (status: string): string => data.labels[status] ?? status;
  const describe = (iso3: string): string => {
    const e = standing(iso3);
    const name = data.names[iso3] ?? iso3;
    if (!e) return `${name}: ${label('not_joined')}`;
    const maybe = e[4] ? ` (may already be: ${label(e[4])})` : '';
    return `${name}: ${label(e[1])}${e[2] ? ` since ${e[2]}` : ''}${maybe}`;
  };

  // Native tooltips would double the card: their text moves to aria-label, kept up to date below.
  const shapes = map ? [...map.querySelectorAll('[data-iso3]')] : [];
  for (const s of shapes) s.querySelector('title')?.replaceChildren();

  const apply = (date: string): void => {
    on = date;
    const tally: Record<string, number> = {};
    for (const iso3 of Object.keys(data.names)) {
      const s = statusOf(iso3);
      tally[s] = (tally[s] ?? 0) + 1;
    }
    const sum = (list: string[]): number => list.reduce((n, s) => n + (tally[s] ?? 0), 0);
    const counts: Record<string, number> = { ...tally, parties_in_force: sum(data.inForce), parties_deposited: sum(data.deposited) };
    for (const el of doc.querySelectorAll('[data-count]')) el.textContent = String(counts[el.getAttribute('data-count') ?? ''] ?? 0);
    for (const s of shapes) {
      const iso3 = s.getAttribute('data-iso3') ?? '';
      const e = standing(iso3);
      s.setAttribute('data-status', e?.[1] ?? 'not_joined');
      if (e?.[4]) s.setAttribute('data-uncertain', 'true');
      else s.removeAttribute('data-uncertain');
      s.setAttribute('aria-label', describe(iso3));
    }
    for (const row of doc.querySelectorAll('[data-pending-from]')) {
      const to = row.getAttribute('data-pending-to');
      row.hidden = !((row.getAttribute('data-pending-from') ?? '') <= on && (to === null || on < to));
    }
    const none = doc.getElementById('pending-none');
    if (none) none.hidden = doc.querySelectorAll('[data-pending-from]:not([hidden])').length > 0;
    for (const row of doc.querySelectorAll('[data-row-iso3]')) refreshRow(row, standing(row.getAttribute('data-row-iso3') ?? ''));
  };

  const refreshRow = (row: DomElement, e: Epoch | null): void => {
    const badge = row.querySelector('[data-status]');
    if (badge) {
      badge.setAttribute('data-status', e?.[1] ?? 'not_joined');
      badge.textContent = label(e?.[1] ?? 'not_joined') + (e?.[4] ? ' (uncertain)' : '');
    }
    const since = row.querySelector('.since');
    if (since) since.textContent = e?.[2] ?? '—';
    const cell = row.querySelector('.source');
    const src = e && e[3] >= 0 ? data.sources[e[3]] : undefined;
    if (cell) {
      if (!src) cell.replaceChildren('—');
      else {
        const a = doc.createElement(src[2] === null ? 'span' : 'a');
        if (src[2] !== null) a.setAttribute('href', src[2]);
        a.setAttribute('title', src[1]);
        a.textContent = src[0];
        cell.replaceChildren(a);
      }
    }
  };

  const showCard = (e: DomEvent): void => {
    const target = e.target?.closest('[data-iso3]');
    if (!card || !map || !target) return;
    const iso3 = target.getAttribute('data-iso3') ?? '';
    const st = standing(iso3);
    const src = st && st[3] >= 0 ? data.sources[st[3]] : undefined;
    const title = doc.createElement('strong');
    title.textContent = data.names[iso3] ?? iso3;
    const line = doc.createElement('span');
    line.textContent = `${label(st?.[1] ?? 'not_joined')}${st?.[2] ? ` since ${st[2]}` : ''}`;
    const from = doc.createElement('span');
    from.className = 'card-source';
    from.textContent = src ? `Source: ${src[0]}, “${src[1]}”` : '';
    card.replaceChildren(title, line, from);
    const box = map.getBoundingClientRect();
    const x = Math.min(Math.max(e.clientX - box.left + 12, 0), Math.max(box.width - 240, 0));
    // Through the CSSOM, not a style attribute: a strict Content-Security-Policy allows the one, not the other.
    card.style.setProperty('left', `${Math.round(x)}px`);
    card.style.setProperty('top', `${Math.round(e.clientY - box.top + 12)}px`);
    card.hidden = false;
  };
  if (map && card) {
    map.addEventListener('pointerover', showCard);
    map.addEventListener('pointermove', showCard);
    map.addEventListener('pointerleave', () => {
      card.hidden = true;
    });
  }
  doc.addEventListener('tw-date', (e: DomEvent) => apply(String(e.detail)));
}
