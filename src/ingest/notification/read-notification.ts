import type { IsoDate } from '../../domain/calendar-date.js';
import type { RecordIndex } from '../../domain/record-index.js';
import { resolveState } from '../../domain/resolve.js';
import { type Result, domainError, err, ok } from '../../domain/result.js';
import { UNTC_DATE, parseUntcDate } from '../untc/untc-dates.js';

/** The actions a notification's heading names that become events ("LITHUANIA: WITHDRAWAL"); a denunciation is a withdrawal. */
const ACTIONS: Readonly<Record<string, NotifiedAction>> = {
  SIGNATURE: 'signature', RATIFICATION: 'ratification', ACCESSION: 'accession', ACCEPTANCE: 'acceptance', APPROVAL: 'approval',
  SUCCESSION: 'succession', WITHDRAWAL: 'withdrawal', 'NOTIFICATION OF WITHDRAWAL': 'withdrawal', DENUNCIATION: 'withdrawal',
};
/** An event kind a notification reports. */
export type NotifiedAction = 'signature' | 'ratification' | 'accession' | 'acceptance' | 'approval' | 'succession' | 'withdrawal';

/** A depositary notification ("C.N." notice), read. */
export interface DepositaryNotification {
  /** As the notice writes it: `C.N.362.2025.TREATIES-XXVI.5`. */
  readonly symbol: string;
  /** The treaty's chapter number as the record keeps it: `XXVI-5`. */
  readonly reference: string;
  readonly treatyId: string;
  readonly iso3: string;
  /** The heading it was read from: `LITHUANIA: WITHDRAWAL`. */
  readonly heading: string;
  readonly action: NotifiedAction;
  /** The day the action was effected (the instrument deposited, the notification received). */
  readonly date: IsoDate;
  /** The day it takes effect (enters into force, or the withdrawal takes effect), where the notice says. */
  readonly effect?: IsoDate;
  /** The notice's own date (its last line). */
  readonly notificationDate?: IsoDate;
  /** The sentence that gives the date, verbatim. */
  readonly quote: string;
}

const SYMBOL = /C\.N\.(\d{1,5})\.(\d{4})\.TREATIES-([IVXLC]+)((?:[.-]\d{1,3})(?:[.-][a-z])?)/;
const HEADING = new RegExp(`^[ \\t]*([A-Z][A-Z '’,().-]*[A-Z)])[ \\t]*:[ \\t]*(${Object.keys(ACTIONS).join('|')})[ \\t]*$`, 'm');

/**
 * Reads a depositary notification's text: its number, the treaty (by the chapter number in it), the
 * state and action of its heading, the date the action was effected, the effect date it states and
 * its own date. Refused with a named reason when the text is not a notice this importer can read.
 */
export function readNotification(index: RecordIndex, text: string): Result<DepositaryNotification> {
  const sym = SYMBOL.exec(text);
  if (!sym) return err(domainError('not_a_notification', 'no depositary notification number (such as C.N.362.2025.TREATIES-XXVI.5) in the text: is it a "C.N." notice? Ingest other texts with treatywatch ingest', 'text'));
  const reference = `${sym[3] ?? ''}${(sym[4] ?? '').replace(/\./g, '-')}`;
  const treaty = [...index.treaties.values()].find((t) => t.untcNumber === reference);
  if (!treaty) return err(domainError('unknown_treaty', `${sym[0]} is a notice under chapter ${reference}, which no treaty in the record has`, 'text'));
  const head = HEADING.exec(text);
  if (!head) return err(domainError('unknown_action', `${sym[0]} has no heading "STATE: ACTION" naming a ${Object.keys(ACTIONS).map((a) => a.toLowerCase()).join(', ')}: a communication or a reservation is not an event of the record (store it with treatywatch ingest)`, 'text'));
  const state = resolveState(index, head[1] ?? '', 'text');
  if (!state.ok) return state;
  const body = text.slice(head.index + head[0].length);
  const sentences = body.replace(/\s+/g, ' ').split(/(?<=[.:])\s+(?=[A-Z])/);
  const effected = new RegExp(`(?:effected|deposited|received)[^.]*?\\bon ${UNTC_DATE}|^On ${UNTC_DATE},`);
  const found = sentences.map((s) => ({ s, m: effected.exec(s.trim()) })).find((x) => x.m);
  const date = found?.m ? dateOf(found.m.slice(1).filter((g) => g !== undefined)) : undefined;
  if (!found || !date) return err(domainError('no_action_date', `${sym[0]} gives no date on which the ${head[2]?.toLowerCase() ?? 'action'} was effected ("The above action was effected on …" or "On …, the Secretary-General received …")`, 'text'));
  const effectAt = new RegExp(`(?:take effect|enter into force|entered into force|took effect)[^.]*?\\bon ${UNTC_DATE}`).exec(body.replace(/\s+/g, ' '));
  const effect = effectAt ? dateOf(effectAt.slice(1)) : undefined;
  const lines = [...text.matchAll(new RegExp(`^[ \\t]*${UNTC_DATE}[ \\t]*$`, 'gm'))];
  const last = lines.at(-1);
  const notificationDate = last ? dateOf(last.slice(1)) : undefined;
  return ok({
    symbol: sym[0],
    reference,
    treatyId: treaty.id,
    iso3: state.value.iso3,
    heading: head[0].trim(),
    action: ACTIONS[head[2] ?? ''] ?? 'accession',
    date,
    ...(effect ? { effect } : {}),
    ...(notificationDate ? { notificationDate } : {}),
    quote: found.s.trim(),
  });
}

function dateOf(groups: readonly (string | undefined)[]): IsoDate | undefined {
  const [d, m, y] = groups;
  return d && m && y ? parseUntcDate(d, m, y) : undefined;
}
