import type { DomElement, DomEvent, DomWindow } from './dom.js';

/**
 * The date control (client module; shipped as this function's source, so it must not use anything
 * from outside its own body). A range slider from the first to the last date, a date field, a play
 * button; the arrow keys step a month, Page Up/Down a year. It reads `?on=` at load, keeps the URL in
 * step with history.replaceState (a link reproduces the view) and announces each date to the other
 * modules as a `tw-date` event on the document.
 */
export function sliderModule(win: DomWindow): void {
  const doc = win.document;
  const form = doc.getElementById('date-control');
  const range = doc.getElementById('date-range');
  const field = doc.getElementById('date-field');
  const play = doc.getElementById('date-play');
  if (!form || !range || !field) return;
  const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const DAY = 86400000;
  const min = form.getAttribute('data-min') ?? field.min;
  const max = form.getAttribute('data-max') ?? field.max;

  const parse = (s: string | null): number | null => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s ?? '');
    if (!m) return null;
    const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
    return new Date(t).toISOString().slice(0, 10) === s ? t : null;
  };
  const iso = (t: number): string => new Date(t).toISOString().slice(0, 10);
  const words = (s: string): string => `${Number(s.slice(8, 10))} ${MONTHS[Number(s.slice(5, 7)) - 1] ?? ''} ${s.slice(0, 4)}`;
  const lo = parse(min) ?? 0;
  const hi = parse(max) ?? lo;
  const clamp = (t: number): number => Math.min(hi, Math.max(lo, t));
  const addMonths = (s: string, n: number): number => {
    const y = Number(s.slice(0, 4));
    const total = y * 12 + Number(s.slice(5, 7)) - 1 + n;
    const year = Math.floor(total / 12);
    const month = total - year * 12;
    const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
    return Date.UTC(year, month, Math.min(Number(s.slice(8, 10)), last));
  };

  let current = field.value;
  let timer: number | null = null;

  const show = (t: number, announce: boolean): void => {
    current = iso(clamp(t));
    range.value = String(Math.round(((parse(current) ?? lo) - lo) / DAY));
    range.setAttribute('aria-valuetext', words(current));
    field.value = current;
    for (const el of doc.querySelectorAll('[data-date-words]')) el.textContent = words(current);
    for (const el of doc.querySelectorAll('[data-date-iso]')) el.textContent = current;
    // The record's horizon note (horizon-note.ts): shown only for a date after the date the record is complete to.
    for (const el of doc.querySelectorAll('[data-horizon]')) el.hidden = current <= (el.getAttribute('data-horizon') ?? '');
    const params = new URLSearchParams(win.location.search);
    params.set('on', current);
    win.history.replaceState(null, '', `${win.location.pathname}?${params.toString()}${win.location.hash}`);
    if (announce) doc.dispatchEvent(new win.CustomEvent('tw-date', { detail: current }));
  };
  const stop = (): void => {
    if (timer !== null) win.clearInterval(timer);
    timer = null;
    if (play) {
      play.setAttribute('aria-pressed', 'false');
      play.textContent = '▶ Play';
    }
  };

  range.min = '0';
  range.max = String(Math.round((hi - lo) / DAY));
  range.addEventListener('input', () => show(lo + Number(range.value) * DAY, true));
  range.addEventListener('keydown', (e: DomEvent) => {
    const step: Record<string, number> = { ArrowRight: 1, ArrowUp: 1, ArrowLeft: -1, ArrowDown: -1, PageUp: 12, PageDown: -12 };
    const months = step[e.key];
    if (months === undefined) return;
    e.preventDefault();
    stop();
    show(addMonths(current, months), true);
  });
  field.addEventListener('change', () => {
    const t = parse(field.value);
    if (t !== null) show(t, true);
  });
  form.addEventListener('submit', (e: DomEvent) => {
    e.preventDefault();
    const t = parse(field.value);
    if (t !== null) show(t, true);
  });
  if (play) {
    play.addEventListener('click', () => {
      if (timer !== null) {
        stop();
        return;
      }
      if ((parse(current) ?? hi) >= hi) show(lo, true);
      play.setAttribute('aria-pressed', 'true');
      play.textContent = '❚❚ Pause';
      timer = win.setInterval(() => {
        const next = addMonths(current, 1);
        show(next, true);
        if (next >= hi) stop();
      }, 160);
    });
  }
  // Other modules (a click on the chart) ask for a date this way.
  doc.addEventListener('tw-set-date', (e: DomEvent) => {
    const t = parse(String(e.detail));
    if (t !== null) show(t, true);
  });
  for (const el of [range, play, doc.getElementById('date-keys')] as (DomElement | null)[]) if (el) el.hidden = false;
  const asked = parse(new URLSearchParams(win.location.search).get('on'));
  show(asked ?? parse(current) ?? hi, true);
}
