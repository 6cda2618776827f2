import type { IsoDate } from '../../domain/calendar-date.js';
import { UNTC_DATE, parseUntcDate } from './untc-dates.js';
import type { UntcEndNote, UntcNoteAction, UntcNotification } from './untc-page.js';

const DATE = UNTC_DATE;
// Sentences of the depositary's own set phrasing that report an action. Each names the date and the state.
const ACTIONS: readonly { kind: UntcNoteAction['kind']; re: RegExp }[] = [
  { kind: 'withdrawal', re: new RegExp(`On ${DATE},? the Government of (?:the )?(.+?) deposited with the Secretary-General (?:a notification|an instrument) of withdrawal`, 'g') },
  { kind: 'withdrawal', re: new RegExp(`On ${DATE},? the Government of (?:the )?(.+?) notified the Secretary-General of its (?:decision to withdraw|withdrawal)`, 'g') },
  { kind: 'ratification_withdrawn', re: new RegExp(`On ${DATE},? the Government of (?:the )?(.+?) (?:deposited with the Secretary-General a notification of the withdrawal of|withdrew) its (?:instrument of )?ratification`, 'g') },
  { kind: 'intent_not_to_become_party', re: new RegExp(`In a communication received on ${DATE},? the Government of (?:the )?(.+?) informed the Secretary-General[\\s\\S]*?does not intend to become a party`, 'g') },
];
const EFFECT = new RegExp(`(?:took|will take|takes) effect for (?:the )?(.+?) on ${DATE}`);
const NOTIFICATION = new RegExp(`(C\\.N\\.\\d+\\.\\d{4})\\s*\\.?\\s*(TREATIES-[A-Z0-9]+(?:[.-][A-Z0-9]+)*)?(?:\\s+of\\s+${DATE})?`, 'g');

/** Reads one end note's text: the notifications it cites (with their addresses) and the actions it reports. */
export function readEndNote(number: string, text: string, links: ReadonlyMap<string, string>): UntcEndNote {
  const notifications: UntcNotification[] = [];
  for (const m of text.matchAll(NOTIFICATION)) {
    const core = m[1] ?? '';
    const date = m[3] === undefined ? undefined : parseUntcDate(m[3], m[4] ?? '', m[5] ?? '');
    const url = links.get(core);
    notifications.push({ symbol: m[2] ? `${core}.${m[2]}` : core, ...(date ? { date } : {}), ...(url ? { url } : {}) });
  }
  const actions: UntcNoteAction[] = [];
  for (const { kind, re } of ACTIONS) {
    for (const m of text.matchAll(re)) {
      const date = parseUntcDate(m[1] ?? '', m[2] ?? '', m[3] ?? '');
      if (date === undefined) continue;
      const from = m.index;
      const effect = effectAfter(text, from + m[0].length);
      actions.push({ kind, date, actor: (m[4] ?? '').trim(), quote: sentencesFrom(text, from, effect?.end), ...(effect ? { effect: effect.date } : {}) });
    }
  }
  return { number, text, notifications, actions };
}

/** The effect date stated right after an action ("The withdrawal took effect for Estonia on 27 December 2025"). */
function effectAfter(text: string, from: number): { date: IsoDate; end: number } | undefined {
  const rest = text.slice(from, from + 400);
  const m = EFFECT.exec(rest);
  const date = m ? parseUntcDate(m[2] ?? '', m[3] ?? '', m[4] ?? '') : undefined;
  return m && date ? { date, end: from + m.index + m[0].length } : undefined;
}

/** The text from an action's start to the end of its sentence, or of the effect sentence after it. */
function sentencesFrom(text: string, start: number, through: number | undefined): string {
  return text.slice(start, sentenceEnd(text, through ?? start)).replace(/\s+/g, ' ').trim();
}

// A sentence ends at a full stop outside parentheses followed by a space or the end
// (so neither "C.N.360.2025" nor "article 20 (3)" ends one).
function sentenceEnd(text: string, from: number): number {
  let depth = 0;
  for (let i = from; i < text.length; i += 1) {
    const c = text[i];
    if (c === '(') depth += 1;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === '.' && depth === 0 && (i + 1 === text.length || /\s/.test(text[i + 1] ?? ''))) return i + 1;
  }
  return text.length;
}
